package io.github.articlecheck.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A finding being described by a check: where it starts (given by the sink), then optionally where it ends, a
 * milder severity, its subject, a fix and the files it concerns; {@link #report} hands it to the runner, which
 * applies the user's rule levels. Not thread-safe: one per finding.
 */
public final class Report {
    private final String path;
    private final SourceText source;
    private final int line;
    private final int column;
    private final int startOffset;
    private final Consumer<Finding> destination;
    private int endLine;
    private int endColumn;
    private Severity severity;
    private String subject = "";
    private final List<TextEdit> edits = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();

    /** A report at a line and column of a file ({@code source} may be null when offsets are not used). */
    public Report(String path, SourceText source, int line, int column, Consumer<Finding> destination) {
        this(path, source, line, column, -1, destination);
    }

    /** A report at an offset of the article's text. */
    public Report(String path, SourceText source, int offset, Consumer<Finding> destination) {
        this(path, source, source.line(offset), source.column(offset), offset, destination);
    }

    private Report(String path, SourceText source, int line, int column, int startOffset, Consumer<Finding> destination) {
        this.path = path;
        this.source = source;
        this.line = line;
        this.column = column;
        this.startOffset = startOffset;
        this.endLine = line;
        this.endColumn = column;
        this.destination = destination;
    }

    /** Where the offending text ends (an offset of the article's text, exclusive). */
    public Report to(int endOffset) {
        if (source != null && endOffset >= Math.max(0, startOffset)) {
            endLine = source.line(endOffset);
            endColumn = source.column(endOffset);
        }
        return this;
    }

    /** Where the offending text ends, as a line and column. */
    public Report to(int line, int column) {
        endLine = line;
        endColumn = column;
        return this;
    }

    /** A severity milder than the rule's default, for legal but fragile input; a level the user set still wins. */
    public Report severity(Severity value) {
        severity = value;
        return this;
    }

    public Report subject(String value) {
        subject = value == null ? "" : value;
        return this;
    }

    public Report edit(TextEdit edit) {
        edits.add(edit);
        return this;
    }

    /** Replaces the text between two offsets of the article: the fix of this finding. */
    public Report replace(int start, int end, String replacement) {
        if (source != null) {
            edits.add(TextEdit.replace(source, start, end, replacement));
        }
        return this;
    }

    /** Another file this finding is about (a link's target). */
    public Report target(String relativePath) {
        targets.add(relativePath);
        return this;
    }

    /** Reports the finding with the given rule's default severity (or the milder one set) and message. */
    public void report(RuleDescriptor rule, String messageKey, Object... args) {
        destination.accept(new Finding(path, line, column, endLine, endColumn, rule.id(),
                severity == null ? rule.defaultSeverity() : severity, Message.of(messageKey, args), subject, edits,
                targets));
    }
}
