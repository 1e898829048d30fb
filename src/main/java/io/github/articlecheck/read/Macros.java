package io.github.articlecheck.read;

/**
 * Macro calls a site's engine expands before Markdown, written {@code {{Name(args)}}} (MDN's KumaScript:
 * {@code {{InteractiveExample("JavaScript Demo: Array.prototype[Symbol.iterator]()")}}}): their arguments are not
 * Markdown, so the characters Markdown would read in them ({@code [ ] ( ) < > * _ `}) are blanked before parsing,
 * offsets kept and the line never made blank (so no block around it ends) — text inside is never read as a link. Hugo
 * shortcodes ({@code {{< >}}}, {@code {{% %}}}) and Liquid output ({@code {{ site.url }}}, no call) are not calls of
 * this form and stay as they are.
 */
final class Macros {
    private Macros() {
    }

    /** A text with its macro arguments blanked, and its characters (only read: the screen's input). */
    record Blanked(String text, char[] chars) {
    }

    /**
     * {@code text} with the Markdown characters of each macro call's arguments blanked, given its characters (not
     * changed): when nothing is blanked, the text and those characters themselves; else a copy of both.
     */
    static Blanked blank(String text, char[] chars, int bodyStart) {
        if (text.indexOf("{{", bodyStart) < 0) {
            return new Blanked(text, chars);
        }
        char[] out = null;
        // each "{{" tried in place: a search would try at every character of the page
        for (int at = text.indexOf("{{", bodyStart); at >= 0; at = text.indexOf("{{", at + 1)) {
            int end = callEnd(chars, at);
            if (end < 0) {
                continue;
            }
            int open = text.indexOf('(', at);
            int close = text.lastIndexOf(')', end);
            if (out == null) {
                if (!anyMarkup(chars, open + 1, close)) {
                    at = end - 1;
                    continue; // {{Glossary("HTML")}}: nothing to hide, no copy of the page
                }
                out = chars.clone(); // an array copy, where String.toCharArray widens each byte of a Latin-1 page
            }
            for (int i = open + 1; i < close; i++) {
                if (isMarkup(out[i])) {
                    out[i] = ' ';
                }
            }
            at = end - 1;
        }
        return out == null ? new Blanked(text, chars) : new Blanked(new String(out), out);
    }

    /**
     * Where the macro call that starts at {@code at} ends, or -1: the call is
     * <code>\{\{\s*[A-Za-z][\w-]*\s*\((?:"[^"\n]*"|'[^'\n]*'|[^)"'\n])*\)\s*\}\}</code> at {@code at},
     * read in one pass (each part of it can match in one way only; java.util.regex took 1 % of a run on MDN-de,
     * a page of which holds dozens of calls). {@code MacrosTest} holds the two equal.
     */
    static int callEnd(char[] text, int at) {
        int length = text.length;
        if (at + 1 >= length || text[at] != '{' || text[at + 1] != '{') {
            return -1;
        }
        int k = skipBlanks(text, at + 2);
        if (k >= length || !isAsciiLetter(text[k])) {
            return -1;
        }
        for (k++; k < length && (isWordCharacter(text[k]) || text[k] == '-'); k++) {
            // the name
        }
        k = skipBlanks(text, k);
        if (k >= length || text[k] != '(') {
            return -1;
        }
        k++;
        while (k < length) {
            char c = text[k];
            if (c == '"' || c == '\'') {
                int close = k + 1;
                while (close < length && text[close] != c && text[close] != '\n') {
                    close++;
                }
                if (close >= length || text[close] != c) {
                    return -1; // a quote not closed on its line: no item matches here, and it is not ")"
                }
                k = close + 1;
            } else if (c == ')' || c == '\n') {
                break;
            } else {
                k++;
            }
        }
        if (k >= length || text[k] != ')') {
            return -1;
        }
        k = skipBlanks(text, k + 1);
        return k + 1 < length && text[k] == '}' && text[k + 1] == '}' ? k + 2 : -1;
    }

    /** Past the characters {@code \s} matches without the Unicode flag: space, tab, LF, VT, FF, CR. */
    private static int skipBlanks(char[] text, int from) {
        int k = from;
        while (k < text.length && (text[k] == ' ' || (text[k] >= '\t' && text[k] <= '\r'))) {
            k++;
        }
        return k;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** {@code \w} without the Unicode flag. */
    private static boolean isWordCharacter(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isMarkup(char c) {
        return switch (c) {
            case '[', ']', '(', ')', '<', '>', '*', '_', '`' -> true;
            default -> false;
        };
    }

    private static boolean anyMarkup(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isMarkup(text[i])) {
                return true;
            }
        }
        return false;
    }
}
