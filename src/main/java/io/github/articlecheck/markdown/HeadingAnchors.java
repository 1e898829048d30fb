package io.github.articlecheck.markdown;

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

    /** A heading with the id the generator gives it ({@code base} before any -N suffix). */
    public record Anchor(Heading heading, String base, String id) {
    }

    public static List<Anchor> anchors(Node document, AnchorStyle style) {
        List<Anchor> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading) {
                String base = id((Heading) node, style);
                Integer count = seen.merge(base, 1, Integer::sum);
                anchors.add(new Anchor((Heading) node, base, count == 1 ? base : base + "-" + (count - 1)));
            }
        }
        return anchors;
    }

    public static String id(Heading heading, AnchorStyle style) {
        String text = new TextCollectingVisitor().collectAndGetText(heading);
        Matcher explicit = EXPLICIT_ID.matcher(text);
        if (explicit.find()) {
            return explicit.group(1);
        }
        return style.slug(text);
    }
}
