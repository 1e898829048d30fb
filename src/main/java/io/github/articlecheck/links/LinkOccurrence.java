package io.github.articlecheck.links;

/**
 * One link written in an article, wherever it is written.
 *
 * @param destination the URL or path as written (trimmed, angle brackets removed)
 * @param offset      offset of the destination's first character in the file, or -1 for front matter values
 * @param line        1-based line of the destination
 * @param column      1-based code-point column of the destination
 * @param image       true when the target is shown as an image (Markdown image, img/src, poster, front matter)
 * @param origin      where it was written
 */
public record LinkOccurrence(String destination, int offset, int line, int column, boolean image, Origin origin) {

    public enum Origin {
        MARKDOWN,
        REFERENCE_DEFINITION,
        AUTOLINK,
        HTML,
        FRONT_MATTER
    }
}
