package io.github.articlecheck.core;

import java.util.Locale;

/** How serious a finding is. Ordered from most to least severe. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "error":
                return ERROR;
            case "warning":
            case "warn":
                return WARNING;
            default:
                throw new ConfigurationException("'" + text + "' is not a severity: use error or warning");
        }
    }
}
