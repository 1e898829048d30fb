package io.github.articlecheck.links;

import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.PathPattern;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which front matter keys of the articles of a folder hold links, and where their relative paths start, as the
 * folder's layout renders them: a theme writing {@code {{ .Params.image | relURL }}} or Jekyll's
 * {@code {{ page.image | relative_url }}} resolves {@code images/x.jpg} from the site root; a page-bundle theme
 * (Hugo's {@code .Resources.GetMatch}) from the article's folder.
 *
 * @param includes patterns relative to the content folder; empty: every article
 * @param excludes patterns relative to the content folder
 * @param keys     the keys, dotted for nested ones ({@code cover.image}); empty: the run's keys
 * @param from     where relative paths start; empty: the run's setting
 */
public record FrontMatterLinks(List<PathPattern> includes, List<PathPattern> excludes, Optional<List<String>> keys,
        Optional<From> from) {

    /** Where a relative front matter path starts. */
    public enum From {
        /** the article's folder (page bundles) */
        ARTICLE,
        /** the site's root (its static folders) */
        SITE,
        /** either: the article's folder, then the site root (themes that try page resources first) */
        EITHER;

        public static From parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ConfigurationException("frontMatterLinksFrom must be article, site or either, not '" + value
                        + "'");
            }
        }
    }

    public FrontMatterLinks {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        keys = keys.map(List::copyOf);
    }

    boolean matches(String relativeToContent) {
        return (includes.isEmpty() || PathPattern.anyMatches(includes, relativeToContent))
                && !PathPattern.anyMatches(excludes, relativeToContent);
    }

    /** A stable text for the index key. */
    String key() {
        return includes.stream().map(Object::toString).toList() + "-" + excludes.stream().map(Object::toString).toList()
                + ":" + keys + ":" + from;
    }
}
