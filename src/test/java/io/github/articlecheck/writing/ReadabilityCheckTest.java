package io.github.articlecheck.writing;

import static io.github.articlecheck.TestArticles.config;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.RuleLevel;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.report.FindingsReport;
import io.github.articlecheck.report.HtmlReportDocument;
import io.github.articlecheck.report.JsonReport;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flesch reading ease for English, Kandel-Moles for French, measured on the prose and kept for the reports. */
class ReadabilityCheckTest {
    @TempDir
    Path base;

    private static final String PLAIN_FR = "---\ntitle: Simple\nlang: fr\n---\nLe chat dort. Il fait beau. Nous"
            + " lisons.\n\n```\nun bloc de code très long que personne ne lit comme une phrase de l'article\n```\n";
    private static final String HARD_EN = "---\ntitle: Hard\nlang: en\n---\nNotwithstanding the considerable"
            + " administrative complications associated with intergovernmental coordination, institutional"
            + " stakeholders systematically underestimate the organizational implications of collaborative"
            + " infrastructure development and its consequences.\n";

    private RunSettings.Builder settings() {
        return RunSettings.builder(base).links(io.github.articlecheck.links.LinkOptions.defaults().withOffline(true))
                .ruleLevel("prose.readability", RuleLevel.WARNING).outputDirectory(base.resolve("target"));
    }

    private EngineResult run(RunSettings settings) {
        return Articlecheck.engine(settings).run();
    }

    @Test
    void syllablesAsTheFormulasCountThem() {
        assertEquals(1, ReadabilityCheck.syllables("make", "en"));
        assertEquals(3, ReadabilityCheck.syllables("readable", "en")); // -le keeps its syllable
        assertEquals(1, ReadabilityCheck.syllables("chat", "fr"));
        assertEquals(1, ReadabilityCheck.syllables("pages", "fr")); // final mute -es, as spoken
        assertEquals(3, ReadabilityCheck.syllables("écriture", "fr"));
        assertEquals(1, ReadabilityCheck.syllables("2024", "fr"));
    }

    @Test
    void aHardArticleIsReportedAtItsFirstLineAndAPlainOneIsNot() throws IOException {
        TestArticles.write(base, "content/hard.md", HARD_EN);
        TestArticles.write(base, "content/plain.md", PLAIN_FR);
        EngineResult result = run(settings().build());
        List<String> found = result.findings().stream().filter(f -> f.ruleId().equals("prose.readability"))
                .map(f -> f.path() + ":" + lines(List.of(f)).get(0)).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("content/hard.md:5:1 prose.readability Flesch reading ease -"),
                found.get(0));
        assertTrue(found.get(0).endsWith(", below 30.0: 0.0% of the sentences are over 30 words (23 words in all);"
                + " shorten sentences and words"), found.get(0));
        // the French article: three short sentences, the code block no sentence at all
        Map<String, Double> plain = result.metrics().get("content/plain.md");
        assertEquals(8.0, plain.get("words"));
        assertEquals(3.0, plain.get("sentences"));
        assertEquals(0.0, plain.get("longSentencesPercent"));
        assertTrue(plain.get("readability") > 90, plain.toString());
    }

    @Test
    void offByDefaultAndOnlyForEnglishAndFrench() throws IOException {
        TestArticles.write(base, "content/hard.md", HARD_EN);
        TestArticles.write(base, "content/de.md", "---\ntitle: De\nlang: de\n---\nEin Satz.\n");
        EngineResult off = run(RunSettings.builder(base).links(io.github.articlecheck.links.LinkOptions.defaults()
                .withOffline(true)).build());
        assertTrue(off.metrics().isEmpty());
        assertTrue(off.findings().stream().noneMatch(f -> f.ruleId().equals("prose.readability")));
        assertEquals(List.of("content/hard.md"), List.copyOf(run(settings().build()).metrics().keySet()));
    }

    @Test
    void measuresReachTheJsonReportAndTheSiteReportAlsoFromTheIndex() throws IOException {
        TestArticles.write(base, "content/guides/hard.md", HARD_EN);
        TestArticles.write(base, "content/guides/plain.md", PLAIN_FR);
        RunSettings settings = settings().indexFile(base.resolve("target/index.bin")).build();
        run(settings);
        EngineResult repeat = run(settings); // every article from the index
        assertEquals(2, repeat.metrics().size());
        Path json = base.resolve("target/articlecheck.json");
        JsonReport.write(TestArticles.ENGLISH, repeat, "1", json);
        String written = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(written.contains("\"path\": \"content/guides/plain.md\""), written);
        assertTrue(written.contains("\"words\": 8"), written);
        HtmlReportDocument html = new HtmlReportDocument();
        FindingsReport.render(TestArticles.ENGLISH, repeat, html);
        assertTrue(html.html().contains("<h2>Readability per folder</h2>"), html.html());
        assertTrue(html.html().contains("<td>content/guides</td><td>2</td><td>31</td>"), html.html());
    }
}
