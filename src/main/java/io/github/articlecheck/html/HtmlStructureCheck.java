package io.github.articlecheck.html;

import io.github.articlecheck.article.Article;
import io.github.articlecheck.article.SourceText;
import io.github.articlecheck.engine.ArticleCheck;
import io.github.articlecheck.engine.FindingSink;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Balance and shape of the raw HTML of an article, seen whole across HTML blocks: tables (open/close, stray
 * tags, column counts with colspan and rowspan, header cells) and other block elements (div, section, details,
 * figure, lists). HTML5 would repair most of these silently; in Markdown they break the page, because a blank
 * line or an indented line inside the HTML changes how the rest is read.
 */
public final class HtmlStructureCheck implements ArticleCheck {
    public static final RuleDescriptor TABLE_UNCLOSED = RuleDescriptor.of("table.html-unclosed", Severity.ERROR,
            "An HTML <table>, <thead>, <tbody> or <tr> is opened and never closed (a <td>/<th> not closed before the next cell is a warning).",
            "Add the missing end tag where the element ends.");
    public static final RuleDescriptor TABLE_STRAY = RuleDescriptor.of("table.html-stray", Severity.ERROR,
            "An HTML table end tag closes nothing open, a cell is closed by the wrong tag, or a cell or row sits outside a row or table.",
            "Remove the stray tag or fix the opening tag it was meant to close.");
    public static final RuleDescriptor TABLE_COLUMNS = RuleDescriptor.of("table.html-columns", Severity.ERROR,
            "A row of an HTML table has a different number of columns (colspan and rowspan counted) than the header row.",
            "Add or remove cells, or fix colspan/rowspan, so every row spans the same number of columns.");
    public static final RuleDescriptor TABLE_HEADER = RuleDescriptor.of("table.html-header", Severity.WARNING,
            "An HTML data table has no header cell (<th>): screen readers cannot name its columns.",
            "Make the first row's cells <th>, or mark a layout table with role=\"presentation\".");
    public static final RuleDescriptor UNCLOSED = RuleDescriptor.of("html.unclosed", Severity.ERROR,
            "An HTML block element (div, section, details, figure, list, ...) is opened and never closed.",
            "Add the missing end tag where the element ends.");
    public static final RuleDescriptor STRAY = RuleDescriptor.of("html.stray", Severity.ERROR,
            "An HTML end tag closes nothing open.", "Remove the stray end tag or add the start tag it belongs to.");

    private static final Set<String> TABLE_PARTS = Set.of("table", "caption", "colgroup", "thead", "tbody", "tfoot", "tr", "td", "th");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SECTIONS = Set.of("thead", "tbody", "tfoot");
    private static final Set<String> BLOCKS = Set.of("div", "section", "article", "aside", "nav", "header", "footer",
            "main", "details", "summary", "figure", "figcaption", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
            "form", "fieldset", "center");
    /** Elements whose end tag HTML5 lets authors leave out when a sibling follows: implied silently. */
    private static final Set<String> SELF_ENDING = Set.of("li", "dt", "dd");

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(TABLE_UNCLOSED, TABLE_STRAY, TABLE_COLUMNS, TABLE_HEADER, UNCLOSED, STRAY);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        if (!article.rawHtml().tags().isEmpty()) {
            new Walk(article.source(), sink).run(article.rawHtml().tags());
        }
    }

    /** An open element and, for tables and rows, what was counted in it. */
    private static final class Open {
        final HtmlTag tag;
        final List<Row> rows = new ArrayList<>(); // for a table
        final List<int[]> carried = new ArrayList<>(); // for a table: {rows still spanned, columns} from rowspan
        boolean hasHeaderCell; // for a table
        int columns; // for a row
        boolean headerRow; // for a row

        Open(HtmlTag tag) {
            this.tag = tag;
        }

        String name() {
            return tag.name();
        }
    }

    private record Row(HtmlTag tag, int columns, boolean header) {
    }

    private static final class Walk {
        private final SourceText source;
        private final FindingSink sink;
        private final Deque<Open> stack = new ArrayDeque<>();

        Walk(SourceText source, FindingSink sink) {
            this.source = source;
            this.sink = sink;
        }

        void run(List<HtmlTag> tags) {
            for (HtmlTag tag : tags) {
                boolean tracked = TABLE_PARTS.contains(tag.name()) || BLOCKS.contains(tag.name());
                if (!tracked || tag.selfClosing()) {
                    continue;
                }
                if (tag.end()) {
                    close(tag);
                } else {
                    open(tag);
                }
            }
            while (!stack.isEmpty()) {
                Open open = stack.peek();
                if (CELLS.contains(open.name())) {
                    sink.reportAtOffset(TABLE_UNCLOSED.id(), Severity.WARNING, open.tag.start(), open.tag.display()
                            + " opened at " + at(open.tag) + " is never closed: add </" + open.name() + ">");
                } else if (!SELF_ENDING.contains(open.name())) {
                    sink.reportAtOffset(unclosedRule(open.name()), open.tag.start(), open.tag.display() + " opened at "
                            + at(open.tag) + " is never closed: add </" + open.name() + ">");
                }
                pop();
            }
        }

        private void open(HtmlTag tag) {
            String name = tag.name();
            if (CELLS.contains(name)) {
                closeCellImplicitly("the next cell");
                Open row = stack.peek();
                if (row == null || !row.name().equals("tr")) {
                    sink.reportAtOffset(TABLE_STRAY.id(), tag.start(), tag.display() + " at " + at(tag)
                            + " is outside a row: put it inside <tr>…</tr>");
                } else {
                    addCell(row, tag);
                }
            } else if (name.equals("tr")) {
                closeCellImplicitly("the next row");
                if (top("tr")) {
                    sink.reportAtOffset(TABLE_UNCLOSED.id(), stack.peek().tag.start(), "<tr> opened at "
                            + at(stack.peek().tag) + " is not closed before the next <tr> at " + at(tag) + ": add </tr>");
                    pop();
                }
                if (nearestTable() == null) {
                    sink.reportAtOffset(TABLE_STRAY.id(), tag.start(), "<tr> at " + at(tag)
                            + " is outside a table: put it inside <table>…</table>");
                }
            } else if (SECTIONS.contains(name)) {
                closeCellImplicitly("<" + name + ">");
                if (top("tr")) {
                    sink.reportAtOffset(TABLE_UNCLOSED.id(), stack.peek().tag.start(), "<tr> opened at "
                            + at(stack.peek().tag) + " is not closed before <" + name + "> at " + at(tag) + ": add </tr>");
                    pop();
                }
            } else if (SELF_ENDING.contains(name) && top(name)) {
                pop(); // a new <li> ends the previous one, as in HTML5
            }
            stack.push(new Open(tag));
        }

        private void close(HtmlTag tag) {
            String name = tag.name();
            Open top = stack.peek();
            if (top != null && CELLS.contains(name) && CELLS.contains(top.name()) && !top.name().equals(name)) {
                sink.reportAtOffset(TABLE_STRAY.id(), tag.start(), top.tag.display() + " opened at " + at(top.tag)
                        + " is closed by " + tag.display() + ": use </" + top.name() + ">");
                pop();
                return;
            }
            Open match = find(name);
            if (match == null) {
                sink.reportAtOffset(strayRule(name), tag.start(), tag.display() + " at " + at(tag) + " closes nothing: no <"
                        + name + "> is open here; remove it or add the start tag");
                return;
            }
            while (stack.peek() != match) {
                Open inner = stack.peek();
                if (CELLS.contains(inner.name())) {
                    sink.reportAtOffset(TABLE_UNCLOSED.id(), Severity.WARNING, inner.tag.start(), inner.tag.display()
                            + " opened at " + at(inner.tag) + " is not closed before " + tag.display() + " at " + at(tag)
                            + ": add </" + inner.name() + ">");
                } else if (!SELF_ENDING.contains(inner.name())) {
                    sink.reportAtOffset(unclosedRule(inner.name()), inner.tag.start(), inner.tag.display() + " opened at "
                            + at(inner.tag) + " is not closed before " + tag.display() + " at " + at(tag) + ": add </"
                            + inner.name() + ">");
                }
                pop();
            }
            pop();
        }

        private void closeCellImplicitly(String before) {
            Open top = stack.peek();
            if (top != null && CELLS.contains(top.name())) {
                sink.reportAtOffset(TABLE_UNCLOSED.id(), Severity.WARNING, top.tag.start(), top.tag.display()
                        + " opened at " + at(top.tag) + " is not closed before " + before + ": add </" + top.name() + ">");
                pop();
            }
        }

        private void addCell(Open row, HtmlTag cell) {
            int colspan = span(cell, "colspan");
            int rowspan = span(cell, "rowspan");
            row.columns += colspan;
            if (cell.name().equals("th")) {
                row.headerRow = true;
                Open table = nearestTable();
                if (table != null) {
                    table.hasHeaderCell = true;
                }
            }
            Open table = nearestTable();
            if (table != null && rowspan > 1) {
                table.carried.add(new int[] {rowspan - 1, colspan, 1}); // third: 1 = not yet active (this row)
            }
        }

        /** Pops the top element; a closing row or table is measured. */
        private void pop() {
            Open closed = stack.pop();
            if (closed.name().equals("tr")) {
                Open table = nearestTable();
                if (table != null) {
                    int spanned = 0;
                    for (Iterator<int[]> it = table.carried.iterator(); it.hasNext();) {
                        int[] carry = it.next();
                        if (carry[2] == 1) {
                            carry[2] = 0; // starts spanning from the next row
                        } else {
                            spanned += carry[1];
                            if (--carry[0] == 0) {
                                it.remove();
                            }
                        }
                    }
                    table.rows.add(new Row(closed.tag, closed.columns + spanned, closed.headerRow));
                }
            } else if (closed.name().equals("table")) {
                measure(closed);
            }
        }

        private void measure(Open table) {
            if (table.rows.isEmpty()) {
                return;
            }
            Row reference = table.rows.get(0);
            for (Row row : table.rows.subList(1, table.rows.size())) {
                if (row.columns() != reference.columns()) {
                    sink.reportAtOffset(TABLE_COLUMNS.id(), row.tag().start(), "this row spans " + row.columns()
                            + " column" + (row.columns() == 1 ? "" : "s") + " but the " + (reference.header() ? "header" : "first")
                            + " row (line " + source.line(reference.tag().start()) + ") spans " + reference.columns()
                            + " (colspan and rowspan counted)");
                }
            }
            String role = table.tag.attribute("role").map(HtmlTag.Attribute::value).orElse("");
            boolean layout = role != null && (role.equalsIgnoreCase("presentation") || role.equalsIgnoreCase("none"));
            int widest = table.rows.stream().mapToInt(Row::columns).max().orElse(0);
            if (!table.hasHeaderCell && !layout && table.rows.size() >= 2 && widest >= 2) {
                sink.reportAtOffset(TABLE_HEADER.id(), table.tag.start(), "this table has no header cell (<th>):"
                        + " screen readers cannot name its columns; make the first row's cells <th>, or add"
                        + " role=\"presentation\" to a layout table");
            }
        }

        private Open nearestTable() {
            for (Open open : stack) {
                if (open.name().equals("table")) {
                    return open;
                }
            }
            return null;
        }

        /** The nearest open element of that name, not looking past the enclosing table for table parts. */
        private Open find(String name) {
            for (Open open : stack) {
                if (open.name().equals(name)) {
                    return open;
                }
                if (open.name().equals("table") && TABLE_PARTS.contains(name)) {
                    return null;
                }
            }
            return null;
        }

        private boolean top(String name) {
            return !stack.isEmpty() && stack.peek().name().equals(name);
        }

        private String at(HtmlTag tag) {
            return source.line(tag.start()) + ":" + source.column(tag.start());
        }

        private static int span(HtmlTag cell, String attribute) {
            try {
                return cell.attribute(attribute).map(HtmlTag.Attribute::value)
                        .map(v -> Math.max(1, Math.min(1000, Integer.parseInt(v.trim())))).orElse(1);
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private static String unclosedRule(String name) {
            return TABLE_PARTS.contains(name) ? TABLE_UNCLOSED.id() : UNCLOSED.id();
        }

        private static String strayRule(String name) {
            return TABLE_PARTS.contains(name) ? TABLE_STRAY.id() : STRAY.id();
        }
    }
}
