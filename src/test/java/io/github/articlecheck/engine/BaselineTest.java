package io.github.articlecheck.engine;

import io.github.articlecheck.core.Message;
import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.core.Finding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path directory;

    /** As DuplicateKeyCheck reports it: the key is the subject, the lines are only in the message's arguments. */
    private static Finding duplicate(String path, int line, int first) {
        return Finding.at(path, line, 1, "frontmatter.duplicate-key", Severity.ERROR, "title",
                Message.of("frontmatter.duplicate-key.twice", "title", first));
    }

    private static EngineResult result(Map<String, String> hashes, Finding... findings) {
        return new EngineResult(List.of(findings), hashes.size(), 1, List.of(), List.of(), List.of(), hashes);
    }

    @Test
    void findingsMovedToOtherLinesStayBaselinedNewOnesDoNotAndFixedOnesAreListed() {
        Baseline baseline = Baseline.of(result(Map.of("a.md", "h1", "b.md", "h2"), duplicate("a.md", 3, 2),
                TestArticles.finding("b.md", 9, 1, "image.alt", Severity.WARNING, "image 'x.png' has no alternative text")));
        // a.md gained 10 lines above its duplicate key; b.md's image got its alt text; c.md is new
        Baseline.Comparison comparison = baseline.compare(result(Map.of("a.md", "h1b", "b.md", "h2b", "c.md", "h3"),
                duplicate("a.md", 13, 12), duplicate("c.md", 3, 2)));
        assertEquals(List.of(duplicate("c.md", 3, 2)), comparison.fresh());
        assertEquals(1, comparison.baselined());
        assertEquals(1, comparison.fixed().size());
        assertEquals("b.md", comparison.fixed().get(0).path());
    }

    @Test
    void aRenamedArticleWithTheSameContentKeepsItsEntries() {
        Baseline baseline = Baseline.of(result(Map.of("old/name.md", "same"), duplicate("old/name.md", 3, 2)));
        Baseline.Comparison comparison = baseline.compare(result(Map.of("new/name.md", "same"), duplicate("new/name.md", 3, 2)));
        assertEquals(List.of(), comparison.fresh());
        assertEquals(List.of(), comparison.fixed());
    }

    @Test
    void repeatedFindingsAreCountedNotMerged() {
        Baseline baseline = Baseline.of(result(Map.of("a.md", "h"), duplicate("a.md", 3, 2)));
        Baseline.Comparison comparison = baseline.compare(result(Map.of("a.md", "h"), duplicate("a.md", 3, 2), duplicate("a.md", 5, 2)));
        assertEquals(1, comparison.fresh().size(), "a second occurrence is new");
    }

    @Test
    void theFileIsStableSortedJsonWithOneEntryPerLine() throws IOException {
        Path file = directory.resolve("articlecheck-baseline.json");
        Baseline.of(result(Map.of("b.md", "h2", "a.md", "h1"), duplicate("b.md", 3, 2), duplicate("a.md", 4, 2))).write(file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("{", lines.get(0));
        assertEquals("  \"version\": 2,", lines.get(1));
        assertTrue(lines.get(4).startsWith("    {\"path\":\"a.md\",\"rule\":\"frontmatter.duplicate-key\",\"subject\":\"title\",\"occurrence\":1,\"fingerprint\":\""), lines.get(4));
        assertTrue(lines.get(5).startsWith("    {\"path\":\"b.md\""), lines.get(5));
        assertEquals(8, lines.size());
        Baseline read = Baseline.read(file);
        assertEquals(2, read.entries().size());
        Path again = directory.resolve("again.json");
        read.write(again);
        assertEquals(Files.readString(file), Files.readString(again), "writing what was read changes nothing");
    }

    @Test
    void aBrokenBaselineIsAConfigurationError() throws IOException {
        Path file = directory.resolve("broken.json");
        Files.writeString(file, "{\"entries\": 3}");
        assertTrue(assertThrows(ConfigurationException.class, () -> Baseline.read(file)).getMessage()
                .contains("is not an articlecheck baseline of version 2"));
    }
}
