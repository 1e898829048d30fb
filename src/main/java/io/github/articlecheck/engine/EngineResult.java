package io.github.articlecheck.engine;

import java.util.List;

/**
 * What a run found: findings sorted by path, line, column and rule id; the number of articles checked; the
 * wall time; and the rules that were active, for the reports.
 */
public record EngineResult(List<Finding> findings, int articleCount, long durationMillis, List<RuleDescriptor> rules,
        List<String> notes) {

    public EngineResult {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        notes = List.copyOf(notes);
    }

    public EngineResult(List<Finding> findings, int articleCount, long durationMillis, List<RuleDescriptor> rules) {
        this(findings, articleCount, durationMillis, rules, List.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Findings at or above {@code threshold}: those that can fail the build. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
