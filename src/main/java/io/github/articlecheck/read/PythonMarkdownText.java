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

    private PythonMarkdownText() {
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
