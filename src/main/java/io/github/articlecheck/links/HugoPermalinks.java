package io.github.articlecheck.links;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A regular page's URL under Hugo's {@code [permalinks]} rule for its section, filled from its front matter and path
 * as Hugo does (gohugo.io/content-management/urls/#tokens): {@code :year}, {@code :month}, {@code :day} from
 * {@code date}; {@code :section}, {@code :sections} (with slices {@code [last]}, {@code [:last]}, {@code [1:]},
 * {@code [a:b]}); {@code :title} (the front matter title, made a URL); {@code :slug} (the slug, else the title);
 * {@code :filename} and {@code :contentbasename} (the file's base name, a bundle's folder name);
 * {@code :slugorfilename}, {@code :slugorcontentbasename}. A pattern with another token gives no URL: it is not
 * guessed.
 */
final class HugoPermalinks {
    private static final Pattern TOKEN = Pattern.compile(":([a-z]+)(\\[[^\\]]*\\])?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");

    private HugoPermalinks() {
    }

    /** The URL of the page at {@code relative} (to the content folder), when its section has a rule. */
    static Optional<String> of(String relative, JsonNode data, Map<String, String> rules) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        String withoutExtension = relative.replaceFirst("\\.(md|markdown|mdx|html)$", "");
        List<String> parts = new ArrayList<>(Arrays.asList(withoutExtension.split("/")));
        String name = parts.remove(parts.size() - 1);
        if (name.equals("_index")) {
            return Optional.empty(); // section pages keep their folder's URL
        }
        if (name.equals("index") && !parts.isEmpty()) {
            name = parts.remove(parts.size() - 1); // a page bundle: the folder is the page
        }
        if (parts.isEmpty()) {
            return Optional.empty(); // a page at the content root has no section
        }
        String pattern = rules.get(parts.get(0));
        if (pattern == null) {
            return Optional.empty();
        }
        String title = text(data, "title");
        String slug = text(data, "slug");
        Matcher date = DATE.matcher(String.valueOf(text(data, "date")));
        boolean dated = text(data, "date") != null && date.matches();
        StringBuilder url = new StringBuilder();
        Matcher token = TOKEN.matcher(pattern);
        int last = 0;
        while (token.find()) {
            url.append(pattern, last, token.start());
            String value;
            switch (token.group(1)) {
                case "year" -> value = dated ? date.group(1) : null;
                case "month" -> value = dated ? date.group(2) : null;
                case "day" -> value = dated ? date.group(3) : null;
                case "section" -> value = parts.get(0);
                case "sections" -> value = String.join("/", slice(parts, token.group(2)));
                case "title" -> value = title == null ? null : urlize(title);
                case "slug" -> value = slug != null ? slug : title == null ? null : urlize(title);
                case "filename", "contentbasename" -> value = name;
                case "slugorfilename", "slugorcontentbasename" -> value = slug != null ? slug : name;
                default -> value = null;
            }
            if (value == null) {
                return Optional.empty(); // a token this page cannot fill, or one not modelled: no guess
            }
            url.append(value);
            last = token.end();
        }
        url.append(pattern.substring(last));
        return Optional.of(url.toString().toLowerCase(Locale.ROOT));
    }

    /** Hugo's slice syntax on the sections: {@code [last]}, {@code [:last]}, {@code [1:]}, {@code [1:2]}. */
    private static List<String> slice(List<String> sections, String selector) {
        if (selector == null) {
            return sections;
        }
        String inside = selector.substring(1, selector.length() - 1).trim();
        int size = sections.size();
        if (inside.equals("last")) {
            return sections.subList(Math.max(0, size - 1), size);
        }
        String[] bounds = inside.split(":", -1);
        int from = bounds.length > 0 && !bounds[0].isBlank() ? index(bounds[0], size) : 0;
        int to = bounds.length > 1 && !bounds[1].isBlank() ? index(bounds[1], size) + (bounds[1].equals("last") ? 0 : 1)
                : size;
        if (bounds.length == 1) {
            to = from + 1;
        }
        from = Math.max(0, Math.min(from, size));
        to = Math.max(from, Math.min(to, size));
        return sections.subList(from, to);
    }

    private static int index(String text, int size) {
        return text.trim().equals("last") ? size - 1 : Integer.parseInt(text.trim());
    }

    /** Hugo's urlize: lower-case, spaces as hyphens, characters a path cannot hold removed; accents kept. */
    static String urlize(String text) {
        String normalized = Normalizer.normalize(text.trim(), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode data, String key) {
        JsonNode value = data == null ? null : data.get(key);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
