package io.github.articlecheck.links;

import io.github.articlecheck.core.SiteRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Pages a generator publishes without a Markdown file of their own, so that links to them are not reported: feeds,
 * sitemaps and 404 pages; Hugo's section feeds and taxonomy pages (gohugo.io/content-management/taxonomies: the
 * site's {@code [taxonomies]}, by default {@code tags} and {@code categories}, a term page only when some article has
 * the term, in the article's language; none of a kind named in {@code disableKinds}); and the
 * redirects a host serves from a {@code _redirects} file (Netlify, Cloudflare Pages) in a static folder. A link to a
 * term no article has is still a finding.
 */
final class GeneratedPages {
    private GeneratedPages() {
    }

    /** Site-wide pages of a generator; for Hugo, of the kinds it is not told to disable. */
    static List<String> site(SitePreset preset, SiteRules rules) {
        List<String> urls = new ArrayList<>();
        if (preset != SitePreset.HUGO) {
            urls.addAll(List.of("/sitemap.xml", "/404.html", "/robots.txt"));
        }
        switch (preset) {
            case HUGO -> {
                // Hugo writes every language's home, feed and sitemap under its prefix, and robots.txt only when asked
                for (int i = 0; i < Math.max(1, rules.languages().size()); i++) {
                    String prefix = i == 0 && !rules.defaultInSubdir() || rules.languages().isEmpty() ? ""
                            : "/" + rules.languages().get(i);
                    if (rules.publishes("rss")) {
                        urls.add(prefix + "/index.xml");
                    }
                    if (rules.publishes("sitemap")) {
                        urls.add(prefix + "/sitemap.xml");
                    }
                    if (rules.publishes("home")) {
                        urls.add(prefix + "/");
                    }
                }
                if (rules.publishes("404")) {
                    urls.add("/404.html");
                }
                if (rules.publishes("robotstxt")) {
                    urls.add("/robots.txt");
                }
            }
            case JEKYLL -> urls.addAll(List.of("/feed.xml", "/atom.xml"));
            case MDN -> {
                urls.add("/"); // the platform's home, and each locale's
                rules.languages().forEach(locale -> urls.add("/" + locale + "/"));
            }
            case ASTRO -> {
                urls.add("/rss.xml");
                urls.addAll(rules.routes()); // src/pages files: /about/, /rss.xml
            }
            default -> { }
        }
        return urls.stream().map(url -> preset == SitePreset.ASTRO ? rules.basePath() + url : url).toList();
    }

    /**
     * What a Hugo article brings: its section's feed, and the taxonomy and term pages of its terms, under its
     * language's prefix ({@code /fr/tags/x/}).
     */
    static List<String> of(SitePreset preset, SiteRules rules, String languagePrefix, String section, JsonNode data) {
        List<String> urls = new ArrayList<>();
        if (preset != SitePreset.HUGO) {
            return urls;
        }
        // gohugo.io/content-management/sections: every top-level folder is a section with a list page and a feed
        if (!section.isEmpty() && rules.publishes("section")) {
            urls.add(languagePrefix + "/" + section.toLowerCase(Locale.ROOT) + "/");
        }
        if (!section.isEmpty() && rules.publishes("rss")) {
            urls.add(languagePrefix + "/" + section.toLowerCase(Locale.ROOT) + "/index.xml");
        }
        if (data == null) {
            return urls;
        }
        for (String taxonomy : rules.taxonomies()) {
            JsonNode terms = data.get(taxonomy);
            if (terms == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            if (terms.isArray()) {
                terms.forEach(term -> names.add(term.asString()));
            } else if (terms.isString()) {
                names.add(terms.asString());
            }
            String root = languagePrefix + "/" + HugoPermalinks.urlize(taxonomy);
            if (!names.isEmpty() && rules.publishes("taxonomy")) {
                urls.add(root + "/");
                if (rules.publishes("rss")) {
                    urls.add(root + "/index.xml");
                }
            }
            for (String name : names) {
                if (rules.publishes("term")) {
                    String term = HugoPermalinks.urlize(name);
                    urls.add(root + "/" + term + "/");
                    if (rules.publishes("rss")) {
                        urls.add(root + "/" + term + "/index.xml");
                    }
                }
            }
        }
        return urls;
    }

    /**
     * The URLs of a Jekyll site's HTML pages that declare them ({@code pages/showcase.html} with
     * {@code permalink: /showcase/}, {@code redirect_from} entries of jekyll-redirect-from): Jekyll renders any file
     * with front matter, so these pages exist though they are not Markdown articles. Folders Jekyll skips
     * ({@code _}-prefixed, dot folders, {@code node_modules}, {@code vendor}) are not walked.
     */
    static java.util.Map<Path, List<String>> jekyllHtmlPages(Path source) {
        java.util.Map<Path, List<String>> pages = new java.util.TreeMap<>();
        // followed like the article scanner follows them: a content folder may be a symbolic link
        try (java.util.stream.Stream<Path> files = Files.walk(source, 8, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files.filter(file -> file.getFileName().toString().endsWith(".html") && Files.isRegularFile(file))
                    .filter(file -> source.relativize(file).getParent() == null || java.util.stream.StreamSupport
                            .stream(source.relativize(file).getParent().spliterator(), false).map(Path::toString)
                            .noneMatch(name -> name.startsWith("_") || name.startsWith(".")
                                    || name.equals("node_modules") || name.equals("vendor")))
                    .forEach(file -> {
                        List<String> urls = declaredUrls(file);
                        if (!urls.isEmpty()) {
                            pages.put(file, urls);
                        }
                    });
        } catch (IOException | RuntimeException e) {
            return pages; // a folder that cannot be listed publishes nothing we can know of
        }
        return pages;
    }

    /** {@code permalink} and {@code redirect_from} of the page's front matter, read as an article's is. */
    private static List<String> declaredUrls(Path file) {
        try {
            JsonNode data = io.github.articlecheck.read.FrontMatterParser.parse(
                    new io.github.articlecheck.core.SourceText(Files.readString(file, StandardCharsets.UTF_8)))
                    .flatMap(frontMatter -> frontMatter.data()).filter(JsonNode::isObject).orElse(null);
            if (data == null) {
                return List.of();
            }
            List<String> urls = new ArrayList<>();
            PublishedUrls.text(data, "permalink").ifPresent(urls::add);
            urls.addAll(PublishedUrls.list(data, "redirect_from"));
            return urls.stream().filter(url -> url.startsWith("/")).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // unreadable or not text: no page we can know of
        }
    }

    /**
     * The redirect files of a site and their source URLs, in the order they are added: MDN's
     * {@code files/<locale>/_redirects.txt} (the pages MDN moved, still answered at their old URL), then a
     * {@code _redirects} file in a site root.
     */
    static List<java.util.Map.Entry<Path, List<String>>> redirectFiles(SitePreset preset, Path contentDirectory,
            List<Path> siteRoots) {
        List<java.util.Map.Entry<Path, List<String>>> files = new ArrayList<>();
        if (preset == SitePreset.MDN) {
            try (java.util.stream.Stream<Path> locales = Files.list(contentDirectory)) {
                locales.map(locale -> locale.resolve("_redirects.txt")).filter(Files::isRegularFile)
                        .forEach(file -> files.add(java.util.Map.entry(file, redirects(file))));
            } catch (IOException | RuntimeException e) {
                // no locale folder to read redirects from
            }
        }
        for (Path root : siteRoots) {
            Path redirects = root.resolve("_redirects");
            if (Files.isRegularFile(redirects)) {
                files.add(java.util.Map.entry(redirects, redirects(redirects)));
            }
        }
        return files;
    }

    /**
     * The source URLs of a {@code _redirects} file (Netlify, Cloudflare Pages) or of MDN's {@code _redirects.txt}
     * (tab-separated): the first field of each rule line.
     */
    static List<String> redirects(Path file) {
        List<String> urls = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String rule = line.strip();
                if (rule.isEmpty() || rule.startsWith("#")) {
                    continue;
                }
                String from = firstField(rule);
                // Netlify placeholders (/:lang/…) and splats are patterns, not pages; MDN's ':' in /:hover is a page
                if (from.startsWith("/") && !from.contains("*") && !from.startsWith(":", from.lastIndexOf('/') + 1)
                        && !from.contains("/:lang") && !from.contains("/:splat")) {
                    urls.add(from);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unreadable file redirects nothing we can know of
        }
        return urls;
    }

    /** The text before the first white space ({@code \\s}), as {@code split("\\s+", 2)[0]}, without a regex per line. */
    static String firstField(String rule) {
        for (int i = 0; i < rule.length(); i++) {
            char c = rule.charAt(i);
            if (io.github.articlecheck.core.WhiteSpace.isRegexSpace(c)) {
                return rule.substring(0, i);
            }
        }
        return rule;
    }
}
