package io.github.articlecheck.structure;

import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.PathPattern;
import java.util.List;

/**
 * The heading level at which the page template renders the front matter title, per folder: 1 (an article's
 * {@code <h1>}, the default), 2 or 3 (a checklist item or a quiz card rendered inside a page), 0 (not rendered).
 * The first rule whose patterns (relative to the content folder) match an article wins; else {@code fallback}: 1, or
 * {@link #WHEN_NO_H1} where the template renders the title only for a page without its own h1 (MkDocs Material's
 * {@code {% if not "\x3ch1" in page.content %}}).
 */
public record TitleLevels(List<Rule> rules, int fallback) {

    /** The title is an h1 unless the body has one, which then is the page's title. */
    public static final int WHEN_NO_H1 = -1;

    public TitleLevels(List<Rule> rules) {
        this(rules, 1);
    }

    /** Articles matched by {@code includes} and not {@code excludes} render their title at {@code level}. */
    public record Rule(List<String> includes, List<String> excludes, int level) {
        public Rule {
            includes = List.copyOf(includes);
            excludes = List.copyOf(excludes);
            if (level < 0 || level > 6) {
                throw new ConfigurationException("titleLevel " + level + " is not a heading level: use 0 (the title"
                        + " is not rendered) or 1 to 6");
            }
        }
    }

    public TitleLevels {
        rules = List.copyOf(rules);
    }

    public static TitleLevels everywhereOne() {
        return new TitleLevels(List.of());
    }

    /** The title level of the article at {@code contentRelative}. */
    public int levelOf(String contentRelative) {
        for (Rule rule : rules) {
            List<PathPattern> includes = rule.includes().stream().map(PathPattern::of).toList();
            List<PathPattern> excludes = rule.excludes().stream().map(PathPattern::of).toList();
            if ((includes.isEmpty() || PathPattern.anyMatches(includes, contentRelative))
                    && !PathPattern.anyMatches(excludes, contentRelative)) {
                return rule.level();
            }
        }
        return fallback;
    }
}
