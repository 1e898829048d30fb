package io.github.articlecheck.links;

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
 * default taxonomies {@code tags} and {@code categories}, a term page only when some article has the term); and the
 * redirects a host serves from a {@code _redirects} file (Netlify, Cloudflare Pages) in a static folder. A link to a
 * term no article has is still a finding.
 */
final class GeneratedPages {
    private static final List<String> TAXONOMIES = List.of("tags", "categories");

    private GeneratedPages() {
    }

    /** Site-wide pages of a generator. */
    static List<String> site(SitePreset preset) {
        List<String> urls = new ArrayList<>(List.of("/sitemap.xml", "/404.html", "/robots.txt"));
        switch (preset) {
            case HUGO -> urls.add("/index.xml");
            case JEKYLL -> urls.addAll(List.of("/feed.xml", "/atom.xml"));
            case ASTRO -> urls.add("/rss.xml");
            default -> { }
        }
        return urls;
    }

    /** What an article brings: its section's feed, and the taxonomy and term pages of its tags and categories. */
    static List<String> of(SitePreset preset, String relative, JsonNode data) {
        List<String> urls = new ArrayList<>();
        if (preset != SitePreset.HUGO) {
            return urls;
        }
        int slash = relative.indexOf('/');
        if (slash > 0) {
            urls.add("/" + relative.substring(0, slash).toLowerCase(Locale.ROOT) + "/index.xml");
        }
        if (data == null) {
            return urls;
        }
        for (String taxonomy : TAXONOMIES) {
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
            if (!names.isEmpty()) {
                urls.add("/" + taxonomy + "/");
                urls.add("/" + taxonomy + "/index.xml");
            }
            for (String name : names) {
                String term = HugoPermalinks.urlize(name);
                urls.add("/" + taxonomy + "/" + term + "/");
                urls.add("/" + taxonomy + "/" + term + "/index.xml");
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
        try (java.util.stream.Stream<Path> files = Files.walk(source, 8)) {
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

    /** The source URLs of a {@code _redirects} file: the first field of each rule line. */
    static List<String> redirects(Path file) {
        List<String> urls = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String rule = line.strip();
                if (rule.isEmpty() || rule.startsWith("#")) {
                    continue;
                }
                String from = rule.split("\\s+")[0];
                if (from.startsWith("/") && !from.contains("*") && !from.contains(":")) {
                    urls.add(from);
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unreadable file redirects nothing we can know of
        }
        return urls;
    }
}
