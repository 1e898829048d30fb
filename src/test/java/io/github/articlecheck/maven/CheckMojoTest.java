package io.github.articlecheck.maven;


import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check goal through the Maven plugin testing harness: parameters, log lines, reports and verdicts. */
@MojoTest
class CheckMojoTest {
    private static final String FAILING = "target/test-classes/projects/failing";
    private static final String PASSING = "target/test-classes/projects/passing";
    private static final String RULES_POM = "<project><build><plugins><plugin>"
            + "<artifactId>articlecheck-maven-plugin</artifactId><configuration>"
            + "<frontMatterSchema>schema.json</frontMatterSchema>"
            + "<rules><frontmatter.type>warning</frontmatter.type><frontmatter.required>off</frontmatter.required></rules>"
            + "</configuration></plugin></plugins></build></project>";
    private static final String UNKNOWN_RULE_POM = "<project><build><plugins><plugin>"
            + "<artifactId>articlecheck-maven-plugin</artifactId><configuration>"
            + "<rules><frontmatter.nope>off</frontmatter.nope></rules>"
            + "</configuration></plugin></plugins></build></project>";

    /** Said once per run by a site without LanguageTool among the plugin's dependencies. */
    static final String PROSE_LINE = "[INFO] prose: spelling and grammar checks (prose.*) need LanguageTool: add"
            + " org.languagetool:language-fr (or language-en, ...) to the <dependencies> of the articlecheck plugin, or"
            + " turn prose.spelling, prose.grammar, prose.typography and prose.style off to silence this line";

    /** Captures what the mojo logs, to assert the exact console lines. */
    static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            lines.add("[ERROR] " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("[WARNING] " + content);
        }

        @Override
        public void info(CharSequence content) {
            lines.add("[INFO] " + content);
        }
    }

    private static RecordingLog record(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        return log;
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check")
    void failsTheBuildAndLogsOneLinePerFinding(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("articlecheck found 2 violations (errors), more than the 0 allowed"
                + " by maxAllowedViolations. Reports: "), failure.getMessage());
        assertEquals(List.of(PROSE_LINE,
                "[ERROR] content/bad.md:1:1: frontmatter.required missing required key 'title': add it to the front matter"
                        + " (did you mean 'titel' on line 2?)",
                "[ERROR] content/bad.md:3:8: frontmatter.type draft: expected true or false, found text 'maybe'"),
                log.lines.subList(0, 3));
        assertTrue(log.lines.get(3).matches("\\[INFO] articlecheck: 2 errors, 0 warnings in 2 articles \\(\\d+ ms\\)"),
                log.lines.get(3));
        Path reports = Path.of(FAILING).toAbsolutePath().resolve("target/articlecheck");
        assertTrue(Files.readString(reports.resolve("articlecheck.sarif")).contains("\"ruleId\": \"frontmatter.type\""));
        assertTrue(Files.readString(reports.resolve("articlecheck-result.xml")).contains("source=\"articlecheck.frontmatter.required\""));
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnViolation", value = "false")
    void failOnViolationFalseOnlyWarns(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        mojo.execute();
        assertEquals("[WARNING] articlecheck found 2 violations (errors), more than the 0 allowed by maxAllowedViolations"
                + " (failOnViolation is false: the build goes on)", log.lines.get(log.lines.size() - 1));
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check")
    @MojoParameter(name = "maxAllowedViolations", value = "2")
    void violationsWithinTheAllowanceDoNotFail(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        mojo.execute(); // does not throw: 2 violations, 2 allowed
        assertEquals(2, log.lines.stream().filter(line -> line.startsWith("[ERROR] content/")).count(),
                "the two violations are there and reported: the allowance, not their absence, lets the build pass");
        assertTrue(log.lines.stream().anyMatch(line -> line.matches(
                "\\[INFO] articlecheck: 2 errors, 0 warnings in 2 articles \\(\\d+ ms\\)")), log.lines.toString());
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check")
    @MojoParameter(name = "maxAllowedViolations", value = "1")
    void oneViolationOverTheAllowanceFails(CheckMojo mojo) throws Exception {
        record(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("articlecheck found 2 violations (errors), more than the 1 allowed"),
                failure.getMessage());
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = RULES_POM)
    void ruleOverridesChangeSeverityAndTheVerdict(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        mojo.execute();
        assertEquals(PROSE_LINE, log.lines.get(0));
        assertEquals("[WARNING] content/bad.md:3:8: frontmatter.type draft: expected true or false, found text 'maybe'",
                log.lines.get(1));
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = RULES_POM)
    @MojoParameter(name = "violationSeverity", value = "warning")
    void violationSeverityWarningCountsWarnings(CheckMojo mojo) throws Exception {
        record(mojo);
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(failure.getMessage().startsWith("articlecheck found 1 violation (errors and warnings)"), failure.getMessage());
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check", pom = UNKNOWN_RULE_POM)
    void unknownRuleIdIsAConfigurationError(CheckMojo mojo) {
        record(mojo);
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().startsWith("articlecheck configuration error: unknown rule id 'frontmatter.nope'"),
                error.getMessage());
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check")
    @MojoParameter(name = "violationSeverity", value = "fatal")
    void badViolationSeverityIsAConfigurationError(CheckMojo mojo) {
        record(mojo);
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("articlecheck configuration error: 'fatal' is not a severity: use error or warning", error.getMessage());
    }

    @Test
    @Basedir(FAILING)
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        mojo.execute();
        assertEquals(List.of("[INFO] articlecheck: skipped"), log.lines);
    }

    @Test
    @Basedir(PASSING)
    @InjectMojo(goal = "check")
    void passingProjectPasses(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        mojo.execute();
        assertEquals(2, log.lines.size());
        assertEquals(PROSE_LINE, log.lines.get(0)); // LanguageTool is not on this suite's classpath
        assertTrue(log.lines.get(1).startsWith("[INFO] articlecheck: 0 errors, 0 warnings in 1 article ("), log.lines.get(1));
    }

    @Test
    @Basedir(PASSING)
    @InjectMojo(goal = "check")
    @MojoParameter(name = "contentDirectory", value = "does-not-exist")
    void missingContentDirectoryIsAConfigurationError(CheckMojo mojo) {
        record(mojo);
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().contains("does-not-exist does not exist or is not a folder"), error.getMessage());
        assertTrue(new File(PASSING).isDirectory());
    }

    @Test
    @Basedir(PASSING)
    @InjectMojo(goal = "check")
    void theMavenDefaultsAreTheEngineDefaults(CheckMojo mojo) {
        io.github.articlecheck.links.LinkOptions maven = LinkParameters.toOptions(mojo);
        io.github.articlecheck.links.LinkOptions engine = io.github.articlecheck.links.LinkOptions.defaults();
        assertEquals(engine.connectTimeout(), maven.connectTimeout());
        assertEquals(engine.responseTimeout(), maven.responseTimeout());
        assertEquals(engine.urlDeadline(), maven.urlDeadline());
        assertEquals(engine.phaseBudget(), maven.phaseBudget());
        assertEquals(engine.cacheMaxAge(), maven.cacheMaxAge());
        assertEquals(engine.maxConcurrency(), maven.maxConcurrency());
        assertEquals(engine.maxPerHost(), maven.maxPerHost());
        assertEquals(engine.retries(), maven.retries());
        assertEquals(engine.frontMatterLinkKeys(), maven.frontMatterLinkKeys());
        assertEquals(engine.userAgent().replace("unknown", mojo.version()), maven.userAgent());
    }
}
