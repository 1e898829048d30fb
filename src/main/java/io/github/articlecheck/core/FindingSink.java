package io.github.articlecheck.core;

/**
 * Where a check reports what it finds in one article. Rule levels (severity, off) are applied by the runner, not
 * by the checks.
 */
public interface FindingSink {

    /** False when the user turned the rule off: a check may skip the work for it. */
    boolean enabled(RuleDescriptor rule);

    /** A finding at a UTF-16 offset into the article's text (as flexmark gives). */
    Report at(int offset);

    /** A finding at a 1-based line and code-point column. */
    Report at(int line, int column);
}
