package io.github.articlecheck.writing;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.config;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.core.Finding;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spelling and grammar by LanguageTool, on the test classpath here as language-fr and language-en would be in a
 * site's plugin dependencies. Building a French LanguageTool takes about 20 s on a 2-core machine: the tests share
 * the instances ({@link LanguageToolProse} keeps them for the JVM).
 */
class ProseCheckTest {

    /** Runs in the surefire execution that puts LanguageTool on the classpath (pom.xml: prose-with-languagetool). */
    @org.junit.jupiter.api.BeforeAll
    static void languageToolIsOnTheClasspath() {
        org.junit.jupiter.api.Assumptions.assumeTrue(ProseCheck.available(),
                "LanguageTool is left off this execution's classpath: the prose-with-languagetool execution runs this");
    }

    private static List<Finding> prose(RunSettings settings, String text) {
        return check(settings, text).stream().filter(f -> f.ruleId().startsWith("prose.")).toList();
    }

    private static List<Finding> prose(String text) {
        return prose(config().build(), text);
    }

    @Test
    void frenchSpellingGrammarAndTypographyAtTheirPositionsThroughMarkup() {
        List<Finding> found = prose("---\ntitle: T\nlang: fr\n---\nIl a **manger** une pomme. Le gouvernment"
                + " est [la](https://example.org/la).\n");
        List<String> lines = lines(found);
        assertTrue(lines.contains("5:8 prose.grammar Un participe passé est attendu après l'auxiliaire avoir."
                + " Write 'mangé' [R_VAVOIR_VINF]"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("5:31 prose.spelling") && l.contains("'gouvernement'")),
                lines.toString());
        Finding spelling = found.stream().filter(f -> f.ruleId().equals("prose.spelling")).findFirst().orElseThrow();
        assertEquals("gouvernement", spelling.edits().get(0).replacement());
        assertEquals(5, spelling.line());
        // French spacing (LanguageTool's FRENCH_WHITESPACE, in a general category) is typography, not grammar
        List<String> spacing = lines(prose("---\ntitle: T\nlang: fr\n---\nAttention: le texte est long! Vraiment?\n"));
        assertTrue(spacing.stream().anyMatch(l -> l.contains("prose.typography") && l.contains("WHITESPACE")),
                spacing.toString());
        assertTrue(spacing.stream().noneMatch(l -> l.contains("prose.grammar") && l.contains("WHITESPACE")),
                spacing.toString());
        // the link's text is prose, its URL is not
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("5:48 prose.grammar") && l.endsWith("[LA_LA]")),
                lines.toString());
    }

    @Test
    void theProseKeysOfTheFrontMatterAreProseAtTheirOwnPlace() {
        List<String> lines = lines(prose("---\ntitle: Le gouvernment\ndescription: \"Il a manger.\"\nimage: gouvernment.png\n"
                + "lang: fr\n---\nBonjour.\n"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2:11 prose.spelling") && l.contains("'gouvernement'")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("3:20 prose.grammar") && l.contains("[R_VAVOIR_VINF]")),
                lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("4:")), "image is no prose key: " + lines);
    }

    @Test
    void codeUrlsTemplatesAndWellSpacedFrenchQuotesAreNotProse() {
        List<String> lines = lines(prose("""
                ---
                title: T
                lang: fr
                ---
                La fonction `gouvernment()` renvoie « une\u00a0valeur\u00a0» ; voyez https://example.org/gouvernment.

                ```
                Il a manger une pomme.
                ```

                <span title="Il a manger">Bien écrit.</span>

                La formule $gouvernment^2 + x$ se lit bien, et $$gouvernment$$ aussi ; le prix est de 5 $ ou 6 $.

                <!-- articlecheck-disable-next-line prose.grammar -->
                Il a manger une pomme.
                """));
        assertEquals(List.of(), lines.stream().filter(l -> !l.contains("prose.typography")).toList());

        assertTrue(lines.stream().noneMatch(l -> l.contains("«") || l.contains("»")), lines.toString());
    }

    /** The sample article's own false findings, each now a trap: acronyms, a match over a link's URL, list items. */
    @Test
    void acronymsMatchesOverALinksUrlAndLowerCaseListItemsAreSilent() {
        List<String> lines = lines(prose("---\ntitle: T\nlang: fr\n---\nLa DINUM et l'ANCT financent 1M€.\n\n"
                + "Les studios **Campus Cyber**](https://campuscyber.fr/studios-cyber) ouvrent.\n\n"
                + "- biais de sélection ;\n- coûts de maintenance.\n"));
        assertTrue(lines.stream().noneMatch(l -> l.contains("DINUM") || l.contains("ANCT") || l.contains("UPPERCASE")
                || l.contains("campuscyber")), lines.toString());
    }

    @Test
    void wordsOfTheProjectDictionaryAndDisabledRulesAreSilent(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("dictionary-fr.txt"), "# noms du domaine\ngouvernment\n");
        RunSettings settings = config().writing(w -> w.dictionaryFolder(folder).proseDisabledRules(List.of("R_VAVOIR_VINF"))).build();
        List<String> lines = lines(prose(settings, "---\ntitle: T\nlang: fr\n---\nIl a manger. Le gouvernment.\n"));
        assertTrue(lines.stream().noneMatch(l -> l.contains("gouvernment") || l.contains("R_VAVOIR_VINF")),
                lines.toString());
    }

    @Test
    void aByteOrderMarkKeepsColumns() {
        List<String> lines = lines(prose(config().writing(w -> w.language("en")).build(), "\uFEFF---\ntitle: T\n---\nThis sentense.\n"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("4:6 prose.spelling")), lines.toString());
    }

    @Test
    void englishFromTheLanguageParameterAndCrlfKeepsColumns() {
        List<Finding> found = prose(config().writing(w -> w.language("en")).build(),
                "---\r\ntitle: T\r\n---\r\nThis sentense has a error.\r\n");
        List<String> lines = lines(found);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("4:6 prose.spelling") && l.contains("'sentence'")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("4:19 prose.grammar") && l.endsWith("Write 'an' [EN_A_VS_AN]")),
                lines.toString());
    }

    @Test
    void articlesOfNoKnownLanguageAreNotChecked() {
        assertEquals(List.of(), prose("---\ntitle: T\n---\nIl a manger une pomme.\n"));
        assertTrue(ProseCheck.available());
        assertEquals("prose: LanguageTool 6.5 checks spelling and grammar in: en fr",
                io.github.articlecheck.core.Messages.english().render(ProseCheck.availability()));
    }
}
