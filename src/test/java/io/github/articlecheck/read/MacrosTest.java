package io.github.articlecheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The call as a regular expression: what {@link Macros#callEnd} reads in one pass. */
    private static final java.util.regex.Pattern CALL = java.util.regex.Pattern.compile(
            "\\{\\{\\s*[A-Za-z][\\w-]*\\s*\\((?:\"[^\"\\n]*\"|'[^'\\n]*'|[^)\"'\\n])*\\)\\s*\\}\\}");

    private static int regexEnd(String text, int at) {
        java.util.regex.Matcher call = CALL.matcher(text).region(at, text.length());
        return call.lookingAt() ? call.end() : -1;
    }

    @Test
    void theOnePassReadingEndsACallWhereTheRegularExpressionDoes() {
        List<String> texts = List.of("{{domxref(\"Set\")}}", "{{ Glossary ( 'HTML' ) }} rest", "{{\n\tcssxref(\"a)b\")\n}}",
                "{{x()}}", "{{x-y_1(a, b)}}", "{{1x()}}", "{{x(\"unclosed)}}", "{{x('a\nb')}}", "{{x(a\nb)}}",
                "{{x(a)}", "{{x(a) }} }}", "{{x(a)x}}", "{{ x }}", "{{< ref \"a\" >}}", "{{% x %}}", "{{x(\"a\"\"b\")}}",
                "{{x(')')}}", "{{x(\"'\")}}", "{{x(((a)}}", "{{x((a))}}", "{{é()}}", "{{x\u000B(\u000C)\r}}", "{{", "{",
                "{{x(", "{{InteractiveExample(\"JavaScript Demo: Array.prototype[Symbol.iterator]()\")}}");
        for (String text : texts) {
            for (int at = 0; at < text.length(); at++) {
                assertEquals(regexEnd(text, at), Macros.callEnd(text.toCharArray(), at), text + " at " + at);
            }
        }
        java.util.Random random = new java.util.Random(13);
        String blanks = " \t\n";
        String argument = "ab )(\"'\n[]_-";
        int calls = 0;
        for (int n = 0; n < 20_000; n++) {
            // a call's parts, each part now and then left out or replaced by a character of the arguments
            StringBuilder text = new StringBuilder("{{");
            text.append(pick(random, blanks, 2));
            text.append(random.nextInt(8) == 0 ? "9" : "x").append(pick(random, "a-_1", 3));
            text.append(pick(random, blanks, 2));
            text.append(random.nextInt(10) == 0 ? "" : "(").append(pick(random, argument, 6));
            text.append(random.nextInt(10) == 0 ? "" : ")").append(pick(random, blanks, 2));
            text.append(random.nextInt(10) == 0 ? "}" : "}}").append(pick(random, "}) ", 1));
            int end = regexEnd(text.toString(), 0);
            assertEquals(end, Macros.callEnd(text.toString().toCharArray(), 0), text.toString());
            calls += end < 0 ? 0 : 1;
        }
        assertTrue(calls > 2_000 && calls < 18_000, "the random texts hold calls and near misses: " + calls);
    }

    private static String pick(java.util.Random random, String characters, int most) {
        StringBuilder out = new StringBuilder();
        for (int k = random.nextInt(most + 1); k > 0; k--) {
            out.append(characters.charAt(random.nextInt(characters.length())));
        }
        return out.toString();
    }
}
