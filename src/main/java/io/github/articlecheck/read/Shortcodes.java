package io.github.articlecheck.read;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's image shortcodes, read where they stand in the text (gohugo.io/shortcodes/figure): {@code {{< figure
 * src="x.png" alt="…" link="…" >}}}, also written {@code {{% %}}}. The checks take their {@code src} as an image,
 * their {@code link} as a link and require an {@code alt}. Shortcodes in code are code: only paragraphs are read.
 */
public final class Shortcodes {
    private static final Pattern FIGURE = Pattern.compile("\\{\\{[<%]-?\\s*figure\\b(.*?)-?[>%]\\}\\}", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(src|alt|link)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`)");

    private Shortcodes() {
    }

    /** A value written in a shortcode, and the offset of its first character in the article. */
    public record Value(String text, int offset) {
    }

    /** A figure: where it starts, and its src, alt and link when written. */
    public record Figure(int offset, Optional<Value> src, Optional<Value> alt, Optional<Value> link) {
    }

    public static List<Figure> figures(Document document) {
        List<Figure> figures = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Paragraph)) {
                continue;
            }
            String text = node.getChars().toString();
            if (!text.contains("figure")) {
                continue;
            }
            int base = node.getStartOffset();
            Matcher figure = FIGURE.matcher(text);
            while (figure.find()) {
                Optional<Value> src = Optional.empty();
                Optional<Value> alt = Optional.empty();
                Optional<Value> link = Optional.empty();
                Matcher attribute = ATTRIBUTE.matcher(figure.group(1));
                while (attribute.find()) {
                    int group = attribute.group(2) != null ? 2 : attribute.group(3) != null ? 3 : 4;
                    Value value = new Value(attribute.group(group), base + figure.start(1) + attribute.start(group));
                    switch (attribute.group(1)) {
                        case "src" -> src = Optional.of(value);
                        case "alt" -> alt = Optional.of(value);
                        default -> link = Optional.of(value);
                    }
                }
                figures.add(new Figure(base + figure.start(), src, alt, link));
            }
        }
        return figures;
    }
}
