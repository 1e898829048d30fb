package io.github.articlecheck.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Applies findings' edits to a text: positions become offsets, identical edits (two findings with the same fix)
 * count once, and edits that overlap are refused as a whole, since applying one of them would be a guess.
 */
public final class TextEdits {
    private static final int CONTEXT_LINES = 3;

    private TextEdits() {
    }

    /** An edit as UTF-16 offsets of the text it applies to. */
    public record Span(int start, int end, String replacement) {
    }

    /** The edits sorted and without duplicates, or empty when two of them overlap (or insert at one place). */
    public static Optional<List<Span>> resolve(SourceText source, Collection<TextEdit> edits) {
        LinkedHashSet<Span> unique = new LinkedHashSet<>();
        for (TextEdit edit : edits) {
            if (edit.startLine() > source.lineCount() || edit.endLine() > source.lineCount()) {
                return Optional.empty(); // written for another version of the file
            }
            unique.add(new Span(source.offset(edit.startLine(), edit.startColumn()),
                    source.offset(edit.endLine(), edit.endColumn()), edit.replacement()));
        }
        List<Span> sorted = new ArrayList<>(unique);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        for (int i = 1; i < sorted.size(); i++) {
            Span previous = sorted.get(i - 1);
            Span next = sorted.get(i);
            if (next.start() < previous.end() || next.start() == previous.start()) {
                return Optional.empty();
            }
        }
        return Optional.of(sorted);
    }

    /** The text with sorted, non-overlapping edits applied. */
    public static String apply(String text, List<Span> sorted) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Span span : sorted) {
            out.append(text, at, span.start()).append(span.replacement());
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * A unified diff of the edits ({@code diff -u} style, three lines of context), for a dry run. Lines are shown
     * without their line endings, which edits never change.
     */
    public static String unifiedDiff(String path, SourceText source, List<Span> sorted) {
        StringBuilder out = new StringBuilder("--- a/").append(path).append('\n').append("+++ b/").append(path)
                .append('\n');
        int delta = 0;
        int i = 0;
        String text = source.text();
        // a final line break ends the last line: the empty "line" after it is not shown
        int lineCount = text.endsWith("\n") || text.endsWith("\r") ? Math.max(1, source.lineCount() - 1)
                : source.lineCount();
        while (i < sorted.size()) {
            int first = Math.max(1, source.line(sorted.get(i).start()) - CONTEXT_LINES);
            int last = Math.min(lineCount, source.line(sorted.get(i).end()) + CONTEXT_LINES);
            int j = i + 1;
            while (j < sorted.size() && source.line(sorted.get(j).start()) - CONTEXT_LINES <= last + 1) {
                last = Math.min(lineCount, source.line(sorted.get(j).end()) + CONTEXT_LINES);
                j++;
            }
            int from = source.lineStart(first);
            int to = Math.max(source.lineEnd(last), sorted.get(j - 1).end());
            List<Span> shifted = new ArrayList<>();
            for (Span span : sorted.subList(i, j)) {
                shifted.add(new Span(span.start() - from, span.end() - from, span.replacement()));
            }
            List<String> before = lines(source.text().substring(from, to));
            List<String> after = lines(apply(source.text().substring(from, to), shifted));
            out.append("@@ -").append(first).append(',').append(before.size()).append(" +").append(first + delta)
                    .append(',').append(after.size()).append(" @@\n");
            hunk(before, after, out);
            delta += after.size() - before.size();
            i = j;
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\n|\r", -1));
    }

    /** The lines of a small hunk, matched by longest common subsequence. */
    private static void hunk(List<String> before, List<String> after, StringBuilder out) {
        int n = before.size();
        int m = after.size();
        int[][] common = new int[n + 1][m + 1];
        for (int a = n - 1; a >= 0; a--) {
            for (int b = m - 1; b >= 0; b--) {
                common[a][b] = before.get(a).equals(after.get(b)) ? common[a + 1][b + 1] + 1
                        : Math.max(common[a + 1][b], common[a][b + 1]);
            }
        }
        int a = 0;
        int b = 0;
        while (a < n || b < m) {
            if (a < n && b < m && before.get(a).equals(after.get(b))) {
                out.append(' ').append(before.get(a++)).append('\n');
                b++;
            } else if (b == m || a < n && common[a + 1][b] >= common[a][b + 1]) {
                out.append('-').append(before.get(a++)).append('\n');
            } else {
                out.append('+').append(after.get(b++)).append('\n');
            }
        }
    }
}
