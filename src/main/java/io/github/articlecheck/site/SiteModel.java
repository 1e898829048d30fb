package io.github.articlecheck.site;

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
 * @param permalinks     per section (Hugo) or collection (Jekyll): the published URL pattern, with its tokens
 * @param uglyUrls       pages published as {@code /section/page.html} rather than {@code /section/page/}
 * @param headingIds     the generator's heading id style: {@code github}, {@code github-ascii}, {@code blackfriday},
 *                       {@code kramdown}
 * @param notUnderstood  configuration that matters but that only the generator can evaluate, in plain words
 * @param linkLookup     links are rendered through a hook that looks pages up (Hugo's GetPage): page paths match
 *                       whatever their letter case, and relative ones also from the content root
 * @param excludes       files of the content folder the generator does not publish (patterns relative to it)
 * @param includes       more files the generator reads as articles ({@code **}{@code /*.mdx} for Astro)
 * @param hookDestinations destinations the site's link render hook compares literally and handles itself (Hugo's
 *                       documentation renders {@code [term](g)} as a glossary link): not checked as files
 */
public record SiteModel(Generator generator, Optional<Path> configuration, List<Path> contentFolders,
        List<Path> staticFolders, Optional<String> baseUrl, Map<String, String> permalinks, boolean uglyUrls,
        Optional<String> headingIds, List<String> notUnderstood, boolean linkLookup, List<String> excludes,
        List<String> includes, List<String> hookDestinations) {

    /** A site whose link render hook, if any, has no destinations of its own. */
    public SiteModel(Generator generator, Optional<Path> configuration, List<Path> contentFolders,
            List<Path> staticFolders, Optional<String> baseUrl, Map<String, String> permalinks, boolean uglyUrls,
            Optional<String> headingIds, List<String> notUnderstood, boolean linkLookup, List<String> excludes,
            List<String> includes) {
        this(generator, configuration, contentFolders, staticFolders, baseUrl, permalinks, uglyUrls, headingIds,
                notUnderstood, linkLookup, excludes, includes, List.of());
    }

    public SiteModel {
        hookDestinations = List.copyOf(hookDestinations);
        contentFolders = List.copyOf(contentFolders);
        staticFolders = List.copyOf(staticFolders);
        permalinks = Map.copyOf(permalinks);
        notUnderstood = List.copyOf(notUnderstood);
        excludes = List.copyOf(excludes);
        includes = List.copyOf(includes);
    }

    /** No generator: files are articles and links are files. */
    public static SiteModel none() {
        return new SiteModel(Generator.NONE, Optional.empty(), List.of(), List.of(), Optional.empty(), Map.of(), false,
                Optional.empty(), List.of(), false, List.of(), List.of());
    }
}
