package io.github.articlecheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Macro calls expanded before Markdown ({@code {{Name(args)}}}, MDN's KumaScript) hold no Markdown. */
class MacrosTest {
    private static List<String> linksOf(String markdown) {
        var article = new ArticleReader(java.nio.file.Path.of("."), AnchorStyle.GITHUB)
                .parse(java.nio.file.Path.of("a.md"), "a.md", markdown, false);
        return io.github.articlecheck.links.LinkExtractor.extract(article, List.of()).stream()
                .map(link -> link.destination()).toList();
    }

    /** mdn/translated-content-de: InteractiveExample's title gave link.empty on "[Symbol.iterator]()". */
    @Test
    void aMacrosArgumentsAreNeverALink() {
        assertEquals(List.of(), linksOf("{{InteractiveExample(\"JavaScript Demo: Array.prototype[Symbol.iterator]()\")}}\n"));
        assertEquals(List.of("/de/docs/Web"), linksOf("Siehe {{domxref(\"Set\")}} und [Web](/de/docs/Web).\n"));
    }

    @Test
    void hugoShortcodesAndLiquidOutputAreNotMacroCalls() {
        assertEquals(List.of("{{< ref \"guide.md\" >}}", "{{ site.baseurl }}/x.png"),
                linksOf("[a]({{< ref \"guide.md\" >}}) ![b]({{ site.baseurl }}/x.png)\n"));
    }
}
