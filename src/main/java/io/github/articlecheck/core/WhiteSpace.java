package io.github.articlecheck.core;

/**
 * Java's regex white space ({@code \s}: space, tab, LF, VT, FF, CR), tested by hand where a regex would run once per
 * link or line of a large site.
 */
public final class WhiteSpace {
    private WhiteSpace() {
    }

    /** Whether {@code c} is what {@code \s} matches. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code text} with each run of white space made one space, as {@code replaceAll("\\s+", " ")}. */
    public static String collapse(CharSequence text) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || i + 1 < length && isRegexSpace(text.charAt(i + 1)))) {
                if (out == null) {
                    out = new StringBuilder(length).append(text, 0, i);
                }
                out.append(' ');
                while (i + 1 < length && isRegexSpace(text.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text.toString() : out.toString();
    }
}
