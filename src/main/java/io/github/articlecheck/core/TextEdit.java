package io.github.articlecheck.core;

import java.util.Objects;

/**
 * A change that fixes a finding: replace the text from {@code startLine:startColumn} (inclusive) to
 * {@code endLine:endColumn} (exclusive) with {@code replacement}. Lines and columns count from 1, columns in code
 * points, as in findings; an insertion has equal ends.
 */
public record TextEdit(int startLine, int startColumn, int endLine, int endColumn, String replacement) {

    public TextEdit {
        Objects.requireNonNull(replacement, "replacement");
        if (startLine < 1 || startColumn < 1 || endLine < startLine || endLine == startLine && endColumn < startColumn) {
            throw new IllegalArgumentException("bad edit range " + startLine + ":" + startColumn + ".." + endLine + ":"
                    + endColumn);
        }
    }

    /** An edit of {@code source} between two UTF-16 offsets. */
    public static TextEdit replace(SourceText source, int start, int end, String replacement) {
        return new TextEdit(source.line(start), source.column(start), source.line(end), source.column(end), replacement);
    }

    /** Replaces {@code old}, written on one line from {@code line:column}, with {@code replacement}. */
    public static TextEdit replaceOnLine(int line, int column, String old, String replacement) {
        return new TextEdit(line, column, line, column + old.codePointCount(0, old.length()), replacement);
    }
}
