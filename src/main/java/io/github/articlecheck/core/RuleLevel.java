package io.github.articlecheck.core;

import java.util.Locale;
import java.util.Optional;

/** A per-rule override from the configuration: a severity, or off. */
public enum RuleLevel {
    ERROR,
    WARNING,
    OFF;

    public Optional<Severity> severity() {
        switch (this) {
            case ERROR:
                return Optional.of(Severity.ERROR);
            case WARNING:
                return Optional.of(Severity.WARNING);
            default:
                return Optional.empty();
        }
    }

    public static RuleLevel parse(String ruleId, String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "error":
                return ERROR;
            case "warning":
            case "warn":
                return WARNING;
            case "off":
            case "false":
            case "none":
                return OFF;
            default:
                throw new ConfigurationException("rule " + ruleId + ": '" + text
                        + "' is not a level; use error, warning or off");
        }
    }
}
