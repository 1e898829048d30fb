package io.github.articlecheck.structure;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.article.Article;
import io.github.articlecheck.engine.ArticleCheck;
import io.github.articlecheck.engine.FindingSink;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Footnote references and definitions, with labels matched as GitHub and Hugo (goldmark) match them:
 * case-insensitively and with whitespace collapsed. flexmark matches case-sensitively, so it is not trusted here.
 */
public final class FootnoteCheck implements ArticleCheck {
    public static final RuleDescriptor UNDEFINED = RuleDescriptor.of("footnote.undefined", Severity.ERROR,
            "A footnote reference [^x] has no definition.",
            "Add a definition '[^x]: text' at the end of the article, or fix the label of the reference.");
    public static final RuleDescriptor UNUSED = RuleDescriptor.of("footnote.unused", Severity.ERROR,
            "A footnote definition is referenced nowhere: generators drop it silently.",
            "Cite it with [^x] where it belongs, or delete the definition.");
    public static final RuleDescriptor DUPLICATE = RuleDescriptor.of("footnote.duplicate", Severity.ERROR,
            "A footnote label is defined twice.", "Give each definition its own label, or merge them.");
    public static final RuleDescriptor EMPTY = RuleDescriptor.of("footnote.empty", Severity.ERROR,
            "A footnote definition has no text.", "Write the note after '[^x]: ', or delete it.");
    public static final RuleDescriptor ORDER = RuleDescriptor.of("footnote.order", Severity.WARNING,
            "Numbered footnotes are not cited in the order 1, 2, 3..., skip a number, or are defined in another order.",
            "Renumber the footnotes in the order they are first cited, and define them in that order.");
    public static final RuleDescriptor POSITION = new RuleDescriptor("footnote.position", Severity.WARNING, false,
            "A footnote definition is not in the final block of definitions at the end of the article.",
            "Move the definition to the end of the article, with the others.");

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(UNDEFINED, UNUSED, DUPLICATE, EMPTY, ORDER, POSITION);
    }

    /** GitHub/goldmark label matching: case-insensitive, runs of whitespace as one space. */
    static String normalize(CharSequence label) {
        return label.toString().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        List<Footnote> references = new ArrayList<>();
        List<FootnoteBlock> definitions = new ArrayList<>();
        for (Node node : article.document().getDescendants()) {
            if (node instanceof Footnote) {
                references.add((Footnote) node);
            } else if (node instanceof FootnoteBlock) {
                definitions.add((FootnoteBlock) node);
            }
        }
        if (references.isEmpty() && definitions.isEmpty()) {
            return;
        }
        Map<String, FootnoteBlock> firstDefinition = new LinkedHashMap<>();
        for (FootnoteBlock definition : definitions) {
            String label = normalize(definition.getText());
            FootnoteBlock first = firstDefinition.putIfAbsent(label, definition);
            if (first != null) {
                sink.reportAtOffset(DUPLICATE.id(), definition.getStartOffset(), "footnote [^" + definition.getText()
                        + "] is defined twice (first on line " + article.source().line(first.getStartOffset())
                        + "): give each note its own label");
            }
            if (!definition.hasChildren() || definition.getChildChars().isBlank()) {
                sink.reportAtOffset(EMPTY.id(), definition.getStartOffset(), "footnote [^" + definition.getText()
                        + "] has no text: write the note after ']:' or delete it");
            }
        }
        Map<String, Footnote> firstReference = new LinkedHashMap<>();
        for (Footnote reference : references) {
            String label = normalize(reference.getText());
            firstReference.putIfAbsent(label, reference);
            if (!firstDefinition.containsKey(label)) {
                sink.reportAtOffset(UNDEFINED.id(), reference.getStartOffset(), "footnote [^" + reference.getText()
                        + "] is not defined: add '[^" + reference.getText() + "]: …' at the end of the article");
            }
        }
        for (Map.Entry<String, FootnoteBlock> definition : firstDefinition.entrySet()) {
            if (!firstReference.containsKey(definition.getKey())) {
                FootnoteBlock block = definition.getValue();
                sink.reportAtOffset(UNUSED.id(), block.getStartOffset(), "footnote [^" + block.getText()
                        + "] is defined but never cited: its text is lost to readers; cite it with [^"
                        + block.getText() + "] or delete it");
            }
        }
        if (sink.enabled(ORDER.id())) {
            checkOrder(article, sink, firstReference, firstDefinition);
        }
        if (sink.enabled(POSITION.id())) {
            checkPosition(sink, definitions);
        }
    }

    private static void checkOrder(Article article, FindingSink sink, Map<String, Footnote> firstReference,
            Map<String, FootnoteBlock> firstDefinition) {
        if (!firstReference.keySet().stream().allMatch(l -> l.matches("\\d{1,6}"))
                || !firstDefinition.keySet().stream().allMatch(l -> l.matches("\\d{1,6}"))) {
            return; // named labels carry no order
        }
        Map<Integer, Footnote> byNumber = new HashMap<>();
        firstReference.forEach((label, reference) -> {
            if (firstDefinition.containsKey(label)) { // undefined references are footnote.undefined's business
                byNumber.putIfAbsent(Integer.parseInt(label), reference);
            }
        });
        java.util.TreeSet<Integer> notYetCited = new java.util.TreeSet<>(byNumber.keySet());
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(notYetCited);
        for (Footnote reference : firstReference.values()) {
            int number = Integer.parseInt(normalize(reference.getText()));
            if (!notYetCited.contains(number)) {
                continue;
            }
            int expected = notYetCited.first();
            if (number != expected) {
                sink.reportAtOffset(ORDER.id(), reference.getStartOffset(), "footnote [^" + number
                        + "] is cited before [^" + expected + "]: number notes in the order they are first cited");
            }
            notYetCited.remove(number);
        }
        int previous = 0;
        for (int number : all) {
            if (number > previous + 1) {
                String missing = number == previous + 2 ? Integer.toString(previous + 1) : (previous + 1) + "–" + (number - 1);
                sink.reportAtOffset(ORDER.id(), byNumber.get(number).getStartOffset(),
                        "footnote numbering skips " + missing + ": [^" + number + "] follows "
                                + (previous == 0 ? "nothing" : "[^" + previous + "]") + "; renumber the notes");
            }
            previous = number;
        }
        Map<String, Integer> citationRank = new HashMap<>();
        firstReference.keySet().forEach(label -> citationRank.put(label, citationRank.size()));
        int previousRank = -1;
        String previousLabel = null;
        for (Map.Entry<String, FootnoteBlock> definition : firstDefinition.entrySet()) {
            Integer rank = citationRank.get(definition.getKey());
            if (rank == null) {
                continue; // unused: reported by footnote.unused
            }
            if (rank < previousRank) {
                sink.reportAtOffset(ORDER.id(), definition.getValue().getStartOffset(), "definition of [^"
                        + definition.getValue().getText() + "] comes after [^" + previousLabel
                        + "] but is cited before it: define notes in the order they are cited");
            }
            previousRank = Math.max(previousRank, rank);
            previousLabel = previousRank == rank ? definition.getValue().getText().toString() : previousLabel;
        }
    }

    /** Definitions must all sit in one final block: nothing but other definitions after the first of them. */
    private static void checkPosition(FindingSink sink, List<FootnoteBlock> definitions) {
        for (FootnoteBlock definition : definitions) {
            boolean contentFollows = false;
            for (Node after = definition.getNext(); after != null; after = after.getNext()) {
                if (!(after instanceof FootnoteBlock) && !after.getChars().isBlank()
                        && !(after instanceof com.vladsch.flexmark.ast.HtmlCommentBlock)
                        && !(after instanceof com.vladsch.flexmark.ast.Reference)) {
                    contentFollows = true;
                    break;
                }
            }
            if (contentFollows || definition.getParent() != definition.getDocument()) {
                sink.reportAtOffset(POSITION.id(), definition.getStartOffset(), "footnote [^" + definition.getText()
                        + "] is defined in the middle of the article: move it to the final block of notes");
            }
        }
    }
}
