package io.github.articlecheck.engine;

import java.util.List;

/**
 * What a run found: findings sorted by path, line, column and rule id; the number of articles checked; the
 * wall time; the rules that were active, for the reports; summary notes (what was not checked, and why) and
 * warnings about the run itself (an unreadable cache), which are not findings of any article.
 */
public record EngineResult(List<Finding> findings, int articleCount, long durationMillis, List<RuleDescriptor> rules,
        List<String> notes, List<String> warnings) {

    public EngineResult {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public EngineResult(List<Finding> findings, int articleCount, long durationMillis, List<RuleDescriptor> rules) {
        this(findings, articleCount, durationMillis, rules, List.of(), List.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Findings at or above {@code threshold}: those that can fail the build. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
