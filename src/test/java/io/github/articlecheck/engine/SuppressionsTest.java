package io.github.articlecheck.engine;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
    private static final String FM = "---\ntitle: T\n---\n";

    @Test
    void disableNextLineSilencesOneRuleOnTheNextLine() {
        assertEquals(List.of(), lines(check(FM + "<!-- articlecheck-disable-next-line image.alt -->\n![](a.png)\n")));
        assertEquals(List.of("7:1 image.alt image 'b.png' has no alternative text: describe it between the brackets of ![…](…)"),
                lines(check(FM + "<!-- articlecheck-disable-next-line image.alt -->\n![](a.png)\n\n![](b.png)\n")));
    }

    @Test
    void disableEnableRangeAndAllRules() {
        String body = "<!-- articlecheck-disable -->\n![](a.png)\n\n#### Deep\n<!-- articlecheck-enable -->\n\n![](b.png)\n";
        assertEquals(List.of("10:1 image.alt image 'b.png' has no alternative text: describe it between the brackets of ![…](…)"),
                lines(check(FM + body)));
    }

    @Test
    void disableFileForOneRule() {
        assertEquals(List.of(), lines(check(FM + "![](a.png)\n\n<!-- articlecheck-disable-file image.alt -->\n\n![](b.png)\n")));
    }

    @Test
    void unusedAndUnknownSuppressionsAreReported() {
        assertEquals(List.of(
                "4:1 suppression.unused 'articlecheck-disable-next-line image.alt' suppresses nothing: remove it",
                "7:1 suppression.unused 'articlecheck-disable imag.alt' names unknown rule id 'imag.alt': fix or remove it"),
                lines(check(FM + "<!-- articlecheck-disable-next-line image.alt -->\n![ok](a.png)\n\n<!-- articlecheck-disable imag.alt -->\n")));
    }

    @Test
    void frontMatterFindingsCanBeSilencedForTheFile() {
        assertEquals(List.of(), lines(check("---\ntitle: a\ntitle: b\n---\n<!-- articlecheck-disable-file frontmatter.duplicate-key -->\n")));
    }
}
