package io.github.articlecheck.structure;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.article.Article;
import io.github.articlecheck.engine.ArticleCheck;
import io.github.articlecheck.engine.FindingSink;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import io.github.articlecheck.html.HtmlTag;
import java.util.List;

/** {@code image.alt}: images without alternative text, in Markdown and in raw HTML. */
public final class ImageAltCheck implements ArticleCheck {
    public static final RuleDescriptor ALT = RuleDescriptor.of("image.alt", Severity.WARNING,
            "An image has no alternative text: screen readers and broken-image views show nothing.",
            "Describe the image: ![description](image.png) or <img alt=\"description\">; alt=\"\" marks a decorative image.");

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(ALT);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        for (Node node : article.document().getDescendants()) {
            if (node instanceof Image && ((Image) node).getText().isBlank()) {
                sink.reportAtOffset(ALT.id(), node.getStartOffset(), "image '" + ((Image) node).getUrl()
                        + "' has no alternative text: describe it between the brackets of ![…](…)");
            } else if (node instanceof ImageRef && ((ImageRef) node).isDefined() && ((ImageRef) node).getText().isBlank()) {
                sink.reportAtOffset(ALT.id(), node.getStartOffset(), "image [" + ((ImageRef) node).getReference()
                        + "] has no alternative text: describe it between the brackets of ![…]");
            }
        }
        for (HtmlTag tag : article.rawHtml().tags()) {
            if (!tag.end() && tag.name().equals("img") && tag.attribute("alt").isEmpty()) {
                String src = tag.attribute("src").map(HtmlTag.Attribute::value).orElse("");
                sink.reportAtOffset(ALT.id(), tag.start(), "<img" + (src == null || src.isEmpty() ? "" : " src=\"" + src + "\"")
                        + "> has no alt attribute: add alt=\"description\" (alt=\"\" if the image is decorative)");
            }
        }
    }
}
