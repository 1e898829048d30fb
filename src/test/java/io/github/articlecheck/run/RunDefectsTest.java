package io.github.articlecheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.RecordingRunLog;
import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.ChangeSet;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.RuleLevel;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.engine.Baseline;
import io.github.articlecheck.frontmatter.SchemaMapping;
import io.github.articlecheck.links.LinkOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for the defects found in review of the core (issue 9, section 5), through the run façade. */
class RunDefectsTest {
    private static final LinkOptions OFFLINE = LinkOptions.defaults().withOffline(true);

    @TempDir
    Path base;

    private void write(String relative, String text) throws IOException {
        Path file = base.resolve("content").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private RunSettings.Builder settings() {
        return RunSettings.builder(base).links(OFFLINE);
    }

    @Test
    void defect1ASchemaEntryWithoutSchemaIsAConfigurationErrorNotANullPointer() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> settings()
                .schemaMappings(List.of(new SchemaMapping(List.of("auteurs/**"), List.of(), null))).build());
        assertTrue(e.getMessage().startsWith("a <schemas> entry has no <schema> file"), e.getMessage());
    }

    @Test
    void defect2TheLevelOfArticleUnreadableIsTheUsers() throws IOException {
        Files.createDirectories(base.resolve("content"));
        Files.write(base.resolve("content/binary.md"), new byte[] {'a', 0, 'b'});
        List<Finding> findings = Articlecheck.findings(settings().ruleLevel("article.unreadable", RuleLevel.WARNING)
                .build()).findings();
        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(List.of(), Articlecheck.findings(settings().ruleLevel("article.unreadable", RuleLevel.OFF)
                .build()).findings());
    }

    @Test
    void defect3AnExcludedFolderIsNotWalkedSoItsLoopsAreNotReported() throws IOException {
        write("drafts/a.md", "no front matter\n");
        Files.createSymbolicLink(base.resolve("content/drafts/loop"), base.resolve("content/drafts"));
        write("ok.md", "---\ntitle: Fine\n---\n");
        assertEquals(List.of(), Articlecheck.findings(settings().excludes(List.of("drafts/**")).build()).findings());
        List<String> found = Articlecheck.findings(settings().build()).findings().stream().map(Finding::ruleId).toList();
        assertTrue(found.contains("article.unreadable"), "without the exclude the loop is reported: " + found);
    }

    @Test
    void defect3ScannerProblemsFollowTheChangedFilesScope() throws IOException {
        write("real/a.md", "---\ntitle: A\n---\n");
        Files.createSymbolicLink(base.resolve("content/real/loop"), base.resolve("content/real"));
        ChangeSet change = new ChangeSet("since test", Set.of("content/real/a.md"), Set.of(), Map.of(), Map.of());
        assertEquals(List.of(), Articlecheck.findings(settings().changeSet(change).build()).findings(),
                "the loop is in no changed file");
    }

    @Test
    void defect6ChangedFilesModeDoesNotCallUntouchedArticlesEntriesFixed() throws IOException {
        write("old.md", "no front matter\n");
        write("new.md", "---\ntitle: New\n---\n");
        Path baselineFile = base.resolve("articlecheck-baseline.json");
        Baseline.of(Articlecheck.findings(settings().contentHashes(true).build())).write(baselineFile);
        ChangeSet change = new ChangeSet("since test", Set.of("content/new.md"), Set.of(), Map.of(), Map.of());
        RecordingRunLog log = new RecordingRunLog();
        Articlecheck.Outcome outcome = Articlecheck.check(settings().contentHashes(true).changeSet(change)
                .baseline(baselineFile).outputDirectory(base.resolve("target")).build(), log);
        assertEquals(List.of(), outcome.result().findings());
        assertTrue(log.lines.stream().noneMatch(line -> line.contains("fixed")), log.lines.toString());
    }

    @Test
    void defect8AnUnknownFormatFailsBeforeAnyArticleIsRead() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> settings().formats(List.of("sarif", "htlm")));
        assertTrue(e.getMessage().startsWith("format 'htlm' is not known"), e.getMessage());
        assertThrows(ConfigurationException.class, () -> settings().locale("de"));
    }

    @Test
    void defect10And11CountsAreSingularAndTheNoticeNamesAReportThatWasWritten() throws IOException {
        write("a.md", "---\ntitle: A\ntitle: B\n---\n");
        RecordingRunLog log = new RecordingRunLog();
        Articlecheck.Outcome outcome = Articlecheck.check(settings().formats(List.of("json"))
                .outputDirectory(base.resolve("target")).build(), log);
        assertTrue(log.lines.stream().anyMatch(line -> line.matches("\\[INFO] articlecheck: 1 error, 0 warnings in 1 article \\(\\d+ ms\\)")),
                log.lines.toString());
        assertEquals(List.of(base.resolve("target/articlecheck.json")), outcome.reports());
        assertTrue(outcome.failure().endsWith("Reports: " + base.resolve("target/articlecheck.json")), outcome.failure());
    }

    @Test
    void localeFrenchRendersTheConsoleAndTheVerdict() throws IOException {
        write("a.md", "---\ntitre: A\ntitre: B\n---\n");
        RecordingRunLog log = new RecordingRunLog();
        Articlecheck.Outcome outcome = Articlecheck.check(settings().locale("fr").outputDirectory(base.resolve("target"))
                .build(), log);
        assertTrue(log.lines.get(0).startsWith("[INFO] prose : la vérification de l'orthographe"), log.lines.get(0));
        assertEquals("[ERROR] content/a.md:3:1: frontmatter.duplicate-key le champ « titre » est donné deux fois (la"
                + " première à la ligne 2) : n'en gardez qu'un", log.lines.get(1));
        assertTrue(outcome.failure().startsWith("articlecheck a trouvé 1 infraction (erreurs)"), outcome.failure());
        String sarif = Files.readString(base.resolve("target/articlecheck.sarif"));
        assertTrue(sarif.contains("le champ « titre » est donné deux fois"), "reports in the same language");
        assertTrue(sarif.contains("Un champ de l'en-tête est donné deux fois."), "rule summaries too");
        assertEquals("key 'titre' is given twice (first on line 2): keep one",
                TestArticles.text(outcome.result().findings().get(0)), "findings stay data: English on demand");
    }
}
