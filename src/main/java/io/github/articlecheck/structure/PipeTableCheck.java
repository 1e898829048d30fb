package io.github.articlecheck.structure;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.article.Article;
import io.github.articlecheck.engine.ArticleCheck;
import io.github.articlecheck.engine.FindingSink;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * GFM pipe tables. flexmark keeps each row's real cells, so rows that GFM would pad or cut silently are visible.
 */
public final class PipeTableCheck implements ArticleCheck {
    public static final RuleDescriptor COLUMNS = RuleDescriptor.of("table.columns", Severity.ERROR,
            "A table row has more or fewer cells than the header: GFM pads or drops cells silently, so data shifts or disappears.",
            "Give every row as many cells as the header; escape a literal pipe as \\|.");
    public static final RuleDescriptor DELIMITER = RuleDescriptor.of("table.delimiter", Severity.ERROR,
            "The header and delimiter rows of a table have different cell counts (GFM then renders no table),"
                    + " or lines that look like a table have no valid delimiter row.",
            "Write a delimiter row with one '---' cell per header cell, right below the header.");

    private static final Pattern PIPE_ROW = Pattern.compile("\\s{0,3}\\|.*\\|\\s*");

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(COLUMNS, DELIMITER);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        for (Node node : article.document().getDescendants()) {
            if (node instanceof TableBlock) {
                checkTable((TableBlock) node, sink);
            } else if (node instanceof Paragraph) {
                checkLookalike((Paragraph) node, sink);
            }
        }
    }

    private static void checkTable(TableBlock table, FindingSink sink) {
        TableRow header = firstRow(table.getFirstChildAny(TableHead.class));
        TableRow delimiter = firstRow(table.getFirstChildAny(TableSeparator.class));
        if (header == null) {
            return;
        }
        int columns = cells(header);
        if (delimiter != null && cells(delimiter) != columns) {
            sink.reportAtOffset(DELIMITER.id(), delimiter.getStartOffset(), "the delimiter row has " + cells(delimiter)
                    + " cell" + (cells(delimiter) == 1 ? "" : "s") + " but the header has " + columns
                    + ": GFM renders no table at all; give the delimiter row one '---' per header cell");
            return;
        }
        Node body = table.getFirstChildAny(TableBody.class);
        if (body == null) {
            return;
        }
        for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
            if (row instanceof TableRow && cells((TableRow) row) != columns) {
                int count = cells((TableRow) row);
                sink.reportAtOffset(COLUMNS.id(), row.getStartOffset(), "this row has " + count + " cell"
                        + (count == 1 ? "" : "s") + " but the header has " + columns + ": "
                        + (count > columns ? "the extra cells are dropped" : "missing cells are left empty")
                        + "; escape literal pipes as \\|");
            }
        }
    }

    /** Two or more lines of "| … |" that did not become a table: their delimiter row is missing or malformed. */
    private static void checkLookalike(Paragraph paragraph, FindingSink sink) {
        if (paragraph.getChars().trimStart().firstChar() != '|') {
            return; // cheap test first: most paragraphs are prose
        }
        String[] lines = paragraph.getChars().toString().split("\\r?\\n|\\r");
        int pipeRows = 0;
        for (String line : lines) {
            if (PIPE_ROW.matcher(line).matches()) {
                pipeRows++;
            }
        }
        if (pipeRows >= 2 && pipeRows == lines.length) {
            sink.reportAtOffset(DELIMITER.id(), Severity.WARNING, paragraph.getStartOffset(), "these " + pipeRows
                    + " lines look like a table but render as text: add a delimiter row such as | --- | --- |"
                    + " below the header row");
        }
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
        String text = row.getChars().toString().trim();
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
