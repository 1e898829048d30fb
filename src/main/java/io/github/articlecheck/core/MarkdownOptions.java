package io.github.articlecheck.core;

/**
 * The switches of a site's Markdown engine that change how an article reads, as its configuration sets them. The
 * defaults are each engine's own defaults where they agree, and the lenient reading where they do not (a site whose
 * generator is unknown gets attribute-list ids and no missing footnotes).
 *
 * @param footnotes {@code [^1]} is a footnote: goldmark {@code markup.goldmark.extensions.footnote} (default on),
 *        Python-Markdown only with the {@code footnotes} extension listed, kramdown always
 * @param autoIds headings get generated ids: goldmark {@code parser.autoHeadingID}, kramdown {@code auto_ids}
 * @param headingAttributes {@code {#id}} at the end of a heading sets its id: goldmark {@code parser.attribute.title}
 *        (default on), Python-Markdown's {@code attr_list}, kramdown always
 * @param definitionLists {@code term} then {@code : definition} is a definition list, whose definition holds
 *        Markdown indented under it: goldmark's {@code definitionList} (default on), kramdown always,
 *        Python-Markdown's {@code def_list}
 * @param definitionTermIds definition-list terms get ids like headings: goldmark's {@code definitionList} and
 *        Hugo's {@code parser.autoDefinitionTermID} both on
 * @param blockHtmlIsMarkdown kramdown {@code parse_block_html}: the content of a block HTML element is Markdown
 * @param admonitions Python-Markdown {@code admonition} ({@code !!!}) and {@code pymdownx.details} ({@code ???})
 * @param tabs {@code pymdownx.tabbed} content tabs ({@code === "Tab"})
 * @param tabIds how tabs are given ids when {@code pymdownx.tabbed} is set to slugify: {@code none} (numbered
 *        {@code __tabbed_1_1}), {@code slug}, or {@code header} (its {@code combine_header_slug}: the heading's id,
 *        {@code -}, the tab's slug)
 * @param tabSlugs the slug function of tabs: {@code github} ({@code pymdownx.slugs.slugify(case='lower')}) or
 *        {@code python-markdown} (the toc extension's)
 * @param shortcodes what the site's Hugo shortcode templates do with their content and parameters
 */
public record MarkdownOptions(boolean footnotes, boolean autoIds, boolean headingAttributes, boolean definitionLists,
        boolean definitionTermIds,
        boolean blockHtmlIsMarkdown, boolean admonitions, boolean tabs, String tabIds, String tabSlugs,
        ShortcodeTemplates shortcodes) {

    public MarkdownOptions {
        tabIds = tabIds == null ? "none" : tabIds;
        tabSlugs = tabSlugs == null ? "github" : tabSlugs;
        shortcodes = shortcodes == null ? ShortcodeTemplates.embedded() : shortcodes;
    }

    /** Every construct read, generated ids everywhere; no block HTML read as Markdown. */
    public static MarkdownOptions defaults() {
        return new MarkdownOptions(true, true, true, false, true, false, true, true, "none", "github",
                ShortcodeTemplates.embedded());
    }

    public MarkdownOptions withShortcodes(ShortcodeTemplates value) {
        return new MarkdownOptions(footnotes, autoIds, headingAttributes, definitionLists, definitionTermIds,
                blockHtmlIsMarkdown, admonitions, tabs, tabIds, tabSlugs, value);
    }

    public MarkdownOptions withAutoIds(boolean value) {
        return new MarkdownOptions(footnotes, value, headingAttributes, definitionLists, definitionTermIds,
                blockHtmlIsMarkdown, admonitions, tabs, tabIds, tabSlugs, shortcodes);
    }

    /**
     * What a reader of the site line should know: the switches that change findings when they differ from the usual
     * ({@code footnotes off}, {@code Markdown in block HTML}, {@code tab ids from headings}…); empty when none do.
     */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!footnotes) {
            parts.add("footnotes off");
        }
        if (!autoIds) {
            parts.add("no generated heading ids");
        }
        if (!headingAttributes) {
            parts.add("no {#id} on headings");
        }
        if (blockHtmlIsMarkdown) {
            parts.add("Markdown in block HTML");
        }
        if (!tabIds.equals("none")) {
            parts.add(tabIds.equals("header") ? "tab ids after their heading's" : "tab ids from their labels");
        }
        return String.join(", ", parts);
    }
}
