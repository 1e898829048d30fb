package io.github.articlecheck.links;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code excludeLinks} patterns as one test per link: a link is excluded when any pattern finds in its
 * destination. A pattern anchored at the start ({@code ^/discord$}) is tried there only ({@code lookingAt}), which
 * finds exactly what {@code find} would when it has no alternation and no multi-line mode; {@code find} would try
 * it at every character of every one of MDN's 110,000 links. (Joining the patterns in one alternation was tried:
 * slower, since it lost the JDK's fast search of a literal such as {@code #:~:}.)
 */
final class ExcludedLinks {
    private final List<Pattern> patterns;
    /** Per pattern, whether it can only match at the start. */
    private final boolean[] atStart;
    /** Each checking thread's matchers, reset per link rather than made (four per link on MDN). */
    private final ThreadLocal<Matcher[]> matchers;

    private ExcludedLinks(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.atStart = new boolean[this.patterns.size()];
        for (int i = 0; i < atStart.length; i++) {
            atStart[i] = anchoredAtStart(this.patterns.get(i));
        }
        List<Pattern> all = this.patterns;
        this.matchers = ThreadLocal.withInitial(
                () -> all.stream().map(pattern -> pattern.matcher("")).toArray(Matcher[]::new));
    }

    static ExcludedLinks of(List<Pattern> patterns) {
        return new ExcludedLinks(patterns);
    }

    /** Whether any pattern finds in {@code destination}. */
    boolean matches(String destination) {
        if (atStart.length == 0) {
            return false;
        }
        Matcher[] mine = matchers.get();
        for (int i = 0; i < atStart.length; i++) {
            Matcher matcher = mine[i].reset(destination);
            if (atStart[i] ? matcher.lookingAt() : matcher.find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code find} can only match at the input's start: the pattern begins with {@code ^}, which without
     * MULTILINE matches only there, and holds no {@code |} anywhere (so no alternative escapes the anchor; a
     * {@code |} in a class or escaped is left to {@code find}, to stay simple and sure).
     */
    static boolean anchoredAtStart(Pattern pattern) {
        String text = pattern.pattern();
        return text.startsWith("^") && text.indexOf('|') < 0
                && (pattern.flags() & (Pattern.MULTILINE | Pattern.LITERAL | Pattern.COMMENTS)) == 0;
    }
}
