package io.github.articlecheck.structure;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.core.HtmlTag;
import java.util.List;

/** {@code image.alt}: images without alternative text, in Markdown and in raw HTML. */
public final class ImageAltCheck implements ArticleCheck {
    public static final RuleDescriptor ALT = RuleDescriptor.of("image.alt", Severity.WARNING);

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(ALT);
    }

    @Override
    public String indexKey() {
        return "";
    }

    @Override
    public void check(Article article, FindingSink sink) {
        for (Node node : article.nodes()) {
            if (node instanceof Image && ((Image) node).getText().isBlank()) {
                sink.at(node.getStartOffset()).to(node.getEndOffset()).subject(((Image) node).getUrl().toString())
                        .report(ALT, "image.alt.markdown", ((Image) node).getUrl());
            } else if (node instanceof ImageRef && ((ImageRef) node).isDefined() && ((ImageRef) node).getText().isBlank()
                    && explicitLabel(node)) {
                sink.at(node.getStartOffset()).to(node.getEndOffset())
                        .subject(((ImageRef) node).getReference().toString())
                        .report(ALT, "image.alt.reference", ((ImageRef) node).getReference());
            }
        }
        for (io.github.articlecheck.core.TemplateImage image : article.templateImages()) {
            if (image.alt().isEmpty()) {
                String src = image.src().map(io.github.articlecheck.core.TemplateImage.Value::text).orElse("");
                sink.at(image.offset()).subject(src).report(ALT,
                        image.component() ? "image.alt.component" : "image.alt.shortcode", src, image.syntax());
            }
        }
        for (HtmlTag tag : article.rawHtml().tags()) {
            if (!tag.end() && tag.name().equals("img") && tag.attribute("alt").isEmpty()) {
                String src = tag.attribute("src").map(HtmlTag.Attribute::value).orElse("");
                sink.at(tag.start()).subject(src == null ? "" : src).report(ALT,
                        src == null || src.isEmpty() ? "image.alt.html" : "image.alt.html-src", src);
            }
        }
    }

    /**
     * Whether a reference image names its label apart from its text ({@code ![][logo]}): a shortcut {@code ![Logo]}
     * or collapsed {@code ![Logo][]} reference takes its label as alternative text (CommonMark), so it has one.
     */
    private static boolean explicitLabel(Node node) {
        String chars = node.getChars().toString();
        return chars.contains("][") && !chars.endsWith("[]");
    }
}
