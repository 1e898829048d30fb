package io.github.articlecheck.engine;


import io.github.articlecheck.run.RunSettings;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.RuleLevel;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index of the last run: same results as a full run, unchanged articles not read again, links kept correct. */
class ArticleIndexTest {
    @TempDir
    Path base;

    private Path write(String relative, String text) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private RunSettings.Builder config(boolean index) {
        return RunSettings.builder(base).links(LinkOptions.defaults().withOffline(true))
                .indexFile(index ? base.resolve("target/articlecheck/index.bin") : null);
    }

    private List<String> run(boolean index) {
        EngineResult result = Articlecheck.engine(config(index).build()).run();
        return result.findings().stream().map(TestArticles::consoleLine).collect(Collectors.toList());
    }

    private void corpus() throws IOException {
        write("content/a.md", "---\ntitle: A\ntitle: twice\n---\n\nSee [b](b.md#section) and [c](c.md).\n\n"
                + "<!-- articlecheck-disable-next-line image.alt -->\n![](pic.png)\n\n[^1]: unused\n");
        write("content/b.md", "---\ntitle: B\n---\n\n## Section\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n");
        write("content/c.md", "---\ntitle: C\n---\n\nText with a [tracked](https://example.org/?utm_source=x) link.\n");
    }

    @Test
    void resultsAreIdenticalWithAndWithoutTheIndexAcrossChanges() throws IOException {
        corpus();
        List<String> first = run(true);
        assertEquals(run(false), first);
        assertTrue(Files.isRegularFile(base.resolve("target/articlecheck/index.bin")));
        assertEquals(first, run(true), "second run, everything restored from the index");

        // b's heading changes: a (unchanged) now links to a missing anchor; deleting c breaks a's other link
        write("content/b.md", "---\ntitle: B\n---\n\n## Renamed\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n");
        Files.delete(base.resolve("content/c.md"));
        List<String> afterChange = run(true);
        assertEquals(run(false), afterChange);
        assertTrue(afterChange.stream().anyMatch(l -> l.contains("link.anchor '#section' is not an anchor of content/b.md")), afterChange.toString());
        assertTrue(afterChange.stream().anyMatch(l -> l.contains("link.file 'c.md' does not exist")), afterChange.toString());
        assertEquals(afterChange, run(true));
    }

    @Test
    void anUnchangedArticleIsNotReadAgain() throws IOException {
        corpus();
        run(true);
        Path a = base.resolve("content/a.md");
        FileTime time = Files.getLastModifiedTime(a);
        String text = Files.readString(a);
        // same size, same time, other content (no duplicate key any more): only a run that reads the file sees it
        Files.writeString(a, text.replace("title: twice", "tItle: twice"));
        Files.setLastModifiedTime(a, time);
        List<String> indexed = run(true);
        assertTrue(indexed.stream().anyMatch(l -> l.contains("key 'title' is given twice")), "restored, not read: " + indexed);
        assertTrue(run(false).stream().noneMatch(l -> l.contains("key 'title' is given twice")), "a full run reads it");
    }

    @Test
    void aTouchedButUnchangedArticleIsRecognisedByContent() throws IOException {
        corpus();
        List<String> first = run(true);
        Files.setLastModifiedTime(base.resolve("content/b.md"), FileTime.fromMillis(0));
        assertEquals(first, run(true));
    }

    @Test
    void anotherConfigurationEmptiesTheIndex() throws IOException {
        corpus();
        run(true);
        EngineResult offRule = Articlecheck.engine(config(true).ruleLevel("frontmatter.duplicate-key", RuleLevel.OFF).build()).run();
        assertTrue(offRule.findings().stream().noneMatch(f -> f.ruleId().equals("frontmatter.duplicate-key")));
        EngineResult back = Articlecheck.engine(config(true).build()).run();
        assertTrue(back.findings().stream().anyMatch(f -> f.ruleId().equals("frontmatter.duplicate-key")));
    }

    @Test
    void aCorruptIndexOnlyCostsAFullRun() throws IOException {
        corpus();
        List<String> first = run(true);
        Files.writeString(base.resolve("target/articlecheck/index.bin"), "{broken");
        assertEquals(first, run(true));
    }

    @Test
    void aRunThatChangesFewArticlesAppendsTheirEntriesAndLaterEntriesWin() throws IOException {
        corpus();
        List<String> first = run(true);
        Path index = base.resolve("target/articlecheck/index.bin");
        long fullSize = Files.size(index);
        write("content/c.md", "---\ntitle: C\n---\n\nNo more tracking: [link](https://example.org/).\n");
        List<String> changed = run(true);
        long appendedSize = Files.size(index);
        assertTrue(appendedSize > fullSize, "one changed article appends a segment: " + fullSize + " -> " + appendedSize);
        assertEquals(run(false), changed);
        assertTrue(changed.stream().noneMatch(l -> l.contains("link.tracking")), changed.toString());
        assertEquals(changed, run(true), "the appended entry wins over the first one");
        assertEquals(appendedSize, Files.size(index), "nothing changed: nothing written");
        assertTrue(first.stream().anyMatch(l -> l.contains("link.tracking")), first.toString());
    }

    @Test
    void manySupersededEntriesRewriteTheIndexWhole() throws IOException {
        corpus();
        run(true);
        Path index = base.resolve("target/articlecheck/index.bin");
        long fullSize = Files.size(index);
        for (int i = 0; i < 8; i++) {
            write("content/c.md", "---\ntitle: C\n---\n\nVersion " + i + ".\n");
            run(true);
        }
        assertTrue(Files.size(index) < fullSize * 2, "rewritten once superseded entries made up half: " + Files.size(index));
        assertEquals(run(false), run(true));
    }

    @Test
    void anInterruptedAppendLosesOnlyTheEntriesAfterIt() throws IOException {
        corpus();
        run(true);
        Path index = base.resolve("target/articlecheck/index.bin");
        write("content/c.md", "---\ntitle: C\n---\n\nChanged.\n");
        List<String> changed = run(true);
        byte[] bytes = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(bytes, bytes.length - 3)); // the appended segment lost its end
        assertEquals(changed, run(true));
        assertEquals(changed, run(true), "the index was rewritten whole and reads back");
    }
}
