package io.github.articlecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.read.AnchorStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gitignore(5) semantics, and the scanner leaving ignored files out. */
class GitIgnoreTest {
    @TempDir
    Path repo;

    private void write(String path, String text) throws IOException {
        io.github.articlecheck.TestArticles.write(repo, path, text);
    }

    private List<String> articles(Path base, boolean gitIgnore) {
        EngineConfiguration configuration = EngineConfiguration.builder(base).contentDirectory(Path.of("content"))
                .anchorStyle(AnchorStyle.GITHUB).gitIgnore(gitIgnore).build();
        return new ArticleScanner(configuration).scan().articles().stream()
                .map(p -> base.relativize(p).toString().replace('\\', '/')).sorted().collect(Collectors.toList());
    }

    @Test
    void patternsFollowGitignoreSemantics() {
        assertTrue(matches("*.tmp.md", "a/b/x.tmp.md", false), "no slash: any depth");
        assertFalse(matches("/notes.md", "a/notes.md", false), "leading slash: anchored");
        assertTrue(matches("/notes.md", "notes.md", false));
        assertTrue(matches("docs/draft.md", "docs/draft.md", false));
        assertFalse(matches("docs/draft.md", "x/docs/draft.md", false), "inner slash: anchored");
        assertTrue(matches("build/", "a/build", true));
        assertFalse(matches("build/", "a/build", false), "trailing slash: folders only");
        assertTrue(matches("**/gen/*.md", "a/b/gen/x.md", false));
        assertTrue(matches("a/**/z.md", "a/z.md", false));
        assertTrue(matches("a/**/z.md", "a/b/c/z.md", false));
        assertTrue(matches("out/**", "out/x/y.md", false));
        assertTrue(matches("draft-[0-9].md", "draft-7.md", false));
        assertFalse(matches("draft-[!0-9].md", "draft-7.md", false));
        assertTrue(matches("\\#hash.md", "#hash.md", false));
        assertEquals(null, GitIgnore.Rule.parse("# a comment"));
        assertEquals(null, GitIgnore.Rule.parse("   "));
        assertTrue(GitIgnore.Rule.parse("!keep.md").negated());
    }

    /** A pattern of a name (no slash, no **, no bracket) is matched against the last name alone, as git does. */
    @Test
    void aNamePatternIsReadAgainstTheLastNameOnly() {
        assertTrue(GitIgnore.Rule.parse("raw-*.md").nameOnly());
        assertTrue(GitIgnore.Rule.parse("node_modules/").nameOnly());
        assertFalse(GitIgnore.Rule.parse("/notes.md").nameOnly(), "anchored");
        assertFalse(GitIgnore.Rule.parse("docs/*.md").nameOnly(), "anchored by its inner slash");
        assertFalse(GitIgnore.Rule.parse("**").nameOnly());
        assertFalse(GitIgnore.Rule.parse("draft-[!0-9].md").nameOnly(), "a bracket can match a slash in the regex");
        assertTrue(matches("raw-*.md", "de/web/raw-1.md", false));
        assertFalse(matches("raw-*.md", "de/raw-1.md/index.md", false), "the name, not a folder above it");
        assertFalse(matches("raw-*.md", "de/web/xraw-1.md", false));
        assertTrue(matches("node_modules/", "a/b/node_modules", true));
    }

    /** The literal start screens most names out before the regex, and never changes a verdict. */
    @Test
    void aLiteralStartScreensBeforeTheRegex() {
        assertEquals("raw-", GitIgnore.Rule.parse("raw-*.md").literalStart());
        assertFalse(GitIgnore.Rule.parse("raw-*.md").literal());
        assertTrue(GitIgnore.Rule.parse("source.md").literal());
        assertTrue(GitIgnore.Rule.parse("/docs/draft.md").literal());
        assertEquals("", GitIgnore.Rule.parse("*.tmp.md").literalStart());
        assertEquals("x", GitIgnore.Rule.parse("x\\*y.md").literalStart(), "an escape ends the literal start");
        assertTrue(GitIgnore.Rule.parse("\\#hash.md").literal(), "a leading escape is read before");
        assertEquals("a/", GitIgnore.Rule.parse("a/**/z.md").literalStart(), "an anchored pattern: its folder");
        assertTrue(GitIgnore.Rule.parse("docs/x.md/").literal());
        assertTrue(matches("x\\*y.md", "x*y.md", false));
        assertFalse(matches("x\\*y.md", "xzy.md", false));
        assertTrue(matches("\\#hash.md", "a/#hash.md", false));
        assertTrue(matches("source.md", "de/source.md", false));
        assertFalse(matches("source.md", "de/source.md.bak", false));
        assertFalse(matches("source.md", "de/xsource.md", false));
        assertFalse(matches("raw-*.md", "de/raw.md", false));
        assertTrue(matches("raw-*.md", "de/raw-.md", false));
        assertTrue(matches("/docs/draft.md", "docs/draft.md", false));
        assertFalse(matches("/docs/draft.md", "docs/draft.mdx", false));
        assertTrue(matches("a/**/z.md", "a/b/z.md", false));
        assertFalse(matches("a/**/z.md", "b/a/z.md", false));
    }

    private static boolean matches(String line, String path, boolean folder) {
        GitIgnore.Rule rule = GitIgnore.Rule.parse(line);
        String subject = rule.nameOnly() ? path.substring(path.lastIndexOf('/') + 1) : path;
        boolean quick = rule.matches(subject);
        assertEquals(rule.pattern().matcher(subject).matches(), quick, "the literal screen agrees with the regex");
        return (!rule.foldersOnly() || folder) && quick;
    }

    @Test
    void scannerLeavesOutIgnoredFilesAndFolders() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write(".gitignore", "# build output\npublic/\n*.generated.md\n!keep.generated.md\nnode_modules\n");
        write("content/a.md", "x");
        write("content/public/b.md", "x");
        write("content/x.generated.md", "x");
        write("content/keep.generated.md", "x");
        write("content/node_modules/pkg/README.md", "x");
        write("content/guide/.gitignore", "local.md\n!/x.generated.md\n");
        write("content/guide/local.md", "x");
        write("content/guide/x.generated.md", "x");
        write("content/other/local.md", "x");
        assertEquals(List.of("content/a.md", "content/guide/x.generated.md", "content/keep.generated.md",
                "content/other/local.md"), articles(repo, true));
        assertEquals(8, articles(repo, false).size());
    }

    /** An integration test runs a copy of a project under target/, which the enclosing repository ignores. */
    @Test
    void aProjectTheRepositoryIgnoresReadsOnlyItsOwnRules() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write(".gitignore", "target/\n");
        write("target/it/site/.gitignore", "skip.md\n");
        write("target/it/site/content/a.md", "x");
        write("target/it/site/content/skip.md", "x");
        assertEquals(List.of("content/a.md"), articles(repo.resolve("target/it/site"), true));
    }
}
