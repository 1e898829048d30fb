package io.github.articlecheck.html;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlStructureCheckTest {
    private static final String FM = "---\ntitle: HTML\n---\n";

    private static List<String> findings(String body) {
        return structure(check(FM + body));
    }

    @Test
    void tableSplitByABlankLineIsSeenWholeAndValid() {
        assertEquals(List.of(), findings("<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td><b>1</b></td><td><i>2</i></td></tr>\n\n</table>\n"));
    }

    @Test
    void theSampleArticleGivesNoFindingAtAll() throws IOException {
        String sample;
        try (InputStream in = getClass().getResourceAsStream("/samples/communs-numeriques-en-vogue.md")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the structure is sound; what is left is accessibility, judged true: the data table at line 76 has no
        // <caption> (RGAA 5.4), and the xkcd credit's text is its URL, opened in a new window unannounced
        assertEquals(List.of("76:1 a11y.table-caption data table without a title (RGAA 5.4, WCAG 1.3.1): add"
                + " <caption>…</caption> after <table>, or a title or aria-label",
                "134:45 a11y.link-text link text is the bare URL 'https://xkcd.com/2347/' (RGAA 6.1, WCAG 2.4.4): a"
                        + " screen reader spells it out; name the page it leads to",
                "134:45 a11y.new-window link 'https://xkcd.com/2347/' opens a new window without saying so (RGAA 13.2,"
                        + " WCAG 3.2.5): add '(new window)' to its text or title, or remove target=\"_blank\""),
                lines(check(sample)));
    }

    /** The structure rules' findings: the accessibility of the same tables is AccessibilityChecksTest's. */
    private static List<String> structure(List<io.github.articlecheck.core.Finding> findings) {
        return lines(findings).stream().filter(line -> !line.contains(" a11y.")).toList();
    }

    @Test
    void cellClosedByTheWrongTag() {
        assertEquals(List.of("7:6 table.html-stray <td> opened at 7:1 is closed by </th>: use </td>"),
                findings("<table>\n<tr><th>A</th></tr>\n<tr>\n<td>x</th>\n</tr>\n</table>\n").subList(0, 1));
    }

    @Test
    void strayEndTagAndRowOutsideATable() {
        assertEquals(List.of("4:27 table.html-stray </tr> at 4:27 closes nothing: no <tr> is open here; remove it or add the start tag"),
                findings("<table><tr><th>A</th></tr></tr></table>\n"));
        assertEquals(List.of("4:1 table.html-stray <tr> at 4:1 is outside a table: put it inside <table>…</table>"),
                findings("<tr><td>x</td></tr>\n"));
    }

    @Test
    void unclosedTableAndRowsAreErrorsUnclosedCellsWarnings() {
        List<Finding> found = check(FM + "<table>\n<tr><th>A</th><th>B</th>\n<tr><td>1<td>2</td></tr>\n").stream()
                .filter(finding -> !finding.ruleId().startsWith("a11y.")).toList();
        assertEquals(List.of(
                "4:1 table.html-unclosed <table> opened at 4:1 is never closed: add </table>",
                "5:1 table.html-unclosed <tr> opened at 5:1 is not closed before the next <tr> at 6:1: add </tr>",
                "6:5 table.html-unclosed <td> opened at 6:5 is not closed before the next cell: add </td>"), lines(found));
        assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.WARNING), found.stream().map(Finding::severity).toList());
    }

    @Test
    void columnsCountColspanAndRowspan() {
        assertEquals(List.of(), findings("<table>\n<tr><th>A</th><th>B</th><th>C</th></tr>\n"
                + "<tr><td rowspan=\"2\">x</td><td colspan=\"2\">y</td></tr>\n<tr><td>z</td><td>w</td></tr>\n</table>\n"));
        assertEquals(List.of("6:1 table.html-columns this row spans 2 columns but the header row (line 5) spans 3"
                + " (colspan and rowspan counted)"),
                findings("<table>\n<tr><th>A</th><th>B</th><th>C</th></tr>\n<tr><td>x</td><td>y</td></tr>\n</table>\n"));
    }

    @Test
    void dataTableWithoutHeaderCells() {
        assertEquals(List.of("4:1 table.html-header this table has no header cell (<th>): screen readers cannot name its"
                + " columns; make the first row's cells <th>, or add role=\"presentation\" to a layout table"),
                findings("<table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td>c</td><td>d</td></tr>\n</table>\n"));
        assertEquals(List.of(), findings("<table role=\"presentation\">\n<tr><td>a</td><td>b</td></tr>\n"
                + "<tr><td>c</td><td>d</td></tr>\n</table>\n"));
    }

    @Test
    void otherBlockElements() {
        assertEquals(List.of("5:1 html.unclosed <div> opened at 5:1 is not closed before </section> at 6:1: add </div>"),
                findings("<section>\n<div>\n</section>\n"));
        assertEquals(List.of("4:1 html.stray </details> at 4:1 closes nothing: no <details> is open here; remove it or add the start tag"),
                findings("</details>\n"));
        assertEquals(List.of(), findings("<details>\n<summary>Plus</summary>\n\n**Markdown** inside.\n\n</details>\n\n"
                + "<ul>\n<li>a\n<li>b\n</ul>\n\n<figure><img src=\"a.png\" alt=\"A\"><figcaption>A</figcaption></figure>\n"));
    }

    @Test
    void tagsInCommentsStylesAndCodeAreIgnored() {
        assertEquals(List.of(), findings("<!-- <div> -->\n\n<style>\ntd > p { color: red }\n</style>\n\n`</div>`\n\n```html\n<table>\n```\n"));
    }

    @Test
    void indentedHtmlAfterABlankLineShowsAsCode() {
        assertEquals(List.of("8:5 html.indented-code this HTML is indented 4 spaces after a blank line inside raw HTML:"
                + " Markdown shows '<td>' as literal text; remove the blank line above or the indentation"),
                findings("<table>\n  <tr>\n    <td>1</td>\n\n    <td>2</td>\n  </tr>\n</table>\n").stream()
                        .filter(l -> l.contains("indented-code")).toList());
    }
}
