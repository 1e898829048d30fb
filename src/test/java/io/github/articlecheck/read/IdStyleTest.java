package io.github.articlecheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.Anchor;
import io.github.articlecheck.core.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdStyleTest {

    private static List<String> headingIds(IdStyle style, String text) {
        return new ArticleReader(TestArticles.BASE, style)
                .parse(TestArticles.BASE.resolve("content/a.md"), "content/a.md", text, false)
                .anchors().stream().filter(a -> a.kind() == Anchor.Kind.HEADING).map(Anchor::id).toList();
    }

    @Test
    void builtInNamesStillParse() {
        assertEquals(AnchorStyle.GITHUB, IdStyle.parse("github"));
        assertEquals(AnchorStyle.KRAMDOWN, IdStyle.parse(" kramdown "));
    }

    @Test
    void githubAndGoldmarkRepeatsCountFromOne() {
        assertEquals(List.of("intro", "intro-1", "intro-2"),
                headingIds(AnchorStyle.GITHUB, "# Intro\n\n## Intro\n\n## Intro\n"));
    }

    /** MDN's ids: spaces become '_', a repeated id gets _2, _3 (yari's slugger), case folded. */
    @Test
    void mdnRuleUsesUnderscoresAndCountsRepeatsFromTwo() {
        IdStyle mdn = IdStyle.parse("rule:separator=_,repeat=_{n}");
        assertEquals(List.of("formale_syntax", "formale_syntax_2"),
                headingIds(mdn, "## Formale Syntax\n\n## Formale  Syntax\n"));
        assertEquals("rule:separator=_,repeat=_{n}", mdn.toString());
    }

    /** rari's anchorize (crates/rari-md/src/anchor.rs): the scan keeps exactly what the character class kept. */
    @Test
    void mdnStyleRemovesRarisRejectedCharactersAndKeepsTheRest() {
        java.util.regex.Pattern rejected = java.util.regex.Pattern.compile("[<>\"$#%&+,/:;=?@\\[\\]^`{|}~')(\\\\]");
        for (String heading : List.of("Formale Syntax", "<code>Array.prototype.at()</code>", "a\\b [c] {d} ^e~ `f`",
                "Über „Anführungszeichen“ – und — Striche", "x = y; z? @w & v % u # t", "💡 Hinweis", "#", " ", "A  B")) {
            String expected = rejected.matcher(heading.toLowerCase(java.util.Locale.ROOT).replace(' ', '_')).replaceAll("");
            assertEquals(expected.isEmpty() ? "sect1" : expected, AnchorStyle.MDN.slugOf(heading), heading);
        }
        assertEquals("array.prototype.at", AnchorStyle.MDN.slugOf("Array.prototype.at()"));
        assertEquals("sect1", AnchorStyle.MDN.slugOf("()"));
    }

    @Test
    void keepClassWithCommaAndCaseKeep() {
        IdStyle style = IdStyle.parse("rule:keep=[a-zA-Z0-9,],case=keep");
        assertEquals("A-b,c", style.slugOf("A b,c!"));
    }

    @Test
    void unknownKeyOrBadClassIsAConfigurationError() {
        ConfigurationException unknown = assertThrows(ConfigurationException.class,
                () -> IdStyle.parse("rule:sep=_"));
        assertEquals("anchorStyle rule: 'sep' is not known; use separator, keep, repeat or case", unknown.getMessage());
        assertThrows(ConfigurationException.class, () -> IdStyle.parse("rule:keep=[a-"));
    }
}
