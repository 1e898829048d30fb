package io.github.articlecheck.engine;

import io.github.articlecheck.article.Article;
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
        boolean enabled(String ruleId);

        void report(String relativePath, String ruleId, int line, int column, String message);

        /** Reports a finding milder than the rule's default; a level the user configured wins. */
        void report(String relativePath, String ruleId, Severity severity, int line, int column, String message);

        /** A line for the summary (for instance how many links were not checked, and why). */
        void note(String line);

        /** A problem of the run itself, not of an article (for instance an unreadable cache): logged as a warning. */
        void warn(String line);
    }
}
