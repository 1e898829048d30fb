package io.github.articlecheck.core;

import java.util.Optional;

/**
 * An image written in template syntax rather than Markdown or HTML: a Hugo shortcode whose template writes an
 * {@code <img>} from its {@code src} ({@code {{< figure src="…" alt="…" >}}}), or an astro:assets component in MDX
 * ({@code <Image src={logo} alt="…" />}, its {@code src} the file the import names). Found once by the reader.
 *
 * @param syntax    its name, for messages: a shortcode's ({@code figure}) or a component's ({@code Image})
 * @param component a JSX component rather than a shortcode
 * @param offset where it starts
 * @param src    the image's path or URL as written (for an imported file, the import's path, at the import)
 * @param alt    its alternative text, when written
 * @param link   the link it is wrapped in, when written
 */
public record TemplateImage(String syntax, boolean component, int offset, Optional<Value> src, Optional<Value> alt, Optional<Value> link) {

    /** A value written in the template, and the offset of its first character in the article. */
    public record Value(String text, int offset) {
    }
}
