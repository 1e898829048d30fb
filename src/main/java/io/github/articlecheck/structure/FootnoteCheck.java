package io.github.articlecheck.structure;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.core.TextEdit;
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
    public static final RuleDescriptor UNDEFINED = RuleDescriptor.of("footnote.undefined", Severity.ERROR);
    public static final RuleDescriptor UNUSED = RuleDescriptor.of("footnote.unused", Severity.ERROR);
    public static final RuleDescriptor DUPLICATE = RuleDescriptor.of("footnote.duplicate", Severity.ERROR);
    public static final RuleDescriptor EMPTY = RuleDescriptor.of("footnote.empty", Severity.ERROR);
    public static final RuleDescriptor ORDER = RuleDescriptor.of("footnote.order", Severity.WARNING);
    public static final RuleDescriptor POSITION = RuleDescriptor.offByDefault("footnote.position", Severity.WARNING);

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(UNDEFINED, UNUSED, DUPLICATE, EMPTY, ORDER, POSITION);
    }

    /** GitHub/goldmark label matching: case-insensitive, runs of whitespace as one space. */
    static String normalize(CharSequence label) {
        return label.toString().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** kramdown matches footnote labels exactly: {@code [^a]} and {@code [^A]} are two notes. */
    static String normalize(CharSequence label, io.github.articlecheck.core.MarkdownDialect dialect) {
        return dialect == io.github.articlecheck.core.MarkdownDialect.KRAMDOWN ? label.toString().trim()
                : normalize(label);
    }

    @Override
    public String indexKey() {
        return "";
    }

    @Override
    public void check(Article article, FindingSink sink) {
        List<Footnote> references = new ArrayList<>();
        List<FootnoteBlock> definitions = new ArrayList<>();
        for (Node node : article.nodes()) {
            if (node instanceof Footnote) {
                references.add((Footnote) node);
            } else if (node instanceof FootnoteBlock) {
                definitions.add((FootnoteBlock) node);
            } else if (node instanceof com.vladsch.flexmark.ast.LinkRef ref && ref.getReference().startsWith("^")
                    && !ref.isDefined() && !ref.getChars().toString().contains("][")) {
                // only where the site's engine has footnotes off (goldmark's extensions.footnote false, MkDocs without
                // the footnotes extension): [^1] is then plain text on the page, brackets and all
                String label = ref.getReference().toString().substring(1);
                sink.at(node.getStartOffset()).to(node.getEndOffset()).subject(label)
                        .report(UNDEFINED, "footnote.undefined.footnotes-off", label);
            }
        }
        if (references.isEmpty() && definitions.isEmpty()) {
            return;
        }
        Map<String, FootnoteBlock> firstDefinition = new LinkedHashMap<>();
        for (FootnoteBlock definition : definitions) {
            String label = normalize(definition.getText(), article.dialect());
            FootnoteBlock first = firstDefinition.putIfAbsent(label, definition);
            if (first != null) {
                sink.at(definition.getStartOffset()).subject(label).report(DUPLICATE, "footnote.duplicate.twice",
                        definition.getText(), article.source().line(first.getStartOffset()));
            }
            if (!definition.hasChildren() || definition.getChildChars().isBlank()) {
                sink.at(definition.getStartOffset()).subject(label).report(EMPTY, "footnote.empty.no-text",
                        definition.getText());
            }
        }
        Map<String, Footnote> firstReference = new LinkedHashMap<>();
        for (Footnote reference : references) {
            String label = normalize(reference.getText(), article.dialect());
            firstReference.putIfAbsent(label, reference);
            if (!firstDefinition.containsKey(label)) {
                sink.at(reference.getStartOffset()).to(reference.getEndOffset()).subject(label)
                        .report(UNDEFINED, "footnote.undefined.not-defined", reference.getText());
            }
        }
        for (Map.Entry<String, FootnoteBlock> definition : firstDefinition.entrySet()) {
            if (!firstReference.containsKey(definition.getKey())) {
                FootnoteBlock block = definition.getValue();
                sink.at(block.getStartOffset()).subject(definition.getKey()).report(UNUSED,
                        "footnote.unused.never-cited", block.getText());
            }
        }
        if (sink.enabled(ORDER)) {
            boolean clean = definitions.size() == firstDefinition.size()
                    && firstReference.keySet().equals(firstDefinition.keySet());
            // computed at the first order finding only: most articles' notes are in order
            List<List<TextEdit>> renumbering = new ArrayList<>(1);
            checkOrder(article, report -> {
                if (renumbering.isEmpty()) {
                    renumbering.add(clean ? FootnoteRenumbering.edits(article, references, definitions) : List.of());
                }
                renumbering.get(0).forEach(report::edit);
                return report;
            }, sink, firstReference, firstDefinition);
        }
        if (sink.enabled(POSITION)) {
            checkPosition(sink, definitions);
        }
    }

    private static void checkOrder(Article article, java.util.function.UnaryOperator<io.github.articlecheck.core.Report> fix,
            FindingSink sink, Map<String, Footnote> firstReference,
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
        boolean citedOutOfOrder = false;
        for (Footnote reference : firstReference.values()) {
            int number = Integer.parseInt(normalize(reference.getText(), article.dialect()));
            if (!notYetCited.contains(number)) {
                continue;
            }
            int expected = notYetCited.first();
            if (number != expected) {
                citedOutOfOrder = true;
                fix.apply(sink.at(reference.getStartOffset())).subject(Integer.toString(number)).report(ORDER,
                        "footnote.order.cited-before", number, expected);
            }
            notYetCited.remove(number);
        }
        int previous = 0;
        for (int number : all) {
            if (number > previous + 1) {
                String missing = number == previous + 2 ? Integer.toString(previous + 1) : (previous + 1) + "–" + (number - 1);
                fix.apply(sink.at(byNumber.get(number).getStartOffset())).subject(Integer.toString(number)).report(ORDER,
                        previous == 0 ? "footnote.order.skips-from-start" : "footnote.order.skips", missing, number,
                        previous);
            }
            previous = number;
        }
        if (citedOutOfOrder) {
            // The definitions are then in the wrong order too, for the same reason: renumbering fixes both.
            return;
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
                fix.apply(sink.at(definition.getValue().getStartOffset())).subject(definition.getKey()).report(ORDER,
                        "footnote.order.defined-after", definition.getValue().getText(), previousLabel);
            }
            previousRank = Math.max(previousRank, rank);
            previousLabel = previousRank == rank ? definition.getValue().getText().toString() : previousLabel;
        }
    }

    /** Definitions must all sit in one final block: nothing but other definitions after the first of them. */
    private static void checkPosition(FindingSink sink, List<FootnoteBlock> definitions) {
        // One pass from the end of each container: whether content follows each node, in linear time.
        java.util.Set<Node> followedByContent = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Node> parents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (FootnoteBlock definition : definitions) {
            if (parents.add(definition.getParent())) {
                boolean content = false;
                for (Node node = definition.getParent().getLastChild(); node != null; node = node.getPrevious()) {
                    if (content) {
                        followedByContent.add(node);
                    }
                    content |= !(node instanceof FootnoteBlock) && !node.getChars().isBlank()
                            && !(node instanceof com.vladsch.flexmark.ast.HtmlCommentBlock)
                            && !(node instanceof com.vladsch.flexmark.ast.Reference);
                }
            }
        }
        for (FootnoteBlock definition : definitions) {
            if (followedByContent.contains(definition) || definition.getParent() != definition.getDocument()) {
                sink.at(definition.getStartOffset()).subject(normalize(definition.getText())).report(POSITION,
                        "footnote.position.middle", definition.getText());
            }
        }
    }
}
