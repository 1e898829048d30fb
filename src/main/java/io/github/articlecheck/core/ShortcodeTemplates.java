package io.github.articlecheck.core;

import java.util.Set;

/**
 * What a Hugo site's shortcode templates do with what an article gives them, read from the templates
 * ({@code layouts/_shortcodes}, {@code layouts/shortcodes}, the theme's). Hugo passes the inner content of
 * {@code {{< name >}}…{{< /name >}}} to the template as text, rendered as Markdown only if the template says so
 * ({@code .Inner | markdownify}, {@code .Page.RenderString}); {@code {{% name %}}…{{% /name %}}} is Markdown always.
 *
 * @param markdownInner shortcodes whose template renders their inner content as Markdown (Hugo's own
 *        {@code details} among them)
 * @param images shortcodes whose template writes an {@code <img>} from their {@code src} parameter (Hugo's own
 *        {@code figure} among them), each with the parameters its {@code alt} attribute is written from (figure:
 *        {@code alt}, else {@code caption}); none of them given means an image without alternative text. An empty
 *        list, or {@code *}, is a template that writes no alt or one from elsewhere: nothing to ask of the article
 */
public record ShortcodeTemplates(Set<String> markdownInner, java.util.Map<String, java.util.List<String>> images) {

    public ShortcodeTemplates {
        markdownInner = Set.copyOf(markdownInner);
        images = java.util.Map.copyOf(images);
    }

    /** Hugo's embedded shortcodes: details renders its inner Markdown, figure writes an image. */
    public static ShortcodeTemplates embedded() {
        // gohugoio/hugo tpl/tplimpl/embedded/templates/_shortcodes/figure.html: alt="{{ with .Get "alt" }}…{{ else }}
        // {{ .Get "caption" | markdownify | plainify }}"
        return new ShortcodeTemplates(Set.of("details"), java.util.Map.of("figure", java.util.List.of("alt", "caption")));
    }
}
