package io.github.articlecheck.site;

import io.github.articlecheck.core.SiteRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Jekyll's, Astro's and MkDocs' configurations, read as each generator reads them: where the articles and static
 * files are, which files are not published, how pages are published and how heading ids are made. What only the
 * generator's code can evaluate (JavaScript options, dynamic routes, Python hooks) is named in the site line.
 */
final class OtherSites {
    /** What Jekyll never publishes (jekyllrb.com/docs/configuration/options: exclude's defaults), plus its output. */
    private static final List<String> JEKYLL_EXCLUDES = List.of("_site/**", ".sass-cache/**", ".jekyll-cache/**",
            "gemfiles/**", "node_modules/**", "vendor/**", "README.md", "CHANGELOG.md", "LICENSE.md");

    private OtherSites() {
    }

    /**
     * Jekyll: the source folder ({@code source}, default the project), {@code exclude} and Jekyll's own exclusions
     * ({@code _drafts} unless {@code show_drafts}), kramdown's input, collections, permalinks.
     */
    static SiteModel jekyll(Path base, Path file) {
        JsonNode config = Files.isRegularFile(file) ? ConfigFiles.read(file) : null;
        Path source = base.resolve(Optional.ofNullable(ConfigFiles.text(config, "source")).orElse(".")).normalize();
        List<String> excludes = new ArrayList<>(JEKYLL_EXCLUDES);
        if (!"true".equals(ConfigFiles.text(config, "show_drafts"))) {
            // drafts are built only when asked (show_drafts: true, or jekyll build --drafts), under collections_dir too
            String collectionsDir = Optional.ofNullable(ConfigFiles.text(config, "collections_dir")).orElse("");
            excludes.add((collectionsDir.isEmpty() ? "" : collectionsDir.replaceAll("^/+|/+$", "") + "/") + "_drafts/**");
        }
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
        java.util.Set<String> unpublished = new java.util.HashSet<>();
        JsonNode collections = ConfigFiles.get(config, "collections");
        if (collections != null && collections.isObject()) {
            for (String name : collections.propertyNames()) {
                String permalink = ConfigFiles.text(collections.get(name), "permalink");
                if (permalink != null) {
                    permalinks.put(name, permalink);
                }
                // jekyllrb.com/docs/collections/#output: documents are rendered only with output: true (posts always)
                if (!name.equals("posts") && !"true".equals(ConfigFiles.text(collections.get(name), "output"))) {
                    unpublished.add(name);
                }
            }
        } else if (collections != null && collections.isArray()) {
            collections.forEach(name -> unpublished.add(name.asString())); // a list declares them unrendered
        }
        Optional<String> postPermalink = jekyllPostPermalink(ConfigFiles.text(config, "permalink"));
        // jekyllrb.com/docs/collections: a document with front matter is rendered whatever its name, extension or not
        String prefix = Optional.ofNullable(ConfigFiles.text(config, "collections_dir")).map(d -> d.replaceAll("^/+|/+$", "")
                + "/").filter(d -> !d.equals("/")).orElse("");
        List<String> extensionless = new ArrayList<>();
        if (collections != null && collections.isObject()) {
            for (String name : collections.propertyNames()) {
                extensionless.add(prefix + "_" + name + "/**");
            }
        }
        if (collections != null && collections.isObject()) {
            // Jekyll's Document#permalink: a collection without a permalink of its own is at /:collection/:path, with
            // the suffix of the site's permalink style (a trailing slash for pretty, the extension for date)
            String suffix = postPermalink.map(p -> p.endsWith("/") ? "/" : p.endsWith(":output_ext") ? ":output_ext" : "")
                    .orElse(":output_ext");
            for (String name : collections.propertyNames()) {
                if (!name.equals("posts") && !unpublished.contains(name)) {
                    permalinks.putIfAbsent(name, "/:collection/:path" + suffix);
                }
            }
        }
        SiteRules rules = new SiteRules(permalinks, false, java.util.Set.of(), postPermalink,
                ConfigFiles.text(config, "collections_dir"), unpublished, List.of(), false, Map.of(), List.of(),
                java.util.Set.of(), "", false, List.of(), List.of(), java.util.Set.of());
        return new SiteModel(Generator.JEKYLL, relative(base, file), List.of(source), List.of(source),
                Optional.ofNullable(url).map(u -> u + (baseurl == null ? "" : baseurl)), rules, Optional.of(ids),
                List.of(), false, excludes, List.of(), List.of(), Map.of(), extensionless).withMarkdown(kramdown(config));
    }

    /**
     * kramdown's switches as Jekyll passes them (its {@code kramdown:} map over Jekyll's defaults in
     * lib/jekyll/configuration.rb: {@code auto_ids: true}, input GFM; kramdown's own {@code parse_block_html: false}).
     * Footnotes and IALs are always on; there are no admonitions or tabs.
     */
    static io.github.articlecheck.core.MarkdownOptions kramdown(JsonNode config) {
        boolean autoIds = !"false".equals(ConfigFiles.text(config, "kramdown", "auto_ids"));
        boolean blockHtml = "true".equals(ConfigFiles.text(config, "kramdown", "parse_block_html"));
        return new io.github.articlecheck.core.MarkdownOptions(true, autoIds, true, true, false, blockHtml, false, false,
                "none", "github", null);
    }

    /**
     * Jekyll's site-wide {@code permalink}, the posts' URL pattern: a built-in style named
     * (jekyllrb.com/docs/permalinks/#built-in-formats) or a pattern; empty for the default ({@code date}).
     */
    static Optional<String> jekyllPostPermalink(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(switch (value.trim()) {
            case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
            case "pretty" -> "/:categories/:year/:month/:day/:title/";
            case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
            case "weekdate" -> "/:categories/:year/W:week/:short_day/:title:output_ext";
            case "none" -> "/:categories/:title:output_ext";
            default -> value.trim();
        });
    }

    /** A string option of an Astro configuration, written literally ({@code base: '/docs'}). */
    private static final java.util.regex.Pattern ASTRO_OPTION = java.util.regex.Pattern.compile(
            "(?m)^\\s*(base|site|trailingSlash|format)\\s*:\\s*(?:([\"'`])([^\"'`]*)\\2|([A-Za-z_$][\\w.$]*))");

    /**
     * Astro: content collections under {@code src/content} (Starlight's docs collection published at the site root),
     * static files in {@code public/}, pages from the files of {@code src/pages}. The configuration is JavaScript:
     * only options written as literal strings are read ({@code base}, {@code site}, {@code trailingSlash},
     * {@code build.format}); one given by an expression is named as not understood.
     */
    static SiteModel astro(Path base, Path file) {
        // Starlight publishes its docs collection at the site root: src/content/docs/en/guides/x.mdx is /en/guides/x/.
        Path docs = base.resolve("src/content/docs");
        Path content = Files.isDirectory(docs) ? docs : base.resolve("src/content");
        List<String> notUnderstood = new ArrayList<>();
        Map<String, String> options = new java.util.HashMap<>();
        String text = "";
        try {
            text = Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (java.io.IOException | RuntimeException e) {
            notUnderstood.add(base.relativize(file) + " cannot be read: base, trailingSlash and build.format are"
                    + " taken as Astro's defaults");
        }
        java.util.regex.Matcher option = ASTRO_OPTION.matcher(text);
        while (option.find()) {
            if (option.group(3) != null) {
                options.putIfAbsent(option.group(1), option.group(3));
            } else if (!option.group(4).equals("true") && !option.group(4).equals("false")) {
                notUnderstood.add(option.group(1) + " is set by a JavaScript expression (" + option.group(4)
                        + "), which is not evaluated: write it as a string, or give the site's URLs as <permalinks>");
            }
        }
        List<String> routes = new ArrayList<>();
        List<String> dynamic = new ArrayList<>();
        AstroRoutes.collect(base.resolve("src/pages"), routes, dynamic);
        if (!dynamic.isEmpty()) {
            notUnderstood.add(dynamic.size() + " dynamic route" + (dynamic.size() == 1 ? "" : "s") + " ("
                    + String.join(", ", dynamic.subList(0, Math.min(3, dynamic.size())))
                    + (dynamic.size() > 3 ? ", …" : "") + "): the pages getStaticPaths makes are not known beyond the"
                    + " content collections; give others as <permalinks>");
        }
        SiteRules rules = new SiteRules(Map.of(), "file".equals(options.get("format")), java.util.Set.of(),
                Optional.empty(), "", java.util.Set.of(), List.of(), false, Map.of(), List.of(), java.util.Set.of(),
                options.getOrDefault("base", ""), "always".equals(options.get("trailingSlash")), routes, List.of(), java.util.Set.of());
        return new SiteModel(Generator.ASTRO, relative(base, file), List.of(content), List.of(base.resolve("public")),
                Optional.ofNullable(options.get("site")), rules, Optional.of("github"), notUnderstood, false,
                List.of(), List.of("**/*.mdx"), List.of(), collectionSchemas(base, content), List.of()).withMarkdown(
                // remark with remark-gfm (Astro's default): footnotes; rehype-heading-ids slugs the text as github-slugger
                // does, with no {#id} syntax and no definition lists
                new io.github.articlecheck.core.MarkdownOptions(true, true, false, false, false, false, false, false, "none",
                        "github", null));
    }

    /**
     * The JSON Schemas {@code astro sync} (and every build) writes per content collection,
     * {@code .astro/collections/<name>.schema.json}, from the collection's zod schema: the schema Astro validates
     * the front matter with, for the articles of {@code src/content/<name>/}. The folder is often ignored by git, so
     * it is used when present.
     */
    private static Map<String, Path> collectionSchemas(Path base, Path content) {
        Path folder = base.resolve(".astro/collections");
        Map<String, Path> schemas = new java.util.LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return schemas;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".schema.json")).sorted().forEach(schema -> {
                String name = schema.getFileName().toString().replaceFirst("\\.schema\\.json$", "");
                Path collection = base.resolve("src/content").resolve(name).normalize();
                if (collection.equals(content)) {
                    schemas.put("**", schema);
                } else if (collection.startsWith(content)) {
                    schemas.put(content.relativize(collection).toString().replace('\\', '/') + "/**", schema);
                }
            });
        } catch (java.io.IOException | RuntimeException e) {
            return Map.of(); // a folder that cannot be listed gives no schema
        }
        return schemas;
    }

    /**
     * MkDocs: {@code docs_dir} (default docs), where links are written as relative file paths;
     * {@code use_directory_urls: false} publishes {@code page.html}; the toc extension's {@code slugify} decides
     * heading ids (Python-Markdown's own by default; pymdownx's keeps Unicode letters, as GitHub does). The
     * {@code nav} only orders pages: MkDocs builds every Markdown file of docs_dir whether listed or not.
     */
    static SiteModel mkdocs(Path base, Path file) {
        MkdocsYaml config = MkdocsYaml.read(file);
        Path docs = base.resolve(Optional.ofNullable(config.scalar("docs_dir")).orElse("docs")).normalize();
        List<String> notUnderstood = new ArrayList<>();
        String ids = "python-markdown";
        List<String> toc = config.extension("toc");
        String slugify = toc.stream().filter(line -> line.startsWith("slugify:")).findFirst()
                .map(line -> line.substring("slugify:".length())).orElse(null);
        if (slugify != null && slugify.contains("pymdownx.slugs.")) {
            if (toc.stream().anyMatch(line -> line.matches("(case:|.*\\bcase:)\\s*['\"]?lower.*"))) {
                ids = "github";
            } else {
                notUnderstood.add("toc slugify " + slugify.trim() + " keeps letter case: set anchorStyle in the pom");
            }
        } else if (slugify != null) {
            notUnderstood.add("toc slugify " + slugify.trim() + " is not modelled: set anchorStyle in the pom");
        }
        List<String> hooks = config.list("hooks");
        if (!hooks.isEmpty()) {
            notUnderstood.add("hooks (" + String.join(", ", hooks) + ") rewrite pages before Markdown is read: the ids,"
                    + " links and reference definitions they write are not known; exclude their links with excludeLinks");
        }
        boolean directoryUrls = !"false".equalsIgnoreCase(config.scalar("use_directory_urls"));
        SiteRules rules = SiteRules.defaults().withUglyUrls(!directoryUrls)
                .withSharedReferences(appendedReferences(base, config, notUnderstood));
        return new SiteModel(Generator.MKDOCS, relative(base, file), List.of(docs), List.of(docs),
                Optional.ofNullable(config.scalar("site_url")), rules, Optional.of(ids), notUnderstood, false,
                List.of(), List.of(), List.of()).withMarkdown(pythonMarkdown(config, notUnderstood));
    }

    /**
     * Python-Markdown's switches from {@code markdown_extensions}: MkDocs always adds toc (ids), tables and
     * fenced_code (mkdocs/config/defaults.py); footnotes, attr_list, admonition, pymdownx.details and pymdownx.tabbed
     * only when listed. pymdownx.tabbed gives tabs ids only with a {@code slugify}, prefixed with the heading's id
     * under {@code combine_header_slug}.
     */
    static io.github.articlecheck.core.MarkdownOptions pythonMarkdown(MkdocsYaml config, List<String> notUnderstood) {
        List<String> tabbed = config.extension("pymdownx.tabbed");
        String slugify = tabbed.stream().filter(line -> line.startsWith("slugify:")).findFirst().orElse(null);
        String tabIds = "none";
        String tabSlugs = "github";
        if (slugify != null) {
            boolean lower = tabbed.stream().anyMatch(line -> line.matches("case:\\s*['\"]?lower.*"));
            if (slugify.contains("toc.slugify")) {
                tabSlugs = "python-markdown";
            } else if (!slugify.contains("pymdownx.slugs.") || !lower) {
                notUnderstood.add("pymdownx.tabbed " + slugify + " is not modelled: tab ids are read as"
                        + " pymdownx.slugs.slugify(case='lower') writes them");
            }
            tabIds = tabbed.contains("combine_header_slug: true") ? "header" : "slug";
        }
        return new io.github.articlecheck.core.MarkdownOptions(config.hasExtension("footnotes"), true,
                config.hasExtension("attr_list"), config.hasExtension("def_list"), false, false,
                config.hasExtension("admonition") || config.hasExtension("pymdownx.details"),
                config.hasExtension("pymdownx.tabbed"), tabIds, tabSlugs, null);
    }

    private static final java.util.regex.Pattern DEFINITION = java.util.regex.Pattern.compile(
            "(?m)^ {0,3}\\[([^\\]]+)\\]:\\s*\\S");

    /**
     * The reference labels defined in the files pymdownx.snippets appends to every page ({@code auto_append}, paths
     * from its {@code base_path}, the project by default): links to them are defined on every page.
     */
    private static java.util.Set<String> appendedReferences(Path base, MkdocsYaml config, List<String> notUnderstood) {
        java.util.Set<String> labels = new java.util.HashSet<>();
        List<String> appended = config.extensionList("pymdownx.snippets", "auto_append");
        for (String name : appended) {
            Path snippet = base.resolve(name).normalize();
            if (!snippet.startsWith(base) || !Files.isRegularFile(snippet)) {
                notUnderstood.add("pymdownx.snippets appends " + name + ", which is not here: the reference links it"
                        + " defines are reported as undefined");
                continue;
            }
            try {
                java.util.regex.Matcher definition = DEFINITION.matcher(Files.readString(snippet));
                while (definition.find()) {
                    labels.add(SiteRules.normalizeLabel(definition.group(1)));
                }
            } catch (java.io.IOException | RuntimeException e) {
                notUnderstood.add(name + " cannot be read: the reference links it defines are reported as undefined");
            }
        }
        return labels;
    }

    private static Optional<Path> relative(Path base, Path file) {
        return Files.isRegularFile(file) ? Optional.of(base.relativize(file)) : Optional.empty();
    }
}
