package io.github.articlecheck.links;

import io.github.articlecheck.core.SiteRules;
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

    /** Where a document sits: its collection, and its path inside the collection's folder. */
    private record Place(String collection, String folder, String inside) {
    }

    /**
     * The collection a file belongs to: the first {@code _name} folder of its path under {@code collections_dir}
     * that the configuration declares, or {@code _posts} (posts may sit in sub-folders, whose names become
     * categories). Null for a page.
     */
    private static Place place(String relative, SiteRules rules) {
        String path = relative;
        if (!rules.collectionsDir().isEmpty()) {
            if (!path.startsWith(rules.collectionsDir() + "/")) {
                return null; // jekyllrb.com/docs/collections: every collection, _posts too, is under collections_dir
            }
            path = path.substring(rules.collectionsDir().length() + 1);
        }
        List<String> parts = Arrays.asList(path.split("/"));
        for (int i = 0; i < parts.size() - 1; i++) {
            String name = parts.get(i).startsWith("_") ? parts.get(i).substring(1) : null;
            if (name != null && (name.equals("posts") || rules.permalinks().containsKey(name)
                    || rules.unpublished().contains(name))) {
                return new Place(name, String.join("/", parts.subList(0, i)),
                        String.join("/", parts.subList(i + 1, parts.size())).replaceFirst("\\.(md|markdown|html)$", ""));
            }
        }
        return null;
    }

    /** Whether the file is a document of a collection Jekyll does not render ({@code output} not true). */
    static boolean unpublished(String relative, SiteRules rules) {
        Place place = place(relative, rules);
        return place != null && rules.unpublished().contains(place.collection());
    }

    /**
     * The URL of a document at {@code relative} (to the site source) under its collection's permalink, or for a post
     * the site-wide {@code permalink}; empty for a page, or a pattern with a token not modelled.
     */
    static Optional<String> of(String relative, JsonNode data, SiteRules rules) {
        Place place = place(relative, rules);
        if (place == null || rules.unpublished().contains(place.collection())) {
            return Optional.empty();
        }
        boolean post = place.collection().equals("posts");
        String pattern = rules.permalinks().get(place.collection());
        if (pattern == null && post) {
            pattern = rules.postPermalink().orElse(null);
        }
        if (pattern == null) {
            // jekyllrb.com/docs/permalinks: a collection's default is /:collection/:path:output_ext; posts use date
            pattern = post ? "/:categories/:year/:month/:day/:title:output_ext" : "/:collection/:path:output_ext";
        }
        String inside = place.inside();
        String name = inside.substring(inside.lastIndexOf('/') + 1);
        Matcher dated = POST.matcher(name);
        String slug = text(data, "slug");
        // :title keeps letter case (Jekyll slugifies it "pretty" and cased); :name is slugified and lower-cased.
        String title = slug != null ? slug : prettySlug(dated.matches() ? dated.group(4) : name);
        Matcher date = dated.matches() ? dated : DATE.matcher(String.valueOf(text(data, "date")));
        boolean hasDate = dated.matches() || text(data, "date") != null && date.matches();
        StringBuilder url = new StringBuilder();
        Matcher token = TOKEN.matcher(pattern);
        int last = 0;
        while (token.find()) {
            url.append(pattern, last, token.start());
            String value = switch (token.group(1)) {
                case "collection" -> place.collection();
                case "path" -> inside;
                case "name" -> slugify(name);
                case "title", "slug" -> title;
                case "year" -> hasDate ? date.group(1) : null;
                case "month" -> hasDate ? date.group(2) : null;
                case "day" -> hasDate ? date.group(3) : null;
                case "categories" -> categories(place.folder(), post, data);
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

    /** A post's categories: the folders above its _posts folder, then its front matter's, lower-cased. */
    private static String categories(String folder, boolean post, JsonNode data) {
        List<String> names = new ArrayList<>();
        if (post && !folder.isEmpty()) {
            Arrays.stream(folder.split("/")).map(c -> c.toLowerCase(Locale.ROOT)).forEach(names::add);
        }
        String own = categories(data);
        if (!own.isEmpty()) {
            names.addAll(Arrays.asList(own.split("/")));
        }
        return String.join("/", names.stream().distinct().toList());
    }

    /** Jekyll's "pretty" slugify, cased: only characters a URL cannot hold become hyphens. */
    static String prettySlug(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}._~!$&'()+,;=@]+", "-").replaceAll("^-|-$", "");
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
