package io.github.articlecheck.links;

import io.github.articlecheck.core.Article;
import java.util.ArrayList;
import java.util.List;

/** The URLs an article is published at under the site's rules, for the articlecheck:site goal. */
public final class SiteUrls {
    private final PublishedUrls urls;

    public SiteUrls(LinkSettings settings) {
        LinkOptions options = settings.links();
        this.urls = new PublishedUrls(settings.contentDirectory(), options.sitePreset(), options.permalinks(),
                options.siteRules());
    }

    /** The page's own URL first (what its relative links resolve against), then every other URL it answers at. */
    public List<String> of(Article article) {
        List<String> all = new ArrayList<>();
        urls.pageUrl(article).ifPresent(all::add);
        for (String url : urls.ownUrlsOf(article)) {
            String normalized = UrlPathForms.normalize(url);
            if (all.stream().noneMatch(known -> UrlPathForms.normalize(known).equals(normalized))) {
                all.add(url);
            }
        }
        return all;
    }
}
