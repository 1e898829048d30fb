package io.github.articlecheck.engine;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem at one place. {@code path} is relative to the project base directory with '/' separators;
 * {@code line} and {@code column} count from 1, columns in code points.
 */
public record Finding(String path, int line, int column, String ruleId, Severity severity, String message)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }

    /** The console form: {@code path:line:column: rule-id message}. */
    public String toConsoleLine() {
        return path + ":" + line + ":" + column + ": " + ruleId + " " + message;
    }
}
