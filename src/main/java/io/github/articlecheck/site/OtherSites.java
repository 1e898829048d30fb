package io.github.articlecheck.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What is read so far of Jekyll, Astro and MkDocs sites: where their articles and static files are, and which
 * files they do not publish, so that a repository of each is checked with no configuration. Their URL rules beyond
 * Jekyll's posts, pages and collections are not modelled yet, and the site line says so.
 */
final class OtherSites {
    /** What Jekyll never publishes (jekyllrb.com/docs/configuration/options: exclude's defaults), plus its output. */
    private static final List<String> JEKYLL_EXCLUDES = List.of("_site/**", ".sass-cache/**", ".jekyll-cache/**",
            "gemfiles/**", "node_modules/**", "vendor/**", "_drafts/**", "README.md", "CHANGELOG.md", "LICENSE.md");

    private OtherSites() {
    }

    /** Jekyll: the source folder ({@code source}, default the project), {@code exclude}, kramdown's input. */
    static SiteModel jekyll(Path base, Path file) {
        JsonNode config = Files.isRegularFile(file) ? ConfigFiles.read(file) : null;
        Path source = base.resolve(Optional.ofNullable(ConfigFiles.text(config, "source")).orElse(".")).normalize();
        List<String> excludes = new ArrayList<>(JEKYLL_EXCLUDES);
        JsonNode exclude = ConfigFiles.get(config, "exclude");
        if (exclude != null && exclude.isArray()) {
            for (JsonNode entry : exclude) {
                String pattern = entry.asString().replaceFirst("^/", "");
                excludes.add(pattern.endsWith("/") ? pattern + "**" : pattern);
                excludes.add(pattern.endsWith("/") ? pattern + "**" : pattern + "/**");
            }
        }
        // kramdown with GFM input (Jekyll's default) writes GitHub-style ids; native kramdown input its own.
        String input = ConfigFiles.text(config, "kramdown", "input");
        String ids = input != null && input.equalsIgnoreCase("kramdown") ? "kramdown" : "github";
        String url = ConfigFiles.text(config, "url");
        String baseurl = ConfigFiles.text(config, "baseurl");
        Map<String, String> permalinks = new java.util.LinkedHashMap<>();
        JsonNode collections = ConfigFiles.get(config, "collections");
        if (collections != null && collections.isObject()) {
            for (String name : collections.propertyNames()) {
                String permalink = ConfigFiles.text(collections.get(name), "permalink");
                if (permalink != null) {
                    permalinks.put(name, permalink);
                }
            }
        }
        List<String> notUnderstood = new ArrayList<>();
        if (ConfigFiles.text(config, "collections_dir") != null) {
            notUnderstood.add("collections_dir is not read yet: set contentDirectory to the site source");
        }
        return new SiteModel(Generator.JEKYLL, relative(base, file), List.of(source), List.of(source),
                Optional.ofNullable(url).map(u -> u + (baseurl == null ? "" : baseurl)), permalinks, false,
                Optional.of(ids), notUnderstood, false, excludes, List.of());
    }

    /** Astro: content collections under {@code src/content}, pages under {@code src/pages}, static files in public/. */
    static SiteModel astro(Path base, Path file) {
        // Starlight publishes its docs collection at the site root: src/content/docs/en/guides/x.mdx is /en/guides/x/.
        Path docs = base.resolve("src/content/docs");
        Path content = Files.isDirectory(docs) ? docs : base.resolve("src/content");
        return new SiteModel(Generator.ASTRO, relative(base, file), List.of(content), List.of(base.resolve("public")),
                Optional.empty(), Map.of(), false, Optional.of("github"), List.of("Astro routes beyond the content"
                        + " folder (src/pages, getStaticPaths) are not modelled yet"), false, List.of(),
                List.of("**/*.mdx"));
    }

    /** MkDocs: {@code docs_dir} (default docs), where links are written as relative file paths. */
    static SiteModel mkdocs(Path base, Path file) {
        Path docs = base.resolve(Optional.ofNullable(topLevel(file, "docs_dir")).orElse("docs")).normalize();
        return new SiteModel(Generator.MKDOCS, relative(base, file), List.of(docs), List.of(docs),
                Optional.ofNullable(topLevel(file, "site_url")), Map.of(), false, Optional.of("python-markdown"),
                List.of("MkDocs' nav and a custom toc slugify are not read yet"), false, List.of(), List.of());
    }

    /**
     * A top-level scalar of mkdocs.yml. The file often holds Python tags ({@code !!python/name:…}) that a safe YAML
     * reader refuses, and that nothing here should evaluate: the few top-level keys needed are read from their lines.
     */
    static String topLevel(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8)) {
                if (line.startsWith(key + ":")) {
                    String value = line.substring(key.length() + 1).replaceFirst("\\s+#.*$", "").trim();
                    value = value.replaceAll("^[\"']|[\"']$", "");
                    return value.isEmpty() ? null : value;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static Optional<Path> relative(Path base, Path file) {
        return Files.isRegularFile(file) ? Optional.of(base.relativize(file)) : Optional.empty();
    }
}
