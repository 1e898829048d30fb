package io.github.articlecheck.core;

import java.util.Objects;

/**
 * A rule's stable identity: its id ({@code category.name}, never changed once released: users put it in their
 * {@code <rules>} configuration, baselines and suppressions), its default severity and whether it is on by default.
 * Its summary and help are in the message bundles, under {@code rule.<id>.summary} and {@code rule.<id>.help}.
 */
public record RuleDescriptor(String id, Severity defaultSeverity, boolean enabledByDefault) {

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        if (!id.matches("[a-z][a-z0-9]*\\.[a-z0-9-]+")) {
            throw new IllegalArgumentException("rule id must look like category.name: " + id);
        }
    }

    public static RuleDescriptor of(String id, Severity severity) {
        return new RuleDescriptor(id, severity, true);
    }

    /** A rule users turn on in their configuration. */
    public static RuleDescriptor offByDefault(String id, Severity severity) {
        return new RuleDescriptor(id, severity, false);
    }

    public String summaryKey() {
        return "rule." + id + ".summary";
    }

    public String helpKey() {
        return "rule." + id + ".help";
    }

    /** The same rule reported at another severity (the level the user configured). */
    public RuleDescriptor withSeverity(Severity severity) {
        return new RuleDescriptor(id, severity, true);
    }
}
