package io.github.articlecheck.read;

import io.github.articlecheck.core.Anchor;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anchor ids of an article's headings, in a given {@link AnchorStyle}. An explicit id in an attribute list at the end
 * of a heading wins, written {@code {#id}} or {@code { id="id" }} (Goldmark's attributes, kramdown's IAL,
 * Python-Markdown's attr_list all take both); an attribute list without an id is not part of the heading's text.
 * Repeated ids get {@code -1}, {@code -2}… as the generators do.
 */
public final class HeadingAnchors {
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{[^}]*?#([^\\s}]+)[^}]*}\\s*$");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile(
            "\\s*\\{:?[^}]*?(?<![\\w-])id\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s}]+))[^}]*}\\s*$");
    private static final Pattern ATTRIBUTE_LIST = Pattern.compile("\\s*\\{:?\\s*(?:[.#][\\w-]|[\\w-]+=)[^}]*}\\s*$");

    private HeadingAnchors() {
    }

    /** The id as the engine's switches give it: empty when it generates none and the heading states none. */
    public static String id(Heading heading, IdStyle style, io.github.articlecheck.core.MarkdownOptions options) {
        String text = new TextCollectingVisitor().collectAndGetText(heading);
        if (!options.headingAttributes() || text.indexOf('{') < 0) {
            return options.autoIds() ? style.slugOf(text) : ""; // no attribute list read: the patterns cannot apply
        }
        Matcher explicit = EXPLICIT_ID.matcher(text);
        if (explicit.find()) {
            return explicit.group(1);
        }
        Matcher attribute = ID_ATTRIBUTE.matcher(text);
        if (attribute.find()) {
            return attribute.group(1) != null ? attribute.group(1)
                    : attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
        }
        return options.autoIds() ? style.slugOf(ATTRIBUTE_LIST.matcher(text).replaceFirst("")) : "";
    }
}
