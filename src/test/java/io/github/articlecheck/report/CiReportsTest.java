package io.github.articlecheck.report;

import io.github.articlecheck.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.read.ArticleReader;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.frontmatter.FrontMatterSchemaCheck;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GitHub annotations and job summary, GitLab Code Quality, JSON and JUnit reports. */
class CiReportsTest {
    @TempDir
    Path directory;

    private static EngineResult result(int warnings, int errors) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < warnings; i++) {
            findings.add(TestArticles.finding("content/w.md", i + 1, 1, "image.alt", Severity.WARNING, "image 'x.png' has no alternative text"));
        }
        for (int i = 0; i < errors; i++) {
            findings.add(TestArticles.finding("content/e,1.md", i + 1, 3, "frontmatter.enum", Severity.ERROR,
                    "categories[0]: 'divers' is not one of: a, b\n100% sure"));
        }
        findings.sort(null);
        return new EngineResult(findings, 5, 42, List.of(ArticleReader.UNREADABLE, FrontMatterSchemaCheck.ENUM));
    }

    @Test
    void githubAnnotationsPutErrorsFirstEscapeAndCountTheRest() {
        List<String> lines = GithubActions.annotations(TestArticles.ENGLISH, result(8, 4), "target/articlecheck/articlecheck.sarif");
        assertEquals(11, lines.size());
        assertEquals("::error file=content/e%2C1.md,line=1,col=3,title=frontmatter.enum::categories[0]: 'divers' is not"
                + " one of: a, b%0A100%25 sure", lines.get(0));
        assertTrue(lines.get(4).startsWith("::warning file=content/w.md,line=1,col=1,title=image.alt::image 'x.png'"), lines.get(4));
        assertEquals("::notice title=articlecheck::2 more findings are not annotated here (GitHub shows 10 per step): see"
                + " target/articlecheck/articlecheck.sarif or the code scanning alerts", lines.get(10));
        assertEquals(List.of(), GithubActions.annotations(TestArticles.ENGLISH, result(0, 0), "x"));
    }

    @Test
    void githubJobSummaryCountsByRuleAndListsTheFirstFindings() {
        String summary = GithubActions.jobSummary(TestArticles.ENGLISH, result(1, 2));
        assertTrue(summary.startsWith("## articlecheck\n\n2 errors, 1 warning in 5 articles\n"), summary);
        assertTrue(summary.contains("| `frontmatter.enum` | 2 | 0 | A value is not one of the allowed values. |"), summary);
        assertTrue(summary.contains("| `content/e,1.md:1:3` | frontmatter.enum | categories[0]: 'divers' is not one of: a, b 100% sure |"),
                summary);
        assertTrue(GithubActions.jobSummary(TestArticles.ENGLISH, result(0, 0)).endsWith("No findings.\n"));
    }

    @Test
    void gitlabCodeQualityIsValidWithStableDistinctFingerprints() throws Exception {
        Path file = ReportFormat.GITLAB.write(TestArticles.ENGLISH, result(1, 2), directory, "1.0", Severity.ERROR, directory);
        JsonNode report = JsonMapper.shared().readTree(Files.readString(file));
        try (InputStream schema = getClass().getResourceAsStream("/schemas/gitlab-code-quality.schema.json")) {
            assertEquals(List.of(), SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(SchemaLocation.of("urn:gitlab-code-quality"), JsonMapper.shared().readTree(schema))
                    .validate(report));
        }
        assertEquals(3, report.size());
        assertEquals("critical", report.get(0).get("severity").asString());
        assertEquals("content/e,1.md", report.get(0).at("/location/path").asString());
        assertNotEquals(report.get(0).get("fingerprint").asString(), report.get(1).get("fingerprint").asString());
        Path again = ReportFormat.GITLAB.write(TestArticles.ENGLISH, result(1, 2), directory, "1.0", Severity.ERROR, directory.resolve("again"));
        assertEquals(report, JsonMapper.shared().readTree(Files.readString(again)), "fingerprints are stable");
    }

    @Test
    void junitReportReadsBackThroughSurefiresParser() throws Exception {
        Path file = ReportFormat.JUNIT.write(TestArticles.ENGLISH, result(1, 2), directory, "1.0", Severity.ERROR, directory);
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(file.toString());
        assertEquals(1, suites.size());
        ReportTestSuite suite = suites.get(0);
        assertEquals(2, suite.getNumberOfTests());
        assertEquals(1, suite.getNumberOfFailures());
        ReportTestCase failed = suite.getTestCases().stream().filter(ReportTestCase::hasFailure).findFirst().orElseThrow();
        assertEquals("content/e,1.md", failed.getName());
        assertTrue(failed.getFailureMessage().startsWith("2 findings, first: frontmatter.enum"), failed.getFailureMessage());
    }

    @Test
    void jsonReportHasTheSummaryAndEveryFinding() throws Exception {
        Path file = ReportFormat.JSON.write(TestArticles.ENGLISH, result(1, 2), directory, "1.0", Severity.ERROR, directory);
        JsonNode report = JsonMapper.shared().readTree(Files.readString(file));
        assertEquals(2, report.at("/summary/errors").asInt());
        assertEquals(1, report.at("/summary/warnings").asInt());
        assertEquals(3, report.get("findings").size());
        assertEquals("frontmatter.enum", report.at("/findings/0/rule").asString());
    }

    @Test
    void unknownFormatIsAConfigurationError() {
        assertEquals("format 'html' is not known; use one of: checkstyle, sarif, gitlab, json, junit",
                assertThrows(ConfigurationException.class, () -> ReportFormat.parse("html")).getMessage());
    }
}
