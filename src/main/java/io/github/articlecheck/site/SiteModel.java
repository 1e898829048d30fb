package io.github.articlecheck.site;

import io.github.articlecheck.core.SiteRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site as its generator builds it, read from the generator's own configuration: where the content and the
 * static files are, the site's URL, how pages are published and how heading ids are made. Values the
 * configuration does not give are empty, so that the defaults (or the user's parameters) apply.
 *
 * @param configuration  the file it was read from, relative to the project, when there is one
 * @param contentFolders folders of articles (Hugo mounts or languages can give several)
 * @param staticFolders  folders served at the site root ({@code static/}, {@code public/})
 * @param baseUrl        the site's own absolute URL
 * @param rules          the generator's URL rules: permalink patterns, ugly URLs, languages, taxonomies, routes…
 * @param headingIds     the generator's heading id style: {@code github}, {@code github-ascii}, {@code blackfriday},
 *                       {@code kramdown}
 * @param notUnderstood  configuration that matters but that only the generator can evaluate, in plain words
 * @param linkLookup     links are rendered through a hook that looks pages up (Hugo's GetPage): page paths match
 *                       whatever their letter case, and relative ones also from the content root
 * @param excludes       files of the content folder the generator does not publish (patterns relative to it)
 * @param includes       more files the generator reads as articles ({@code **}{@code /*.mdx} for Astro)
 * @param schemas        front matter schemas the generator writes, by pattern relative to the content folder (Astro's
 *                       {@code .astro/collections/<name>.schema.json}): used where the pom names no schema
 * @param extensionless  folders (patterns relative to the content folder) whose files without an extension are
 *                       articles when they start with front matter (Jekyll's collection documents)
 * @param hookDestinations destinations the site's link render hook compares literally and handles itself (Hugo's
 *                       documentation renders {@code [term](g)} as a glossary link): not checked as files
 */
public record SiteModel(Generator generator, Optional<Path> configuration, List<Path> contentFolders,
        List<Path> staticFolders, Optional<String> baseUrl, SiteRules rules, Optional<String> headingIds,
        List<String> notUnderstood, boolean linkLookup, List<String> excludes, List<String> includes,
        List<String> hookDestinations, Map<String, Path> schemas, List<String> extensionless,
        io.github.articlecheck.core.MarkdownOptions markdown) {

    /** A model whose Markdown engine runs with its defaults. */
    public SiteModel(Generator generator, Optional<Path> configuration, List<Path> contentFolders,
            List<Path> staticFolders, Optional<String> baseUrl, SiteRules rules, Optional<String> headingIds,
            List<String> notUnderstood, boolean linkLookup, List<String> excludes, List<String> includes,
            List<String> hookDestinations, Map<String, Path> schemas, List<String> extensionless) {
        this(generator, configuration, contentFolders, staticFolders, baseUrl, rules, headingIds, notUnderstood,
                linkLookup, excludes, includes, hookDestinations, schemas, extensionless,
                io.github.articlecheck.core.MarkdownOptions.defaults());
    }

    /** A model with no schema of the generator's own. */
    public SiteModel(Generator generator, Optional<Path> configuration, List<Path> contentFolders,
            List<Path> staticFolders, Optional<String> baseUrl, SiteRules rules, Optional<String> headingIds,
            List<String> notUnderstood, boolean linkLookup, List<String> excludes, List<String> includes,
            List<String> hookDestinations) {
        this(generator, configuration, contentFolders, staticFolders, baseUrl, rules, headingIds, notUnderstood,
                linkLookup, excludes, includes, hookDestinations, Map.of(), List.of());
    }

    public SiteModel {
        hookDestinations = List.copyOf(hookDestinations);
        extensionless = List.copyOf(extensionless);
        schemas = Map.copyOf(schemas);
        contentFolders = List.copyOf(contentFolders);
        staticFolders = List.copyOf(staticFolders);
        notUnderstood = List.copyOf(notUnderstood);
        excludes = List.copyOf(excludes);
        includes = List.copyOf(includes);
    }

    /** No generator: files are articles and links are files. */
    public static SiteModel none() {
        return bare(Generator.NONE);
    }

    /** A generator named but not configured: its defaults. */
    static SiteModel bare(Generator generator) {
        return new SiteModel(generator, Optional.empty(), List.of(), List.of(), Optional.empty(), SiteRules.defaults(),
                Optional.empty(), List.of(), false, List.of(), List.of(), List.of());
    }

    /** Per Hugo section or Jekyll collection, the published URL pattern. */
    public Map<String, String> permalinks() {
        return rules.permalinks();
    }

    public boolean uglyUrls() {
        return rules.uglyUrls();
    }

    /** The same model, its configuration file named from another folder (a site in docs/ beside the pom). */
    SiteModel withConfiguration(Optional<Path> file) {
        return new SiteModel(generator, file, contentFolders, staticFolders, baseUrl, rules, headingIds, notUnderstood,
                linkLookup, excludes, includes, hookDestinations, schemas, extensionless, markdown);
    }

    /** The same model, its Markdown engine switched as the configuration says. */
    public SiteModel withMarkdown(io.github.articlecheck.core.MarkdownOptions value) {
        return new SiteModel(generator, configuration, contentFolders, staticFolders, baseUrl, rules, headingIds,
                notUnderstood, linkLookup, excludes, includes, hookDestinations, schemas, extensionless, value);
    }
}
