package io.github.articlecheck.writing;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.HtmlTag;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.core.TemplateImage;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code a11y.image-alt}: an alternative text that is there but says nothing (RGAA 4.1 criterion 1.3, WCAG 2.2 1.1.1):
 * a file name ({@code IMG_1234.jpg}, or the image's own), a placeholder ("image", "photo", "capture d'écran"), or a
 * text longer than a screen reader user will sit through — a description that belongs in a caption or the text
 * (RGAA's 80-character advice; the limit is configurable, 150 by default). A missing alt is {@code image.alt}'s.
 */
public final class ImageAltQualityCheck implements ArticleCheck {
    public static final RuleDescriptor IMAGE_ALT = RuleDescriptor.of("a11y.image-alt", Severity.WARNING);

    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)[\\w\\-.() ]*\\.(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?|heic|ico)");
    private static final Pattern NUMBERED_PLACEHOLDER = Pattern.compile(
            "(?i)(?:image|img|photo|picture|pic|capture|screenshot|illustration|figure|dsc|dcim)[ _-]?\\d*");
    private static final Set<String> PLACEHOLDERS = Set.of("alt", "alt text", "texte alternatif", "image", "photo",
            "picture", "illustration", "capture", "capture d'écran", "capture d'ecran", "screenshot", "screen shot",
            "graphic", "graphique", "untitled", "sans titre", "placeholder", "todo", "icon", "icône", "img", "pic",
            "photograph", "visuel", "dessin");

    private final int maxLength;

    public ImageAltQualityCheck(WritingSettings settings) {
        this.maxLength = settings.imageAltMaxLength();
    }

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(IMAGE_ALT);
    }

    @Override
    public String indexKey() {
        return "maxLength=" + maxLength;
    }

    @Override
    public void check(Article article, FindingSink sink) {
        if (!sink.enabled(IMAGE_ALT)) {
            return;
        }
        for (Node node : article.nodes()) {
            if (node instanceof Image image) {
                judge(image.getText().toString(), image.getUrl().toString(), node.getStartOffset(), sink);
            } else if (node instanceof ImageRef ref && ref.isDefined() && !ref.getText().isBlank()) {
                judge(ref.getText().toString(), "", node.getStartOffset(), sink);
            }
        }
        for (TemplateImage image : article.templateImages()) {
            image.alt().ifPresent(alt -> judge(alt.text(),
                    image.src().map(TemplateImage.Value::text).orElse(""), alt.offset(), sink));
        }
        for (HtmlTag tag : article.rawHtml().tags()) {
            if (!tag.end() && tag.name().equals("img")) {
                tag.attribute("alt").filter(alt -> alt.value() != null).ifPresent(alt -> judge(alt.value(),
                        tag.attribute("src").map(HtmlTag.Attribute::value).orElse(""),
                        alt.valueStart() >= 0 ? alt.valueStart() : tag.start(), sink));
            }
        }
    }

    private void judge(String alt, String src, int offset, FindingSink sink) {
        String text = alt.strip();
        if (text.isEmpty()) {
            return; // decorative (alt="") or missing: image.alt's
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        String srcName = src.substring(src.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (FILE_NAME.matcher(text).matches() || !srcName.isEmpty() && lower.equals(srcName)) {
            sink.at(offset).subject(text).report(IMAGE_ALT, "a11y.image-alt.file-name", text);
        } else if (PLACEHOLDERS.contains(lower) || NUMBERED_PLACEHOLDER.matcher(text).matches()) {
            sink.at(offset).subject(text).report(IMAGE_ALT, "a11y.image-alt.placeholder", text);
        } else if (text.codePointCount(0, text.length()) > maxLength) {
            sink.at(offset).subject(src).report(IMAGE_ALT, "a11y.image-alt.long",
                    text.codePointCount(0, text.length()), maxLength);
        }
    }
}
