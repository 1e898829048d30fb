package io.github.articlecheck.site;

import io.github.articlecheck.core.ShortcodeTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the site's shortcode templates do, read from their text: the themes' ({@code themes/x/layouts}), then the
 * project's, which override them as in Hugo's lookup; in {@code _shortcodes/} (Hugo 0.146+) or {@code shortcodes/}.
 * A template renders its inner content as Markdown when it passes {@code .Inner} to {@code markdownify} or
 * {@code RenderString}; it is an image shortcode when it writes an {@code <img>} and reads {@code .Get "src"}.
 */
final class HugoTemplates {
    private static final Pattern GET = Pattern.compile("\\.Get\\s+\"([\\w-]+)\"");
    private static final int MAX_TEMPLATE_BYTES = 256 * 1024;

    private HugoTemplates() {
    }

    static ShortcodeTemplates read(Path base) {
        ShortcodeTemplates embedded = ShortcodeTemplates.embedded();
        Set<String> markdown = new HashSet<>(embedded.markdownInner());
        Map<String, List<String>> images = new HashMap<>(embedded.images());
        List<Path> layouts = new ArrayList<>();
        Path themes = base.resolve("themes");
        if (Files.isDirectory(themes)) {
            try (Stream<Path> list = Files.list(themes)) {
                list.sorted().forEach(theme -> layouts.add(theme.resolve("layouts")));
            } catch (IOException e) {
                // no theme templates to read
            }
        }
        layouts.add(base.resolve("layouts"));
        for (Path folder : layouts) {
            for (String sub : List.of("shortcodes", "_shortcodes")) {
                Path shortcodes = folder.resolve(sub);
                if (!Files.isDirectory(shortcodes)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(shortcodes)) {
                    for (Path file : files.sorted().toList()) {
                        String fileName = file.getFileName().toString();
                        if (!fileName.endsWith(".html") || !Files.isRegularFile(file) || Files.size(file) > MAX_TEMPLATE_BYTES) {
                            continue;
                        }
                        String name = fileName.substring(0, fileName.indexOf('.'));
                        read(name, Files.readString(file, StandardCharsets.UTF_8), markdown, images);
                    }
                } catch (IOException | RuntimeException e) {
                    // an unreadable template: its shortcodes stay as Hugo's own or unknown (opaque)
                }
            }
        }
        return new ShortcodeTemplates(markdown, images);
    }

    /** One template: a site's template of a name replaces Hugo's (its figure.html over the embedded one). */
    static void read(String name, String template, Set<String> markdown, Map<String, List<String>> images) {
        boolean inner = template.contains(".Inner");
        if (inner && (template.contains("markdownify") || template.contains("RenderString"))) {
            markdown.add(name);
        } else {
            markdown.remove(name);
        }
        int img = template.indexOf("<img");
        if (img < 0 || !template.contains(".Get \"src\"")) {
            images.remove(name);
            return;
        }
        String tag = imgTag(template, img);
        int alt = tag.indexOf("alt=");
        if (alt < 0) {
            images.put(name, List.of()); // the template writes no alt: nothing to ask of the article
            return;
        }
        String value = altRegion(tag, alt);
        List<String> parameters = new ArrayList<>();
        Matcher get = GET.matcher(value);
        while (get.find()) {
            parameters.add(get.group(1));
        }
        images.put(name, parameters.isEmpty() ? List.of("*") : List.copyOf(parameters));
    }

    /**
     * The part of an {@code <img>} tag that decides its alt: from the end of the attribute before it (a quote outside
     * any template action) to the end of the alt value, so that {@code {{ with .Get "alt" }}alt="{{ . }}"} and
     * {@code {{ if or (.Get "alt") (.Get "caption") }} alt="…"} both name their parameters.
     */
    private static String altRegion(String tag, int alt) {
        List<Integer> quotes = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < tag.length(); i++) {
            if (tag.startsWith("{{", i)) {
                depth++;
                i++;
            } else if (tag.startsWith("}}", i) && depth > 0) {
                depth--;
                i++;
            } else if (tag.charAt(i) == '"' && depth == 0) {
                quotes.add(i);
            }
        }
        int start = 0;
        int end = tag.length();
        int after = 0;
        for (int quote : quotes) {
            if (quote < alt) {
                start = quote + 1;
            } else if (++after == 2) {
                end = quote;
                break;
            }
        }
        return tag.substring(start, end);
    }

    /** The {@code <img …>} tag of a template, its template actions ({@code {{ … }}}) skipped when looking for its end. */
    private static String imgTag(String template, int start) {
        int depth = 0;
        for (int i = start; i < template.length(); i++) {
            if (template.startsWith("{{", i)) {
                depth++;
                i++;
            } else if (template.startsWith("}}", i) && depth > 0) {
                depth--;
                i++;
            } else if (template.charAt(i) == '>' && depth == 0) {
                return template.substring(start, i + 1);
            }
        }
        return template.substring(start);
    }
}
