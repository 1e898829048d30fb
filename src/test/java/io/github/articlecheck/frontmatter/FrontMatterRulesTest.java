package io.github.articlecheck.frontmatter;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.config;
import static io.github.articlecheck.TestArticles.lines;
import static io.github.articlecheck.TestArticles.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** frontmatter.missing, frontmatter.syntax and frontmatter.duplicate-key. */
class FrontMatterRulesTest {

    @Test
    void missingFrontMatterIsReportedAtTheFirstLine() {
        assertEquals(List.of("1:1 frontmatter.missing no front matter: start the file with a '---' line, the keys"
                + " (title, date, ...) and a closing '---'"), lines(check("# Title\n\nText.\n")));
    }

    @Test
    void emptyFileSaysItIsEmpty() {
        assertEquals(List.of("1:1 frontmatter.missing the file is empty: an article needs a front matter block"
                + " ('---' lines around its keys) and content"), lines(check("")));
    }

    @Test
    void missingFrontMatterIsAcceptedWhenNotRequired() {
        assertEquals(List.of(), check(config().requireFrontMatter(false).build(), "# Title\n"));
    }

    @Test
    void validFrontMatterGivesNoFinding() {
        assertEquals(List.of(), check("---\ntitle: \"A: b\"\ndate: 2024-07-19\n---\n## Body\n"));
    }

    @Test
    void syntaxErrorIsReportedWhereTheParserStops() {
        assertEquals(List.of("3:1 frontmatter.syntax a tab is used for indentation; YAML allows only spaces there"),
                lines(check("---\ntags:\n\t- a\n---\nBody\n")));
    }

    @Test
    void unclosedFrontMatterIsOneSyntaxFinding() {
        assertEquals(List.of("1:1 frontmatter.syntax front matter opened with '---' on line 1 is never closed:"
                + " add a line '---' after its last key"), lines(check("---\ntitle: x\n\nBody text\n")));
    }

    @Test
    void frontMatterThatIsNotAMappingIsReported() {
        assertEquals(List.of("1:1 frontmatter.syntax front matter is a list, not a mapping of keys: write one"
                + " 'key: value' per line"), lines(check("---\n- a\n- b\n---\nBody\n")));
        assertEquals(List.of("1:1 frontmatter.syntax front matter is a single value, not a mapping of keys: write"
                + " one 'key: value' per line"), lines(check("---\njust text\n---\nBody\n")));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondOneWithTheLineOfTheFirst() {
        assertEquals(List.of("5:1 frontmatter.duplicate-key key 'title' is given twice (first on line 2): keep one"),
                only("frontmatter.duplicate-key", check("---\ntitle: a\ndate: 2024-01-01\ntags: []\ntitle: b\n---\n")));
    }

    @Test
    void nestedDuplicateKeyNamesItsPath() {
        assertEquals(List.of("4:3 frontmatter.duplicate-key key 'params.author' is given twice (first on line 3): keep one"),
                lines(check("---\nparams:\n  author: a\n  author: b\n---\n")));
    }

    @Test
    void bomAndCrlfKeepPositionsExact() {
        assertEquals(List.of("3:1 frontmatter.duplicate-key key 'title' is given twice (first on line 2): keep one"),
                lines(check("---\r\ntitle: a\r\ntitle: b\r\n---\r\nBody\r\n")));
    }
}
