package io.github.articlecheck.read;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hugo article as goldmark sees it after Hugo has run its shortcodes (gohugo.io/content-management/shortcodes): the
 * inner content of {@code {{< name >}}…{{< /name >}}} goes to the template as text and is Markdown only if the
 * template renders it so ({@code .Inner | markdownify}, {@code .Page.RenderString}, Hugo's {@code details}); any other
 * inner content (a {@code highlight}, a {@code code-toggle}, a template not known) is opaque and blanked, offsets
 * kept. {@code {{% name %}}…{{% /name %}}} content is Markdown always, and stays.
 */
final class HugoText {
    /**
     * An opening tag and its name. The name's path segments are bounded: Java matches a repeated group by recursion,
     * and {@code {{< a/a/a/…} of thousands of segments overflowed the stack.
     */
    private static final Pattern OPENING = Pattern.compile(
            "\\{\\{<-?\\s*([\\w-]+(?:/[\\w-]+){0,32})\\b[^}]*?(/)?\\s*-?>\\}\\}");

    /** Any shortcode tag, opening or closing ({@code {{< /name >}}}, {@code {{% name %}}}): its slash, name, self-close. */
    private static final Pattern TAG = Pattern.compile(
            "\\{\\{[<%]-?\\s*(/?)([\\w-]+(?:/[\\w-]+){0,32})\\b[^}]*?(/)?\\s*-?[>%]\\}\\}");

    private HugoText() {
    }

    static String opaqueShortcodes(String text, int bodyStart, Set<String> markdownInner) {
        if (text.indexOf("{{<", bodyStart) < 0) {
            return text;
        }
        char[] out = null;
        Matcher opening = OPENING.matcher(text);
        opening.region(bodyStart, text.length());
        KramdownText.Fences fences = new KramdownText.Fences(text, bodyStart);
        int from = bodyStart;
        while (from < text.length() && opening.find(from)) {
            from = opening.end();
            String name = opening.group(1);
            if (opening.group(2) != null || markdownInner.contains(name) || fences.inside(opening.start())) {
                continue; // self-closing, Markdown inside, or written in a code block
            }
            int close = closing(text, name, opening.end());
            if (close < 0) {
                continue; // no inner content: a shortcode used without a closing tag
            }
            out = out == null ? text.toCharArray() : out;
            for (int i = opening.end(); i < close; i++) {
                if (out[i] != '\n' && out[i] != '\r') {
                    out[i] = ' ';
                }
            }
            from = close;
        }
        return out == null ? text : new String(out);
    }

    /** Where the closing {@code {{< /name >}}} of a shortcode opened before {@code from} starts; -1: none. */
    private static int closing(String text, String name, int from) {
        Matcher m = TAG.matcher(text);
        int depth = 1;
        int at = from;
        while (m.find(at)) {
            at = m.end();
            if (!m.group(2).equals(name)) {
                continue;
            }
            if (!m.group(1).isEmpty()) {
                if (--depth == 0) {
                    return m.start();
                }
            } else if (m.group(3) == null) {
                depth++; // the same shortcode opened again inside, not self-closed
            }
        }
        return -1;
    }
}
