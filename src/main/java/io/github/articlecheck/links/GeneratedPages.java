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

    private static final java.util.regex.Pattern FRONT_MATTER_URL = java.util.regex.Pattern.compile(
            "^(permalink|redirect_from)\\s*:\\s*(.*)$");

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

    /** {@code permalink} and {@code redirect_from} of a YAML front matter block, read line by line. */
    private static List<String> declaredUrls(Path file) {
        List<String> urls = new ArrayList<>();
        try (java.io.BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || !line.strip().equals("---")) {
                return urls;
            }
            String listKey = null;
            for (int count = 0; (line = reader.readLine()) != null && count < 200; count++) {
                if (line.strip().equals("---")) {
                    break;
                }
                java.util.regex.Matcher matcher = FRONT_MATTER_URL.matcher(line);
                if (matcher.matches()) {
                    String value = unquote(matcher.group(2));
                    listKey = value.isEmpty() ? matcher.group(1) : null;
                    if (value.startsWith("/")) {
                        urls.add(value);
                    }
                } else if (listKey != null && line.strip().startsWith("- ")) {
                    String value = unquote(line.strip().substring(2));
                    if (value.startsWith("/")) {
                        urls.add(value);
                    }
                } else if (!line.startsWith(" ") && !line.startsWith("-")) {
                    listKey = null;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // unreadable or not text: no page we can know of
        }
        return urls;
    }

    private static String unquote(String value) {
        String text = value.strip();
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            return text.substring(1, text.length() - 1);
        }
        return text;
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
