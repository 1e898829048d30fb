package io.github.articlecheck.links;

import io.github.articlecheck.core.ContentPaths;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.SiteRules;
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
    // compiled once: these run for every article (14,594 on MDN-de)
    private static final Pattern LOCALE_DOCS = Pattern.compile("^/[^/]+/docs/");
    private static final Pattern LIST_PAGE_NAME = Pattern.compile("_?index|README");
    private static final Pattern INDEX_PATH = Pattern.compile("(.*/)?_?index");
    private static final Pattern INDEX_OR_README_PATH = Pattern.compile("(.*/)?(index|README)");
    private static final Pattern JEKYLL_POST = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");
    /** A translation by file name: {@code about.fr.md}. */
    private static final Pattern TRANSLATION = Pattern.compile("\\.([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]+)?)(?=\\.(md|markdown|mdx|html)$)");

    private final ContentPaths contentPaths;
    private final SitePreset preset;
    private final List<PermalinkRule> permalinks;
    /** Normalized URL path → article; a second map keyed lower-case finds letter-case mistakes. */
    private final Map<String, Path> byUrl = new ConcurrentHashMap<>();
    private final Map<String, String> lowerCase = new ConcurrentHashMap<>();

    /** The generator's own rules: permalink patterns, ugly URLs, languages, collections, taxonomies. */
    private final SiteRules rules;
    /** Normalized URL → the one form a page's generator URL is served at, where the form matters. */
    private final Map<String, String> servedForms = new ConcurrentHashMap<>();

    PublishedUrls(Path contentDirectory, SitePreset preset, List<PermalinkRule> permalinks, SiteRules rules) {
        this.contentPaths = new ContentPaths(contentDirectory);
        this.preset = preset;
        this.permalinks = permalinks;
        this.rules = rules;
    }

    /**
     * What a URL lookup found: the article, whether only a different letter case matched, and (when the link's form
     * of the URL is not served: {@code /a/b/} for a page at {@code /a/b.html}) the form that is.
     */
    record Hit(Path article, boolean caseDiffers, String url, Optional<String> servedForm) {
        Hit(Path article, boolean caseDiffers, String url) {
            this(article, caseDiffers, url, Optional.empty());
        }
    }

    /** The published URLs of an article and the pages it brings (its section feed, its taxonomy terms). */
    List<String> urlsOf(Article article) {
        List<String> urls = new ArrayList<>(ownUrlsOf(article));
        String relative = contentPaths.relative(article.file());
        if (relative != null) {
            urls.addAll(GeneratedPages.of(preset, rules, languagePrefix(relative), sectionOf(relative),
                    article.frontMatter().flatMap(f -> f.data()).filter(JsonNode::isObject).orElse(null)));
        }
        return urls;
    }

    /** The URLs the article itself is published at (the generator's rule and its front matter's url and aliases). */
    List<String> ownUrlsOf(Article article) {
        String relative = contentPaths.relative(article.file());
        if (relative == null) {
            return List.of();
        }
        JsonNode data = article.frontMatter().flatMap(f -> f.data()).filter(JsonNode::isObject).orElse(null);
        List<String> urls = new ArrayList<>();
        generatorUrl(relative, data).ifPresent(urls::add);
        if (preset == SitePreset.MDN && !urls.isEmpty()) {
            // a locale-less /docs/… link: MDN answers it in the reader's locale, this page's for its readers
            urls.add(LOCALE_DOCS.matcher(urls.get(0)).replaceFirst("/docs/"));
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
            String key = UrlPathForms.normalize(url);
            byUrl.putIfAbsent(key, file);
            lowerCase.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
        }
    }

    /**
     * Records the one URL a page is served at (its generator URL, or its front matter {@code url}), so that a link
     * in a form the host does not serve is found: a page file {@code /a/b.html} is not at {@code /a/b/}, a folder page
     * {@code /a/b/} is not at {@code /a/b.html}. Sites without a generator model keep every form.
     */
    void servedAt(Path file, String url) {
        String path = url.trim();
        if (preset == SitePreset.NONE || path.length() < 2 || INDEX_HTML.matcher(path).find()) {
            return;
        }
        if (file != null && LIST_PAGE_NAME.matcher(SOURCE_EXTENSION.matcher(file.getFileName().toString()).replaceFirst(""))
                .matches()) {
            return; // list pages and bundles: where ugly URLs put them differs between generators, so any form is taken
        }
        if (path.endsWith("/") || HTML_EXTENSION.matcher(path).find()) {
            servedForms.putIfAbsent(UrlPathForms.normalize(path), path);
        }
    }

    Optional<Hit> lookup(String urlPath) {
        String key = UrlPathForms.normalize(urlPath);
        Path exact = byUrl.get(key);
        if (exact != null) {
            return Optional.of(new Hit(exact, false, key, unservedForm(key, urlPath)));
        }
        String other = lowerCase.get(key.toLowerCase(Locale.ROOT));
        return other == null ? Optional.empty() : Optional.of(new Hit(byUrl.get(other), true, other));
    }

    /** The served form of the page, when the link's form of its URL is not served. */
    private Optional<String> unservedForm(String key, String urlPath) {
        String served = servedForms.get(key);
        if (served == null) {
            return Optional.empty();
        }
        String path = urlPath.trim();
        int cut = UrlPathForms.queryOrFragmentStart(path);
        path = cut >= 0 ? path.substring(0, cut) : path;
        boolean file = HTML_EXTENSION.matcher(served).find();
        boolean wrong = file ? path.endsWith("/")
                : HTML_EXTENSION.matcher(path).find() && !INDEX_HTML.matcher(path).find()
                        // docs.astro.build/en/reference/configuration-reference/#trailingslash: 'always' routes only /a/b/
                        || rules.trailingSlash() && !path.endsWith("/") && !HTML_EXTENSION.matcher(path).find();
        return wrong ? Optional.of(served) : Optional.empty();
    }

    /** Source file candidates that a {@code permalinks} rule maps this URL path to. */
    List<Path> permalinkSources(String urlPath, Path baseDirectory) {
        List<Path> sources = new ArrayList<>();
        String path = UrlPathForms.rooted(urlPath);
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

    /** The URL the article itself is published at, against which its relative links resolve (as a browser does). */
    Optional<String> pageUrl(Article article) {
        String relative = preset == SitePreset.NONE ? null : contentPaths.relative(article.file());
        if (relative == null) {
            return Optional.empty();
        }
        JsonNode data = article.frontMatter().flatMap(f -> f.data()).filter(JsonNode::isObject).orElse(null);
        if (data != null && text(data, "url").isPresent()) {
            return text(data, "url");
        }
        if (data != null && text(data, "permalink").isPresent()) {
            return text(data, "permalink");
        }
        return generatorUrl(relative, data);
    }

    /**
     * The URL the generator's own rule gives the file, empty when it publishes none (a document of a Jekyll
     * collection without {@code output: true}): the section's or collection's permalink pattern, else the
     * generator's default, in the page's language, with the site's base path, in its served form.
     */
    private Optional<String> generatorUrl(String relative, JsonNode data) {
        return switch (preset) {
            case HUGO -> {
                String path = withoutLanguage(relative);
                // A section's [permalinks] pattern replaces Hugo's default URL: the page is not at both.
                String url = HugoPermalinks.of(path, data, rules.permalinks()).orElse(hugoUrl(path, data));
                boolean regular = !INDEX_PATH.matcher(SOURCE_EXTENSION.matcher(path).replaceFirst("")).matches();
                if (regular && rules.ugly(sectionOf(relative)) && url.endsWith("/") && url.length() > 1) {
                    url = url.substring(0, url.length() - 1) + ".html";
                }
                yield Optional.of(languagePrefix(relative) + url);
            }
            case JEKYLL -> JekyllPermalinks.unpublished(relative, rules) ? Optional.empty()
                    : JekyllPermalinks.of(relative, data, rules).or(() -> Optional.of(jekyllPageUrl(relative, data)));
            case ASTRO -> Optional.of(rules.basePath() + served(hugoUrl(relative, data), relative));
            case MKDOCS -> Optional.of(served(mkdocsUrl(relative), relative));
            case MDN -> mdnUrl(relative, data);
            default -> Optional.empty();
        };
    }

    /**
     * A Jekyll page's URL: its path with {@code .html}, or a folder URL when the site's permalink style ends with a
     * slash ({@code pretty}: jekyllrb.com/docs/permalinks/#pages, "/:path/:basename/").
     */
    private String jekyllPageUrl(String relative, JsonNode data) {
        String url = jekyllUrl(relative, data);
        boolean pretty = rules.postPermalink().filter(pattern -> pattern.endsWith("/")).isPresent();
        return pretty && url.endsWith(".html") ? url.substring(0, url.length() - ".html".length()) + "/" : url;
    }

    /**
     * MDN: {@code de/web/api/fetch/index.md} with {@code slug: Web/API/Fetch} is at {@code /de/docs/Web/API/Fetch}
     * (the slug, not the folder, which escapes {@code :} and {@code *}); a page without a slug is not published.
     */
    private static Optional<String> mdnUrl(String relative, JsonNode data) {
        int slash = relative.indexOf('/');
        Optional<String> slug = data == null ? Optional.empty() : text(data, "slug");
        if (slash < 0 || slug.isEmpty()) {
            return Optional.empty();
        }
        String locale = relative.substring(0, slash);
        int dash = locale.indexOf('-');
        String urlLocale = dash < 0 ? locale : locale.substring(0, dash) + "-" + locale.substring(dash + 1).toUpperCase(Locale.ROOT);
        return Optional.of("/" + urlLocale + "/docs/" + slug.get());
    }

    /** A pretty URL ({@code /a/b/}) as the site serves it: {@code /a/b.html} where pages are files (ugly URLs). */
    private String served(String pretty, String relative) {
        boolean index = INDEX_OR_README_PATH.matcher(SOURCE_EXTENSION.matcher(relative).replaceFirst("")).matches();
        return rules.uglyUrls() && !index && pretty.length() > 1 ? pretty.substring(0, pretty.length() - 1) + ".html"
                : pretty;
    }

    /** The file's Hugo section: the first folder under the content root (or under its language's folder). */
    private String sectionOf(String relative) {
        String path = withoutLanguage(relative);
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** A file's language and its path inside that language's content. */
    private record InLanguage(String language, String path) {
    }

    /**
     * The language of a file of a multilingual Hugo site and its path inside it: its language's content folder
     * ({@code fr/blog/x.md} → fr, {@code blog/x.md}), else its file name ({@code blog/x.fr.md} → fr, {@code blog/x.md}),
     * else the default language (gohugo.io/content-management/multilingual).
     */
    private InLanguage inLanguage(String relative) {
        String first = rules.languages().isEmpty() ? "" : rules.languages().get(0);
        if (preset != SitePreset.HUGO) {
            return new InLanguage(first, relative);
        }
        for (Map.Entry<String, String> folder : rules.languageFolders().entrySet()) {
            if (folder.getKey().isEmpty()) {
                return new InLanguage(folder.getValue(), relative);
            }
            if (relative.startsWith(folder.getKey() + "/")) {
                return new InLanguage(folder.getValue(), relative.substring(folder.getKey().length() + 1));
            }
        }
        Matcher named = TRANSLATION.matcher(relative);
        if (rules.languages().size() > 1 && named.find()
                && rules.languages().contains(named.group(1).toLowerCase(Locale.ROOT))) {
            return new InLanguage(named.group(1).toLowerCase(Locale.ROOT),
                    relative.substring(0, named.start()) + relative.substring(named.end(1)));
        }
        return new InLanguage(first, relative);
    }

    /** {@code /fr} for a page in another language than the default (and for it too with defaultContentLanguageInSubdir). */
    private String languagePrefix(String relative) {
        if (preset != SitePreset.HUGO || rules.languages().isEmpty()) {
            return "";
        }
        String language = inLanguage(relative).language();
        return language.equals(rules.languages().get(0)) && !rules.defaultInSubdir() ? "" : "/" + language;
    }

    private String withoutLanguage(String relative) {
        return inLanguage(relative).path();
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
                return "/" + (prefix.isEmpty() ? "" : UrlPathForms.stripSlashes(prefix) + "/")
                        + (categories.isEmpty() ? "" : categories + "/")
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
