package io.github.articlecheck.engine;

import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.RuleLevel;
import io.github.articlecheck.core.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The user's rule levels, applied to every finding of a run in one place (the scanner's, the reader's, a crashed
 * check's, the checks' own): a rule the user set gets that level; otherwise a rule off by default is dropped and
 * the others keep the severity they were reported at (their default, or a milder one for legal but fragile input).
 */
final class LevelPolicy {
    private final Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
    private final Map<String, RuleLevel> configured;

    LevelPolicy(List<RuleDescriptor> rules, Map<String, RuleLevel> configured) {
        rules.forEach(rule -> this.rules.put(rule.id(), rule));
        for (String id : configured.keySet()) {
            if (!this.rules.containsKey(id)) {
                throw new ConfigurationException("unknown rule id '" + id + "' in <rules>; known ids: "
                        + String.join(", ", new TreeSet<>(this.rules.keySet())));
            }
        }
        this.configured = Map.copyOf(configured);
    }

    /** The severity the rule reports at, or empty when it is off. */
    Optional<Severity> severity(String ruleId) {
        RuleLevel level = configured.get(ruleId);
        if (level != null) {
            return level.severity();
        }
        RuleDescriptor rule = rules.get(ruleId);
        if (rule == null) {
            throw new IllegalStateException("rule " + ruleId + " is reported but not registered");
        }
        return rule.enabledByDefault() ? Optional.of(rule.defaultSeverity()) : Optional.empty();
    }

    boolean enabled(String ruleId) {
        return severity(ruleId).isPresent();
    }

    /** The finding at the level the user wants, or empty when its rule is off. */
    Optional<Finding> apply(Finding finding) {
        RuleLevel level = configured.get(finding.ruleId());
        if (level != null) {
            return level.severity().map(finding::withSeverity);
        }
        return enabled(finding.ruleId()) ? Optional.of(finding) : Optional.empty();
    }

    Set<String> knownIds() {
        return rules.keySet();
    }

    Set<String> enabledIds() {
        return rules.keySet().stream().filter(this::enabled).collect(Collectors.toSet());
    }

    List<RuleDescriptor> all() {
        return List.copyOf(rules.values());
    }

    /** The rules that are on, with the severity they report at. */
    List<RuleDescriptor> active() {
        return rules.values().stream().filter(r -> enabled(r.id()))
                .map(r -> r.withSeverity(severity(r.id()).orElseThrow())).toList();
    }
}
