package io.github.articlecheck.core;

import java.util.List;

/**
 * A check of one article at a time. Implementations are stateless or thread-safe: articles are checked in
 * parallel. They read the shared parsed {@link Article}; they never read the file again.
 */
public interface ArticleCheck {

    /** The rules this check reports, with their stable ids and default severities. */
    List<RuleDescriptor> rules();

    /**
     * Everything this check's findings depend on besides the article (its settings, the content of files it
     * reads, such as schemas): part of the index key, so a change in any of it empties the index rather than
     * serving stale findings.
     */
    String indexKey();

    void check(Article article, FindingSink sink);

    /**
     * Waits for set-up the check began in the background when it was made, and throws {@link ConfigurationException}
     * when that set-up failed (a broken schema). {@link #check} waits for it too; the engine calls this once every
     * article is through, so that a broken set-up fails the run even when no article was checked afresh.
     */
    default void awaitReady() {
    }
}
