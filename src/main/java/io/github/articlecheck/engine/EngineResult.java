package io.github.articlecheck.engine;

import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Finding;
import java.util.List;
import java.util.Map;

/**
 * What a run found: findings sorted by path, line, column and rule id; the number of articles checked; the
 * wall time; the rules that were active, for the reports; summary notes (what was not checked, and why) and
 * warnings about the run itself (an unreadable cache), which are not findings of any article; and, when asked
 * for, a content hash per article path (for the baseline, which follows renamed articles by content); and the
 * failures of the run itself (a check that died with no article at fault), which fail the build.
 */
public record EngineResult(List<Finding> findings, int articleCount, long durationMillis, List<RuleDescriptor> rules,
        List<Message> notes, List<Message> warnings, Map<String, String> contentHashes, List<Message> errors,
        Map<String, Map<String, Double>> metrics) {

    public EngineResult {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        contentHashes = Map.copyOf(contentHashes);
        errors = List.copyOf(errors);
        java.util.TreeMap<String, Map<String, Double>> sorted = new java.util.TreeMap<>();
        metrics.forEach((path, values) -> sorted.put(path, java.util.Collections.unmodifiableMap(
                new java.util.TreeMap<>(values))));
        metrics = java.util.Collections.unmodifiableSortedMap(sorted);
    }

    public EngineResult(List<Finding> findings, int articleCount, long durationMillis, List<RuleDescriptor> rules,
            List<Message> notes, List<Message> warnings, Map<String, String> contentHashes, List<Message> errors) {
        this(findings, articleCount, durationMillis, rules, notes, warnings, contentHashes, errors, Map.of());
    }

    public EngineResult(List<Finding> findings, int articleCount, long durationMillis, List<RuleDescriptor> rules,
            List<Message> notes, List<Message> warnings, Map<String, String> contentHashes) {
        this(findings, articleCount, durationMillis, rules, notes, warnings, contentHashes, List.of());
    }

    public EngineResult(List<Finding> findings, int articleCount, long durationMillis, List<RuleDescriptor> rules) {
        this(findings, articleCount, durationMillis, rules, List.of(), List.of(), Map.of());
    }

    /** The same run with other findings (for instance those not in the baseline). */
    public EngineResult withFindings(List<Finding> replacement) {
        return new EngineResult(replacement, articleCount, durationMillis, rules, notes, warnings, contentHashes, errors,
                metrics);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Findings at or above {@code threshold}: those that can fail the build. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
