package io.github.articlecheck.engine;

/** Where a check reports what it finds in one article. Severity and on/off are applied by the engine. */
public interface FindingSink {

    /** False when the user turned the rule off: a check may skip the work for it. */
    boolean enabled(String ruleId);

    /** Reports at a 1-based line and code-point column. */
    void report(String ruleId, int line, int column, String message);

    /** Reports at a UTF-16 offset into the article's text (as flexmark gives). */
    void reportAtOffset(String ruleId, int offset, String message);

    /**
     * Reports a finding that is milder than its rule's default (legal but fragile input) at {@code severity};
     * when the user configured the rule's level, that level applies instead.
     */
    void reportAtOffset(String ruleId, Severity severity, int offset, String message);
}
