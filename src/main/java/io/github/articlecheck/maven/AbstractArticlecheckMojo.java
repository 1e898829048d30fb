package io.github.articlecheck.maven;

import io.github.articlecheck.core.Anchor;
import io.github.articlecheck.engine.Baseline;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.structure.TitleLevels;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.run.GitChanges;
import io.github.articlecheck.run.RunLog;
import io.github.articlecheck.run.RunSettings;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import io.github.articlecheck.core.RuleLevel;
import io.github.articlecheck.frontmatter.SchemaMapping;
import io.github.articlecheck.read.IdStyle;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters the goals share, and their mapping to an immutable {@link EngineConfiguration}. */
public abstract class AbstractArticlecheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory;

    /**
     * Folder of the articles. Default: what the site generator's configuration says (Hugo's contentDir or content
     * mount), else {@code content}.
     */
    @Parameter(property = "articlecheck.contentDirectory")
    File contentDirectory;

    /**
     * The site generator whose configuration tells the content and static folders, the base URL, the URL rules and
     * the heading ids: auto (recognised from hugo.toml, _config.yml, astro.config.*, mkdocs.yml), hugo, jekyll,
     * astro, mkdocs, mdn or none.
     */
    @Parameter(property = "articlecheck.site", defaultValue = "auto")
    String site;

    /**
     * The Markdown engine the articles are read as: auto (the site's: goldmark for Hugo, kramdown for Jekyll,
     * Python-Markdown for MkDocs, CommonMark + GFM otherwise), commonmark, goldmark, kramdown or python-markdown.
     * {@code .mdx} files are always MDX.
     */
    @Parameter(property = "articlecheck.markdownDialect", defaultValue = "auto")
    String markdownDialect;

    /** Patterns of the files to check, relative to the content directory (default **&#47;*.md, **&#47;*.markdown). */
    @Parameter(property = "articlecheck.includes")
    private List<String> includes;

    /** Patterns of files not to check, relative to the content directory. */
    @Parameter(property = "articlecheck.excludes")
    private List<String> excludes;

    /** Folders that a link starting with '/' resolves against, in order (default: the project base directory). */
    @Parameter(property = "articlecheck.siteRoots")
    private List<File> siteRoots;

    /** JSON Schema (2020-12, JSON or YAML) for the front matter of articles no {@code schemas} entry matches. */
    @Parameter(property = "articlecheck.frontMatterSchema")
    private File frontMatterSchema;

    /** Schemas per folder: the first entry whose includes match an article wins. */
    @Parameter
    List<SchemaSelection> schemas;

    /**
     * Whether every article must have a front matter block. Default: true, except on an MkDocs site, where front
     * matter is optional (the page title comes from its first heading).
     */
    @Parameter(property = "articlecheck.requireFrontMatter")
    private Boolean requireFrontMatter;

    /** Front matter keys that hold the page title (the h1), for the heading rules. Default: title, titre. */
    @Parameter(property = "articlecheck.titleKeys")
    private List<String> titleKeys;

    /** Per-rule level: error, warning or off, keyed by rule id. */
    @Parameter
    private Map<String, String> rules;

    /** Folder of the report files. */
    @Parameter(property = "articlecheck.outputDirectory", defaultValue = "${project.build.directory}/articlecheck")
    File outputDirectory;

    /** Anchor id style of the site generator: github (default, also Hugo), gitlab, kramdown (Jekyll), ascii (Hugo github-ascii). */
    @Parameter(property = "articlecheck.anchorStyle")
    String anchorStyle;

    /** Front matter keys whose values are links to check (images). */
    @Parameter(property = "articlecheck.frontMatterLinks", defaultValue = "image,cover,cover.image,thumbnail")
    List<String> frontMatterLinks;

    /**
     * Where relative front matter paths ({@code image: img/x.jpg}) start, as the layout renders them: {@code article}
     * (page bundles), {@code site} (a theme's {@code relURL}/{@code relative_url}) or {@code either}. A {@code <schemas>}
     * entry may set it, and its own {@code <frontMatterLinks>}, per folder.
     */
    @Parameter(property = "articlecheck.frontMatterLinksFrom", defaultValue = "either")
    String frontMatterLinksFrom;

    /** The site's own absolute URL: links under it are checked as local paths, never fetched. */
    @Parameter(property = "articlecheck.baseUrl")
    String baseUrl;

    /** Deprecated, replaced by {@code site}: the generator whose URL rules published links follow. */
    @Parameter(property = "articlecheck.sitePreset")
    String sitePreset;

    /** Published URL pattern → source file rules: {@code <permalink><url>/startups/:name</url><source>content/_startups/:name.md</source></permalink>}. */
    @Parameter
    List<Permalink> permalinks;

    /**
     * The site renders links through a render hook that looks pages up (Hugo's embedded link render hook or the
     * site's own, using GetPage): page paths then match whatever their letter case, and relative page paths
     * also resolve from the content root.
     */
    @Parameter(property = "articlecheck.linkRenderHook", defaultValue = "false")
    boolean linkRenderHook;

    /**
     * The host serves pages whatever the letter case of their URL (IIS, some CDNs): a published URL written in another
     * case is no finding. Off by default: Linux hosts and most static hosts compare URLs exactly.
     */
    @Parameter(property = "articlecheck.caseInsensitiveUrls", defaultValue = "false")
    boolean caseInsensitiveUrls;

    /**
     * Leave out files the repository's .gitignore files ignore (build output, installed packages): they are not
     * articles of the site.
     */
    @Parameter(property = "articlecheck.gitIgnore", defaultValue = "true")
    boolean gitIgnore = true;

    /** URL schemes accepted without checking, in addition to the well-known ones (tel, ftp, ...). */
    @Parameter(property = "articlecheck.ignoredSchemes")
    List<String> ignoredSchemes;

    /** Whether external links are requested over HTTP. */
    @Parameter(property = "articlecheck.checkExternalLinks", defaultValue = "true")
    boolean checkExternalLinks;

    /** No network: external links are counted, not checked. On automatically when Maven runs offline (-o). */
    @Parameter(property = "articlecheck.offline", defaultValue = "false")
    boolean offline;

    @Parameter(defaultValue = "${settings.offline}", readonly = true)
    boolean mavenOffline;

    /** Contact hosts that resolve to loopback, private or link-local addresses (intranet sites, tests). */
    @Parameter(property = "articlecheck.allowPrivateAddresses", defaultValue = "false")
    boolean allowPrivateAddresses;

    /** Persistent cache of external link results; {@code none} disables it. */
    @Parameter(property = "articlecheck.linkCache", defaultValue = "${user.home}/.articlecheck/link-cache.json")
    File linkCache;

    /** How long an OK external result is reused: 24h, 30m, 2d or an ISO-8601 duration. */
    @Parameter(property = "articlecheck.linkCacheMaxAge", defaultValue = LinkOptions.DEFAULT_CACHE_MAX_AGE)
    String linkCacheMaxAge;

    /** HTTP status codes (regular expressions on the 3-digit code) that count as OK, e.g. 403. */
    @Parameter(property = "articlecheck.acceptStatus")
    List<String> acceptStatus;

    /** Regular expressions: matching external URLs are not checked. */
    @Parameter(property = "articlecheck.excludeLinks")
    List<String> excludeLinks;

    /** GET HTML pages to check the #fragment of external links. */
    @Parameter(property = "articlecheck.checkExternalAnchors", defaultValue = "false")
    boolean checkExternalAnchors;

    /** User-Agent of link requests (default: articlecheck/VERSION with the project URL). */
    @Parameter(property = "articlecheck.userAgent")
    String userAgent;

    /** Extra headers for one host each: {@code <hostHeader><host/><name/><value/></hostHeader>}. */
    @Parameter
    List<HostHeader> hostHeaders;

    /** External requests in flight at once. */
    @Parameter(property = "articlecheck.linkConcurrency", defaultValue = LinkOptions.DEFAULT_CONCURRENCY)
    int linkConcurrency;

    /** External requests in flight per host. */
    @Parameter(property = "articlecheck.linkConcurrencyPerHost", defaultValue = LinkOptions.DEFAULT_CONCURRENCY_PER_HOST)
    int linkConcurrencyPerHost;

    /** Timeout of one attempt, for the connection and again for the response headers. */
    @Parameter(property = "articlecheck.linkTimeout", defaultValue = LinkOptions.DEFAULT_TIMEOUT)
    String linkTimeout;

    /** Total time for one URL, retries and redirects included. */
    @Parameter(property = "articlecheck.linkDeadline", defaultValue = LinkOptions.DEFAULT_DEADLINE)
    String linkDeadline;

    /** Total time for all external requests of a run; what is left is reported unverified. */
    @Parameter(property = "articlecheck.linkBudget", defaultValue = LinkOptions.DEFAULT_BUDGET)
    String linkBudget;

    /** Retries after the first attempt on timeouts, resets, 408, 429 and 5xx. */
    @Parameter(property = "articlecheck.linkRetries", defaultValue = LinkOptions.DEFAULT_RETRIES)
    int linkRetries;

    /**
     * Baseline file: findings recorded in it are reported only as a count and do not fail the build. Written by
     * the baseline goal; meant to be committed.
     */
    @Parameter(property = "articlecheck.baseline", defaultValue = "${project.basedir}/articlecheck-baseline.json")
    File baseline;

    /**
     * Changed-files mode for pull requests: a git ref (e.g. origin/main). Per-article rules run only on articles
     * added or modified since the merge base with it; articles linking to changed or deleted files are checked
     * too; external links are requested only for URLs the change added.
     */
    @Parameter(property = "articlecheck.since")
    String since;

    /**
     * Index of the last run, so that the next one does not read and check unchanged articles again (cross-article
     * link checks are always redone); {@code none} disables it. Under target/, so mvn clean resets it.
     */
    @Parameter(property = "articlecheck.index", defaultValue = "${project.build.directory}/articlecheck/index.bin")
    File index;

    /** Skips the check entirely. */
    @Parameter(property = "articlecheck.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    String pluginVersion;

    /**
     * Link texts that do not say where a link goes, reported by a11y.link-text in addition to the built-in French
     * and English ones ("cliquez ici", "lire la suite", "read more", ...).
     */
    @Parameter(property = "articlecheck.vagueLinkTexts")
    List<String> vagueLinkTexts;

    /** The longest alternative text, in characters, before a11y.image-alt asks for a caption instead. */
    @Parameter(property = "articlecheck.imageAltMaxLength", defaultValue = "150")
    Integer imageAltMaxLength;

    /**
     * The house style's terms: a YAML list of {@code pattern}, {@code preferred}, optional {@code message} and
     * {@code languages}, reported by style.term with the replacement as an edit.
     */
    @Parameter(property = "articlecheck.terms")
    File terms;

    /** A Vale StylesPath: its existence and substitution rules join the terms (other Vale rule types are listed). */
    @Parameter(property = "articlecheck.valeStyles")
    File valeStyles;

    /** The language of articles whose front matter and path do not give one (fr, en, ...), for language-bound terms. */
    @Parameter(property = "articlecheck.language")
    String language;

    /** Folder of the project dictionaries for prose.spelling: dictionary-fr.txt, dictionary-en.txt (a word per line). */
    @Parameter(property = "articlecheck.dictionaryFolder", defaultValue = "${project.basedir}/.articlecheck")
    File dictionaryFolder;

    /** Front matter keys whose text the prose rules read (default: the title keys, description, summary, résumé). */
    @Parameter(property = "articlecheck.proseKeys")
    List<String> proseKeys;

    /** LanguageTool rule ids the prose.* rules do not apply (e.g. FRENCH_WHITESPACE). */
    @Parameter(property = "articlecheck.proseDisabledRules")
    List<String> proseDisabledRules;

    /** The readability score (Flesch for English, Kandel-Moles for French) under which prose.readability reports. */
    @Parameter(property = "articlecheck.readabilityMinScore", defaultValue = "30")
    Double readabilityMinScore;

    /** The words from which a sentence counts as long, for the readability measures. */
    @Parameter(property = "articlecheck.longSentenceWords", defaultValue = "30")
    Integer longSentenceWords;

    /** Language of messages, reports and annotations: en (default) or fr. */
    @Parameter(property = "articlecheck.locale", defaultValue = "en")
    String locale;

    /** The goal's work, once parameters are valid and {@code skip} is off. */
    abstract void run(RunSettings settings) throws MojoExecutionException, MojoFailureException;

    /**
     * Whether the goal's work was done elsewhere before any settings were built here (a large site's check, handed to
     * a forked JVM that builds and validates them itself).
     */
    boolean handedOver() throws MojoExecutionException, MojoFailureException {
        return false;
    }

    /**
     * Every goal: {@code skip} first, then all parameters validated and translated (so a typo fails before any
     * article is read), then the goal's work; configuration problems become one clear build error.
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("articlecheck: skipped");
            return;
        }
        try {
            if (!handedOver()) {
                run(settings().build());
            }
        } catch (ConfigurationException e) {
            throw configurationError(e);
        }
    }

    static MojoExecutionException configurationError(ConfigurationException e) {
        return new MojoExecutionException("articlecheck configuration error: " + e.getMessage(), e);
    }

    /** The parameters as run settings; subclasses add their own. */
    RunSettings.Builder settings() {
        RunSettings.Builder builder = RunSettings.builder(baseDirectory.toPath())
                .includes(includes)
                .excludes(excludes)
                .gitIgnore(gitIgnore)
                .siteRoots(siteRoots == null ? List.of() : siteRoots.stream().map(File::toPath).toList())
                .frontMatterSchema(frontMatterSchema == null ? null : frontMatterSchema.toPath())
                .requireFrontMatter(requireFrontMatter)
                .titleKeys(titleKeys)
                .contentHashes(wantsContentHashes())
                .indexFile(index == null || List.of("none", "off").contains(index.getName().toLowerCase(java.util.Locale.ROOT))
                        ? null : index.toPath())
                .links(LinkParameters.toOptions(this))
                .locale(locale)
                .writing(writing -> writing.vagueLinkTexts(vagueLinkTexts)
                        .imageAltMaxLength(imageAltMaxLength)
                        .terms(terms == null ? null : terms.toPath())
                        .valeStyles(valeStyles == null ? null : valeStyles.toPath())
                        .language(language)
                        .dictionaryFolder(dictionaryFolder == null ? null : dictionaryFolder.toPath())
                        .proseDisabledRules(proseDisabledRules)
                        .proseKeys(proseKeys)
                        .readabilityMinScore(readabilityMinScore)
                        .longSentenceWords(longSentenceWords))
                .outputDirectory(outputDirectory.toPath())
                .baseline(baseline == null ? null : baseline.toPath())
                .toolVersion(version())
                .environment(System.getenv());
        if (contentDirectory != null) {
            builder.contentDirectory(contentDirectory.toPath());
        }
        if (anchorStyle != null && !anchorStyle.isBlank()) {
            builder.anchorStyle(IdStyle.parse(anchorStyle));
        }
        if (sitePreset != null && !sitePreset.isBlank()) {
            getLog().warn("articlecheck: sitePreset is deprecated and replaced by site (auto by default, which reads the"
                    + " generator's own configuration); sitePreset=" + sitePreset + " still applies");
        }
        builder.site(site);
        builder.markdownDialect(markdownDialect);
        if (usesChangedFiles() && since != null && !since.isBlank()) {
            builder.changeSet(GitChanges.since(baseDirectory.toPath(), since.trim()));
        }
        if (schemas != null) {
            builder.schemaMappings(schemas.stream().filter(s -> s.getSchema() != null
                    || s.getTitleLevel() == null && (s.getRules() == null || s.getRules().isEmpty())
                            && !s.setsFrontMatterLinks())
                    .map(s -> new SchemaMapping(
                    s.getIncludes() == null ? List.of() : s.getIncludes(),
                    s.getExcludes() == null ? List.of() : s.getExcludes(),
                    s.getSchema() == null ? null : s.getSchema().toPath())).toList());
            for (SchemaSelection selection : schemas) {
                if (selection.getRules() != null && !selection.getRules().isEmpty()) {
                    java.util.Map<String, RuleLevel> levels = new java.util.LinkedHashMap<>();
                    selection.getRules().forEach((id, level) -> levels.put(id, RuleLevel.parse(id, level)));
                    builder.folderRuleLevels(new io.github.articlecheck.engine.FolderRuleLevels(
                            selection.getIncludes() == null ? List.of() : selection.getIncludes(),
                            selection.getExcludes() == null ? List.of() : selection.getExcludes(), levels));
                }
            }
            builder.titleLevels(schemas.stream().filter(s -> s.getTitleLevel() != null)
                    .map(s -> new TitleLevels.Rule(s.getIncludes() == null ? List.of() : s.getIncludes(),
                            s.getExcludes() == null ? List.of() : s.getExcludes(), s.getTitleLevel())).toList());
        }
        if (rules != null) {
            rules.forEach((id, level) -> builder.ruleLevel(id, RuleLevel.parse(id, level)));
        }
        return builder;
    }

    /** Whether {@code since} applies: not to the baseline, which must hold every article's findings. */
    boolean usesChangedFiles() {
        return true;
    }

    /** The Maven log as a run's log. */
    RunLog runLog() {
        return new RunLog() {
            @Override
            public void error(String line) {
                getLog().error(line);
            }

            @Override
            public void warn(String line) {
                getLog().warn(line);
            }

            @Override
            public void info(String line) {
                getLog().info(line);
            }

            @Override
            public boolean isErrorEnabled() {
                return getLog().isErrorEnabled();
            }

            @Override
            public boolean isWarnEnabled() {
                return getLog().isWarnEnabled();
            }
        };
    }

    /** Content hashes are needed only when a baseline is written or compared. */
    boolean wantsContentHashes() {
        return baseline != null && baseline.isFile();
    }

    String version() {
        return pluginVersion == null || pluginVersion.isBlank() ? "unknown" : pluginVersion;
    }
}
