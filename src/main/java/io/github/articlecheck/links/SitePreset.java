package io.github.articlecheck.links;

import io.github.articlecheck.core.ConfigurationException;
import java.util.Locale;

/** The site generator whose URL rules published links follow. */
public enum SitePreset {
    /** No generator rules: links resolve as files only (plus front matter URLs and permalinks rules). */
    NONE,
    /** Hugo: sections, page bundles (index.md, _index.md), slug, lower-cased pretty URLs. */
    HUGO,
    /** Jekyll: pages as .html, posts as /categories/YYYY/MM/DD/title.html, collections, permalink. */
    JEKYLL,
    /** Astro with Starlight: a page's URL is its path in the content folder, lower-cased, as a folder. */
    ASTRO,
    /** MkDocs: a page's URL is its path in docs_dir, letter case kept, index.md and README.md as their folder. */
    MKDOCS,
    /** MDN Web Docs: a page is at /&lt;locale&gt;/docs/&lt;slug&gt; (its front matter slug), letter case ignored. */
    MDN;

    public static SitePreset parse(String value) {
        try {
            return value == null || value.isBlank() ? NONE : valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("sitePreset '" + value + "' is not known: use hugo, jekyll, astro, mkdocs, mdn or none");
        }
    }
}
