package io.github.articlecheck.core;

import java.util.Arrays;

/**
 * The decoded text of a file with a line-start index, so that any UTF-16 offset maps to a 1-based line and a
 * 1-based column counted in code points. Lines end at LF, CRLF or a lone CR, as in CommonMark and YAML.
 */
public final class SourceText {
    private final String text;
    /** The text's characters: scans over an array cost a fraction of String.charAt per character. */
    private final char[] chars;
    private final int[] lineStarts;
    /** Where the last CR is, -1 without one: the line index sees each, so no other pass has to look for one. */
    private final int lastCarriageReturn;

    public SourceText(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        LineIndex index = indexLines(chars);
        this.lineStarts = index.starts();
        this.lastCarriageReturn = index.lastCarriageReturn();
    }

    private record LineIndex(int[] starts, int lastCarriageReturn) {
    }

    private static LineIndex indexLines(char[] text) {
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        int lastCarriageReturn = -1;
        int length = text.length;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c > '\r') {
                continue; // one comparison for nearly every character
            }
            if (c == '\r') {
                lastCarriageReturn = i;
            }
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == length || text[i + 1] != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count), lastCarriageReturn);
    }

    /** Whether the text holds a CR at {@code from} or after. */
    public boolean hasCarriageReturnFrom(int from) {
        return lastCarriageReturn >= from;
    }

    public String text() {
        return text;
    }

    /**
     * The text's characters, shared: for checks that scan every character (read them, never write). The article is
     * checked on one thread, so one copy serves every check.
     */
    public char[] chars() {
        return chars;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of a UTF-16 offset. */
    public int line(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** 1-based column of a UTF-16 offset, in code points. */
    public int column(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int start = lineStarts[line(clamped) - 1];
        return text.codePointCount(start, clamped) + 1;
    }

    /** UTF-16 offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(1, Math.min(line, lineStarts.length)) - 1];
    }

    /** UTF-16 offset just past the last character of a line, before its line ending. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of a 1-based line without its line ending. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** UTF-16 offset of a 1-based line and code-point column. */
    public int offset(int line, int column) {
        int start = lineStart(line);
        int end = lineEnd(line);
        int offset = start;
        for (int i = 1; i < column && offset < end; i++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }
}
