package io.github.articlecheck.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The exclusions find exactly what each pattern's find finds, whatever the patterns. */
class ExcludedLinksTest {
    private static final List<String> DESTINATIONS = List.of("/shared-assets/x.png", "/discord", "/discordx",
            "x/discord", "/fr/blog/post", "/fr/blogs", "https://example.org/page#:~:text=a", "/de/docs/Web", "", "B",
            "b", "ab", "AB", "/a/b/", "mailto:x@y", "é", "/E/", "x\ny", "y\n^b");

    private static void assertSameAsFind(List<Pattern> patterns) {
        ExcludedLinks excluded = ExcludedLinks.of(patterns);
        for (String destination : DESTINATIONS) {
            boolean any = patterns.stream().anyMatch(p -> p.matcher(destination).find());
            assertEquals(any, excluded.matches(destination), destination + " against " + patterns);
        }
    }

    @Test
    void mdnsExclusionsFindWhatFindFinds() {
        assertSameAsFind(List.of(Pattern.compile("^/shared-assets/"), Pattern.compile("^/discord$"),
                Pattern.compile("^/[a-zA-Z-]+/(blog|curriculum|observatory|about|plus|play)(/|$)"),
                Pattern.compile("#:~:")));
        assertTrue(ExcludedLinks.anchoredAtStart(Pattern.compile("^/discord$")));
        assertFalse(ExcludedLinks.anchoredAtStart(Pattern.compile("^/[a-z]+/(blog|plus)")), "an alternation");
        assertFalse(ExcludedLinks.anchoredAtStart(Pattern.compile("#:~:")));
    }

    @Test
    void onlyPatternsThatCannotMatchElsewhereAreTriedAtTheStart() {
        assertFalse(ExcludedLinks.anchoredAtStart(Pattern.compile("^b|a")));
        assertFalse(ExcludedLinks.anchoredAtStart(Pattern.compile("^b", Pattern.MULTILINE)));
        assertFalse(ExcludedLinks.anchoredAtStart(Pattern.compile("(?m)^b")));
        assertFalse(ExcludedLinks.anchoredAtStart(Pattern.compile("^b", Pattern.LITERAL)));
        assertFalse(ExcludedLinks.anchoredAtStart(Pattern.compile(" ^b", Pattern.COMMENTS)));
        assertSameAsFind(List.of(Pattern.compile("^b|a")));
        assertSameAsFind(List.of(Pattern.compile("^b", Pattern.MULTILINE)));
        assertSameAsFind(List.of(Pattern.compile("(?m)^b")));
        assertSameAsFind(List.of(Pattern.compile("^b", Pattern.LITERAL)));
        assertSameAsFind(List.of(Pattern.compile("^a", Pattern.CASE_INSENSITIVE), Pattern.compile("^x.y$", Pattern.DOTALL)));
        assertSameAsFind(List.of(Pattern.compile("^(?:a)\\|b"), Pattern.compile("^/E/$")));
    }

    @Test
    void noPatternExcludesNothing() {
        assertFalse(ExcludedLinks.of(List.of()).matches("/discord"));
        assertTrue(ExcludedLinks.of(List.of(Pattern.compile("^/discord$"))).matches("/discord"));
    }

    @Test
    void threadsCheckingAtOnceGetTheirOwnMatchers() throws Exception {
        List<Pattern> patterns = List.of(Pattern.compile("^/discord$"), Pattern.compile("#:~:"));
        ExcludedLinks excluded = ExcludedLinks.of(patterns);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int round = 0; round < 2000; round++) {
                String destination = DESTINATIONS.get(round % DESTINATIONS.size());
                results.add(pool.submit(() -> excluded.matches(destination)
                        == patterns.stream().anyMatch(p -> p.matcher(destination).find())));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
