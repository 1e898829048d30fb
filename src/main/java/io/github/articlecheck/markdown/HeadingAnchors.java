package io.github.articlecheck.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anchor ids of headings, as GitHub and Hugo's default ({@code github}) generate them: the heading's text,
 * lower-cased, with punctuation removed (letters with accents, digits, '-' and '_' kept) and each space turned
 * into '-'. An explicit {@code {#id}} at the end of the heading wins.
 */
public final class HeadingAnchors {
    private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{[^}]*?#([^\\s}]+)[^}]*}\\s*$");
    private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]");

    private HeadingAnchors() {
    }

    public static String id(Heading heading) {
        String text = new TextCollectingVisitor().collectAndGetText(heading);
        Matcher explicit = EXPLICIT_ID.matcher(text);
        if (explicit.find()) {
            return explicit.group(1);
        }
        return github(text);
    }

    static String github(String text) {
        return REMOVED.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }
}
