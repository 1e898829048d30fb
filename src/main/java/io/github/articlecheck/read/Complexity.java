package io.github.articlecheck.read;

import io.github.articlecheck.core.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * What one article may cost. Some inputs make the Markdown parser slow or deep beyond reason (thousands of links,
 * tags or emphasis marks in one paragraph take it seconds to minutes, a thousand-column table row or thousands of
 * nested containers overflow its stack). Such a block is found by a linear scan before parsing, left out of the
 * parse (blanked, so every offset stays the file's) and reported once, naming the construct and the limit; the rest
 * of the article is checked as usual. Limits sit far above what real articles hold.
 */
public final class Complexity {
    /** Inline elements ([, <, `, *, _, !) in one paragraph: the parser's cost grows with their square. */
    public static final int MAX_INLINE_MARKERS = 2_000;
    /** Cells in one table row: the table parser recurses per cell. */
    public static final int MAX_TABLE_CELLS = 256;
    /** Block containers opened on one line (> quote, list items): the parser recurses per level. */
    public static final int MAX_NESTING = 64;

    /** A table's delimiter row; its cells repeated possessively, since a repeated group recurses per cell in Java. */
    private static final java.util.regex.Pattern DELIMITER_ROW = java.util.regex.Pattern.compile(
            "\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*+\\|?");

    private Complexity() {
    }

    /** A block left out of the parse: where it starts, and why. */
    public record Excess(int offset, Message why) {
    }

    /**
     * The text to parse (too complex blocks blanked), its characters (the given array when nothing was blanked; only
     * read), and what was left out.
     */
    public record Screened(String text, char[] chars, List<Excess> excesses) {
    }

    /** Screens the body of {@code text} from {@code bodyStart}: a copy with too complex blocks blanked, or itself. */
    public static Screened screen(String text, int bodyStart) {
        return screen(text, text.toCharArray(), bodyStart, text.indexOf('\r', bodyStart) >= 0);
    }

    /**
     * As {@link #screen(String, int)}, given the text's characters already copied (they are only read) and whether
     * the body holds a CR (the line index knows).
     */
    public static Screened screen(String text, char[] chars, int bodyStart, boolean carriageReturns) {
        List<Excess> excesses = new ArrayList<>();
        char[] blanked = null;
        boolean fenced = false;
        int blockStart = -1;
        int markers = 0;
        boolean inlineParsed = true;
        int lineInBlock = 0;
        Message problem = null;
        int lineStart = bodyStart;
        LineScan line = new LineScan();
        // Lines are read in place, in an array: a copy of each line, or String.charAt per character, cost more than
        // the rest of the screen.
        while (lineStart <= text.length()) {
            line.scan(chars, lineStart, carriageReturns);
            int lineEnd = line.end;
            int first = firstNonWhitespace(chars, lineStart, lineEnd);
            boolean blank = first == lineEnd;
            if (!blank && blockStart < 0) {
                blockStart = lineStart;
                lineInBlock = 0;
                // Raw HTML blocks are not parsed inline (a 500-row HTML table is thousands of tags, and fine).
                inlineParsed = chars[first] != '<';
            }
            boolean fence = !blank && (startsFence(chars, first, lineEnd, '`') || startsFence(chars, first, lineEnd, '~'));
            if (!blank && lineInBlock++ == 1 && mayBeDelimiterRow(chars, first, lineEnd)
                    && DELIMITER_ROW.matcher(text.substring(lineStart, lineEnd).strip()).matches()) {
                inlineParsed = false; // a pipe table: each cell is parsed on its own, at no superlinear cost
                markers = 0;
            }
            if (!fenced && !fence && !blank) {
                markers += inlineParsed ? line.markers : 0;
                if (problem == null) {
                    problem = lineProblem(chars, lineStart, lineEnd, line.pipes);
                }
            }
            if (fence) {
                fenced = !fenced; // code blocks cost nothing: their content is not parsed inline
            }
            int next = nextLine(text, lineEnd);
            boolean blockEnds = blank && !fenced || next > text.length();
            if (blockEnds && blockStart >= 0) {
                if (problem == null && markers > MAX_INLINE_MARKERS) {
                    problem = Message.of("article.too-complex.inline", markers, MAX_INLINE_MARKERS);
                }
                if (problem != null) {
                    excesses.add(new Excess(blockStart, problem));
                    if (blanked == null) {
                        blanked = chars.clone();
                    }
                    for (int k = blockStart; k < lineEnd; k++) {
                        if (blanked[k] != '\n' && blanked[k] != '\r') {
                            blanked[k] = ' ';
                        }
                    }
                }
                blockStart = -1;
                markers = 0;
                problem = null;
            }
            lineStart = next;
        }
        return new Screened(blanked == null ? text : new String(blanked), blanked == null ? chars : blanked,
                List.copyOf(excesses));
    }

    /**
     * Whether the line holds only a delimiter row's characters ({@code | : -} and blanks) with a {@code -}: the
     * lines {@link #DELIMITER_ROW} may match, screened in place (the second line of every paragraph is tried).
     */
    private static boolean mayBeDelimiterRow(char[] chars, int from, int to) {
        boolean dash = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return dash;
    }

    /** The start of the line after the one ending at {@code lineEnd}; past the text's end after the last line. */
    private static int nextLine(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length() + 1;
        }
        return text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n'
                ? lineEnd + 2 : lineEnd + 1;
    }

    /** The first character of {@code text[from, to)} that is not white space, or {@code to}: as String.strip. */
    private static int firstNonWhitespace(char[] text, int from, int to) {
        int k = from;
        while (k < to && Character.isWhitespace(text[k])) {
            k++;
        }
        return k;
    }

    /** Three {@code mark}s from {@code at}, before {@code to}: a code fence. */
    private static boolean startsFence(char[] text, int at, int to, char mark) {
        return at + 3 <= to && text[at] == mark && text[at + 1] == mark && text[at + 2] == mark;
    }

    /**
     * What each character is to the screen: an inline marker, a table pipe, a line end, or nothing. A table of every
     * char (64 KB), so that the scan does one load per character, not a range test and a load.
     */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];
    private static final byte MARKER = 1;
    private static final byte PIPE = 2;
    private static final byte LINE_END = 3;

    static {
        for (char c : "[<`*_!".toCharArray()) {
            KIND[c] = MARKER;
        }
        KIND['|'] = PIPE;
        KIND['\n'] = LINE_END;
        KIND['\r'] = LINE_END;
    }

    /**
     * One line read in one pass: where it ends (before LF, or before CR too when the text has any), its inline
     * markers ([, <, `, *, _, !) and its unescaped pipes.
     */
    private static final class LineScan {
        int end;
        int markers;
        int pipes;

        void scan(char[] text, int from, boolean carriageReturns) {
            int markerCount = 0;
            int pipeCount = 0;
            int k = from;
            for (; k < text.length; k++) {
                char c = text[k];
                byte kind = KIND[c];
                if (kind != 0) {
                    if (kind == MARKER) {
                        markerCount++;
                    } else if (kind == PIPE) {
                        if (k == from || text[k - 1] != '\\') {
                            pipeCount++;
                        }
                    } else if (c == '\n' || carriageReturns) {
                        break; // LF, or CR in a text that has them
                    }
                }
            }
            end = k;
            markers = markerCount;
            pipes = pipeCount;
        }
    }

    /** A line ({@code text[from, to)}, with {@code pipes}) with too many table cells or too deeply nested containers. */
    private static Message lineProblem(char[] text, int from, int to, int pipes) {
        if (pipes > MAX_TABLE_CELLS) {
            return Message.of("article.too-complex.table", pipes, MAX_TABLE_CELLS);
        }
        int depth = 0;
        int k = from;
        while (k < to) {
            char c = text[k];
            if (c == ' ' || c == '\t') {
                k++;
            } else if (c == '>') {
                depth++;
                k++;
            } else if ((c == '-' || c == '*' || c == '+') && k + 1 < to && text[k + 1] == ' ') {
                depth++;
                k += 2;
            } else if (Character.isDigit(c)) {
                int d = k;
                while (d < to && d - k < 9 && Character.isDigit(text[d])) {
                    d++;
                }
                if (d + 1 < to && (text[d] == '.' || text[d] == ')') && text[d + 1] == ' ') {
                    depth++;
                    k = d + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return depth > MAX_NESTING ? Message.of("article.too-complex.nesting", depth, MAX_NESTING) : null;
    }

}
