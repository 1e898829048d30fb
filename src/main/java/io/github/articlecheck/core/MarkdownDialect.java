package io.github.articlecheck.core;

/**
 * The Markdown engine an article is rendered with, where it reads differently from CommonMark + GFM. MDX is chosen
 * per file ({@code .mdx}); the others by the site model.
 */
public enum MarkdownDialect {
    /** CommonMark with GFM tables and footnotes, as flexmark reads it (GitHub, and any site whose engine is not known). */
    COMMONMARK,
    /**
     * goldmark as Hugo runs it: CommonMark + GFM, after Hugo's shortcodes — the inner content of a {@code {{< >}}}
     * shortcode is Markdown only when its template renders it so.
     */
    GOLDMARK,
    /**
     * kramdown (Jekyll), whose block HTML ({@code parse_block_html: false}) runs from its start tag to the matching
     * end tag, blank lines included, where CommonMark ends an HTML block at the first blank line.
     */
    KRAMDOWN,
    /**
     * Python-Markdown (MkDocs), whose footnote pattern runs before reference links: in {@code [schema.json][^1]} the
     * {@code [^1]} is a footnote citation and {@code [schema.json]} plain text (or a shortcut reference).
     */
    PYTHON_MARKDOWN,
    /** MDX (remark/micromark): chosen per file, for {@code .mdx}. */
    MDX;

    /** {@code auto} (null: the site model decides), {@code commonmark}, {@code goldmark}, {@code kramdown} or {@code python-markdown}. */
    public static MarkdownDialect parse(String value) {
        String name = value == null ? "auto" : value.trim().toLowerCase(java.util.Locale.ROOT);
        if (name.isEmpty() || name.equals("auto")) {
            return null;
        }
        try {
            MarkdownDialect dialect = valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            if (dialect == MDX) {
                throw new IllegalArgumentException("per file");
            }
            return dialect;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("markdownDialect '" + value + "' is not known:"
                    + " use auto, commonmark, goldmark, kramdown or python-markdown (MDX is read from .mdx files)");
        }
    }
}
