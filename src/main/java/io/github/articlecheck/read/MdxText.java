package io.github.articlecheck.read;

/**
 * An MDX article as Markdown sees it (mdxjs.com/docs/what-is-mdx): ESM lines ({@code import}, {@code export}), JSX
 * elements ({@code <Tabs>}, {@code <Fragment slot="npm">}, {@code <details>}, {@code <></>}) and block expressions
 * ({@code {/* x *}/}}) are not Markdown, so they are blanked out, keeping every offset; the Markdown between and
 * inside JSX elements stays. In MDX every tag is JSX — {@code <details>} does not swallow the lines after it as a
 * CommonMark HTML block does — so lower-case elements are blanked too, and handed to the HTML checks as tags.
 * Code fences and inline code are left alone.
 */
public final class MdxText {
    private MdxText() {
    }

    /** The masked text, and where the HTML elements (lower-case JSX tags) were: {@code [start, end)} offsets. */
    public record Masked(String text, java.util.List<int[]> htmlTags, java.util.List<int[]> componentTags) {
    }

    /** The text with MDX's own syntax after {@code bodyStart} replaced by spaces (newlines kept). */
    public static Masked mask(String text, int bodyStart) {
        char[] out = text.toCharArray();
        java.util.List<int[]> html = new java.util.ArrayList<>();
        java.util.List<int[]> components = new java.util.ArrayList<>();
        int lineStart = bodyStart;
        String fence = null;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            String trimmed = line.stripLeading();
            if (fence != null) {
                if (trimmed.startsWith(fence) && trimmed.substring(fence.length()).isBlank()) {
                    fence = null;
                    unindent(out, lineStart, line);
                }
            } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fence = trimmed.substring(0, trimmed.startsWith("```") ? countRun(trimmed, '`') : countRun(trimmed, '~'));
                unindent(out, lineStart, line);
            } else if (line.startsWith("import ") || line.startsWith("export ")) {
                lineEnd = blankStatement(text, out, lineStart);
            } else {
                lineEnd = maskLine(text, out, lineStart, lineEnd, html, components);
            }
            lineStart = lineEnd + 1;
        }
        return new Masked(new String(out), html, components);
    }

    /**
     * MDX reads fences however deeply JSX children indent them (micromark, with indented code off, sets no limit),
     * where CommonMark stops at three spaces: a fence line's indentation is moved to its end. Only fence lines move,
     * and nothing on them is reported, so every other position stays exact.
     */
    private static void unindent(char[] out, int lineStart, String line) {
        int indent = line.length() - line.stripLeading().length();
        if (indent < 3 && line.indexOf('\t') < 0) {
            return;
        }
        String content = line.substring(indent).stripTrailing().replace("\r", "");
        int end = lineStart + line.length() - (line.endsWith("\r") ? 1 : 0);
        for (int i = lineStart; i < end; i++) {
            int at = i - lineStart;
            out[i] = at < content.length() ? content.charAt(at) : ' ';
        }
    }

    private static int countRun(String text, char c) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == c) {
            n++;
        }
        return n;
    }

    /** An ESM statement: to the end of its line, or of its braces when it spans lines ({@code export const x = {…}}). */
    private static int blankStatement(String text, char[] out, int start) {
        int depth = 0;
        int i = start;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '\n' && depth == 0) {
                break;
            }
            if (c != '\n') {
                out[i] = ' ';
            }
        }
        return i;
    }

    /** JSX tags and block expressions on one line (a tag may run on to later lines); returns where masking ended. */
    private static int maskLine(String text, char[] out, int start, int end, java.util.List<int[]> html,
            java.util.List<int[]> components) {
        int i = start;
        boolean inCode = false;
        int stop = end;
        while (i < stop && i < text.length()) {
            char c = text.charAt(i);
            if (c == '`') {
                inCode = !inCode;
                i++;
            } else if (!inCode && c == '<' && isJsxTagStart(text, i)) {
                int close = endOfTag(text, i);
                int name = text.charAt(i + 1) == '/' ? i + 2 : i + 1;
                if (name < text.length() && Character.isLowerCase(text.charAt(name))) {
                    html.add(new int[] {i, close});
                } else if (name == i + 1 && name < text.length() && Character.isUpperCase(text.charAt(name))) {
                    components.add(new int[] {i, close});
                }
                blank(out, i, close);
                i = close;
                if (close > stop) {
                    stop = text.indexOf('\n', close);
                    stop = stop < 0 ? text.length() : stop;
                }
            } else if (!inCode && c == '{' && text.substring(start, i).isBlank()) {
                int close = endOfBraces(text, i); // a block expression or {/* comment */}
                blank(out, i, close);
                i = close;
                if (close > stop) {
                    stop = text.indexOf('\n', close);
                    stop = stop < 0 ? text.length() : stop;
                }
            } else {
                i++;
            }
        }
        return stop;
    }

    /** {@code <name}, {@code </name}, {@code <>} or {@code </>}: an element or a fragment. */
    private static boolean isJsxTagStart(String text, int at) {
        int i = at + 1;
        if (i < text.length() && text.charAt(i) == '/') {
            i++;
        }
        return i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '>');
    }

    /** Past the {@code >} that ends a tag, skipping quoted values and {@code {…}} attribute expressions. */
    private static int endOfTag(String text, int at) {
        int depth = 0;
        char quote = 0;
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = depth == 0 ? c : 0;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == '>' && depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int endOfBraces(String text, int at) {
        int depth = 0;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to && i < out.length; i++) {
            if (out[i] != '\n' && out[i] != '\r') {
                out[i] = ' ';
            }
        }
    }
}
