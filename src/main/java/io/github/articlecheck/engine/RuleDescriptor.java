package io.github.articlecheck.engine;

import java.util.Objects;

/**
 * A rule's stable identity and documentation. The id ({@code category.name}) never changes once released:
 * users put it in their {@code <rules>} configuration, baselines and suppressions.
 */
public record RuleDescriptor(String id, Severity defaultSeverity, boolean enabledByDefault, String summary, String help) {

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        if (!id.matches("[a-z]+\\.[a-z0-9-]+")) {
            throw new IllegalArgumentException("rule id must look like category.name: " + id);
        }
    }

    public static RuleDescriptor of(String id, Severity severity, String summary, String help) {
        return new RuleDescriptor(id, severity, true, summary, help);
    }
}
