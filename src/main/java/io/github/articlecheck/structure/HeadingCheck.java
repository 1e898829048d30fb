package io.github.articlecheck.structure;

import io.github.articlecheck.core.ContentPaths;
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
    /** A heading with no text: an empty {@code <h2>} in the page and an entry with no words in its table of contents. */
    public static final RuleDescriptor EMPTY = RuleDescriptor.of("heading.empty", Severity.WARNING);

    private final List<String> titleKeys;
    private final TitleLevels titleLevels;
    private final java.nio.file.Path contentDirectory;
    private final ContentPaths contentPaths;

    public HeadingCheck(List<String> titleKeys) {
        this(titleKeys, TitleLevels.everywhereOne(), null);
    }

    /** With the level each folder's template renders the title at (its path relative to {@code contentDirectory}). */
    public HeadingCheck(List<String> titleKeys, TitleLevels titleLevels, java.nio.file.Path contentDirectory) {
        this.titleKeys = List.copyOf(titleKeys);
        this.titleLevels = titleLevels;
        this.contentDirectory = contentDirectory;
        this.contentPaths = contentDirectory == null ? null : new ContentPaths(contentDirectory);
    }

    @Override
    public String indexKey() {
        return "titleKeys=" + titleKeys + " titleLevels=" + titleLevels + " in " + contentDirectory;
    }

    /** A heading of the body: Markdown's, or raw HTML's {@code <h1>}–{@code <h6>}, which count alike. */
    private record Level(int level, int offset, Heading markdown) {
    }

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(INCREMENT, DUPLICATE_ID, MULTIPLE_H1, EMPTY);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        List<Level> headings = new ArrayList<>();
        for (Node node : article.nodes()) {
            if (node instanceof Heading) {
                headings.add(new Level(((Heading) node).getLevel(), node.getStartOffset(), (Heading) node));
                if (((Heading) node).getText().isBlank()) {
                    sink.at(node.getStartOffset()).subject("h" + ((Heading) node).getLevel())
                            .report(EMPTY, "heading.empty", "#".repeat(((Heading) node).getLevel()));
                }
            }
        }
        for (io.github.articlecheck.core.HtmlTag tag : article.rawHtml().tags()) {
            if (!tag.end() && tag.name().length() == 2 && tag.name().charAt(0) == 'h'
                    && tag.name().charAt(1) >= '1' && tag.name().charAt(1) <= '6') {
                headings.add(new Level(tag.name().charAt(1) - '0', tag.start(), null));
            }
        }
        if (headings.isEmpty()) {
            return;
        }
        headings.sort(java.util.Comparator.comparingInt(Level::offset));
        String titleKey = titleKey(article);
        int titleLevel = titleKey == null ? 0 : titleLevels.levelOf(contentRelative(article));
        boolean bodyHasH1 = headings.stream().anyMatch(h -> h.level() == 1);
        if (titleLevel == TitleLevels.WHEN_NO_H1) {
            titleLevel = bodyHasH1 ? 0 : 1;
        }
        int previous = titleLevel > 0 && !(titleLevel == 1 && bodyHasH1) ? titleLevel : 0;
        int previousLine = 0;
        Map<Integer, String> headingIds = new HashMap<>();
        for (Anchor anchor : article.anchors()) {
            if (anchor.kind() == Anchor.Kind.HEADING) {
                headingIds.put(anchor.offset(), anchor.base());
            }
        }
        Map<String, Integer> idLines = new HashMap<>();
        java.util.ArrayDeque<Level> open = new java.util.ArrayDeque<>();
        for (Level heading : headings) {
            int level = heading.level();
            while (!open.isEmpty() && open.peek().level() >= level) {
                open.pop();
            }
            int parent = open.isEmpty() ? -1 : open.peek().offset();
            open.push(heading);
            int line = article.source().line(heading.offset());
            if (previous > 0 && level > previous + 1) {
                Report report = sink.at(heading.offset()).subject("h" + level);
                if (previousLine == 0) {
                    report.report(INCREMENT, "heading.increment.after-title", level, titleKey, "#".repeat(previous + 1),
                            previous);
                } else {
                    report.report(INCREMENT, "heading.increment.after-heading", level, previous, previousLine,
                            "#".repeat(previous + 1));
                }
            }
            if (level == 1 && titleLevel == 1) {
                sink.at(heading.offset()).subject(titleKey).report(MULTIPLE_H1, "heading.multiple-h1.title", titleKey);
            }
            if (heading.markdown() != null) {
                String id = headingIds.getOrDefault(heading.offset(), "");
                // Siblings only (markdownlint's MD024 siblings_only): a changelog's "### Bug fixes" under each
                // release is the page's structure, and each gets its own id (-1, -2) from the generator.
                Integer first = idLines.putIfAbsent(parent + "|" + id, line);
                if (first != null && !id.isEmpty()) {
                    sink.at(heading.offset()).subject(id).report(DUPLICATE_ID, "heading.duplicate-id.same-as", id, first);
                }
            }
            previous = level;
            previousLine = line;
        }
    }

    private String contentRelative(Article article) {
        String relative = contentPaths == null ? null : contentPaths.relative(article.file());
        return relative != null ? relative : article.relativePath();
    }

    private String titleKey(Article article) {
        return article.frontMatter().flatMap(f -> f.data()).filter(d -> d.isObject())
                .flatMap(data -> titleKeys.stream().filter(key -> data.has(key) && !data.get(key).isNull()).findFirst())
                .orElse(null);
    }
}
