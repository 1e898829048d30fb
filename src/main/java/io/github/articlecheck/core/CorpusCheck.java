package io.github.articlecheck.core;

import java.util.List;

/**
 * A check across articles (for instance a link from one article to another's heading). The engine calls
 * {@link #collect} once per article, in parallel, while the article is parsed in memory (or {@link #restore}
 * with what an earlier run collected, for an unchanged article), then {@link #finish} once. Implementations keep only the facts they need from each article, not the article itself, so memory
 * stays flat on large sites.
 */
public interface CorpusCheck {

    List<RuleDescriptor> rules();

    /**
     * Everything this check's results depend on besides the articles (its settings, the content of files it
     * reads): part of the index key, so a change in any of it empties the index rather than serving stale results.
     */
    String indexKey();

    /**
     * Takes what this check needs of an article and keeps it; returns it so that the index can hand it back
     * through {@link #restore} on a later run while the article is unchanged. Called concurrently.
     */
    Facts collect(Article article);

    /** Reads facts that {@link Facts#write} wrote on an earlier run. */
    Facts read(IndexInput in);

    /** Keeps the facts {@link #collect} returned for this article on an earlier run. Called concurrently. */
    void restore(Facts facts);

    void finish(CorpusFindingSink sink);

    /** What one article gives a corpus check, in a form the index can keep. */
    interface Facts {
        void write(IndexOutput out);
    }

    /** Where a corpus check reports: like {@link FindingSink}, naming the article. */
    interface CorpusFindingSink {
        boolean enabled(RuleDescriptor rule);

        /** A finding in the article at {@code relativePath}, at a 1-based line and code-point column. */
        Report at(String relativePath, int line, int column);

        /** A finding built while collecting (kept in the index with the article's facts). */
        void report(Finding finding);

        /** A line for the summary (for instance how many links were not checked, and why). */
        void note(Message line);

        /** A problem of the run itself, not of an article (for instance an unreadable cache): logged as a warning. */
        void warn(Message line);

        /**
         * A failure of the run itself that no article is at fault for (a worker thread that died): logged as an error,
         * and the run fails, so that a check that could not be done never passes quietly.
         */
        void fail(Message line);

        /** A measure of one article (its word count, a readability score) for the reports; no finding. */
        default void metric(String relativePath, String name, double value) {
        }
    }
}
