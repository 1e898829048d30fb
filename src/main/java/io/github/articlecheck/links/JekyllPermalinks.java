package io.github.articlecheck.links;

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
 * A document's URL under its Jekyll collection's {@code permalink} (jekyllrb.com/docs/permalinks), filled as Jekyll
 * does: {@code :collection}, {@code :path} (the path inside the collection, without extension), {@code :name} (the
 * file's base name), {@code :title} (the {@code slug} front matter, else the file's name, as Jekyll slugifies it),
 * {@code :slug}, {@code :year}, {@code :month}, {@code :day} (a post's file name date, or {@code date}),
 * {@code :categories}, {@code :output_ext} ({@code .html}). A pattern with another token gives no URL.
 */
final class JekyllPermalinks {
    private static final Pattern TOKEN = Pattern.compile(":([a-z_]+)");
    private static final Pattern POST = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");

    private JekyllPermalinks() {
    }

    /** The URL of a document at {@code relative} (to the site source), when its collection has a permalink. */
    static Optional<String> of(String relative, JsonNode data, Map<String, String> collections) {
        List<String> parts = new ArrayList<>(Arrays.asList(relative.split("/")));
        int at = -1;
        String collection = null;
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i).startsWith("_") && collections.containsKey(parts.get(i).substring(1))) {
                at = i;
                collection = parts.get(i).substring(1);
                break;
            }
        }
        if (collection == null) {
            return Optional.empty();
        }
        String pattern = collections.get(collection);
        String inside = String.join("/", parts.subList(at + 1, parts.size())).replaceFirst("\\.(md|markdown|html)$", "");
        String name = inside.substring(inside.lastIndexOf('/') + 1);
        Matcher post = POST.matcher(name);
        String slug = text(data, "slug");
        String title = slug != null ? slug : slugify(post.matches() ? post.group(4) : name);
        Matcher date = post.matches() ? post : DATE.matcher(String.valueOf(text(data, "date")));
        boolean dated = post.matches() || text(data, "date") != null && date.matches();
        StringBuilder url = new StringBuilder();
        Matcher token = TOKEN.matcher(pattern);
        int last = 0;
        while (token.find()) {
            url.append(pattern, last, token.start());
            String value = switch (token.group(1)) {
                case "collection" -> collection;
                case "path" -> inside;
                case "name" -> name;
                case "title", "slug" -> title;
                case "year" -> dated ? date.group(1) : null;
                case "month" -> dated ? date.group(2) : null;
                case "day" -> dated ? date.group(3) : null;
                case "categories" -> categories(data);
                case "output_ext" -> ".html";
                default -> null;
            };
            if (value == null) {
                return Optional.empty();
            }
            url.append(value);
            last = token.end();
        }
        url.append(pattern.substring(last));
        return Optional.of(url.toString().replaceAll("/{2,}", "/"));
    }

    private static String categories(JsonNode data) {
        JsonNode categories = data == null ? null : data.get("categories");
        if (categories == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        if (categories.isArray()) {
            categories.forEach(c -> names.add(c.asString().toLowerCase(Locale.ROOT)));
        } else if (categories.isString()) {
            names.addAll(Arrays.asList(categories.asString().toLowerCase(Locale.ROOT).split("\\s+")));
        }
        return String.join("/", names);
    }

    /** Jekyll's default slugify: lower-case, runs of anything but letters and digits as one hyphen. */
    static String slugify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    private static String text(JsonNode data, String key) {
        JsonNode value = data == null ? null : data.get(key);
        return value != null && value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }
}
