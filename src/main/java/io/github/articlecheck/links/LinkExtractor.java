package io.github.articlecheck.links;

import io.github.articlecheck.core.SequenceText;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.FrontMatter;
import io.github.articlecheck.core.ValueLocation;
import io.github.articlecheck.core.HtmlTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Every link of an article with its position: Markdown links and images, reference definitions, autolinks
 * (links inside footnotes included), link-bearing attributes of raw HTML, and the front matter keys that hold
 * URLs. Code spans, code blocks, HTML comments, {@code <style>} and {@code <script>} hold none: the AST and the
 * raw HTML scan already leave them out.
 */
public final class LinkExtractor {
    /** Element → attributes that hold a URL. */
    private static final Map<String, Set<String>> HTML_URL_ATTRIBUTES = Map.of(
            "a", Set.of("href"),
            "img", Set.of("src", "srcset"),
            "source", Set.of("src", "srcset"),
            "video", Set.of("src", "poster"),
            "audio", Set.of("src"),
            "iframe", Set.of("src"),
            "link", Set.of("href"),
            "track", Set.of("src"));

    private LinkExtractor() {
    }

    public static List<LinkOccurrence> extract(Article article, List<String> frontMatterLinkKeys) {
        List<LinkOccurrence> links = new ArrayList<>();
        for (Node node : article.nodes()) {
            if (node instanceof Image) {
                add(links, article, ((Image) node).getUrl(), node, true);
            } else if (node instanceof Link) {
                add(links, article, ((Link) node).getUrl(), node, false);
            } else if (node instanceof AutoLink || node instanceof MailLink) {
                BasedSequence text = node instanceof AutoLink ? ((AutoLink) node).getText() : ((MailLink) node).getText();
                String destination = (node instanceof MailLink ? "mailto:" : "") + SequenceText.of(text);
                links.add(at(article, destination, text.getStartOffset(), false));
            } else if (node instanceof Reference) {
                add(links, article, ((Reference) node).getUrl(), node, false);
            }
        }
        for (HtmlTag tag : article.rawHtml().tags()) {
            Set<String> attributes = tag.end() ? null : HTML_URL_ATTRIBUTES.get(tag.name());
            if (attributes == null) {
                continue;
            }
            for (HtmlTag.Attribute attribute : tag.attributes()) {
                if (!attributes.contains(attribute.name()) || attribute.value() == null) {
                    continue;
                }
                boolean image = tag.name().equals("img") || tag.name().equals("source") && attribute.name().equals("srcset")
                        || attribute.name().equals("poster");
                if (attribute.name().equals("srcset")) {
                    addSrcset(links, article, attribute);
                } else {
                    String value = attribute.value();
                    int leading = value.length() - value.stripLeading().length();
                    links.add(at(article, value.trim(), attribute.valueStart() + leading, image));
                }
            }
        }
        // Hugo's image shortcodes and astro:assets components: their src is an image, their link a link
        for (io.github.articlecheck.core.TemplateImage image : article.templateImages()) {
            image.src().ifPresent(src -> links.add(at(article, src.text().trim(), src.offset(), true)));
            image.link().ifPresent(link -> links.add(at(article, link.text().trim(), link.offset(), false)));
        }
        article.frontMatter().ifPresent(frontMatter -> addFrontMatter(links, frontMatter, frontMatterLinkKeys));
        return links;
    }

    private static void add(List<LinkOccurrence> links, Article article, BasedSequence url, Node node, boolean image) {
        String destination = SequenceText.of(url).trim();
        int offset = url.isNull() || url.length() == 0 ? emptyDestinationOffset(node) : url.getStartOffset();
        links.add(at(article, destination, offset, image));
    }

    /** For {@code [text]()} flexmark gives no URL position: point at the parentheses. */
    private static int emptyDestinationOffset(Node node) {
        String chars = SequenceText.of(node.getChars());
        int paren = chars.lastIndexOf("](");
        return node.getStartOffset() + (paren < 0 ? 0 : paren + 2);
    }

    private static void addSrcset(List<LinkOccurrence> links, Article article, HtmlTag.Attribute attribute) {
        String value = attribute.value();
        int position = 0;
        for (String candidate : value.split(",")) {
            String trimmed = candidate.trim();
            if (!trimmed.isEmpty()) {
                String url = trimmed.split("\\s+")[0];
                int start = value.indexOf(url, position);
                links.add(at(article, url, attribute.valueStart() + start, true));
                position = start + url.length();
            }
        }
    }

    private static void addFrontMatter(List<LinkOccurrence> links, FrontMatter frontMatter, List<String> keys) {
        JsonNode data = frontMatter.data().orElse(null);
        if (data == null || !data.isObject()) {
            return;
        }
        for (String key : keys) {
            JsonNode value = data.get(key);
            String pointer = "/" + key.replace("~", "~0").replace("/", "~1");
            if (value == null && key.contains(".")) {
                // A nested key (cover.image: the theme renders cover: {image: …}), when no key has the dotted name.
                value = data;
                StringBuilder path = new StringBuilder();
                for (String part : key.split("\\.")) {
                    value = value != null && value.isObject() ? value.get(part) : null;
                    path.append('/').append(part.replace("~", "~0").replace("/", "~1"));
                }
                pointer = path.toString();
            }
            if (value == null) {
                continue;
            }
            if (value.isString()) {
                addValue(links, frontMatter, value.asString(), pointer);
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (value.get(i).isString()) {
                        addValue(links, frontMatter, value.get(i).asString(), pointer + "/" + i);
                    }
                }
            }
        }
    }

    private static void addValue(List<LinkOccurrence> links, FrontMatter frontMatter, String value, String pointer) {
        ValueLocation location = frontMatter.location(pointer).orElse(new ValueLocation(1, 1, 1, 1));
        links.add(new LinkOccurrence(value.trim(), location.valueLine(), location.valueColumn(), true, true));
    }

    private static LinkOccurrence at(Article article, String destination, int offset, boolean image) {
        return new LinkOccurrence(destination, article.source().line(offset), article.source().column(offset), image);
    }
}
