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

    private final List<FolderRuleLevels.Compiled> folders;
    /** The content directory relative to the base directory, with a trailing '/' ("" when they are the same). */
    private final String contentPrefix;

    LevelPolicy(List<RuleDescriptor> rules, Map<String, RuleLevel> configured) {
        this(rules, configured, List.of(), "");
    }

    LevelPolicy(List<RuleDescriptor> rules, Map<String, RuleLevel> configured, List<FolderRuleLevels> folders,
            String contentPrefix) {
        rules.forEach(rule -> this.rules.put(rule.id(), rule));
        for (String id : configured.keySet()) {
            requireKnown(id, "<rules>");
        }
        folders.forEach(folder -> folder.levels().keySet().forEach(id -> requireKnown(id, "<schemas><rules>")));
        this.configured = Map.copyOf(configured);
        this.folders = folders.stream().map(FolderRuleLevels::compile).toList();
        this.contentPrefix = contentPrefix;
    }

    private void requireKnown(String id, String where) {
        if (!rules.containsKey(id)) {
            throw new ConfigurationException("unknown rule id '" + id + "' in " + where + "; known ids: "
                    + String.join(", ", new TreeSet<>(rules.keySet())));
        }
    }

    /** The level some folder entry sets for this rule on this article (base-relative path), the first one wins. */
    private Optional<RuleLevel> folderLevel(String ruleId, String path) {
        if (folders.isEmpty() || path == null || !path.startsWith(contentPrefix)) {
            return Optional.empty();
        }
        String relative = path.substring(contentPrefix.length());
        for (FolderRuleLevels.Compiled folder : folders) {
            RuleLevel level = folder.levels().get(ruleId);
            if (level != null && folder.covers(relative)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
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

    /** Whether the rule runs at all: on for the run, or on for some folder. */
    boolean enabled(String ruleId) {
        return severity(ruleId).isPresent() || folders.stream()
                .anyMatch(folder -> Optional.ofNullable(folder.levels().get(ruleId)).flatMap(RuleLevel::severity)
                        .isPresent());
    }

    /** The finding at the level the user wants for its article, or empty when its rule is off there. */
    Optional<Finding> apply(Finding finding) {
        Optional<RuleLevel> forFolder = folderLevel(finding.ruleId(), finding.path());
        if (forFolder.isPresent()) {
            return forFolder.get().severity().map(finding::withSeverity);
        }
        RuleLevel level = configured.get(finding.ruleId());
        if (level != null) {
            return level.severity().map(finding::withSeverity);
        }
        return severity(finding.ruleId()).isPresent() ? Optional.of(finding) : Optional.empty();
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
                .map(r -> r.withSeverity(severity(r.id()).orElseGet(() -> folderSeverity(r.id())))).toList();
    }

    /** The severity of a rule only some folders turn on: the first such folder's. */
    private Severity folderSeverity(String ruleId) {
        return folders.stream().map(folder -> Optional.ofNullable(folder.levels().get(ruleId))
                .flatMap(RuleLevel::severity)).flatMap(Optional::stream).findFirst().orElseThrow();
    }
}
