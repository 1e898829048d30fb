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
 * Anchor ids of an article's headings, in a given {@link AnchorStyle}. An explicit {@code {#id}} at the end of a
 * heading wins; repeated ids get {@code -1}, {@code -2}… as the generators do.
 */
public final class HeadingAnchors {
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{[^}]*?#([^\\s}]+)[^}]*}\\s*$");

    private HeadingAnchors() {
    }

    public static String id(Heading heading, IdStyle style) {
        String text = new TextCollectingVisitor().collectAndGetText(heading);
        Matcher explicit = EXPLICIT_ID.matcher(text);
        if (explicit.find()) {
            return explicit.group(1);
        }
        return style.slugOf(text);
    }
}
