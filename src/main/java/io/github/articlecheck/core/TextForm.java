package io.github.articlecheck.core;

/**
 * How a file was written, so that a rewrite can keep it: whether it started with a UTF-8 byte order mark, which
 * line ending it uses, and whether its last line ends with one.
 *
 * @param lineEnding {@code "\n"}, {@code "\r\n"} or {@code "\r"}: the first one in the file ({@code "\n"} when it
 *                   has none); {@code mixedLineEndings} says whether others occur too
 */
public record TextForm(boolean byteOrderMark, String lineEnding, boolean mixedLineEndings, boolean finalNewline) {

    public static final TextForm PLAIN = new TextForm(false, "\n", false, true);

    /** The form of decoded text (BOM already removed, {@code byteOrderMark} says whether there was one). */
    public static TextForm of(String text, boolean byteOrderMark) {
        return of(text, byteOrderMark, text.indexOf('\r') >= 0);
    }

    /** The form of a file's text, whose line index already knows whether it holds a CR. */
    public static TextForm of(SourceText source, boolean byteOrderMark) {
        return of(source.text(), byteOrderMark, source.hasCarriageReturnFrom(0));
    }

    private static TextForm of(String text, boolean byteOrderMark, boolean carriageReturns) {
        boolean finalNewline = !text.isEmpty() && (text.endsWith("\n") || text.endsWith("\r"));
        if (!carriageReturns) { // the usual file: LF only, found without a look at each character
            return new TextForm(byteOrderMark, "\n", false, finalNewline);
        }
        String first = null;
        boolean mixed = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String ending = null;
            if (c == '\r') {
                ending = i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
                if (ending.length() == 2) {
                    i++;
                }
            } else if (c == '\n') {
                ending = "\n";
            }
            if (ending != null) {
                if (first == null) {
                    first = ending;
                } else if (!first.equals(ending)) {
                    mixed = true;
                    break;
                }
            }
        }
        return new TextForm(byteOrderMark, first == null ? "\n" : first, mixed, finalNewline);
    }
}
