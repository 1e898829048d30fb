package io.github.articlecheck.core;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Did you mean": the closest name by edit distance, ignoring case and accents, never a far one. */
class SuggestionsTest {

    @Test
    void findsTheClosestAmongThousandsOfNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            names.add(String.format("article-%05d.md", i));
        }
        names.add("résumé-annuel.md");
        assertEquals(Optional.of("article-00042.md"), Suggestions.closest("Article-00042.MD", names));
        assertEquals(Optional.of("article-00420.md"), Suggestions.closest("article-0042.md", names),
                "00042 and 00420 are both one edit away: the longer common prefix wins");
        assertEquals(Optional.of("article-00042.md"), Suggestions.closest("artcile-00042.md", names), "a swap counts once");
        assertEquals(Optional.of("résumé-annuel.md"), Suggestions.closest("Resume-annuel.md", names), "case and accents");
        assertEquals(Optional.empty(), Suggestions.closest("index.md", names));
        assertEquals(Optional.empty(), Suggestions.closest("article-00042.md", List.of("article-00042.md")), "not itself");
    }

    @Test
    void aTieGoesToTheLongerCommonPrefix() {
        assertEquals(Optional.of("install"), Suggestions.closest("instal", List.of("unstal", "install")));
        assertEquals(Optional.of("install"), Suggestions.closest("instal", List.of("install", "unstal")));
    }

    @org.junit.jupiter.api.Test
    void theBandedDistanceAgreesWithTheFullOneWithinItsLimit() {
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 20_000; round++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : mutate(a, random);
            int full = Suggestions.distance(a, b);
            for (int limit = 0; limit <= 4; limit++) {
                org.junit.jupiter.api.Assertions.assertEquals(Math.min(full, limit + 1), Suggestions.distance(a, b, limit),
                        a + " / " + b + " limit " + limit);
            }
        }
    }

    private static String randomWord(java.util.Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    /** The closest name when it is certain: what the fixes apply. */
    private static java.util.Optional<String> unique(String wrong, java.util.Collection<String> candidates) {
        return Suggestions.closest(wrong, candidates).filter(best -> Suggestions.certain(wrong, best, candidates));
    }

    @Test
    void aFixTakesOnlyTheOneCloseName() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("installation"),
                unique("instalation", java.util.List.of("installation", "usage", "guide")));
        // intro and intra are both one letter from intrb: the message names one, a fix takes neither
        org.junit.jupiter.api.Assertions.assertTrue(Suggestions.closest("intrb.md",
                java.util.List.of("intro.md", "intra.md")).isPresent());
        org.junit.jupiter.api.Assertions.assertTrue(unique("intrb.md",
                java.util.List.of("intro.md", "intra.md")).isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(unique("zzz", java.util.List.of("intro")).isEmpty());
        // MDN-de: an English anchor, a German heading two edits away that means something else
        org.junit.jupiter.api.Assertions.assertTrue(Suggestions.closest("angle", java.util.List.of("länge")).isPresent());
        org.junit.jupiter.api.Assertions.assertTrue(unique("angle", java.util.List.of("länge")).isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("experimentell"),
                unique("experimental", java.util.List.of("experimentell", "beispiele")));
    }

    private static String mutate(String word, java.util.Random random) {
        StringBuilder out = new StringBuilder(word);
        for (int i = random.nextInt(4); i > 0; i--) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, (char) ('a' + random.nextInt(4)));
                case 1 -> { if (out.length() > 0) out.deleteCharAt(at); }
                case 2 -> { if (out.length() > 0) out.setCharAt(at, (char) ('a' + random.nextInt(4))); }
                default -> { if (at + 1 < out.length()) { char c = out.charAt(at); out.setCharAt(at, out.charAt(at + 1)); out.setCharAt(at + 1, c); } }
            }
        }
        return out.toString();
    }
}
