package io.github.articlecheck.site;

import io.github.articlecheck.core.SiteRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Hugo's configuration, read as Hugo reads it (gohugo.io/configuration): {@code hugo.toml|yaml|json}, else
 * {@code config.toml|yaml|json}; keys are case-insensitive. Content comes from {@code contentDir} (default
 * {@code content}), the languages' own {@code contentDir}s, or {@code [[module.mounts]]} with target
 * {@code content}; static files from {@code staticDir} (default {@code static}) or mounts with target
 * {@code static}; page URLs from {@code [permalinks]} (per section, or per kind under {@code page}), {@code uglyURLs};
 * heading ids from {@code markup.goldmark.parser.autoHeadingIDType} (default {@code github}).
 */
final class HugoSite {
    static final List<String> CONFIG_NAMES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml",
            "config.yaml", "config.yml", "config.json");

    private HugoSite() {
    }

    /**
     * A link render hook of the site's own or of a theme (Hugo looks up {@code _markup/render-link.html} in the
     * layouts): real sites' hooks resolve links with {@code GetPage}, as Hugo's embedded one does.
     */
    /** A destination compared literally in a hook: {@code eq $u.String "g"}, {@code eq .Destination "g"}. */
    private static final java.util.regex.Pattern LITERAL_DESTINATION = java.util.regex.Pattern.compile(
            "\\beq\\s+(?:\\$\\w+\\.(?:String|Path)|\\.Destination)\\s+\"([^\"]+)\"");

    /**
     * The destinations the site's link render hooks test for by their literal text and handle themselves (the
     * Hugo documentation's hook turns {@code [term](g)} into a link to the glossary entry and fails the build
     * itself when the term is missing): Hugo passes every destination to the hook, so these are not files.
     */
    static List<String> hookDestinations(List<Path> hooks) {
        List<String> destinations = new ArrayList<>();
        for (Path hook : hooks) {
            try {
                java.util.regex.Matcher matcher = LITERAL_DESTINATION.matcher(Files.readString(hook));
                while (matcher.find()) {
                    if (!destinations.contains(matcher.group(1))) {
                        destinations.add(matcher.group(1));
                    }
                }
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // an unreadable hook special-cases nothing we can see
            }
        }
        return destinations;
    }

    private static List<Path> linkRenderHooks(Path base) {
        List<Path> layouts = new ArrayList<>(List.of(base.resolve("layouts")));
        Path themes = base.resolve("themes");
        if (Files.isDirectory(themes)) {
            try (java.util.stream.Stream<Path> list = Files.list(themes)) {
                list.forEach(theme -> layouts.add(theme.resolve("layouts")));
            } catch (java.io.IOException e) {
                // no theme layouts to look at
            }
        }
        List<Path> hooks = new ArrayList<>();
        for (Path folder : layouts) {
            for (String name : List.of("_markup/render-link.html", "_default/_markup/render-link.html")) {
                if (Files.isRegularFile(folder.resolve(name))) {
                    hooks.add(folder.resolve(name));
                }
            }
        }
        return hooks;
    }

    /**
     * The site's languages, the default one first ({@code defaultContentLanguage}, default {@code en}); the others
     * in the order of {@code [languages]}. One language is as good as none: no file name is then a translation.
     */
    private static List<String> languages(JsonNode config) {
        String first = Optional.ofNullable(ConfigFiles.text(config, "defaultContentLanguage")).orElse("en")
                .toLowerCase(java.util.Locale.ROOT);
        List<String> languages = new ArrayList<>(List.of(first));
        JsonNode table = ConfigFiles.get(config, "languages");
        if (table != null && table.isObject()) {
            for (String language : table.propertyNames()) {
                String code = language.toLowerCase(java.util.Locale.ROOT);
                if (!languages.contains(code)) {
                    languages.add(code);
                }
            }
        }
        return languages;
    }

    /**
     * The taxonomies' plural names: {@code [taxonomies]} replaces Hugo's defaults (tags, categories) when present; an
     * empty table means none (gohugo.io/content-management/taxonomies/#configure-taxonomies).
     */
    private static List<String> taxonomies(JsonNode config) {
        JsonNode table = ConfigFiles.get(config, "taxonomies");
        if (table == null || !table.isObject()) {
            return SiteRules.DEFAULT_TAXONOMIES;
        }
        List<String> plural = new ArrayList<>();
        for (String singular : table.propertyNames()) {
            if (table.get(singular).isString()) {
                plural.add(table.get(singular).asString());
            }
        }
        return plural;
    }

    /** {@code [uglyURLs]} as a table: the sections set to true (gohugo.io/configuration/ugly-urls). */
    private static java.util.Set<String> uglySections(JsonNode config) {
        JsonNode table = ConfigFiles.get(config, "uglyURLs");
        java.util.Set<String> sections = new java.util.HashSet<>();
        if (table != null && table.isObject()) {
            for (String section : table.propertyNames()) {
                if (table.get(section).asString().equals("true")) {
                    sections.add(section);
                }
            }
        }
        return sections;
    }

    private static Path commonParent(List<Path> folders) {
        Path parent = folders.get(0).getParent();
        for (Path folder : folders) {
            while (parent != null && !folder.startsWith(parent)) {
                parent = parent.getParent();
            }
        }
        return folders.size() == 1 ? folders.get(0) : parent == null ? folders.get(0) : parent;
    }

    static Optional<Path> configuration(Path base) {
        return CONFIG_NAMES.stream().map(base::resolve).filter(Files::isRegularFile).findFirst();
    }

    static SiteModel read(Path base, Path file) {
        JsonNode config = ConfigFiles.read(file);
        List<Path> content = new ArrayList<>();
        List<Path> statics = new ArrayList<>();
        List<String> notUnderstood = new ArrayList<>();
        JsonNode mounts = ConfigFiles.path(config, "module", "mounts");
        if (mounts != null && mounts.isArray()) {
            for (JsonNode mount : mounts) {
                String source = ConfigFiles.text(mount, "source");
                String target = ConfigFiles.text(mount, "target");
                if (source == null || target == null) {
                    continue;
                }
                if (target.equals("content") || target.startsWith("content/")) {
                    content.add(base.resolve(source).normalize());
                } else if (target.equals("static") || target.startsWith("static/")) {
                    statics.add(base.resolve(source).normalize());
                }
            }
        }
        Map<String, String> languageFolders = new LinkedHashMap<>();
        List<String> languages = languages(config);
        if (content.isEmpty()) {
            String contentDir = Optional.ofNullable(ConfigFiles.text(config, "contentDir")).orElse("content");
            Path root = base.resolve(contentDir).normalize();
            JsonNode languageTable = ConfigFiles.get(config, "languages");
            Map<String, Path> own = new LinkedHashMap<>();
            if (languageTable != null && languageTable.isObject()) {
                for (String language : languageTable.propertyNames()) {
                    String folder = ConfigFiles.text(languageTable.get(language), "contentDir");
                    if (folder != null) {
                        own.put(language.toLowerCase(java.util.Locale.ROOT), base.resolve(folder).normalize());
                    }
                }
            }
            if (!own.isEmpty()) {
                // Each language has its own folder (content/en, content/fr): check them all from their common parent.
                root = commonParent(List.copyOf(own.values()));
                for (Map.Entry<String, Path> entry : own.entrySet()) {
                    languageFolders.put(root.relativize(entry.getValue()).toString().replace('\\', '/'), entry.getKey());
                }
            }
            content.add(root);
        }
        if (statics.isEmpty()) {
            JsonNode staticDir = ConfigFiles.get(config, "staticDir");
            if (staticDir != null && staticDir.isArray()) {
                staticDir.forEach(folder -> statics.add(base.resolve(folder.asString()).normalize()));
            } else {
                statics.add(base.resolve(staticDir == null ? "static" : staticDir.asString()).normalize());
            }
        }
        Map<String, String> permalinks = new LinkedHashMap<>();
        JsonNode rules = ConfigFiles.get(config, "permalinks");
        if (rules != null && rules.isObject()) {
            for (String name : rules.propertyNames()) {
                JsonNode rule = rules.get(name);
                if (rule.isString()) {
                    permalinks.put(name, rule.asString());
                } else if (rule.isObject() && name.equalsIgnoreCase("page")) {
                    // Hugo 0.115+: [permalinks.page] holds the regular pages' patterns per section
                    rule.propertyNames().forEach(section -> permalinks.put(section, rule.get(section).asString()));
                } else if (rule.isObject()) {
                    notUnderstood.add("[permalinks." + name + "]: only the rules of regular pages ([permalinks] or"
                            + " [permalinks.page]) are modelled; give the other kinds' URLs as <permalinks> in the pom");
                }
            }
        }
        String ugly = ConfigFiles.text(config, "uglyURLs");
        List<String> taxonomies = taxonomies(config);
        java.util.Set<String> disabled = new java.util.HashSet<>();
        JsonNode disableKinds = ConfigFiles.get(config, "disableKinds");
        if (disableKinds != null && disableKinds.isArray()) {
            disableKinds.forEach(kind -> disabled.add(kind.asString().toLowerCase(java.util.Locale.ROOT)));
        }
        if (!"true".equals(ConfigFiles.text(config, "enableRobotsTXT"))) {
            disabled.add("robotstxt"); // Hugo writes robots.txt only when asked
        }
        String ids = ConfigFiles.text(config, "markup", "goldmark", "parser", "autoHeadingIDType");
        JsonNode cascade = ConfigFiles.get(config, "cascade");
        if (ConfigFiles.hasKeyAnywhere(cascade, java.util.Set.of("url", "slug"))) {
            notUnderstood.add("[cascade]: URL and slug values set by cascades are not applied; state such URLs as"
                    + " <permalinks> in the pom");
        }
        String embedded = ConfigFiles.text(config, "markup", "goldmark", "renderHooks", "link", "useEmbedded");
        List<Path> hooks = linkRenderHooks(base);
        SiteRules siteRules = new SiteRules(permalinks, "true".equals(ugly), uglySections(config), Optional.empty(), "", java.util.Set.of(),
                languages, "true".equals(ConfigFiles.text(config, "defaultContentLanguageInSubdir")), languageFolders,
                taxonomies, disabled, "", false, List.of(), List.of(), java.util.Set.of());
        return new SiteModel(Generator.HUGO, Optional.of(base.relativize(file)), content, statics,
                Optional.ofNullable(ConfigFiles.text(config, "baseURL")), siteRules,
                Optional.of(ids == null ? "github" : ids), notUnderstood,
                "always".equalsIgnoreCase(embedded) || !hooks.isEmpty(), List.of(), List.of(),
                hookDestinations(hooks)).withMarkdown(goldmark(config).withShortcodes(HugoTemplates.read(base)));
    }

    /**
     * goldmark's switches as Hugo configures them (gohugo.io/configuration/markup/#goldmark), with Hugo's defaults:
     * footnotes and definition lists on, {@code autoHeadingID} on, {@code attribute.title} on,
     * {@code autoDefinitionTermID} off. The typographer changes no id (goldmark's auto heading id is made from the
     * heading's source text) and no check, so it is not read.
     */
    static io.github.articlecheck.core.MarkdownOptions goldmark(JsonNode config) {
        boolean footnotes = !"false".equals(ConfigFiles.text(config, "markup", "goldmark", "extensions", "footnote"));
        boolean definitionLists = !"false".equals(ConfigFiles.text(config, "markup", "goldmark", "extensions",
                "definitionList"));
        boolean termIds = "true".equals(ConfigFiles.text(config, "markup", "goldmark", "parser", "autoDefinitionTermID"));
        boolean autoIds = !"false".equals(ConfigFiles.text(config, "markup", "goldmark", "parser", "autoHeadingID"));
        boolean attributes = !"false".equals(ConfigFiles.text(config, "markup", "goldmark", "parser", "attribute",
                "title"));
        return new io.github.articlecheck.core.MarkdownOptions(footnotes, autoIds, attributes, definitionLists,
                definitionLists && termIds, false, false, false, "none", "github", null);
    }
}
