package io.github.articlecheck.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Macro calls a site's engine expands before Markdown, written {@code {{Name(args)}}} (MDN's KumaScript:
 * {@code {{InteractiveExample("JavaScript Demo: Array.prototype[Symbol.iterator]()")}}}): their arguments are not
 * Markdown, so the characters Markdown would read in them ({@code [ ] ( ) < > * _ `}) are blanked before parsing,
 * offsets kept and the line never made blank (so no block around it ends) — text inside is never read as a link. Hugo
 * shortcodes ({@code {{< >}}}, {@code {{% %}}}) and Liquid output ({@code {{ site.url }}}, no call) are not calls of
 * this form and stay as they are.
 */
final class Macros {
    private static final Pattern CALL = Pattern.compile(
            "\\{\\{\\s*[A-Za-z][\\w-]*\\s*\\((?:\"[^\"\\n]*\"|'[^'\\n]*'|[^)\"'\\n])*\\)\\s*\\}\\}");

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
        Matcher call = CALL.matcher(text);
        char[] out = null;
        // each "{{" tried in place: find() would try the pattern at every character of the page
        for (int at = text.indexOf("{{", bodyStart); at >= 0; at = text.indexOf("{{", at + 1)) {
            if (!call.region(at, text.length()).lookingAt()) {
                continue;
            }
            int open = text.indexOf('(', call.start());
            int close = text.lastIndexOf(')', call.end());
            if (out == null) {
                if (!anyMarkup(text, open + 1, close)) {
                    at = call.end() - 1;
                    continue; // {{Glossary("HTML")}}: nothing to hide, no copy of the page
                }
                out = chars.clone(); // an array copy, where String.toCharArray widens each byte of a Latin-1 page
            }
            for (int i = open + 1; i < close; i++) {
                if ("[]()<>*_`".indexOf(out[i]) >= 0) {
                    out[i] = ' ';
                }
            }
            at = call.end() - 1;
        }
        return out == null ? new Blanked(text, chars) : new Blanked(new String(out), out);
    }

    private static boolean anyMarkup(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("[]()<>*_`".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
