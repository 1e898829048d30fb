package io.github.articlecheck.links;

import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code excludeLinks} patterns as one test per link: a link is excluded when any pattern finds in its
 * destination. The patterns are joined in one alternation, which finds exactly when one of them does, so a link
 * costs one matcher instead of one per pattern (MDN's four built-in exclusions made a matcher and a stream for each
 * of 110,000 links). Patterns that cannot be joined without changing what they match — back-references, whose
 * group numbers the join would shift, flags with no inline form, a {@code \Q} quote left open, or a join that does
 * not compile (two groups of one name) — are tried one by one, as before.
 */
final class ExcludedLinks {
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");
    /** The flags that have an inline form ({@code (?i)}…), and that form. */
    private static final int INLINE_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNIX_LINES | Pattern.MULTILINE
            | Pattern.DOTALL | Pattern.UNICODE_CASE | Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS;

    private final List<Pattern> patterns;
    /** The patterns joined, or null when they are tried one by one. */
    private final Pattern joined;

    private ExcludedLinks(List<Pattern> patterns, Pattern joined) {
        this.patterns = patterns;
        this.joined = joined;
    }

    static ExcludedLinks of(List<Pattern> patterns) {
        return new ExcludedLinks(List.copyOf(patterns), join(patterns));
    }

    /** Whether any pattern finds in {@code destination}. */
    boolean matches(String destination) {
        if (joined != null) {
            return joined.matcher(destination).find();
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(destination).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the patterns are tried as one alternation (for tests). */
    boolean joined() {
        return joined != null;
    }

    private static Pattern join(List<Pattern> patterns) {
        if (patterns.size() < 2) {
            return patterns.isEmpty() ? null : patterns.get(0);
        }
        StringJoiner alternation = new StringJoiner("|");
        for (Pattern pattern : patterns) {
            int flags = pattern.flags();
            String text = pattern.pattern();
            if ((flags & ~INLINE_FLAGS) != 0 || BACK_REFERENCE.matcher(text).find()
                    || text.lastIndexOf("\\Q") > text.lastIndexOf("\\E")) { // an open \Q would quote the join
                return null;
            }
            // each alternative in a group of its own with its own flags, so that none leaks into the next
            // (a trailing comment of a COMMENTS pattern ends at its line's end, hence the line break)
            alternation.add("(?" + inline(flags) + ":" + pattern.pattern()
                    + ((flags & Pattern.COMMENTS) != 0 ? "\n" : "") + ")");
        }
        try {
            return Pattern.compile(alternation.toString());
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    private static String inline(int flags) {
        StringBuilder letters = new StringBuilder();
        if ((flags & Pattern.CASE_INSENSITIVE) != 0) {
            letters.append('i');
        }
        if ((flags & Pattern.UNIX_LINES) != 0) {
            letters.append('d');
        }
        if ((flags & Pattern.MULTILINE) != 0) {
            letters.append('m');
        }
        if ((flags & Pattern.DOTALL) != 0) {
            letters.append('s');
        }
        if ((flags & Pattern.UNICODE_CASE) != 0) {
            letters.append('u');
        }
        if ((flags & Pattern.COMMENTS) != 0) {
            letters.append('x');
        }
        if ((flags & Pattern.UNICODE_CHARACTER_CLASS) != 0) {
            letters.append('U');
        }
        return letters.toString();
    }
}
