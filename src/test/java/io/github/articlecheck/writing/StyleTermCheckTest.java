package io.github.articlecheck.writing;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.config;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's vocabulary from its terms file and its Vale styles. */
class StyleTermCheckTest {
    private static final Path TERMS = Path.of("src/test/resources/style/terms.yaml").toAbsolutePath();
    private static final Path VALE = Path.of("src/test/resources/style/vale").toAbsolutePath();

    private static List<Finding> styled(String text) {
        return check(config().writing(w -> w.terms(TERMS).valeStyles(VALE)).build(), text).stream()
                .filter(f -> f.ruleId().equals("style.term")).toList();
    }

    @Test
    void termsOfTheFileAreReplacedInTheCaseOfTheWordWithTheReplacementAsAnEdit() {
        List<Finding> found = styled("---\ntitle: T\nlang: fr-FR\n---\nEnvoyez un E-mail ou des emails, c'est digital.\n");
        assertEquals(List.of(
                "5:12 style.term 'E-mail' is not the house style: write 'Courriel'",
                "5:26 style.term 'emails' is not the house style: write 'courriel'",
                "5:40 style.term 'digital' is not the house style: write 'numérique'"), lines(found));
        assertEquals("Courriel", found.get(0).edits().get(0).replacement());
        assertEquals("e-?mails?", found.get(0).subject());
    }

    @Test
    void languageBoundTermsApplyOnlyInTheirLanguageFromFrontMatterPathOrParameter() {
        assertEquals(List.of(), lines(styled("---\ntitle: T\nlang: en\n---\nSend an e-mail, digitally digital.\n"))
                .stream().filter(l -> l.contains("e-mail") || l.contains("'digital'")).toList());
        RunSettings french = config().writing(w -> w.terms(TERMS).language("fr")).build();
        assertEquals(1, check(french, "---\ntitle: T\n---\nUn e-mail.\n").stream()
                .filter(f -> f.ruleId().equals("style.term")).count());
    }

    @Test
    void onlyProseIsReadNeverCodeUrlsOrWholeWordsOfOtherWords() {
        assertEquals(List.of(), lines(styled("""
                ---
                title: T
                lang: fr
                ---
                Le `e-mail` du code, [un lien](https://example.org/e-mail), <span title="e-mail">x</span>, digitalisation.

                ```
                e-mail
                ```
                """)));
    }

    @Test
    void valeSubstitutionAndExistenceRulesKeepTheirMessageLevelAndCase() {
        List<Finding> found = styled("---\ntitle: T\n---\nSimply use javascript on the web site. It is simply"
                + " obvious. Please login. click here.\n");
        assertEquals(List.of(
                "4:12 style.term 'javascript': Use 'JavaScript' instead of 'javascript'.",
                "4:30 style.term 'web site': Use 'website' instead of 'web site'.",
                "4:46 style.term 'simply': Avoid 'simply'.",
                "4:69 style.term 'login': Use 'sign in|log in' instead of 'login'.",
                "4:76 style.term 'click here': say where the link goes instead"), lines(found).stream().sorted(
                        java.util.Comparator.comparingInt(l -> Integer.parseInt(l.substring(2, l.indexOf(' ')))))
                .toList());
        Finding javascript = found.stream().filter(f -> f.subject().equals("House.Terms")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, javascript.severity());
        assertEquals("JavaScript", javascript.edits().get(0).replacement());
        Finding login = found.stream().filter(f -> lines(List.of(f)).get(0).contains("login")).findFirst().orElseThrow();
        assertEquals(List.of(), login.edits(), "alternatives are named, never applied");
        Finding simply = found.stream().filter(f -> f.subject().equals("House.Avoid")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, simply.severity());
    }

    @Test
    void otherValeRuleTypesAreListedOnceAndBrokenFilesFailTheConfiguration(@TempDir Path folder) throws IOException {
        RunSettings settings = config().writing(w -> w.valeStyles(VALE)).build();
        assertTrue(settings.siteLines().contains("style: Vale rules of other types than existence and substitution are"
                + " not supported: Other.Sentences (occurrence)"), settings.siteLines().toString());
        Path broken = folder.resolve("terms.yaml");
        Files.writeString(broken, "- pattern: '(unclosed'\n  preferred: x\n");
        ConfigurationException bad = assertThrows(ConfigurationException.class,
                () -> config().writing(w -> w.terms(broken)).build());
        assertTrue(bad.getMessage().contains("'(unclosed' is not a regular expression"), bad.getMessage());
        Files.writeString(broken, "pattern: x\n");
        assertTrue(assertThrows(ConfigurationException.class, () -> config().writing(w -> w.terms(broken)).build()).getMessage()
                .contains("must be a YAML list"));
    }
}
