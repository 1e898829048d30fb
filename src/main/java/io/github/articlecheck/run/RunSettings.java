package io.github.articlecheck.run;

import io.github.articlecheck.core.ChangeSet;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.Messages;
import io.github.articlecheck.core.RuleLevel;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.engine.EngineConfiguration;
import io.github.articlecheck.core.ContentHash;
import io.github.articlecheck.frontmatter.SchemaMapping;
import io.github.articlecheck.frontmatter.SchemaSettings;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.links.LinkSettings;
import io.github.articlecheck.links.SitePreset;
import io.github.articlecheck.read.AnchorStyle;
import io.github.articlecheck.read.IdStyle;
import io.github.articlecheck.read.ArticleReader;
import io.github.articlecheck.report.ReportFormat;
import io.github.articlecheck.structure.TitleLevels;
import io.github.articlecheck.site.Generator;
import io.github.articlecheck.site.SiteDetector;
import io.github.articlecheck.site.SiteModel;
import io.github.articlecheck.writing.StyleTerms;
import io.github.articlecheck.writing.WritingSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run needs, for any front end (the Maven goals, a command line): the runner's configuration, the
 * checks' settings, and what to do with the result (language, reports, baseline, verdict). Every default lives
 * here, once. Built with {@link #builder}, which validates as it goes, so a bad value fails before any article is
 * read.
 */
public record RunSettings(EngineConfiguration engine, List<Path> siteRoots, SchemaSettings schemas,
        boolean requireFrontMatter, List<String> titleKeys, TitleLevels titleLevels, LinkOptions links, Locale locale,
        List<ReportFormat> formats, Path outputDirectory, Optional<Path> baseline, Severity violationSeverity,
        int maxAllowedViolations, String toolVersion, Map<String, String> environment, SiteModel site,
        WritingSettings writing) {

    public static final List<String> DEFAULT_TITLE_KEYS = List.of("title", "titre");
    public static final List<ReportFormat> DEFAULT_FORMATS = List.of(ReportFormat.CHECKSTYLE, ReportFormat.SARIF);

    public RunSettings {
        siteRoots = List.copyOf(siteRoots);
        titleKeys = List.copyOf(titleKeys);
        formats = List.copyOf(formats);
        environment = Map.copyOf(environment);
    }

    /** The same settings with other link options (the fix goal reads external verdicts from the cache only). */
    public RunSettings withLinks(LinkOptions value) {
        return new RunSettings(engine, siteRoots, schemas, requireFrontMatter, titleKeys, titleLevels, value, locale,
                formats, outputDirectory, baseline, violationSeverity, maxAllowedViolations, toolVersion, environment,
                site, writing);
    }

    /** The same settings with other schemas (the init goal checks with the schemas it inferred). */
    public RunSettings withSchemas(SchemaSettings value) {
        return new RunSettings(engine, siteRoots, value, requireFrontMatter, titleKeys, titleLevels, links, locale,
                formats, outputDirectory, baseline, violationSeverity, maxAllowedViolations, toolVersion, environment,
                site, writing);
    }

    public Messages messages() {
        return Messages.of(locale);
    }

    public LinkSettings linkSettings() {
        return new LinkSettings(engine.baseDirectory(), engine.contentDirectory(), siteRoots, links, engine.changeSet(),
                new ArticleReader(engine.baseDirectory(), engine.anchorStyle(), engine.markdownDialect(),
                        engine.markdownOptions()));
    }

    public static Builder builder(Path baseDirectory) {
        return new Builder(baseDirectory);
    }

    /** Fluent builder; unset values get the documented defaults. */
    public static final class Builder {
        private final EngineConfiguration.Builder engine;
        private List<Path> siteRoots = List.of();
        private Path frontMatterSchema;
        private List<SchemaMapping> schemaMappings = List.of();
        /** Null: the generator decides (MkDocs pages need no front matter; Hugo, Jekyll and Astro pages do). */
        private Boolean requireFrontMatter;
        private List<String> titleKeys = DEFAULT_TITLE_KEYS;
        private List<TitleLevels.Rule> titleLevels = List.of();
        private LinkOptions links = LinkOptions.defaults();
        private Locale locale = Locale.ENGLISH;
        private List<ReportFormat> formats = DEFAULT_FORMATS;
        private Path outputDirectory;
        private Path baseline;
        private Severity violationSeverity = Severity.ERROR;
        private int maxAllowedViolations;
        private String toolVersion = "unknown";
        private Map<String, String> environment = Map.of();
        private String cacheKey;
        private String site;
        private io.github.articlecheck.core.MarkdownDialect dialect;
        private boolean contentExplicit;
        private boolean anchorsExplicit;
        private boolean includesExplicit;
        private final WritingSettings.Builder writing = WritingSettings.builder();

        private Builder(Path baseDirectory) {
            this.engine = EngineConfiguration.builder(baseDirectory);
            this.outputDirectory = engine.baseDirectory().resolve("target/articlecheck");
        }

        public Builder contentDirectory(Path value) {
            engine.contentDirectory(value);
            contentExplicit = true;
            return this;
        }

        /**
         * The site generator whose model sets what is not set explicitly (content and static folders, base URL, URL
         * rules, heading ids): {@code auto}, {@code hugo}, {@code jekyll}, {@code astro}, {@code mkdocs} or
         * {@code none}. Without this call, none.
         */
        /** The Markdown engine to read articles as; null or {@code auto}: the site model's. */
        public Builder markdownDialect(String value) {
            dialect = io.github.articlecheck.core.MarkdownDialect.parse(value); // said now, before any file is read
            return this;
        }

        public Builder site(String value) {
            Generator.parse(value); // said now, before any file is read
            site = value == null ? "auto" : value;
            return this;
        }

        public Builder includes(List<String> value) {
            engine.includes(value);
            includesExplicit = value != null && !value.isEmpty();
            return this;
        }

        public Builder excludes(List<String> value) {
            engine.excludes(value);
            return this;
        }

        public Builder siteRoots(List<Path> value) {
            siteRoots = value == null ? List.of() : value;
            return this;
        }

        public Builder frontMatterSchema(Path value) {
            frontMatterSchema = value;
            return this;
        }

        /** The writing checks' settings: terms, Vale styles, language, dictionaries, readability, link texts. */
        public Builder writing(java.util.function.Consumer<WritingSettings.Builder> configure) {
            configure.accept(writing);
            return this;
        }

        public Builder schemaMappings(List<SchemaMapping> value) {
            schemaMappings = value == null ? List.of() : value;
            return this;
        }

        public Builder requireFrontMatter(Boolean value) {
            requireFrontMatter = value;
            return this;
        }

        public Builder ruleLevel(String ruleId, RuleLevel level) {
            engine.ruleLevel(ruleId, level);
            return this;
        }

        public Builder titleKeys(List<String> value) {
            if (value != null && !value.isEmpty()) {
                titleKeys = value;
            }
            return this;
        }

        /** Per folder, the level the page template renders the front matter title at (first match wins; else 1). */
        public Builder titleLevels(List<TitleLevels.Rule> value) {
            titleLevels = value == null ? List.of() : value;
            return this;
        }

        public Builder anchorStyle(IdStyle value) {
            engine.anchorStyle(value);
            anchorsExplicit = true;
            return this;
        }

        public Builder links(LinkOptions value) {
            links = value;
            return this;
        }

        public Builder contentHashes(boolean value) {
            engine.contentHashes(value);
            return this;
        }

        /** Rule levels for the articles of some folders (relative to the content directory), over the run's own. */
        public Builder folderRuleLevels(io.github.articlecheck.engine.FolderRuleLevels value) {
            engine.folderRuleLevels(value);
            return this;
        }

        /** Leave out what the repository's .gitignore files ignore (true by default). */
        public Builder gitIgnore(boolean value) {
            engine.gitIgnore(value);
            return this;
        }

        public Builder changeSet(ChangeSet value) {
            engine.changeSet(value);
            return this;
        }

        public Builder indexFile(Path value) {
            engine.indexFile(value);
            return this;
        }

        /** Overrides what the index key takes from the tool itself (its version and build); tests use it. */
        public Builder cacheKey(String value) {
            cacheKey = value;
            return this;
        }

        public Builder threads(int value) {
            engine.threads(value);
            return this;
        }

        /** {@code en} (default) or {@code fr}. */
        public Builder locale(String value) {
            if (value == null || value.isBlank()) {
                return this;
            }
            if (!Messages.supports(value)) {
                throw new ConfigurationException("locale '" + value + "' is not available: use en or fr");
            }
            locale = Locale.forLanguageTag(value.trim().replace('_', '-').toLowerCase(Locale.ROOT).replaceFirst("-.*", ""));
            return this;
        }

        /** Report formats by name ({@code checkstyle}, {@code sarif}, {@code gitlab}, {@code json}, {@code junit}). */
        public Builder formats(List<String> names) {
            if (names != null) {
                List<ReportFormat> parsed = new ArrayList<>();
                for (String name : names) {
                    if (!name.isBlank() && !parsed.contains(ReportFormat.parse(name))) {
                        parsed.add(ReportFormat.parse(name));
                    }
                }
                formats = parsed;
            }
            return this;
        }

        public Builder outputDirectory(Path value) {
            outputDirectory = engine.baseDirectory().resolve(value).normalize();
            return this;
        }

        /** The baseline file, used when it exists. */
        public Builder baseline(Path value) {
            baseline = value;
            return this;
        }

        public Builder violationSeverity(String value) {
            violationSeverity = Severity.parse(value);
            return this;
        }

        public Builder maxAllowedViolations(int value) {
            if (value < 0) {
                throw new ConfigurationException("maxAllowedViolations must be 0 or more, not " + value);
            }
            maxAllowedViolations = value;
            return this;
        }

        public Builder toolVersion(String value) {
            toolVersion = value == null || value.isBlank() ? "unknown" : value;
            return this;
        }

        /** The environment variables CI outputs read ({@code GITHUB_ACTIONS}, {@code GITHUB_STEP_SUMMARY}). */
        public Builder environment(Map<String, String> value) {
            environment = value == null ? Map.of() : value;
            return this;
        }

        public RunSettings build() {
            SiteModel model = site == null ? SiteModel.none()
                    : SiteDetector.detect(engine.baseDirectory(), Generator.parse(site));
            String key = cacheKey != null ? cacheKey : toolKey(toolVersion);
            engine.cacheKey(key + model.configuration().map(file -> "|site=" + ContentHash.ofFile(
                    engine.baseDirectory().resolve(file))).orElse(""));
            applySite(model);
            boolean frontMatterRequired = requireFrontMatter != null ? requireFrontMatter
                    : model.generator() != Generator.MKDOCS;
            EngineConfiguration built = engine.build();
            List<Path> roots = new ArrayList<>();
            for (Path root : siteRoots) {
                roots.add(built.baseDirectory().resolve(root).normalize());
            }
            if (roots.isEmpty()) {
                roots.add(built.baseDirectory());
            }
            List<SchemaMapping> mappings = schemaMappings;
            if (mappings.isEmpty() && frontMatterSchema == null && !model.schemas().isEmpty()) {
                // the generator's own schemas (Astro's per collection), where the pom names none
                mappings = model.schemas().entrySet().stream().map(entry -> new SchemaMapping(
                        List.of(entry.getKey()), List.of(), entry.getValue())).toList();
            }
            SchemaSettings schemas = new SchemaSettings(built.baseDirectory(), built.contentDirectory(),
                    Optional.ofNullable(frontMatterSchema).map(p -> built.baseDirectory().resolve(p).normalize()),
                    mappings, frontMatterRequired);
            return new RunSettings(built, roots, schemas, frontMatterRequired, titleKeys, new TitleLevels(titleLevels,
                    // mkdocs-material's content.html writes the title as an h1 only when the page has none
                    model.generator() == Generator.MKDOCS ? TitleLevels.WHEN_NO_H1 : 1), links,
                    locale, formats,
                    outputDirectory, Optional.ofNullable(baseline).map(p -> built.baseDirectory().resolve(p).normalize()),
                    violationSeverity, maxAllowedViolations, toolVersion, environment, model,
                    // the site's default language (Hugo's defaultContentLanguage), else the language parameter
                    writing.build(built.baseDirectory(), model.rules().languages().stream().findFirst().orElse(""),
                            titleKeys));
        }

        /** What the generator's configuration says, where the user said nothing. */
        private void applySite(SiteModel model) {
            if (!contentExplicit && !model.contentFolders().isEmpty()) {
                engine.contentDirectory(model.contentFolders().get(0));
            }
            if (!includesExplicit && !model.includes().isEmpty()) {
                List<String> includes = new ArrayList<>(EngineConfiguration.DEFAULT_INCLUDES);
                includes.addAll(model.includes());
                engine.includes(includes);
            }
            if (!model.extensionless().isEmpty()) {
                engine.extensionlessIncludes(model.extensionless());
            }
            if (!model.excludes().isEmpty()) {
                engine.addExcludes(model.excludes());
            }
            if (siteRoots.isEmpty() && !model.staticFolders().isEmpty()) {
                siteRoots = model.staticFolders();
            }
            engine.markdownOptions(model.markdown());
            if (dialect != null) {
                engine.markdownDialect(dialect);
            } else if (model.generator() == Generator.JEKYLL) {
                engine.markdownDialect(io.github.articlecheck.core.MarkdownDialect.KRAMDOWN);
            } else if (model.generator() == Generator.HUGO) {
                engine.markdownDialect(io.github.articlecheck.core.MarkdownDialect.GOLDMARK);
            } else if (model.generator() == Generator.MKDOCS) {
                engine.markdownDialect(io.github.articlecheck.core.MarkdownDialect.PYTHON_MARKDOWN);
            }
            if (!anchorsExplicit && model.headingIds().isPresent()) {
                switch (model.headingIds().get()) {
                    case "github" -> engine.anchorStyle(AnchorStyle.GITHUB);
                    case "github-ascii" -> engine.anchorStyle(AnchorStyle.ASCII);
                    case "kramdown" -> engine.anchorStyle(AnchorStyle.KRAMDOWN);
                    case "python-markdown" -> engine.anchorStyle(AnchorStyle.PYTHON_MARKDOWN);
                    case "mdn" -> engine.anchorStyle(AnchorStyle.MDN);
                    default -> { } // blackfriday: not modelled; the site line says so
                }
            }
            LinkOptions.Builder builder = links.toBuilder();
            if (links.sitePreset() == SitePreset.NONE) {
                builder.sitePreset(switch (model.generator()) {
                    case HUGO -> SitePreset.HUGO;
                    case JEKYLL -> SitePreset.JEKYLL;
                    case ASTRO -> SitePreset.ASTRO;
                    case MKDOCS -> SitePreset.MKDOCS;
                    case MDN -> SitePreset.MDN;
                    default -> SitePreset.NONE;
                });
            }
            if (links.baseUrl().isEmpty()) {
                builder.baseUrl(model.baseUrl());
            }
            if (model.generator() == Generator.MDN) {
                builder.caseInsensitiveUrls(true); // developer.mozilla.org redirects any letter case to the page
                List<java.util.regex.Pattern> excluded = new ArrayList<>(links.excludeLinks());
                // pages the MDN platform serves from elsewhere (yari's own exemptions), and text directives
                for (String served : List.of("^/shared-assets/", "^/discord$",
                        "^/[a-zA-Z-]+/(blog|curriculum|observatory|about|plus|play)(/|$)", "#:~:")) {
                    excluded.add(java.util.regex.Pattern.compile(served));
                }
                builder.excludeLinks(excluded);
            }
            if (model.linkLookup()) {
                builder.linkRenderHook(true);
            }
            if (!model.hookDestinations().isEmpty()) {
                List<java.util.regex.Pattern> excluded = new ArrayList<>(links.excludeLinks());
                model.hookDestinations().forEach(destination -> excluded.add(
                        java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(destination) + "$")));
                builder.excludeLinks(excluded);
            }
            links = builder.siteRules(model.rules()).build();
        }
    }

    /**
     * The one line that says what was understood of the site, and a line per part that was not, for the log:
     * {@code site: hugo (hugo.toml), content/en, 1 static folder, 2 permalink rules, ids github}.
     */
    /**
     * Once per run, unless every prose rule is off: which languages LanguageTool checks, or how to bring it (it is
     * not bundled).
     */
    public java.util.Optional<io.github.articlecheck.core.Message> proseLine() {
        boolean wanted = io.github.articlecheck.writing.ProseCheck.RULES.stream()
                .anyMatch(rule -> engine.ruleLevels().get(rule.id()) != io.github.articlecheck.core.RuleLevel.OFF);
        return wanted ? java.util.Optional.of(io.github.articlecheck.writing.ProseCheck.availability())
                : java.util.Optional.empty();
    }

    public List<String> siteLines() {
        List<String> lines = new ArrayList<>(SiteLines.of(site, engine.baseDirectory(), engine.contentDirectory()));
        StyleTerms terms = writing.terms();
        if (!terms.terms().isEmpty()) {
            lines.add("style: " + terms.terms().size() + " house style terms");
        }
        if (!terms.unsupported().isEmpty()) {
            // said once: a team moving from Vale sees at once what is not checked here
            lines.add("style: Vale rules of other types than existence and substitution are not supported: "
                    + String.join(", ", terms.unsupported()));
        }
        return lines;
    }


    /**
     * What the index depends on besides the configuration: the tool's version and, for a snapshot (whose code changes
     * under one version), the time its jar was built; unknown, never reuse an index.
     */
    static String toolKey(String version) {
        String key = "articlecheck/" + version;
        if (version.endsWith("-SNAPSHOT") || version.equals("unknown")) {
            try {
                Path code = Path.of(RunSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                key += "@" + java.nio.file.Files.getLastModifiedTime(code).toMillis();
            } catch (java.net.URISyntaxException | java.io.IOException | RuntimeException e) {
                key += "@" + System.nanoTime();
            }
        }
        return key;
    }
}
