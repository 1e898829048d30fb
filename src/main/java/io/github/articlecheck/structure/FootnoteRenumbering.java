package io.github.articlecheck.structure;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.SourceText;
import io.github.articlecheck.core.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fix of {@code footnote.order}: number the notes 1, 2, 3… in the order of their first citation, and list the
 * definitions in that order. Given only when it is certain: numeric labels, each defined once and cited, and, when
 * definitions must move, all of them one run of sibling blocks with only blank lines between (the usual notes
 * section), so moving them moves nothing else.
 */
final class FootnoteRenumbering {
    private FootnoteRenumbering() {
    }

    static List<TextEdit> edits(Article article, List<Footnote> references, List<FootnoteBlock> definitions) {
        Map<String, String> renamed = new HashMap<>();
        for (Footnote reference : references) {
            String label = FootnoteCheck.normalize(reference.getText(), article.dialect());
            if (!label.matches("\\d{1,6}")) {
                return List.of();
            }
            renamed.putIfAbsent(label, Integer.toString(renamed.size() + 1));
        }
        SourceText source = article.source();
        String text = source.text();
        Map<Node, Integer> labels = new java.util.IdentityHashMap<>();
        for (Footnote reference : references) {
            labels.put(reference, labelStart(text, reference.getText(), false));
        }
        for (FootnoteBlock definition : definitions) {
            labels.put(definition, labelStart(text, definition.getText(), true));
        }
        if (labels.containsValue(-1)) {
            return List.of(); // a label not where the parse says: no edit is certain
        }
        List<TextEdit> edits = new ArrayList<>();
        for (Footnote reference : references) {
            relabel(source, labels.get(reference), reference.getText(), renamed.get(FootnoteCheck.normalize(
                    reference.getText(), article.dialect())), edits);
        }
        List<FootnoteBlock> sorted = new ArrayList<>(definitions);
        sorted.sort(Comparator.comparingInt(d -> Integer.parseInt(renamed.get(label(article, d)))));
        if (sorted.equals(definitions)) {
            for (FootnoteBlock definition : definitions) {
                relabel(source, labels.get(definition), definition.getText(), renamed.get(label(article, definition)),
                        edits);
            }
            return edits;
        }
        for (int i = 1; i < definitions.size(); i++) {
            Node previous = definitions.get(i - 1);
            Node next = previous.getNext();
            while (next != null && next != definitions.get(i) && next.getChars().isBlank()) {
                next = next.getNext();
            }
            if (next != definitions.get(i)) {
                return List.of(); // other content between the notes: moving them is not certain
            }
        }
        int start = definitions.get(0).getStartOffset();
        int end = trimmedEnd(text, definitions.get(definitions.size() - 1).getEndOffset());
        List<String> separators = new ArrayList<>();
        for (int i = 1; i < definitions.size(); i++) {
            separators.add(text.substring(trimmedEnd(text, definitions.get(i - 1).getEndOffset()),
                    definitions.get(i).getStartOffset()));
        }
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            FootnoteBlock definition = sorted.get(i);
            if (i > 0) {
                block.append(separators.get(i - 1));
            }
            int label = labels.get(definition);
            block.append(text, definition.getStartOffset(), label)
                    .append(renamed.get(label(article, definition)))
                    .append(text, label + definition.getText().length(), trimmedEnd(text, definition.getEndOffset()));
        }
        edits.add(TextEdit.replace(source, start, end, block.toString()));
        return edits;
    }

    private static String label(Article article, FootnoteBlock definition) {
        return FootnoteCheck.normalize(definition.getText(), article.dialect());
    }

    private static void relabel(SourceText source, int start, BasedSequence label, String number,
            List<TextEdit> edits) {
        if (!label.toString().equals(number)) {
            edits.add(TextEdit.replace(source, start, start + label.length(), number));
        }
    }

    /**
     * Where the label is written in the source, checked: {@code [^label]} around the parsed offset, or, for a
     * definition that Python-Markdown reading moved to its line's start (PythonMarkdownText), further on that line;
     * -1 when it is not found.
     */
    private static int labelStart(String text, BasedSequence label, boolean definition) {
        int start = label.getStartOffset();
        String written = "[^" + label + "]";
        if (start >= 2 && text.startsWith(written, start - 2)) {
            return start;
        }
        if (definition && start >= 2) {
            int lineEnd = text.indexOf('\n', start);
            int found = text.indexOf(written + ":", start - 2);
            if (found >= 0 && (lineEnd < 0 || found < lineEnd)) {
                return found + 2;
            }
        }
        return -1;
    }

    /** A block's end without its trailing line breaks, which stay where they are. */
    private static int trimmedEnd(String text, int end) {
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
