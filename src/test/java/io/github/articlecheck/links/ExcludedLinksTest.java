package io.github.articlecheck.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The joined exclusions find exactly when one of the patterns finds, whatever the patterns. */
class ExcludedLinksTest {
    private static final List<String> DESTINATIONS = List.of("/shared-assets/x.png", "/discord", "/discordx",
            "/fr/blog/post", "/fr/blogs", "https://example.org/page#:~:text=a", "/de/docs/Web", "", "B", "b", "ab",
            "AB", "/a/b/", "mailto:x@y", "é", "/E/", "x\ny");

    private static void assertSameAsEachPattern(List<Pattern> patterns, boolean joined) {
        ExcludedLinks excluded = ExcludedLinks.of(patterns);
        assertEquals(joined, excluded.joined());
        for (String destination : DESTINATIONS) {
            boolean any = patterns.stream().anyMatch(p -> p.matcher(destination).find());
            assertEquals(any, excluded.matches(destination), destination + " against " + patterns);
        }
    }

    @Test
    void mdnsExclusionsJoinedFindWhatEachFinds() {
        assertSameAsEachPattern(List.of(Pattern.compile("^/shared-assets/"), Pattern.compile("^/discord$"),
                Pattern.compile("^/[a-zA-Z-]+/(blog|curriculum|observatory|about|plus|play)(/|$)"),
                Pattern.compile("#:~:")), true);
    }

    @Test
    void flagsStayWithTheirPattern() {
        assertSameAsEachPattern(List.of(Pattern.compile("^a", Pattern.CASE_INSENSITIVE), Pattern.compile("^b$")),
                true);
        assertSameAsEachPattern(List.of(Pattern.compile("(?i)^a"), Pattern.compile("^b$")), true);
        assertSameAsEachPattern(List.of(Pattern.compile("^/a # a comment", Pattern.COMMENTS),
                Pattern.compile("^b$")), true);
        assertSameAsEachPattern(List.of(Pattern.compile("^x.y$", Pattern.DOTALL), Pattern.compile("^/E/$")), true);
        assertFalse(ExcludedLinks.of(List.of(Pattern.compile("^x.y$"), Pattern.compile("^/E/$"))).matches("x\ny"));
    }

    @Test
    void patternsTheJoinWouldChangeAreTriedOneByOne() {
        assertSameAsEachPattern(List.of(Pattern.compile("(a)\\1"), Pattern.compile("^b")), false);
        assertSameAsEachPattern(List.of(Pattern.compile("(?<n>a)\\k<n>"), Pattern.compile("^b")), false);
        assertSameAsEachPattern(List.of(Pattern.compile("\\Q/E/"), Pattern.compile("^b$")), false);
        assertSameAsEachPattern(List.of(Pattern.compile("a.b", Pattern.LITERAL), Pattern.compile("^b$")), false);
        assertSameAsEachPattern(List.of(Pattern.compile("(?<n>a)"), Pattern.compile("(?<n>b)")), false);
        assertSameAsEachPattern(List.of(Pattern.compile("^" + Pattern.quote("/a/b/") + "$"), Pattern.compile("^b$")),
                true);
    }

    @Test
    void noPatternExcludesNothingAndOnePatternIsItself() {
        assertFalse(ExcludedLinks.of(List.of()).matches("/discord"));
        assertTrue(ExcludedLinks.of(List.of(Pattern.compile("^/discord$"))).matches("/discord"));
    }
}
