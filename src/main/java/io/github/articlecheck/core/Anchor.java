package io.github.articlecheck.core;

/**
 * An id a reader can link to with {@code #id}: computed once per article by the reader, the way the site's
 * generator writes them, and shared by every rule that needs ids.
 *
 * @param id     the id as published (with its {@code -1}, {@code -2} suffix when repeated)
 * @param base   the id before any repeat suffix (an explicit {@code {#id}} as written)
 * @param offset where the heading, term or HTML tag starts in the article's text
 * @param kind   what makes the anchor
 */
public record Anchor(String id, String base, int offset, Kind kind) {

    public enum Kind {
        /** A Markdown heading, with a generated or an explicit {@code {#id}}. */
        HEADING,
        /** A definition-list term (goldmark's {@code autoDefinitionTermID}), counted with the headings. */
        TERM,
        /** An {@code id} attribute, or {@code name} on {@code <a>}, in raw HTML. */
        HTML,
        /** A footnote's or a footnote reference's id, as the generator writes them ({@code fn:1}, {@code fnref:1}). */
        FOOTNOTE,
        /** A content tab's id (pymdownx.tabbed with {@code slugify}). */
        TAB
    }
}
