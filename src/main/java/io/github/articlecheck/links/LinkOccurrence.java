package io.github.articlecheck.links;

/**
 * One link written in an article, wherever it is written (Markdown, reference definition, autolink, raw HTML,
 * front matter).
 *
 * @param destination the URL or path as written (trimmed, angle brackets removed)
 * @param line        1-based line of the destination
 * @param column      1-based code-point column of the destination
 * @param image       true when the target is shown as an image (Markdown image, img/src, poster, front matter)
 * @param frontMatter true when written as a front matter value ({@code image: cover.jpg}), which the layout renders
 */
public record LinkOccurrence(String destination, int line, int column, boolean image, boolean frontMatter) {
    /** A link written in the article's Markdown or HTML. */
    public LinkOccurrence(String destination, int line, int column, boolean image) {
        this(destination, line, column, image, false);
    }
}
