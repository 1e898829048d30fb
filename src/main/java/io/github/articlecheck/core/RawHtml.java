package io.github.articlecheck.core;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw HTML of an article seen as a whole: the tags of every HTML block and inline HTML node, in document
 * order, with file offsets. A table that CommonMark splits into two HTML blocks at a blank line is one table
 * here. Comments, and the content of {@code <style>}, {@code <script>} and {@code <textarea>}, hold no tags.
 */
public final class RawHtml {
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
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

    public static RawHtml of(Document document) {
        List<HtmlTag> tags = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        String[] rawTextElement = {null};
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                scan(node.getChars(), tags, comments, rawTextElement);
            }
        }
        return tags.isEmpty() && comments.isEmpty() ? EMPTY : new RawHtml(tags, comments);
    }

    private static void scan(BasedSequence chars, List<HtmlTag> tags, List<Comment> comments, String[] rawTextElement) {
        String text = chars.toString();
        int base = chars.getStartOffset();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('<', i);
            if (open < 0) {
                return;
            }
            if (rawTextElement[0] != null) {
                int close = text.toLowerCase(Locale.ROOT).indexOf("</" + rawTextElement[0], open);
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
            Matcher tag = TAG.matcher(text);
            tag.region(open, text.length());
            if (!tag.lookingAt()) {
                i = open + 1;
                continue;
            }
            boolean end = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            List<HtmlTag.Attribute> attributes = end ? List.of() : attributes(tag.group(3), base + tag.start(3));
            tags.add(new HtmlTag(name, end, !tag.group(4).isEmpty(), base + open, attributes));
            if (!end && RAW_TEXT.contains(name)) {
                rawTextElement[0] = name;
            }
            i = tag.end();
        }
    }

    private static List<HtmlTag.Attribute> attributes(String text, int base) {
        List<HtmlTag.Attribute> attributes = new ArrayList<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            String name = attribute.group(1).toLowerCase(Locale.ROOT);
            int group = attribute.group(2) != null ? 2 : attribute.group(3) != null ? 3 : attribute.group(4) != null ? 4 : 0;
            String value = group == 0 ? null : attribute.group(group);
            attributes.add(new HtmlTag.Attribute(name, value, group == 0 ? -1 : base + attribute.start(group)));
        }
        return attributes;
    }
}
