package io.github.articlecheck.read;

import io.github.articlecheck.core.SequenceText;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Anchor;
import io.github.articlecheck.core.HtmlTag;
import io.github.articlecheck.core.MarkdownOptions;
import io.github.articlecheck.core.RawHtml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchors of an article, computed once: headings and definition-list terms share one id counter, as in
 * goldmark (Hugo), where a repeated id gets {@code -1}, {@code -2}…; then the ids of raw HTML. The heading rules
 * and the link check read the same list, so they can never disagree.
 */
public final class Anchors {
    private Anchors() {
    }

    /**
     * The anchors of an article's nodes (walked once, in document order), with the engine's switches: no generated
     * heading ids when {@code autoIds} is off (an explicit one still counts), no {@code {#id}} when heading
     * attributes are off (the braces are then text of the slug), no term ids unless the engine gives them.
     * {@code written} is the article as written, where a definition's colon still is.
     */
    public static List<Anchor> of(Iterable<? extends Node> nodes, RawHtml html, IdStyle style, MarkdownOptions options,
            String written) {
        List<Anchor> generated = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Heading) {
                java.util.Optional<String> blockId = options.headingAttributes() ? kramdownBlockId(node)
                        : java.util.Optional.empty();
                String id = blockId.orElseGet(() -> HeadingAnchors.id((Heading) node, style, options));
                generated.add(new Anchor("", id, node.getStartOffset(), Anchor.Kind.HEADING));
            } else if (node instanceof Paragraph && options.definitionTermIds()) {
                for (Term term : definitionTerms((Paragraph) node, written)) {
                    generated.add(new Anchor("", style.slugOf(term.text()), term.offset(), Anchor.Kind.TERM));
                }
            }
        }
        generated.sort(Comparator.comparingInt(Anchor::offset));
        List<Anchor> anchors = new ArrayList<>(generated.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Anchor anchor : generated) {
            if (anchor.base().isEmpty()) {
                continue; // anchorStyle none, or a heading with no text: the generator writes no id
            }
            int count = seen.merge(anchor.base(), 1, Integer::sum);
            anchors.add(new Anchor(count == 1 ? anchor.base() : style.repeat(anchor.base(), count), anchor.base(),
                    anchor.offset(), anchor.kind()));
        }
        anchors.addAll(footnotes(nodes, style));
        for (HtmlTag tag : html.tags()) {
            if (!tag.end()) {
                tag.attribute("id").map(HtmlTag.Attribute::value)
                        .ifPresent(id -> anchors.add(new Anchor(id, id, tag.start(), Anchor.Kind.HTML)));
                if (tag.name().equals("a")) {
                    tag.attribute("name").map(HtmlTag.Attribute::value)
                            .ifPresent(name -> anchors.add(new Anchor(name, name, tag.start(), Anchor.Kind.HTML)));
                }
            }
        }
        return List.copyOf(anchors);
    }

    private record Term(String text, int offset) {
    }

    private static final java.util.regex.Pattern BLOCK_IAL = java.util.regex.Pattern.compile(
            "\\{:\\s*(?:[^}]*\\s)?#([\\w:.-]+)[^}]*}");

    /**
     * A kramdown block IAL on the line after a heading ({@code ## 4.3.0 / 2022-10-20} then {@code {: #v4-3-0}}), which
     * kramdown applies to the heading (kramdown.gettalong.org/syntax.html#block-ials): Jekyll's history page.
     */
    private static java.util.Optional<String> kramdownBlockId(Node heading) {
        Node next = heading.getNext();
        if (next instanceof Paragraph && heading.getChars().getBaseSequence()
                .subSequence(heading.getEndOffset(), next.getStartOffset()).toString().chars()
                .filter(c -> c == '\n').count() <= 1) {
            String first = SequenceText.of(next.getChars()).split("\\r?\\n|\\r", 2)[0].trim();
            java.util.regex.Matcher ial = BLOCK_IAL.matcher(first);
            if (ial.matches()) {
                return java.util.Optional.of(ial.group(1));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The ids of footnotes and of their references, as each Markdown engine writes them: Python-Markdown and kramdown
     * by label ({@code fn:label}, {@code fnref:label}); goldmark (Hugo) by number in the order of first reference
     * ({@code fn:1}, {@code fnref:1}); GitHub by label, prefixed ({@code user-content-fn-label}, reachable as
     * {@code #fn-label}). A style of another generator's rule gets none: it is not known.
     */
    private static List<Anchor> footnotes(Iterable<? extends Node> nodes, IdStyle style) {
        List<Anchor> ids = new ArrayList<>();
        List<String> order = new ArrayList<>();
        Map<String, Integer> definitions = new java.util.LinkedHashMap<>();
        for (Node node : nodes) {
            if (node instanceof com.vladsch.flexmark.ext.footnotes.Footnote reference) {
                String label = reference.getText().toString();
                if (!order.contains(label)) {
                    order.add(label);
                }
            } else if (node instanceof com.vladsch.flexmark.ext.footnotes.FootnoteBlock block) {
                definitions.putIfAbsent(block.getText().toString(), block.getStartOffset());
            }
        }
        for (Map.Entry<String, Integer> definition : definitions.entrySet()) {
            String label = definition.getKey();
            int offset = definition.getValue();
            List<String> forms = new ArrayList<>();
            if (style == AnchorStyle.PYTHON_MARKDOWN || style == AnchorStyle.KRAMDOWN) {
                forms.addAll(List.of("fn:" + label, "fnref:" + label));
            } else if (style == AnchorStyle.GITHUB || style == AnchorStyle.ASCII) {
                int number = order.indexOf(label) + 1;
                if (number > 0) {
                    forms.addAll(List.of("fn:" + number, "fnref:" + number));
                }
                forms.addAll(List.of("user-content-fn-" + label, "user-content-fnref-" + label, "fn-" + label,
                        "fnref-" + label));
            }
            forms.forEach(id -> ids.add(new Anchor(id, id, offset, Anchor.Kind.FOOTNOTE)));
        }
        return ids;
    }

    /**
     * Terms of definition lists ({@code term} then {@code : definition}), which generators such as Hugo (goldmark's
     * autoDefinitionTermID) give ids like headings. A blank line may separate the term from its definition.
     */
    private static List<Term> definitionTerms(Paragraph paragraph, String written) {
        // searched in the String: flexmark's sequence indexOf goes through its segment tree, character by character
        boolean inside = definitionLineWithin(written, paragraph.getStartOffset(), paragraph.getEndOffset());
        Node next = paragraph.getNext();
        boolean before = next instanceof Paragraph && next.getChars().startsWith(": ")
                || next instanceof com.vladsch.flexmark.ast.BulletList
                        && DefinitionLists.writtenAsDefinition(written, next.getStartOffset());
        if (!inside && !before) {
            return List.of();
        }
        List<Term> terms = new ArrayList<>();
        String text = SequenceText.of(paragraph.getChars());
        String[] lines = text.split("\\r?\\n|\\r", -1);
        int[] starts = new int[lines.length];
        for (int i = 0, offset = 0; i < lines.length; i++) {
            starts[i] = paragraph.getStartOffset() + text.indexOf(lines[i], offset);
            offset = starts[i] - paragraph.getStartOffset() + lines[i].length();
        }
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i + 1].startsWith(": ") && !lines[i].startsWith(":") && !lines[i].isBlank()) {
                terms.add(new Term(plain(lines[i]), starts[i]));
            }
        }
        int last = lines.length - 1;
        while (last > 0 && lines[last].isBlank()) {
            last--;
        }
        if (before && !lines[last].startsWith(":") && !lines[last].isBlank()) {
            terms.add(new Term(plain(lines[last]), starts[last]));
        }
        return terms;
    }

    /** A line of the paragraph starting with {@code ": "}; bounded by the paragraph, not by the end of the page. */
    private static boolean definitionLineWithin(String text, int start, int end) {
        for (int at = text.indexOf('\n', start); at >= 0 && at + 3 <= end; at = text.indexOf('\n', at + 1)) {
            if (text.startsWith(": ", at + 1)) {
                return true;
            }
        }
        return false;
    }

    private static String plain(String line) {
        return line.replaceAll("[`*_]", "").trim();
    }
}
