package io.github.articlecheck.site;

import io.github.articlecheck.core.ConfigurationException;
import java.util.Locale;

/** The site generator a content repository is built with, as the {@code site} parameter names it. */
public enum Generator {
    HUGO,
    JEKYLL,
    ASTRO,
    MKDOCS,
    /** MDN Web Docs (yari): files/&lt;locale&gt;/…/index.md published at /&lt;locale&gt;/docs/&lt;slug&gt;. */
    MDN,
    NONE;

    /** {@code auto} (null here: recognise it from the files), a generator's name, or {@code none}. */
    public static Generator parse(String value) {
        String name = value == null ? "auto" : value.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.equals("auto")) {
            return null;
        }
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("site '" + value + "' is not known: use auto, hugo, jekyll, astro, mkdocs, mdn or none");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
