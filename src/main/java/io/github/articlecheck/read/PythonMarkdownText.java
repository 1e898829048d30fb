package io.github.articlecheck.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python-Markdown article as CommonMark should see it: the footnotes extension's inline pattern
 * ({@code \[\^([^\]]*)\]}, priority 175) runs before reference links (170), so in {@code [schema.json][^1]} the
 * {@code [^1]} is a citation. The brackets of the text before it are blanked, offsets kept, so flexmark reads a
 * footnote reference rather than a reference link labelled {@code ^1}.
 */
final class PythonMarkdownText {
    private static final Pattern TEXT_THEN_CITATION = Pattern.compile("\\[([^\\[\\]\\n]*)\\](?=\\[\\^[^\\]\\s]+\\])");

    /** An admonition ({@code !!! note "Title"}, collapsible {@code ???}, {@code ???+}) or a content tab ({@code === "Tab"}). */
    private static final Pattern BLOCK_MARKER = Pattern.compile(
            "(?m)^([ \\t]*)(?:(!!!\\+?|\\?\\?\\?\\+?)[ \\t]+[\\w\"]|(===\\+?)[ \\t]+\")");

    private PythonMarkdownText() {
    }

    /**
     * Admonitions (python-markdown.github.io/extensions/admonition) and pymdownx tabs hold Markdown indented four
     * spaces under their marker line, which CommonMark would read as indented code. The marker line becomes an empty
     * list item ({@code -} then spaces, same length): the indented lines are then its content, read as Markdown, with
     * every offset kept — and a {@code ===} line can no longer underline a heading.
     */
    static String blocks(String text, int bodyStart) {
        if (text.indexOf("!!!", bodyStart) < 0 && text.indexOf("???", bodyStart) < 0 && text.indexOf("===", bodyStart) < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        Matcher marker = BLOCK_MARKER.matcher(text);
        marker.region(bodyStart, text.length());
        while (marker.find()) {
            // "  - " over the marker: the item's content starts four columns in, as the admonition's does, so the
            // lines indented four under the marker are its content (a fence there is a fence) and a line indented
            // less (a footnote definition) ends it, as in Python-Markdown
            int group = marker.group(2) != null ? 2 : 3;
            int start = marker.start(group);
            out[start] = ' ';
            out[start + 1] = ' ';
            out[start + 2] = '-';
            out[start + 3] = ' ';
            if (marker.end(group) - start == 4) {
                out[start + 4] = '.'; // "???+ tip": the item's text must start at the fourth column too
            }
        }
        return new String(out);
    }

    static String citeFootnotes(String text, int bodyStart) {
        if (text.indexOf("][^", bodyStart) < 0) {
            return text;
        }
        Matcher m = TEXT_THEN_CITATION.matcher(text);
        m.region(bodyStart, text.length());
        char[] out = text.toCharArray();
        while (m.find()) {
            out[m.start()] = ' ';
            out[m.end() - 1] = ' ';
        }
        return new String(out);
    }
}
