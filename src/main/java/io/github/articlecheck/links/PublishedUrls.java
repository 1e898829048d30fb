package io.github.articlecheck.links;

import io.github.articlecheck.core.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The URLs the site generator publishes each article at, so that links written as published URLs
 * ({@code /functions/foo/}, {@code /startups/x}) resolve to the article that produces them: the preset's rules
 * (Hugo sections, bundles and pretty URLs; Jekyll pages, posts and collections), the front matter keys that
 * declare URLs ({@code url}, {@code permalink}, {@code slug}, {@code aliases}, {@code redirect_from}), and
 * explicit {@code permalinks} rules from URL pattern to source file.
 */
final class PublishedUrls {
    private static final Pattern SOURCE_EXTENSION = Pattern.compile("\\.(md|markdown|mdx|html)$");
    private static final Pattern INDEX_HTML = Pattern.compile("/index\\.html?$");
    private static final Pattern HTML_EXTENSION = Pattern.compile("\\.html?$");
    private static final Pattern JEKYLL_POST = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");

    private final Path contentDirectory;
    private final SitePreset preset;
    private final List<PermalinkRule> permalinks;
    /** Normalized URL path → article; a second map keyed lower-case finds letter-case mistakes. */
    private final Map<String, Path> byUrl = new ConcurrentHashMap<>();
    private final Map<String, String> lowerCase = new ConcurrentHashMap<>();

    /** Per Hugo section, the pattern its pages are published at ({@code posts = '/:year/:month/:slug/'}). */
    private final Map<String, String> sectionPermalinks;

    PublishedUrls(Path contentDirectory, SitePreset preset, List<PermalinkRule> permalinks,
            Map<String, String> sectionPermalinks) {
        this.contentDirectory = contentDirectory;
        this.preset = preset;
        this.permalinks = permalinks;
        this.sectionPermalinks = sectionPermalinks;
    }

    /** What a URL lookup found: the article, and whether only a different letter case matched. */
    record Hit(Path article, boolean caseDiffers, String url) {
    }

    /** The published URLs of an article and the pages it brings (its section feed, its taxonomy terms). */
    List<String> urlsOf(Article article) {
        List<String> urls = new ArrayList<>(ownUrlsOf(article));
        Path file = article.file().toAbsolutePath().normalize();
        if (file.startsWith(contentDirectory)) {
            String relative = contentDirectory.relativize(file).toString().replace('\\', '/');
            urls.addAll(GeneratedPages.of(preset, relative,
                    article.frontMatter().flatMap(f -> f.data()).filter(JsonNode::isObject).orElse(null)));
        }
        return urls;
    }

    /** The URLs the article itself is published at (the generator's rule and its front matter's url and aliases). */
    List<String> ownUrlsOf(Article article) {
        Path file = article.file().toAbsolutePath().normalize();
        if (!file.startsWith(contentDirectory)) {
            return List.of();
        }
        String relative = contentDirectory.relativize(file).toString().replace('\\', '/');
        JsonNode data = article.frontMatter().flatMap(f -> f.data()).filter(JsonNode::isObject).orElse(null);
        List<String> urls = new ArrayList<>();
        switch (preset) {
            // A section's [permalinks] pattern replaces Hugo's default URL: the page is not at both.
            case HUGO -> urls.add(HugoPermalinks.of(relative, data, sectionPermalinks).orElse(hugoUrl(relative, data)));
            case JEKYLL -> urls.add(JekyllPermalinks.of(relative, data, sectionPermalinks).orElse(jekyllUrl(relative, data)));
            case ASTRO -> urls.add(hugoUrl(relative, data)); // the same pretty, lower-cased path
            case MKDOCS -> urls.add(mkdocsUrl(relative));
            default -> { }
        }
        if (data != null) {
            text(data, "url").ifPresent(urls::add);
            text(data, "permalink").ifPresent(urls::add);
            list(data, "aliases").forEach(urls::add);
            list(data, "redirect_from").forEach(urls::add);
        }
        return urls;
    }

    void add(Path file, List<String> urls) {
        for (String url : urls) {
            String key = normalize(url);
            byUrl.putIfAbsent(key, file);
            lowerCase.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
        }
    }

    Optional<Hit> lookup(String urlPath) {
        String key = normalize(urlPath);
        Path exact = byUrl.get(key);
        if (exact != null) {
            return Optional.of(new Hit(exact, false, key));
        }
        String other = lowerCase.get(key.toLowerCase(Locale.ROOT));
        return other == null ? Optional.empty() : Optional.of(new Hit(byUrl.get(other), true, other));
    }

    /** Source file candidates that a {@code permalinks} rule maps this URL path to. */
    List<Path> permalinkSources(String urlPath, Path baseDirectory) {
        List<Path> sources = new ArrayList<>();
        String path = "/" + stripSlashes(urlPath);
        for (PermalinkRule rule : permalinks) {
            Matcher matcher = rule.urlPattern().matcher(path);
            if (matcher.matches()) {
                String source = rule.source();
                for (String name : rule.placeholders()) {
                    source = source.replace(":" + name, matcher.group(name));
                }
                sources.add(baseDirectory.resolve(source).normalize());
            }
        }
        return sources;
    }

    /** The URL of a page of the article (a folder URL for pretty URLs), for resolving its relative links. */
    /** The URL the article itself is published at, against which its relative links resolve (as a browser does). */
    Optional<String> pageUrl(Article article) {
        Path file = article.file().toAbsolutePath().normalize();
        if (preset == SitePreset.NONE || !file.startsWith(contentDirectory)) {
            return Optional.empty();
        }
        String relative = contentDirectory.relativize(file).toString().replace('\\', '/');
        JsonNode data = article.frontMatter().flatMap(f -> f.data()).filter(JsonNode::isObject).orElse(null);
        if (data != null && text(data, "url").isPresent()) {
            return text(data, "url");
        }
        if (data != null && text(data, "permalink").isPresent()) {
            return text(data, "permalink");
        }
        return switch (preset) {
            case HUGO -> Optional.of(HugoPermalinks.of(relative, data, sectionPermalinks).orElse(hugoUrl(relative, data)));
            case ASTRO -> Optional.of(hugoUrl(relative, data));
            case MKDOCS -> Optional.of(mkdocsUrl(relative));
            case JEKYLL -> JekyllPermalinks.of(relative, data, sectionPermalinks).or(() -> Optional.of(jekyllUrl(relative, data)));
            default -> Optional.empty();
        };
    }

    /** Hugo: section path + file name (or slug), lower-cased, pretty URLs; bundles and sections by their folder. */
    private static String hugoUrl(String relative, JsonNode data) {
        String withoutExtension = SOURCE_EXTENSION.matcher(relative).replaceFirst("");
        String folder = withoutExtension.contains("/") ? withoutExtension.substring(0, withoutExtension.lastIndexOf('/')) : "";
        String name = withoutExtension.substring(withoutExtension.lastIndexOf('/') + 1);
        String path;
        if (name.equals("index") || name.equals("_index")) {
            path = folder;
            if (data != null && text(data, "slug").isPresent() && name.equals("index") && folder.contains("/")) {
                path = folder.substring(0, folder.lastIndexOf('/')) + "/" + text(data, "slug").get();
            }
        } else {
            String slug = data == null ? null : text(data, "slug").orElse(null);
            path = (folder.isEmpty() ? "" : folder + "/") + (slug != null ? slug : name);
        }
        return "/" + path.toLowerCase(Locale.ROOT).replace(' ', '-') + "/";
    }

    /**
     * MkDocs (use_directory_urls, its default): {@code guide/install.md} at {@code /guide/install/},
     * {@code index.md} and {@code README.md} at their folder; letter case kept.
     */
    private static String mkdocsUrl(String relative) {
        String withoutExtension = SOURCE_EXTENSION.matcher(relative).replaceFirst("");
        int slash = withoutExtension.lastIndexOf('/');
        String name = withoutExtension.substring(slash + 1);
        String folder = slash < 0 ? "" : withoutExtension.substring(0, slash);
        String path = name.equals("index") || name.equals("README") ? folder : withoutExtension;
        return "/" + path + (path.isEmpty() ? "" : "/");
    }

    /** Jekyll: posts at /categories/YYYY/MM/DD/title.html, other pages at their path with .html. */
    private static String jekyllUrl(String relative, JsonNode data) {
        String withoutExtension = SOURCE_EXTENSION.matcher(relative).replaceFirst("");
        int slash = withoutExtension.lastIndexOf('/');
        String folder = slash < 0 ? "" : withoutExtension.substring(0, slash);
        String name = withoutExtension.substring(slash + 1);
        if (folder.endsWith("_posts")) {
            Matcher post = JEKYLL_POST.matcher(name);
            if (post.matches()) {
                String categories = data == null ? "" : String.join("/", list(data, "categories"));
                String prefix = folder.substring(0, folder.length() - "_posts".length());
                return "/" + (prefix.isEmpty() ? "" : stripSlashes(prefix) + "/") + (categories.isEmpty() ? "" : categories + "/")
                        + post.group(1) + "/" + post.group(2) + "/" + post.group(3) + "/" + post.group(4) + ".html";
            }
        }
        if (folder.startsWith("_")) {
            folder = folder.substring(1); // collection output folder: _startups/x.md → /startups/x.html
        }
        if (name.equals("index")) {
            return "/" + folder + (folder.isEmpty() ? "" : "/");
        }
        return "/" + (folder.isEmpty() ? "" : folder + "/") + name + ".html";
    }

    /** Trailing slash, {@code index.html} and {@code .html} do not change which page a URL names. */
    static String normalize(String url) {
        String path = url.trim();
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = LinkTarget.decode(path);
        path = HTML_EXTENSION.matcher(INDEX_HTML.matcher(path).replaceFirst("/")).replaceFirst("");
        return "/" + stripSlashes(path);
    }

    private static String stripSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        return first < 0 ? second : second < 0 ? first : Math.min(first, second);
    }

    static Optional<String> text(JsonNode data, String key) {
        JsonNode value = data.get(key);
        return value != null && value.isString() && !value.asString().isBlank() ? Optional.of(value.asString().trim())
                : Optional.empty();
    }

    static List<String> list(JsonNode data, String key) {
        JsonNode value = data.get(key);
        List<String> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> {
                if (v.isString()) {
                    values.add(v.asString());
                }
            });
        } else if (value != null && value.isString()) {
            values.add(value.asString());
        }
        return values;
    }

}
