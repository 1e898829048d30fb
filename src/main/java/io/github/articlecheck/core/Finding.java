package io.github.articlecheck.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem at one place, as data. {@code path} is relative to the project base directory with '/' separators;
 * lines and columns count from 1, columns in code points; the end is inclusive of nothing (it may equal the start).
 *
 * @param message the message key and its arguments, rendered in the user's language at the edge
 * @param subject what is at fault, stable across edits and languages (the key, URL, label or anchor): it identifies
 *                the finding in baselines and report fingerprints, together with the rule and the path
 * @param edits   a fix, when it is known for certain (empty otherwise)
 * @param targets other files this finding is about (the file a link points at): in changed-files mode a finding
 *                of an untouched article is still reported when one of them changed
 */
public record Finding(String path, int line, int column, int endLine, int endColumn, String ruleId,
        Severity severity, Message message, String subject, List<TextEdit> edits, List<String> targets)
        implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::subject)
            .thenComparing(f -> f.message().toString())
            // the rest only breaks ties, so that the order never depends on which thread reported first
            .thenComparingInt(Finding::endLine)
            .thenComparingInt(Finding::endColumn)
            .thenComparing(Finding::severity)
            .thenComparing(f -> f.edits().toString())
            .thenComparing(f -> f.targets().toString());

    public Finding {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        subject = subject == null ? "" : subject;
        edits = List.copyOf(edits);
        targets = List.copyOf(targets);
        line = Math.max(1, line);
        column = Math.max(1, column);
        if (endLine < line || (endLine == line && endColumn < column)) {
            endLine = line;
            endColumn = column;
        }
    }

    /** A finding at one point, with no fix. */
    public static Finding at(String path, int line, int column, String ruleId, Severity severity, String subject,
            Message message) {
        return new Finding(path, line, column, line, column, ruleId, severity, message, subject, List.of(), List.of());
    }

    public Finding withSeverity(Severity value) {
        return value == severity ? this
                : new Finding(path, line, column, endLine, endColumn, ruleId, value, message, subject, edits, targets);
    }

    public Finding withPath(String value) {
        return new Finding(value, line, column, endLine, endColumn, ruleId, severity, message, subject, edits, targets);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
