package io.github.articlecheck.read;

import com.vladsch.flexmark.ast.util.Parsing;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * flexmark's inline patterns whose repeated groups Java's regex engine matches by recursion, one level of the
 * thread's stack per character or two: an inline HTML comment, tag, link title or {@code <…>} link destination of a
 * few thousand characters overflowed the stack, and where exactly depended on the JIT (1,000 characters interpreted,
 * 2,500 to 7,000 compiled, with 1 MB of stack), so the same article was read or lost from one run to the next. A
 * link label, at most 999 characters by flexmark's pattern, took 880 KB of a 1 MB stack interpreted.
 * Each is replaced by the same pattern with its repeated groups possessive ({@code (…)*+}), which Java matches in a
 * loop, without recursion.
 *
 * <p>For the HTML tag pattern the two match the same text: once a repetition stops, giving back a repetition never
 * lets the rest match ({@code <!--(?:-?[^>-])(?:-?[^-])*-->} stops exactly at the first {@code --}; an attribute
 * given back leaves a name where {@code \s*\/?>} needs a {@code /} or {@code >}). For a link title, an angle
 * destination and a link label they differ only where a backslash read as an escape hides the closing character
 * ({@code "a\"} : flexmark backtracks and reads the backslash as a character): when the possessive form finds no
 * match, flexmark's own pattern is run on at most {@link #BACKTRACKING_REACH} characters, few enough for any stack.
 * {@code LinearInlinePatternsTest} compares both with flexmark's patterns on generated inputs.
 */
final class LinearInlinePatterns {
    /**
     * How far flexmark's own pattern may read when it must backtrack (about 900 bytes of stack per character with
     * the interpreter alone): a longer title, destination or label whose end only backtracking finds is read as text.
     */
    static final int BACKTRACKING_REACH = 256;

    /**
     * What the inline parser runs for one of flexmark's patterns: its possessive form, and the characters a match of
     * flexmark's anchored pattern starts with where only flexmark's own pattern can tell (none: the possessive form
     * matches exactly what flexmark's does).
     */
    record Linear(Pattern possessive, String openers) {
        /** Whether the possessive form matches exactly what flexmark's pattern matches. */
        boolean exact() {
            return openers.isEmpty();
        }

        /** Whether flexmark's pattern must still be tried where the possessive form found nothing. */
        boolean mayBacktrackInto(CharSequence input, int at) {
            return at < input.length() && openers.indexOf(input.charAt(at)) >= 0;
        }
    }

    private LinearInlinePatterns() {
    }

    /** The replacements for {@code parsing}'s recursive patterns, by flexmark's pattern object. */
    static Map<Pattern, Linear> of(Parsing parsing) {
        Map<Pattern, Linear> linear = new IdentityHashMap<>();
        put(linear, parsing.HTML_TAG, "");
        put(linear, parsing.LINK_TITLE, "\"'(");
        put(linear, parsing.LINK_DESTINATION_ANGLES, "<");
        put(linear, parsing.LINK_LABEL, "[");
        return linear;
    }

    private static void put(Map<Pattern, Linear> linear, Pattern pattern, String openers) {
        if (pattern != null) {
            linear.put(pattern, new Linear(Pattern.compile(possessiveGroups(pattern.pattern()), pattern.flags()),
                    openers));
        }
    }

    /**
     * {@code regex} with every group repeated by a greedy {@code *} or {@code {n,m}} made possessive: {@code )*}
     * becomes {@code )*+}, {@code ){0,999}} becomes {@code ){0,999}+}; escapes, quoted stretches
     * ({@code \Q…\E}) and character classes ({@code [()*]}) are left as they are.
     */
    static String possessiveGroups(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 8);
        int classDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            out.append(c);
            if (c == '\\' && i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                int end = regex.indexOf("\\E", i + 2); // a quoted stretch, up to \E or the end
                int stop = end < 0 ? regex.length() : end + 2;
                out.append(regex, i + 1, stop);
                i = stop - 1;
            } else if (c == '\\' && i + 1 < regex.length()) {
                out.append(regex.charAt(++i));
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (c == ')' && classDepth == 0 && i + 1 < regex.length()
                    && (regex.charAt(i + 1) == '*' || regex.charAt(i + 1) == '{')) {
                int end = regex.charAt(i + 1) == '*' ? i + 2 : regex.indexOf('}', i + 1) + 1;
                if (end == 0) {
                    continue; // not a quantifier: Java refuses the pattern anyway
                }
                out.append(regex, i + 1, end);
                i = end - 1;
                if (end >= regex.length() || (regex.charAt(end) != '+' && regex.charAt(end) != '?')) {
                    out.append('+');
                }
            }
        }
        return out.toString();
    }
}
