package io.github.articlecheck.html;

import io.github.articlecheck.core.HtmlTag;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.SourceText;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.Set;

/**
 * Balance and shape of the raw HTML of an article, seen whole across HTML blocks: tables (open/close, stray
 * tags, column counts with colspan and rowspan, header cells) and other block elements (div, section, details,
 * figure, lists). HTML5 would repair most of these silently; in Markdown they break the page, because a blank
 * line or an indented line inside the HTML changes how the rest is read.
 */
public final class HtmlStructureCheck implements ArticleCheck {
    public static final RuleDescriptor TABLE_UNCLOSED = RuleDescriptor.of("table.html-unclosed", Severity.ERROR);
    public static final RuleDescriptor TABLE_STRAY = RuleDescriptor.of("table.html-stray", Severity.ERROR);
    public static final RuleDescriptor TABLE_COLUMNS = RuleDescriptor.of("table.html-columns", Severity.ERROR);
    public static final RuleDescriptor TABLE_HEADER = RuleDescriptor.of("table.html-header", Severity.WARNING);
    /** A data table with no title (RGAA 4.1 criterion 5.4, WCAG 2.2 1.3.1): {@code <caption>}, title or aria-label. */
    public static final RuleDescriptor TABLE_CAPTION = RuleDescriptor.of("a11y.table-caption", Severity.WARNING);
    public static final RuleDescriptor UNCLOSED = RuleDescriptor.of("html.unclosed", Severity.ERROR);
    public static final RuleDescriptor STRAY = RuleDescriptor.of("html.stray", Severity.ERROR);

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
        return List.of(TABLE_UNCLOSED, TABLE_STRAY, TABLE_COLUMNS, TABLE_HEADER, TABLE_CAPTION, UNCLOSED, STRAY);
    }

    @Override
    public String indexKey() {
        return "";
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
        boolean hasCaption; // for a table
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
        /** How many elements of each name are open: an end tag that matches none is known without walking the stack. */
        private final java.util.Map<String, Integer> openCounts = new java.util.HashMap<>();

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
                    sink.at(open.tag.start()).severity(Severity.WARNING).subject(open.name())
                            .report(TABLE_UNCLOSED, "html.never-closed", open.tag.display(), at(open.tag), open.name());
                } else if (!SELF_ENDING.contains(open.name())) {
                    sink.at(open.tag.start()).subject(open.name())
                            .report(unclosedRule(open.name()), "html.never-closed", open.tag.display(), at(open.tag),
                                    open.name());
                }
                pop();
            }
        }

        private void open(HtmlTag tag) {
            String name = tag.name();
            if (CELLS.contains(name)) {
                closeCellImplicitly(Message.reference("html.before.next-cell"));
                Open row = stack.peek();
                if (row == null || !row.name().equals("tr")) {
                    sink.at(tag.start()).subject(name).report(TABLE_STRAY, "table.html-stray.cell-outside-row",
                            tag.display(), at(tag));
                } else {
                    addCell(row, tag);
                }
            } else if (name.equals("tr")) {
                closeCellImplicitly(Message.reference("html.before.next-row"));
                if (top("tr")) {
                    sink.at(stack.peek().tag.start()).subject("tr").report(TABLE_UNCLOSED,
                            "table.html-unclosed.row-before-row", at(stack.peek().tag), at(tag));
                    pop();
                }
                if (nearestTable() == null) {
                    sink.at(tag.start()).subject("tr").report(TABLE_STRAY, "table.html-stray.row-outside-table",
                            at(tag));
                }
            } else if (SECTIONS.contains(name)) {
                closeCellImplicitly("<" + name + ">");
                if (top("tr")) {
                    sink.at(stack.peek().tag.start()).subject("tr").report(TABLE_UNCLOSED,
                            "table.html-unclosed.row-before-section", at(stack.peek().tag), name, at(tag));
                    pop();
                }
            } else if (SELF_ENDING.contains(name) && top(name)) {
                pop(); // a new <li> ends the previous one, as in HTML5
            } else if (name.equals("caption") && nearestTable() != null) {
                nearestTable().hasCaption = true;
            }
            stack.push(new Open(tag));
            openCounts.merge(tag.name(), 1, Integer::sum);
        }

        private void close(HtmlTag tag) {
            String name = tag.name();
            Open top = stack.peek();
            if (top != null && CELLS.contains(name) && CELLS.contains(top.name()) && !top.name().equals(name)) {
                sink.at(tag.start()).subject(name).report(TABLE_STRAY, "table.html-stray.wrong-cell-end",
                        top.tag.display(), at(top.tag), tag.display(), top.name());
                pop();
                return;
            }
            Open match = find(name);
            if (match == null) {
                sink.at(tag.start()).subject(name).report(strayRule(name), "html.closes-nothing", tag.display(),
                        at(tag), name);
                return;
            }
            while (stack.peek() != match) {
                Open inner = stack.peek();
                if (CELLS.contains(inner.name())) {
                    sink.at(inner.tag.start()).severity(Severity.WARNING).subject(inner.name()).report(TABLE_UNCLOSED,
                            "html.not-closed-before", inner.tag.display(), at(inner.tag), tag.display(), at(tag),
                            inner.name());
                } else if (!SELF_ENDING.contains(inner.name())) {
                    sink.at(inner.tag.start()).subject(inner.name()).report(unclosedRule(inner.name()),
                            "html.not-closed-before", inner.tag.display(), at(inner.tag), tag.display(), at(tag),
                            inner.name());
                }
                pop();
            }
            pop();
        }

        private void closeCellImplicitly(String before) {
            Open top = stack.peek();
            if (top != null && CELLS.contains(top.name())) {
                sink.at(top.tag.start()).severity(Severity.WARNING).subject(top.name()).report(TABLE_UNCLOSED,
                        "html.cell-not-closed-before", top.tag.display(), at(top.tag), before, top.name());
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
            openCounts.merge(closed.name(), -1, Integer::sum);
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
                    sink.at(row.tag().start()).subject("row").report(TABLE_COLUMNS, "table.html-columns.spans",
                            row.columns(), Message.reference(reference.header() ? "html.row.header" : "html.row.first"),
                            source.line(reference.tag().start()), reference.columns());
                }
            }
            String role = table.tag.attribute("role").map(HtmlTag.Attribute::value).orElse("");
            boolean layout = role != null && (role.equalsIgnoreCase("presentation") || role.equalsIgnoreCase("none"));
            int widest = table.rows.stream().mapToInt(Row::columns).max().orElse(0);
            boolean data = !layout && table.rows.size() >= 2 && widest >= 2;
            if (!table.hasHeaderCell && data) {
                sink.at(table.tag.start()).subject("table").report(TABLE_HEADER, "table.html-header.none");
            }
            boolean titled = table.hasCaption || Stream.of("title", "aria-label", "aria-labelledby")
                    .anyMatch(name -> table.tag.attribute(name).map(HtmlTag.Attribute::value)
                            .filter(value -> value != null && !value.isBlank()).isPresent());
            if (data && !titled) {
                sink.at(table.tag.start()).subject("table").report(TABLE_CAPTION, "a11y.table-caption");
            }
        }

        private Open nearestTable() {
            if (openCounts.getOrDefault("table", 0) == 0) {
                return null;
            }
            for (Open open : stack) {
                if (open.name().equals("table")) {
                    return open;
                }
            }
            return null;
        }

        /** The nearest open element of that name, not looking past the enclosing table for table parts. */
        private Open find(String name) {
            if (openCounts.getOrDefault(name, 0) == 0) {
                return null;
            }
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

        private static RuleDescriptor unclosedRule(String name) {
            return TABLE_PARTS.contains(name) ? TABLE_UNCLOSED : UNCLOSED;
        }

        private static RuleDescriptor strayRule(String name) {
            return TABLE_PARTS.contains(name) ? TABLE_STRAY : STRAY;
        }
    }
}
