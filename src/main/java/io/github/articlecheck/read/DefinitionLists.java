package io.github.articlecheck.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definition lists as the engines that have them read them (PHP Markdown Extra's syntax: goldmark's definitionList,
 * kramdown, Python-Markdown's def_list): {@code term}, then {@code :   definition} whose further paragraphs, lists,
 * fences and admonitions are indented under it. CommonMark would read those indented blocks as code. The colon
 * becomes a list marker ({@code -}), so the definition is a list item holding Markdown, every offset kept; the
 * term's id is found from the written colon ({@link Anchors}).
 */
final class DefinitionLists {
    /** A definition line: a colon at the start, one to three spaces or a tab, then text. */
    private static final Pattern DEFINITION = Pattern.compile("(?m)^:(?: {1,3}|\\t)(?=\\S)");

    private DefinitionLists() {
    }

    static String asItems(String text, int bodyStart) {
        if (text.indexOf("\n:", bodyStart) < 0) {
            return text;
        }
        char[] out = null;
        Matcher definition = DEFINITION.matcher(text);
        definition.region(bodyStart, text.length());
        KramdownText.Fences fences = new KramdownText.Fences(text, bodyStart);
        while (definition.find()) {
            if (fences.inside(definition.start()) || !afterTerm(text, bodyStart, definition.start())) {
                continue;
            }
            out = out == null ? text.toCharArray() : out;
            out[definition.start()] = '-';
        }
        return out == null ? text : new String(out);
    }

    /** A term (a line of text), or another definition, on the line before, or before one blank line. */
    private static boolean afterTerm(String text, int bodyStart, int lineStart) {
        int end = lineStart - 1;
        for (int blanks = 0; end > bodyStart && blanks < 2; blanks++) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(Math.max(start, bodyStart), end).strip();
            if (!line.isEmpty()) {
                return !line.startsWith("#") && !line.startsWith("<") && !line.startsWith("|");
            }
            end = start - 1;
        }
        return false;
    }

    /** Whether a list starting at {@code offset} was written as a definition ({@code :}). */
    static boolean writtenAsDefinition(String written, int offset) {
        return offset >= 0 && offset < written.length() && written.charAt(offset) == ':';
    }
}
