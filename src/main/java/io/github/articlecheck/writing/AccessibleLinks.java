package io.github.articlecheck.writing;

import io.github.articlecheck.core.SequenceText;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.HtmlTag;
import io.github.articlecheck.core.MarkdownDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of an article as a screen reader announces them: the text (images count by their alt), where it goes,
 * its title, and whether it opens a new window ({@code target="_blank"} in HTML, or an attribute list after the
 * link where the engine reads one: kramdown's {@code {:target="_blank"}}, Python-Markdown's attr_list).
 */
final class AccessibleLinks {
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)|!\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKERS = Pattern.compile("[*_`~\\\\]");
    private static final Pattern ALT = Pattern.compile("\\balt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE_LIST_BLANK = Pattern.compile(
            "\\{:?[^}\\n]*\\btarget\\s*=\\s*[\"']?_blank[^}\\n]*\\}");
    private static final Pattern ATTRIBUTE_LIST_TITLE = Pattern.compile(
            "\\btitle\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    /**
     * One link.
     *
     * @param text        what is announced, markup removed, as written
     * @param destination the URL, references resolved
     * @param hasImage    whether the text holds an image (an empty alt then leaves the link with no name)
     */
    record Occurrence(int start, int end, String text, String destination, String title, boolean newWindow,
            boolean hasImage, boolean textIsDestination, boolean code) {
    }

    private AccessibleLinks() {
    }

    static List<Occurrence> of(Article article) {
        String source = article.source().text();
        boolean attributeLists = article.dialect() == MarkdownDialect.KRAMDOWN
                || article.dialect() == MarkdownDialect.PYTHON_MARKDOWN;
        List<Occurrence> links = new ArrayList<>();
        for (Node node : article.nodes()) {
            if (node instanceof Link link) {
                links.add(markdown(source, node, SequenceText.of(link.getUrl()), SequenceText.of(link.getTitle()),
                        attributeLists));
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference reference = ref.getReferenceNode(article.document());
                if (reference != null) {
                    links.add(markdown(source, node, SequenceText.of(reference.getUrl()), SequenceText.of(reference.getTitle()),
                            attributeLists));
                }
            } else if (node instanceof AutoLink auto) {
                String url = SequenceText.of(auto.getText());
                links.add(new Occurrence(node.getStartOffset(), node.getEndOffset(), url, url, "", false, false,
                        true, false));
            }
        }
        html(article, source, links);
        links.sort(java.util.Comparator.comparingInt(Occurrence::start));
        return links;
    }

    private static Occurrence markdown(String source, Node node, String url, String title, boolean attributeLists) {
        boolean newWindow = false;
        if (attributeLists) {
            int end = node.getEndOffset();
            int lineEnd = source.indexOf('\n', end);
            Matcher list = ATTRIBUTE_LIST_BLANK.matcher(source).region(end, lineEnd < 0 ? source.length() : lineEnd);
            if (list.lookingAt()) {
                newWindow = true;
                Matcher titled = ATTRIBUTE_LIST_TITLE.matcher(list.group());
                if (titled.find()) {
                    title = title + " " + (titled.group(1) != null ? titled.group(1) : titled.group(2));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        boolean[] found = new boolean[2]; // an image, a code span
        announced(node, text, found);
        String plain = io.github.articlecheck.core.WhiteSpace.collapse(text).strip();
        return new Occurrence(node.getStartOffset(), node.getEndOffset(), plain, url, title, newWindow, found[0],
                isUrlText(plain, url), found[1]);
    }

    /**
     * What the link's children announce, from the tree (so {@code [`<a-camera>`](…)} keeps its code and
     * {@code [**Lire**](…)} loses its asterisks): text, code spans, an image's alt, an inline {@code <img>}'s alt.
     */
    private static void announced(Node parent, StringBuilder text, boolean[] found) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof com.vladsch.flexmark.ast.Image image) {
                found[0] = true;
                text.append(SequenceText.of(image.getText()));
            } else if (child instanceof com.vladsch.flexmark.ast.ImageRef image) {
                found[0] = true;
                text.append(SequenceText.of(image.getText()));
            } else if (child instanceof com.vladsch.flexmark.ast.Code code) {
                found[1] = true;
                text.append(SequenceText.of(code.getText()));
            } else if (child instanceof com.vladsch.flexmark.ast.HtmlInline html) {
                String tag = SequenceText.of(html.getChars());
                if (tag.regionMatches(true, 0, "<img", 0, 4)) {
                    found[0] = true;
                    Matcher alt = ALT.matcher(tag);
                    if (alt.find()) {
                        text.append(' ').append(alt.group(1) != null ? alt.group(1) : alt.group(2)).append(' ');
                    }
                }
            } else if (child instanceof com.vladsch.flexmark.ast.Text || child instanceof com.vladsch.flexmark.ast.HtmlEntity) {
                text.append(SequenceText.of(child.getChars()));
            } else if (child instanceof com.vladsch.flexmark.ast.SoftLineBreak) {
                text.append(' ');
            } else {
                announced(child, text, found);
            }
        }
    }

    /** {@code <a href>…</a>} of the raw HTML: the text between the tags, nested tags removed, images by their alt. */
    private static void html(Article article, String source, List<Occurrence> links) {
        List<HtmlTag> tags = article.rawHtml().tags();
        for (int i = 0; i < tags.size(); i++) {
            HtmlTag open = tags.get(i);
            if (open.end() || !open.name().equals("a") || open.attribute("href").isEmpty()) {
                continue;
            }
            int close = -1;
            for (int k = i + 1; k < tags.size(); k++) {
                if (tags.get(k).name().equals("a")) {
                    close = tags.get(k).end() ? k : -1;
                    break;
                }
            }
            int textStart = source.indexOf('>', open.start()) + 1;
            if (close < 0 || textStart <= 0 || textStart > tags.get(close).start()) {
                continue;
            }
            String inner = source.substring(textStart, tags.get(close).start());
            String href = open.attribute("href").map(HtmlTag.Attribute::value).orElse("");
            String title = attributeText(open, "title") + " " + attributeText(open, "aria-label");
            boolean blank = attributeText(open, "target").equalsIgnoreCase("_blank");
            String text = plain(inner);
            links.add(new Occurrence(open.start(), tags.get(close).start() + 4, text, href == null ? "" : href,
                    title.strip(), blank, inner.toLowerCase(Locale.ROOT).contains("<img"), isUrlText(text, href),
                    inner.toLowerCase(Locale.ROOT).contains("<code")));
        }
    }

    private static String attributeText(HtmlTag tag, String name) {
        return tag.attribute(name).map(HtmlTag.Attribute::value).filter(v -> v != null).orElse("");
    }

    /** The text of raw HTML announced: images by their alt, tags removed, spaces collapsed. */
    static String plain(String written) {
        Matcher images = MARKDOWN_IMAGE.matcher(written);
        StringBuilder out = new StringBuilder();
        while (images.find()) {
            images.appendReplacement(out, Matcher.quoteReplacement(
                    images.group(1) != null ? images.group(1) : images.group(2)));
        }
        images.appendTail(out);
        Matcher tags = TAG.matcher(out.toString());
        StringBuilder text = new StringBuilder();
        while (tags.find()) {
            Matcher alt = ALT.matcher(tags.group());
            tags.appendReplacement(text, Matcher.quoteReplacement(
                    tags.group().toLowerCase(Locale.ROOT).startsWith("<img") && alt.find()
                            ? " " + (alt.group(1) != null ? alt.group(1) : alt.group(2)) + " " : " "));
        }
        tags.appendTail(text);
        return SPACES.matcher(MARKERS.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    private static boolean isUrlText(String text, String url) {
        String t = text.toLowerCase(Locale.ROOT);
        // lower case never shortens a string: a longer URL cannot equal the text, and is not lower-cased to see it
        return !t.isEmpty() && !t.contains(" ") && (url.length() <= t.length() && t.equals(url.toLowerCase(Locale.ROOT))
                || t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www."));
    }
}
