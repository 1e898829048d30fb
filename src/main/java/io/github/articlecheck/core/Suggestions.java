package io.github.articlecheck.core;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" candidates: the closest name by edit distance, ignoring case and accents. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String target = fold(wrong);
        String best = null;
        String bestFolded = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equals(wrong)) {
                continue;
            }
            int allowed = allowed(target, candidate);
            int limit = Math.min(allowed, bestDistance);
            if (Math.abs(candidate.length() - target.length()) > limit && isAscii(candidate)) {
                continue; // folding keeps an ASCII name's length: most of a folder of thousands is skipped unfolded
            }
            String folded = fold(candidate);
            if (Math.abs(folded.length() - target.length()) > limit) {
                continue; // the distance is at least the difference in length: a folder of thousands of names is quick
            }
            int distance = distance(target, folded, Math.min(allowed, bestDistance));
            boolean better = distance < bestDistance
                    || distance == bestDistance && commonPrefix(target, folded) > commonPrefix(target, bestFolded);
            if (distance <= allowed && better) {
                best = candidate;
                bestFolded = folded;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether {@code best}, the {@link #closest} of the candidates, is certain enough for a fix to apply it without
     * asking: the only name within the suggestion distance (two close names, "intro.md" and "intra.md", leave the
     * choice to the author), and differing in at most a quarter of its characters — on short names two edits make
     * another word ("angle" and "länge"), not a typo.
     */
    public static boolean certain(String wrong, String best, Collection<String> candidates) {
        String target = fold(wrong);
        String chosen = fold(best);
        if (distance(target, chosen) * 4 > Math.max(target.length(), chosen.length())) {
            return false;
        }
        int within = 0;
        for (String candidate : candidates) {
            if (candidate.equals(wrong)) {
                continue;
            }
            String folded = fold(candidate);
            int allowed = allowed(target, candidate);
            if (Math.abs(folded.length() - target.length()) <= allowed && distance(target, folded, allowed) <= allowed
                    && ++within > 1) {
                return false;
            }
        }
        return true;
    }

    private static int allowed(String target, String candidate) {
        int longest = Math.max(target.length(), candidate.length());
        return longest <= 4 ? 1 : longest <= 10 ? 2 : 3;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Damerau-Levenshtein (optimal string alignment) distance: a swap of two letters counts once. */
    static int distance(String a, String b) {
        return distance(a, b, Math.max(a.length(), b.length()));
    }

    /**
     * The distance when it is at most {@code limit}, else {@code limit + 1}: only a band of {@code 2 × limit + 1}
     * diagonals is computed, and the work stops once a row exceeds the limit, so comparing one broken anchor with
     * a thousand long headings costs little.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int over = limit + 1;
        int[] previous2 = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= limit ? j : over;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            java.util.Arrays.fill(current, over);
            current[0] = i <= limit ? i : over;
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = Math.min(value, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return over;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], over);
    }
}
