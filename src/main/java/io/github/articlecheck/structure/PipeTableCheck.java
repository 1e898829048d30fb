package io.github.articlecheck.structure;

import io.github.articlecheck.core.SequenceText;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.Report;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GFM pipe tables. flexmark keeps each row's real cells, so rows that GFM would pad or cut silently are visible.
 */
public final class PipeTableCheck implements ArticleCheck {
    public static final RuleDescriptor COLUMNS = RuleDescriptor.of("table.columns", Severity.ERROR);
    public static final RuleDescriptor DELIMITER = RuleDescriptor.of("table.delimiter", Severity.ERROR);

    private static final Pattern PIPE_ROW = Pattern.compile("\\s{0,3}\\|.*\\|\\s*");

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(COLUMNS, DELIMITER);
    }

    @Override
    public String indexKey() {
        return "";
    }

    @Override
    public void check(Article article, FindingSink sink) {
        // kramdown (kramdown.gettalong.org/syntax.html#tables) needs no delimiter row, ignores its cell count, and
        // gives an extra cell a column of its own rather than dropping it
        boolean kramdown = article.dialect() == io.github.articlecheck.core.MarkdownDialect.KRAMDOWN;
        for (Node node : article.nodes()) {
            if (node instanceof TableBlock) {
                checkTable((TableBlock) node, sink, kramdown);
            } else if (node instanceof Paragraph && !kramdown) {
                checkLookalike((Paragraph) node, sink);
            }
        }
    }

    private static void checkTable(TableBlock table, FindingSink sink, boolean kramdown) {
        TableRow header = firstRow(table.getFirstChildAny(TableHead.class));
        TableRow delimiter = firstRow(table.getFirstChildAny(TableSeparator.class));
        if (header == null) {
            return;
        }
        int columns = cells(header);
        if (delimiter != null && cells(delimiter) != columns && !kramdown) {
            sink.at(delimiter.getStartOffset()).subject("delimiter").report(DELIMITER,
                    "table.delimiter.cells", cells(delimiter), columns);
            return;
        }
        Node body = table.getFirstChildAny(TableBody.class);
        if (body == null) {
            return;
        }
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            if (row instanceof TableRow && cells((TableRow) row) != columns) {
                int count = cells((TableRow) row);
                Report report = sink.at(row.getStartOffset()).subject("row");
                if (count < columns) {
                    padEdit((TableRow) row, columns - count, report);
                }
                report.report(COLUMNS, count > columns ? (kramdown ? "table.columns.extra-kramdown" : "table.columns.extra")
                        : "table.columns.missing", count, columns);
            }
        }
    }

    /** Two or more lines of "| … |" that did not become a table: their delimiter row is missing or malformed. */
    private static void checkLookalike(Paragraph paragraph, FindingSink sink) {
        if (paragraph.getChars().trimStart().firstChar() != '|') {
            return; // cheap test first: most paragraphs are prose
        }
        String[] lines = SequenceText.of(paragraph.getChars()).split("\\r?\\n|\\r");
        int pipeRows = 0;
        for (String line : lines) {
            if (PIPE_ROW.matcher(line).matches()) {
                pipeRows++;
            }
        }
        if (pipeRows >= 2 && pipeRows == lines.length) {
            sink.at(paragraph.getStartOffset()).severity(Severity.WARNING).subject("lookalike").report(DELIMITER,
                    "table.delimiter.lookalike", pipeRows);
        }
    }

    /**
     * The fix of a short row: empty cells added at its end. Without a trailing pipe one more is needed, since GFM
     * drops a last pipe ({@code a | b} + {@code  | |} is three cells).
     */
    private static void padEdit(TableRow row, int missing, Report report) {
        String text = SequenceText.of(row.getChars());
        int end = row.getStartOffset() + text.stripTrailing().length();
        boolean trailingPipe = text.stripTrailing().endsWith("|") && !escaped(text.stripTrailing(),
                text.stripTrailing().length() - 1);
        report.replace(end, end, " |".repeat(trailingPipe ? missing : missing + 1));
    }

    private static TableRow firstRow(Node section) {
        return section == null ? null : (TableRow) section.getFirstChildAny(TableRow.class);
    }

    /**
     * Cells of a row as GFM counts them, from the row's text: unescaped pipes separate cells (also inside code
     * spans), a leading and a trailing pipe are optional. flexmark merges empty cells ({@code ||}), so its cell
     * nodes are not counted.
     */
    static int cells(TableRow row) {
        String text = SequenceText.of(row.getChars()).trim();
        int start = text.startsWith("|") ? 1 : 0;
        int end = text.length();
        if (end > start && text.charAt(end - 1) == '|' && !escaped(text, end - 1)) {
            end--;
        }
        int count = 1;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '|' && !escaped(text, i)) {
                count++;
            }
        }
        return count;
    }

    private static boolean escaped(String text, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
