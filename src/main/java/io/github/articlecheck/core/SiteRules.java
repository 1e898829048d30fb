package io.github.articlecheck.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The generator's own URL rules, as read from its configuration by the site model: what decides at which URL each
 * article is published and which generated pages exist. Everything empty means the generator's defaults.
 *
 * @param permalinks         per Hugo section or Jekyll collection, the pattern its pages are published at
 * @param uglyUrls           pages published as {@code /section/page.html}, not {@code /section/page/} (Hugo
 *                           {@code uglyURLs}, Astro {@code build.format: 'file'}, MkDocs {@code use_directory_urls: false})
 * @param uglySections       Hugo {@code [uglyURLs]} given per section: the sections published with ugly URLs
 * @param postPermalink      Jekyll's site-wide {@code permalink} for posts, its built-in styles expanded
 * @param collectionsDir     Jekyll's {@code collections_dir}: where the {@code _collection} folders and
 *                           {@code _posts} are, relative to the source; empty for the source itself
 * @param unpublished        Jekyll collections whose documents are not rendered ({@code output: false}, the default)
 * @param languages          Hugo languages: the codes, the default one first
 * @param defaultInSubdir    Hugo {@code defaultContentLanguageInSubdir}: the default language under {@code /en/} too
 * @param languageFolders    Hugo: a language's own content folder, relative to the content root ({@code en} → en)
 * @param taxonomies         Hugo taxonomies (plural names): their list and term pages exist
 * @param disabledKinds      Hugo {@code disableKinds}, lower-case: pages of these kinds are not published
 * @param basePath           Astro {@code base}: every page URL starts with it ({@code /docs}); empty for none
 * @param trailingSlash      Astro {@code trailingSlash: 'always'}: a page URL without its final slash is not routed
 * @param routes             pages made by templates ({@code src/pages/about.astro} → {@code /about/})
 * @param fallbackPrefixes   URL prefixes under which the platform serves a page this repository lacks from another
 *                           one (MDN serves an untranslated {@code /de/docs/…} page in English): such links are not
 *                           judged, only counted
 * @param sharedReferences   reference labels every page gets from a file the generator appends to each
 *                           (pymdownx.snippets' {@code auto_append}), normalized as CommonMark matches labels
 */
public record SiteRules(Map<String, String> permalinks, boolean uglyUrls, Set<String> uglySections,
        Optional<String> postPermalink,
        String collectionsDir, Set<String> unpublished, List<String> languages, boolean defaultInSubdir,
        Map<String, String> languageFolders, List<String> taxonomies, Set<String> disabledKinds, String basePath,
        boolean trailingSlash, List<String> routes, List<String> fallbackPrefixes,
        Set<String> sharedReferences) {

    /** Hugo's default taxonomies (gohugo.io/content-management/taxonomies/#default-taxonomies). */
    public static final List<String> DEFAULT_TAXONOMIES = List.of("tags", "categories");

    public SiteRules {
        permalinks = Map.copyOf(permalinks);
        uglySections = Set.copyOf(uglySections);
        unpublished = Set.copyOf(unpublished);
        languages = List.copyOf(languages);
        languageFolders = Map.copyOf(languageFolders);
        taxonomies = List.copyOf(taxonomies);
        disabledKinds = Set.copyOf(disabledKinds);
        routes = List.copyOf(routes);
        fallbackPrefixes = List.copyOf(fallbackPrefixes);
        sharedReferences = Set.copyOf(sharedReferences);
        basePath = basePath == null || basePath.replaceAll("/", "").isBlank() ? "" : "/" + basePath.replaceAll("^/+|/+$", "");
        collectionsDir = collectionsDir == null ? "" : collectionsDir.replaceAll("^/+|/+$", "");
    }

    /** The generator's defaults: no rule of its own. */
    public static SiteRules defaults() {
        return new SiteRules(Map.of(), false, Set.of(), Optional.empty(), "", Set.of(), List.of(), false, Map.of(),
                DEFAULT_TAXONOMIES, Set.of(), "", false, List.of(), List.of(), Set.of());
    }

    public SiteRules withPermalinks(Map<String, String> value) {
        return new SiteRules(value, uglyUrls, uglySections, postPermalink, collectionsDir, unpublished, languages, defaultInSubdir,
                languageFolders, taxonomies, disabledKinds, basePath, trailingSlash, routes, fallbackPrefixes, sharedReferences);
    }

    public SiteRules withUglyUrls(boolean value) {
        return new SiteRules(permalinks, value, uglySections, postPermalink, collectionsDir, unpublished, languages, defaultInSubdir,
                languageFolders, taxonomies, disabledKinds, basePath, trailingSlash, routes, fallbackPrefixes, sharedReferences);
    }

    /** The same rules, with the reference labels every page gets from an appended file. */
    public SiteRules withSharedReferences(Set<String> value) {
        return new SiteRules(permalinks, uglyUrls, uglySections, postPermalink, collectionsDir, unpublished, languages,
                defaultInSubdir, languageFolders, taxonomies, disabledKinds, basePath, trailingSlash, routes,
                fallbackPrefixes, value);
    }

    /** A reference label as CommonMark matches it: case-folded, inner white space as one space. */
    public static String normalizeLabel(String label) {
        return label.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether pages of this Hugo section (or of the whole site) are published as {@code page.html}. */
    public boolean ugly(String section) {
        return uglyUrls || uglySections.contains(section);
    }

    /** Whether Hugo publishes pages of this kind ({@code taxonomy}, {@code term}, {@code rss}, {@code 404}…). */
    public boolean publishes(String kind) {
        return !disabledKinds.contains(kind);
    }

    /** A stable text of every rule, for the index key: a change to the generator's rules invalidates the index. */
    public String indexKey() {
        return new java.util.TreeMap<>(permalinks) + "|" + uglyUrls + "|" + new java.util.TreeSet<>(uglySections)
                + "|" + postPermalink + "|" + collectionsDir + "|"
                + new java.util.TreeSet<>(unpublished) + "|" + languages + "|" + defaultInSubdir + "|"
                + new java.util.TreeMap<>(languageFolders) + "|" + taxonomies + "|" + new java.util.TreeSet<>(disabledKinds)
                + "|" + basePath + "|" + trailingSlash + "|" + routes + "|" + fallbackPrefixes + "|" + new java.util.TreeSet<>(sharedReferences);
    }
}
