package io.github.articlecheck.links;

import io.github.articlecheck.core.ChangeSet;
import io.github.articlecheck.read.ArticleReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the link check needs to know of the run: where the site is, the link options, the changed-files scope (to
 * request only URLs a change added) and a reader for snippets that pages include but that are not articles.
 */
public record LinkSettings(Path baseDirectory, Path contentDirectory, List<Path> siteRoots, LinkOptions links,
        Optional<ChangeSet> changeSet, ArticleReader reader) {

    public LinkSettings {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        siteRoots = List.copyOf(siteRoots);
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(reader, "reader");
    }
}
