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
 * definitions must move, all of them one run of sibling blocks at the end of the same container (the usual notes
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
        List<TextEdit> edits = new ArrayList<>();
        for (Footnote reference : references) {
            relabel(source, reference.getText(), renamed.get(FootnoteCheck.normalize(reference.getText(),
                    article.dialect())), edits);
        }
        List<FootnoteBlock> sorted = new ArrayList<>(definitions);
        sorted.sort(Comparator.comparingInt(d -> Integer.parseInt(renamed.get(label(article, d)))));
        if (sorted.equals(definitions)) {
            for (FootnoteBlock definition : definitions) {
                relabel(source, definition.getText(), renamed.get(label(article, definition)), edits);
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
        String text = source.text();
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
            BasedSequence label = definition.getText();
            block.append(text, definition.getStartOffset(), label.getStartOffset())
                    .append(renamed.get(label(article, definition)))
                    .append(text, label.getEndOffset(), trimmedEnd(text, definition.getEndOffset()));
        }
        edits.add(TextEdit.replace(source, start, end, block.toString()));
        return edits;
    }

    private static String label(Article article, FootnoteBlock definition) {
        return FootnoteCheck.normalize(definition.getText(), article.dialect());
    }

    private static void relabel(SourceText source, BasedSequence label, String number, List<TextEdit> edits) {
        if (!label.toString().equals(number)) {
            edits.add(TextEdit.replace(source, label.getStartOffset(), label.getEndOffset(), number));
        }
    }

    /** A block's end without its trailing line breaks, which stay where they are. */
    private static int trimmedEnd(String text, int end) {
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
