package io.github.articlecheck.core;


import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Maven-style include and exclude patterns, including the shortcut for the common any-folder suffix. */
class PathPatternTest {
    private static final List<String> PATHS = List.of("a.md", "x/a.md", "x/y/a.md", "a.mdx", "a.md/b", "drafts/a.md",
            "drafts/x/b.markdown", "notes.txt", ".md", "x/.md");

    private static List<String> matching(String pattern) {
        PathPattern compiled = PathPattern.of(pattern);
        return PATHS.stream().filter(compiled::matches).collect(Collectors.toList());
    }

    @Test
    void anyFolderSuffixMatchesLikeTheGlob() {
        assertEquals(List.of("a.md", "x/a.md", "x/y/a.md", "drafts/a.md", ".md", "x/.md"), matching("**/*.md"));
        assertEquals(List.of("drafts/x/b.markdown"), matching("**/*.markdown"));
        assertEquals(List.of("a.md", "x/a.md", "x/y/a.md", "drafts/a.md", ".md", "x/.md"), matching("**\\*.md"));
    }

    @Test
    void otherPatternsUseTheFullGlob() {
        assertEquals(List.of("a.md", ".md"), matching("*.md"));
        assertEquals(List.of("drafts/a.md", "drafts/x/b.markdown"), matching("drafts/**"));
        assertEquals(List.of("drafts/a.md", "drafts/x/b.markdown"), matching("drafts/"));
        assertEquals(List.of("x/a.md"), matching("?/a.md"));
        assertEquals(List.of("a.md", "x/a.md", "x/y/a.md", "drafts/a.md"), matching("**/a.md"));
    }
}
