package io.github.articlecheck.core;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The raw HTML of an article seen as a whole: the tags of every HTML block and inline HTML node, in document
 * order, with file offsets. A table that CommonMark splits into two HTML blocks at a blank line is one table
 * here. Comments, and the content of {@code <style>}, {@code <script>} and {@code <textarea>}, hold no tags.
 */
public final class RawHtml {
    private static final List<String> RAW_TEXT = List.of("style", "script", "textarea");

    private final List<HtmlTag> tags;
    private final List<Comment> comments;

    /** An HTML comment: its text between {@code <!--} and {@code -->}, and the offset of {@code <!--}. */
    public record Comment(String text, int start) {
    }

    private RawHtml(List<HtmlTag> tags, List<Comment> comments) {
        this.tags = List.copyOf(tags);
        this.comments = List.copyOf(comments);
    }

    public static final RawHtml EMPTY = new RawHtml(List.of(), List.of());

    public List<HtmlTag> tags() {
        return tags;
    }

    public List<Comment> comments() {
        return comments;
    }

    /** The raw HTML among nodes already walked (the article's, in document order). */
    public static RawHtml of(Iterable<? extends Node> nodes) {
        List<HtmlTag> tags = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        String[] rawTextElement = {null};
        for (Node node : nodes) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                scan(node.getChars(), tags, comments, rawTextElement);
            }
        }
        return tags.isEmpty() && comments.isEmpty() ? EMPTY : new RawHtml(tags, comments);
    }

    /** The tags at these {@code [start, end)} spans of {@code text}: MDX's HTML elements, found by its own reader. */
    public static RawHtml ofSpans(String text, List<int[]> spans) {
        List<HtmlTag> tags = new ArrayList<>();
        for (int[] span : spans) {
            readTag(text.substring(span[0], Math.min(span[1], text.length())), 0, span[0], tags);
        }
        return tags.isEmpty() ? EMPTY : new RawHtml(tags, List.of());
    }

    private static void scan(BasedSequence chars, List<HtmlTag> tags, List<Comment> comments, String[] rawTextElement) {
        String text = SequenceText.of(chars);
        int base = chars.getStartOffset();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('<', i);
            if (open < 0) {
                return;
            }
            if (rawTextElement[0] != null) {
                // Searched without changing the text's case: lower-casing can change its length (İ) and so offsets.
                int close = endTagOf(text, rawTextElement[0], open);
                if (close < 0) {
                    return; // the raw text goes on in the next node
                }
                rawTextElement[0] = null;
                open = close;
            }
            if (text.startsWith("<!--", open)) {
                int close = text.indexOf("-->", open + 4);
                int end = close < 0 ? text.length() : close;
                comments.add(new Comment(text.substring(open + 4, end), base + open));
                i = close < 0 ? text.length() : close + 3;
                continue;
            }
            int after = readTag(text, open, base, tags);
            if (after < 0) {
                i = open + 1;
                continue;
            }
            HtmlTag tag = tags.get(tags.size() - 1);
            if (!tag.end() && RAW_TEXT.contains(tag.name())) {
                rawTextElement[0] = tag.name();
            }
            i = after;
        }
    }

    /** The offset of {@code </name} at or after {@code from}, in any letter case; -1 when there is none. */
    static int endTagOf(String text, String name, int from) {
        for (int at = text.indexOf("</", from); at >= 0; at = text.indexOf("</", at + 2)) {
            if (text.regionMatches(true, at + 2, name, 0, name.length())) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Reads the tag starting at {@code open} (a '<'), adds it and returns the offset after its '>', or -1 when the
     * text there is not a tag. A loop over the characters, not a regular expression: a tag with thousands of
     * attributes costs time in proportion, not a stack overflow.
     */
    private static int readTag(String text, int open, int base, List<HtmlTag> tags) {
        int n = text.length();
        int i = open + 1;
        boolean end = i < n && text.charAt(i) == '/';
        if (end) {
            i++;
        }
        int nameStart = i;
        if (i >= n || !isAsciiLetter(text.charAt(i))) {
            return -1;
        }
        while (i < n && (isAsciiLetter(text.charAt(i)) || Character.isDigit(text.charAt(i)) && text.charAt(i) < 128
                || text.charAt(i) == ':' || text.charAt(i) == '-')) {
            i++;
        }
        String name = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
        List<HtmlTag.Attribute> attributes = new ArrayList<>();
        while (true) {
            int spaceStart = i;
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            char c = text.charAt(i);
            if (c == '>') {
                tags.add(new HtmlTag(name, end, false, base + open, end ? List.of() : attributes));
                return i + 1;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '>') {
                tags.add(new HtmlTag(name, end, true, base + open, end ? List.of() : attributes));
                return i + 2;
            }
            if (i == spaceStart || !isAttributeNameChar(c)) {
                return -1; // an attribute must follow whitespace, and start with a name
            }
            int attributeStart = i;
            while (i < n && isAttributeNameChar(text.charAt(i))) {
                i++;
            }
            String attributeName = text.substring(attributeStart, i).toLowerCase(Locale.ROOT);
            int j = i;
            while (j < n && isSpace(text.charAt(j))) {
                j++;
            }
            if (j < n && text.charAt(j) == '=') {
                j++;
                while (j < n && isSpace(text.charAt(j))) {
                    j++;
                }
                if (j >= n) {
                    return -1;
                }
                char quote = text.charAt(j);
                int valueStart;
                int valueEnd;
                if (quote == '"' || quote == '\'') {
                    valueStart = j + 1;
                    valueEnd = text.indexOf(quote, valueStart);
                    if (valueEnd < 0) {
                        return -1;
                    }
                    i = valueEnd + 1;
                } else {
                    valueStart = j;
                    valueEnd = j;
                    while (valueEnd < n && !isSpace(text.charAt(valueEnd))
                            && "\"'=<>`".indexOf(text.charAt(valueEnd)) < 0) {
                        valueEnd++;
                    }
                    if (valueEnd == valueStart) {
                        return -1;
                    }
                    i = valueEnd;
                }
                attributes.add(new HtmlTag.Attribute(attributeName, text.substring(valueStart, valueEnd), base + valueStart));
            } else {
                attributes.add(new HtmlTag.Attribute(attributeName, null, -1));
            }
        }
    }

    /** The white space of HTML tags (as the former regular expression's \\s): ASCII only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAttributeNameChar(char c) {
        return !isSpace(c) && "\"'>/=".indexOf(c) < 0;
    }
}
