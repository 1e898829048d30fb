package io.github.articlecheck.writing;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlecheck.core.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown the page shows as typed: reversed links, spaced emphasis markers and empty headings. */
class RenderedWrongCheckTest {
    private static final String FRONT = "---\ntitle: T\n---\n";

    private static List<String> found(String body, String rulePrefix) {
        return lines(check(FRONT + body)).stream().filter(line -> line.contains(" " + rulePrefix)).toList();
    }

    @Test
    void aLinkWrittenBackwardsIsReportedWithTheLinkItMeant() {
        assertEquals(List.of("4:7 markdown.reversed-link '(le site)[https://example.org/a]' is a link written backwards:"
                + " the page shows the brackets; write [le site](https://example.org/a)"),
                found("Voyez (le site)[https://example.org/a] pour tout.\n", "markdown."));
        List<Finding> findings = check(FRONT + "| a |\n|---|\n| (doc)[./doc.md] |\n");
        Finding reversed = findings.stream().filter(f -> f.ruleId().equals("markdown.reversed-link")).findFirst()
                .orElseThrow();
        assertEquals(6, reversed.line());
        assertEquals(3, reversed.column());
        assertEquals("[doc](./doc.md)", reversed.edits().get(0).replacement());
    }

    @Test
    void parenthesesBeforeBracketsThatAreNoLinkStaySilent() {
        assertEquals(List.of(), found("""
                An array (of numbers)[0] and a call f(x)[i].

                Code: `(texte)[https://example.org]` is shown as code.

                    (indented)[https://example.org]

                ```
                (fenced)[https://example.org]
                ```

                A real link after parentheses (see)[https://a.example](https://b.example).

                (defined)[https://example.org/ref]

                [https://example.org/ref]: https://example.org/target
                """, "markdown.reversed-link"));
    }

    @Test
    void emphasisMarkersWithSpacesInsideAreShownAsTyped() {
        assertEquals(List.of(
                "4:7 markdown.emphasis-spaces '** important **' is shown as typed: emphasis markers must touch the text"
                        + " they mark; write **important**",
                "4:32 markdown.emphasis-spaces '_ vraiment_' is shown as typed: emphasis markers must touch the text"
                        + " they mark; write _vraiment_",
                "6:3 markdown.emphasis-spaces '**gras **' is shown as typed: emphasis markers must touch the text they"
                        + " mark; write **gras**"),
                found("C'est ** important ** et c'est _ vraiment_ dit.\n\n- **gras ** dans une liste\n",
                        "markdown.emphasis-spaces"));
    }

    @Test
    void arithmeticSnakeCaseEscapesCodeAndRealEmphasisStaySilent() {
        assertEquals(List.of(), found("""
                Compute 2 * 3 * 4, or a * b, and x ** 2 ** y.

                A snake_case_name and __init__ here, \\* not emphasis \\*.

                **Bold**, _italic_, * a list item

                * another item *

                Code: `** spaced **` and

                ```
                ** also code **
                ```
                """, "markdown.emphasis-spaces"));
    }

    @Test
    void anEmptyHeadingIsReportedAndAHeadingWithTextIsNot() {
        assertEquals(List.of("5:1 heading.empty empty heading '##': write its text, or delete the line",
                "7:1 heading.empty empty heading '###': write its text, or delete the line"),
                found("\n##\n\n### ###\n\n## Texte\n\n#hashtag is no heading\n", "heading.empty"));
    }
}
