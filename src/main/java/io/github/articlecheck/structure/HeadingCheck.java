package io.github.articlecheck.structure;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.article.Article;
import io.github.articlecheck.engine.ArticleCheck;
import io.github.articlecheck.engine.EngineConfiguration;
import io.github.articlecheck.engine.FindingSink;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import io.github.articlecheck.markdown.AnchorStyle;
import io.github.articlecheck.markdown.HeadingAnchors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Heading levels, heading anchors, and the h1 that the front matter title already provides. */
public final class HeadingCheck implements ArticleCheck {
    public static final RuleDescriptor INCREMENT = RuleDescriptor.of("heading.increment", Severity.ERROR,
            "A heading is more than one level below the previous one (h2 then h4).",
            "Use the next level down (### after ##), or add the missing level.");
    public static final RuleDescriptor DUPLICATE_ID = RuleDescriptor.of("heading.duplicate-id", Severity.WARNING,
            "Two headings produce the same anchor id: the second gets a -1 suffix, so links meant for it land on the first.",
            "Reword one heading, or give it an explicit id with {#id}.");
    public static final RuleDescriptor MULTIPLE_H1 = RuleDescriptor.of("heading.multiple-h1", Severity.WARNING,
            "An h1 heading in the body while the front matter has a title: the page shows two titles.",
            "Use ## for the body's top headings; the title comes from the front matter.");

    private final List<String> titleKeys;
    private final AnchorStyle anchorStyle;

    public HeadingCheck(EngineConfiguration configuration) {
        this.titleKeys = configuration.titleKeys();
        this.anchorStyle = configuration.anchorStyle();
    }

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(INCREMENT, DUPLICATE_ID, MULTIPLE_H1);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : article.document().getDescendants()) {
            if (node instanceof Heading) {
                headings.add((Heading) node);
            }
        }
        if (headings.isEmpty()) {
            return;
        }
        String titleKey = titleKey(article);
        boolean bodyHasH1 = headings.stream().anyMatch(h -> h.getLevel() == 1);
        int previous = titleKey != null && !bodyHasH1 ? 1 : 0;
        int previousLine = 0;
        Map<String, Integer> idLines = new HashMap<>();
        for (Heading heading : headings) {
            int level = heading.getLevel();
            int line = article.source().line(heading.getStartOffset());
            if (previous > 0 && level > previous + 1) {
                String after = previousLine == 0 ? "the front matter title '" + titleKey + "' (h1)"
                        : "h" + previous + " on line " + previousLine;
                sink.reportAtOffset(INCREMENT.id(), heading.getStartOffset(), "h" + level + " follows " + after
                        + ": use " + "#".repeat(previous + 1) + " or add the missing level");
            }
            if (level == 1 && titleKey != null) {
                sink.reportAtOffset(MULTIPLE_H1.id(), heading.getStartOffset(), "h1 in the body while the front matter"
                        + " has '" + titleKey + "': the page shows two titles; use ## here");
            }
            String id = HeadingAnchors.id(heading, anchorStyle);
            Integer first = idLines.putIfAbsent(id, line);
            if (first != null && !id.isEmpty()) {
                sink.reportAtOffset(DUPLICATE_ID.id(), heading.getStartOffset(), "heading id '" + id
                        + "' is also the id of the heading on line " + first + ": links to #" + id
                        + " land there; reword one heading or give it an explicit {#id}");
            }
            previous = level;
            previousLine = line;
        }
    }

    private String titleKey(Article article) {
        return article.frontMatter().flatMap(f -> f.data()).filter(d -> d.isObject())
                .flatMap(data -> titleKeys.stream().filter(key -> data.has(key) && !data.get(key).isNull()).findFirst())
                .orElse(null);
    }
}
