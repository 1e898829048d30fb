package io.github.articlecheck.read;

import io.github.articlecheck.core.TemplateImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * astro:assets images in MDX (docs.astro.build/en/guides/images/): {@code <Image src={logo} alt="…" />} and
 * {@code <Picture …/>}, the components imported from {@code astro:assets}. A {@code src} naming an imported file
 * ({@code import logo from '../../assets/logo.png'}) is that file, checked at the import; a literal {@code src} is
 * checked as written; any other expression is not known. {@code alt} is required (Astro fails the build without it;
 * {@code alt=""} marks a decorative image).
 */
final class MdxImages {
    private static final Pattern ASSETS_IMPORT = Pattern.compile(
            "(?m)^import\\s*\\{([^}]*)\\}\\s*from\\s*['\"]astro:assets['\"]");
    private static final Pattern DEFAULT_IMPORT = Pattern.compile(
            "(?m)^import\\s+([A-Za-z_$][\\w$]*)\\s+from\\s*(['\"])([^'\"\\n]+)\\2");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s([A-Za-z][\\w-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{\\s*(?:([A-Za-z_$][\\w$]*)|[\"'`]([^\"'`{}]*)[\"'`])?[^}]*\\})");

    private static final Pattern TAG_NAME = Pattern.compile("^<([A-Za-z][\\w.]*)");

    private MdxImages() {
    }

    static List<TemplateImage> of(String text, int bodyStart, List<int[]> componentTags) {
        if (componentTags.isEmpty() || text.indexOf("astro:assets", bodyStart) < 0) {
            return List.of();
        }
        Set<String> components = new HashSet<>();
        Matcher assets = ASSETS_IMPORT.matcher(text);
        assets.region(bodyStart, text.length());
        while (assets.find()) {
            for (String name : assets.group(1).split(",")) {
                String[] parts = name.trim().split("\\s+as\\s+");
                String original = parts[0].trim();
                if (original.equals("Image") || original.equals("Picture")) {
                    components.add(parts[parts.length - 1].trim());
                }
            }
        }
        Map<String, TemplateImage.Value> imported = new HashMap<>();
        Matcher file = DEFAULT_IMPORT.matcher(text);
        file.region(bodyStart, text.length());
        while (file.find()) {
            if (file.group(3).startsWith("./") || file.group(3).startsWith("../")) {
                imported.put(file.group(1), new TemplateImage.Value(file.group(3), file.start(3)));
            }
        }
        List<TemplateImage> images = new ArrayList<>();
        for (int[] tag : componentTags) {
            String written = text.substring(tag[0], tag[1]);
            Matcher name = TAG_NAME.matcher(written);
            if (!name.find() || !components.contains(name.group(1))) {
                continue;
            }
            Optional<TemplateImage.Value> src = Optional.empty();
            Optional<TemplateImage.Value> alt = Optional.empty();
            Matcher attribute = ATTRIBUTE.matcher(written);
            while (attribute.find()) {
                int group = attribute.group(2) != null ? 2 : attribute.group(3) != null ? 3
                        : attribute.group(5) != null ? 5 : 0;
                Optional<TemplateImage.Value> value = group == 0 ? Optional.empty()
                        : Optional.of(new TemplateImage.Value(attribute.group(group), tag[0] + attribute.start(group)));
                if (attribute.group(1).equals("src")) {
                    src = attribute.group(4) != null ? Optional.ofNullable(imported.get(attribute.group(4))) : value;
                } else if (attribute.group(1).equals("alt")) {
                    // alt={expression}: written, whatever it holds
                    alt = Optional.of(value.orElse(new TemplateImage.Value("", tag[0] + attribute.start())));
                }
            }
            images.add(new TemplateImage(name.group(1), true, tag[0], src, alt, Optional.empty()));
        }
        return images;
    }
}
