package io.github.articlecheck.maven;

import io.github.articlecheck.engine.Baseline;
import io.github.articlecheck.engine.ConfigurationException;
import io.github.articlecheck.engine.Engine;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.engine.Finding;
import io.github.articlecheck.engine.Severity;
import io.github.articlecheck.engine.Verdict;
import io.github.articlecheck.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the articles of the content directory and fails the build when one is broken. Thin by design:
 * parameters become an {@link io.github.articlecheck.engine.EngineConfiguration}, the {@link Engine} does the
 * work, and its result becomes log lines, report files and the build verdict.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractArticlecheckMojo {

    /** Whether violations fail the build. */
    @Parameter(property = "articlecheck.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The least severe level that counts as a violation: error or warning. */
    @Parameter(property = "articlecheck.violationSeverity", defaultValue = "error")
    private String violationSeverity;

    /** How many violations are tolerated before the build fails. */
    @Parameter(property = "articlecheck.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Report files to write: checkstyle, sarif, gitlab, json, junit. */
    @Parameter(property = "articlecheck.formats", defaultValue = "checkstyle,sarif")
    List<String> formats;


    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("articlecheck: skipped");
            return;
        }
        Severity threshold;
        EngineResult result;
        try {
            threshold = Severity.parse(violationSeverity);
            result = new Engine(configuration()).run();
            if (baseline != null && baseline.isFile()) {
                result = compareWithBaseline(result);
            }
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("articlecheck configuration error: " + e.getMessage(), e);
        }
        boolean errors = getLog().isErrorEnabled();
        boolean warnings = getLog().isWarnEnabled(); // mvn -q: thousands of lines not even formatted
        for (Finding finding : result.findings()) {
            if (finding.severity() == Severity.ERROR && errors) {
                getLog().error(finding.toConsoleLine());
            } else if (finding.severity() != Severity.ERROR && warnings) {
                getLog().warn(finding.toConsoleLine());
            }
        }
        result.warnings().forEach(getLog()::warn);
        result.notes().forEach(getLog()::info);
        getLog().info(Verdict.summary(result));
        Path reports = outputDirectory.toPath();
        List<ReportFormat> selected;
        try {
            selected = formats == null ? List.of(ReportFormat.CHECKSTYLE, ReportFormat.SARIF)
                    : formats.stream().filter(f -> !f.isBlank()).map(ReportFormat::parse).distinct().toList();
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("articlecheck configuration error: " + e.getMessage(), e);
        }
        List<Path> written;
        try {
            written = ReportFormat.writeAll(selected, result, baseDirectory.toPath(), version(), threshold, reports);
        } catch (IOException e) {
            throw new MojoExecutionException("articlecheck cannot write its reports to " + reports + ": " + e.getMessage(), e);
        }
        CiOutput.publish(result, reports.resolve(ReportFormat.SARIF.fileName()), System.getenv(), getLog());
        Verdict verdict = Verdict.of(result, threshold, maxAllowedViolations);
        if (verdict.failed() && failOnViolation) {
            throw new MojoFailureException(verdict.failureMessage() + ". Reports: " + written.stream()
                    .map(Path::toString).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (verdict.failed()) {
            getLog().warn(verdict.failureMessage() + " (failOnViolation is false: the build goes on)");
        }
    }


    /** Keeps only the findings that are not in the baseline, and says what the baseline covered. */
    private EngineResult compareWithBaseline(EngineResult result) {
        Baseline.Comparison comparison = Baseline.read(baseline.toPath()).compare(result);
        if (comparison.baselined() > 0) {
            getLog().info("articlecheck: " + comparison.baselined() + " finding" + (comparison.baselined() == 1 ? " is" : "s are")
                    + " in the baseline " + baseline + " and not reported");
        }
        if (!comparison.fixed().isEmpty()) {
            int fixed = comparison.fixed().size();
            getLog().info("articlecheck: " + fixed + " baseline entr" + (fixed == 1 ? "y is" : "ies are")
                    + " fixed: run articlecheck:baseline to shrink the file");
        }
        return result.withFindings(comparison.fresh());
    }
}
