package io.github.articlecheck.read;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.TemplateImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's image shortcodes, read where they stand in the text (gohugo.io/shortcodes/figure): {@code {{< figure
 * src="x.png" alt="…" link="…" >}}}, also written {@code {{% %}}}, and the site's own shortcodes whose template writes
 * an {@code <img>} from {@code src}. The checks take their {@code src} as an image, their {@code link} as a link and
 * require an {@code alt}. Shortcodes in code are code: only paragraphs are read.
 */
public final class Shortcodes {
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%]-?\\s*([\\w/-]+)\\b(.*?)-?/?[>%]\\}\\}", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`)");

    private Shortcodes() {
    }

    /** The image shortcodes named in {@code images} (Hugo's {@code figure} and the site's own), in document order. */
    public static List<TemplateImage> images(Iterable<? extends Node> nodes, java.util.Map<String, List<String>> images) {
        List<TemplateImage> found = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof Paragraph)) {
                continue;
            }
            String text = node.getChars().toString();
            if (!text.contains("{{")) {
                continue;
            }
            int base = node.getStartOffset();
            Matcher shortcode = SHORTCODE.matcher(text);
            while (shortcode.find()) {
                List<String> altParameters = images.get(shortcode.group(1));
                if (altParameters == null) {
                    continue;
                }
                Optional<TemplateImage.Value> src = Optional.empty();
                Optional<TemplateImage.Value> alt = Optional.empty();
                Optional<TemplateImage.Value> link = Optional.empty();
                Matcher attribute = ATTRIBUTE.matcher(shortcode.group(2));
                while (attribute.find()) {
                    int group = attribute.group(2) != null ? 2 : attribute.group(3) != null ? 3 : 4;
                    TemplateImage.Value value = new TemplateImage.Value(attribute.group(group),
                            base + shortcode.start(2) + attribute.start(group));
                    String name = attribute.group(1);
                    if (name.equals("src")) {
                        src = Optional.of(value);
                    } else if (name.equals("link")) {
                        link = Optional.of(value);
                    } else if (altParameters.contains(name) && alt.isEmpty()) {
                        alt = Optional.of(value);
                    }
                }
                if (altParameters.isEmpty() || altParameters.contains("*")) {
                    // the template writes no alt, or one from elsewhere (.Title): nothing the article could add
                    alt = Optional.of(new TemplateImage.Value("", base + shortcode.start()));
                }
                found.add(new TemplateImage(shortcode.group(1), false, base + shortcode.start(), src, alt, link));
            }
        }
        return found;
    }
}
