package io.github.articlecheck.links;


import io.github.articlecheck.core.IndexFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An article's external links as the index keeps them: each key once, each link where it is written. */
class ExternalLinksTest {

    private static List<String> occurrences(ExternalLinks links) {
        List<String> lines = new ArrayList<>();
        links.forEach("a.md", (key, at) -> lines.add(key + " " + at.path() + ":" + at.line() + ":" + at.column() + " "
                + at.url() + (at.image() ? " image" : "")));
        return lines;
    }

    @Test
    void linksReadBackAsWrittenWithEachKeyOnce() {
        ExternalLinks links = new ExternalLinks();
        for (int i = 0; i < 20; i++) { // grows past the first capacity
            String url = i % 3 == 0 ? "https://example.org/p#part" + i : "https://example.org/p";
            links.add(url, ExternalLinkChecker.key(url), i + 1, 1_000_000 + i, i % 2 == 0);
        }
        links.add("HTTPS://Example.ORG/q", ExternalLinkChecker.key("HTTPS://Example.ORG/q"), 30, 7, false);
        assertEquals(List.of("https://example.org/p", "https://example.org/q"), links.keys());
        List<String> before = occurrences(links);
        assertEquals("https://example.org/p a.md:1:1000000 https://example.org/p#part0 image", before.get(0));
        assertEquals("https://example.org/p a.md:2:1000001 https://example.org/p", before.get(1));
        assertEquals("https://example.org/q a.md:30:7 HTTPS://Example.ORG/q", before.get(20));

        ExternalLinks back = IndexFormat.roundTrip(links::write, ExternalLinks::read);
        assertEquals(before, occurrences(back));
        assertEquals(links.keys(), back.keys());
        assertEquals(21, back.size());
        assertEquals(List.of(), occurrences(IndexFormat.roundTrip(new ExternalLinks()::write, ExternalLinks::read)));
    }
}
