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
}
