package io.github.articlecheck.structure;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Anchor;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.Report;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Heading levels, heading anchors, and the h1 that the front matter title already provides. */
public final class HeadingCheck implements ArticleCheck {
    public static final RuleDescriptor INCREMENT = RuleDescriptor.of("heading.increment", Severity.ERROR);
    public static final RuleDescriptor DUPLICATE_ID = RuleDescriptor.of("heading.duplicate-id", Severity.WARNING);
    public static final RuleDescriptor MULTIPLE_H1 = RuleDescriptor.of("heading.multiple-h1", Severity.WARNING);

    private final List<String> titleKeys;
    public HeadingCheck(List<String> titleKeys) {
        this.titleKeys = List.copyOf(titleKeys);
    }

    @Override
    public String indexKey() {
        return "titleKeys=" + titleKeys;
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
        Map<Integer, String> headingIds = new HashMap<>();
        for (Anchor anchor : article.anchors()) {
            if (anchor.kind() == Anchor.Kind.HEADING) {
                headingIds.put(anchor.offset(), anchor.base());
            }
        }
        Map<String, Integer> idLines = new HashMap<>();
        for (Heading heading : headings) {
            int level = heading.getLevel();
            int line = article.source().line(heading.getStartOffset());
            if (previous > 0 && level > previous + 1) {
                Report report = sink.at(heading.getStartOffset()).subject("h" + level);
                if (previousLine == 0) {
                    report.report(INCREMENT, "heading.increment.after-title", level, titleKey, "#".repeat(previous + 1));
                } else {
                    report.report(INCREMENT, "heading.increment.after-heading", level, previous, previousLine,
                            "#".repeat(previous + 1));
                }
            }
            if (level == 1 && titleKey != null) {
                sink.at(heading.getStartOffset()).subject(titleKey).report(MULTIPLE_H1, "heading.multiple-h1.title",
                        titleKey);
            }
            String id = headingIds.getOrDefault(heading.getStartOffset(), "");
            Integer first = idLines.putIfAbsent(id, line);
            if (first != null && !id.isEmpty()) {
                sink.at(heading.getStartOffset()).subject(id).report(DUPLICATE_ID, "heading.duplicate-id.same-as",
                        id, first);
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
