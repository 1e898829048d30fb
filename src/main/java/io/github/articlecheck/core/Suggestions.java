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
            String folded = fold(candidate);
            int longest = Math.max(target.length(), candidate.length());
            int allowed = longest <= 4 ? 1 : longest <= 10 ? 2 : 3;
            if (Math.abs(folded.length() - target.length()) > Math.min(allowed, bestDistance)) {
                continue; // the distance is at least the difference in length: a folder of thousands of names is quick
            }
            int distance = distance(target, folded);
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

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Damerau-Levenshtein (optimal string alignment) distance: a swap of two letters counts once. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
