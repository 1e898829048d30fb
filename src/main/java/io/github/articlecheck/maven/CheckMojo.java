package io.github.articlecheck.maven;

import io.github.articlecheck.engine.ConfigurationException;
import io.github.articlecheck.engine.Engine;
import io.github.articlecheck.engine.EngineConfiguration;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.engine.Finding;
import io.github.articlecheck.engine.RuleLevel;
import io.github.articlecheck.engine.SchemaMapping;
import io.github.articlecheck.engine.Severity;
import io.github.articlecheck.engine.Verdict;
import io.github.articlecheck.report.CheckstyleReport;
import io.github.articlecheck.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the articles of the content directory and fails the build when one is broken. Thin by design:
 * parameters become an {@link EngineConfiguration}, the {@link Engine} does the work, and its result becomes log
 * lines, report files and the build verdict.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /** Folder of the articles. */
    @Parameter(property = "articlecheck.contentDirectory", defaultValue = "${project.basedir}/content")
    private File contentDirectory;

    /** Patterns of the files to check, relative to the content directory (default **&#47;*.md, **&#47;*.markdown). */
    @Parameter(property = "articlecheck.includes")
    private List<String> includes;

    /** Patterns of files not to check, relative to the content directory. */
    @Parameter(property = "articlecheck.excludes")
    private List<String> excludes;

    /** Folders that a link starting with '/' resolves against, in order (default: the project base directory). */
    @Parameter(property = "articlecheck.siteRoots")
    private List<File> siteRoots;

    /** JSON Schema (2020-12, JSON or YAML) for the front matter of articles no {@code schemas} entry matches. */
    @Parameter(property = "articlecheck.frontMatterSchema")
    private File frontMatterSchema;

    /** Schemas per folder: the first entry whose includes match an article wins. */
    @Parameter
    private List<SchemaSelection> schemas;

    /** Whether every article must have a front matter block. */
    @Parameter(property = "articlecheck.requireFrontMatter", defaultValue = "true")
    private boolean requireFrontMatter;

    /** Whether violations fail the build. */
    @Parameter(property = "articlecheck.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The least severe level that counts as a violation: error or warning. */
    @Parameter(property = "articlecheck.violationSeverity", defaultValue = "error")
    private String violationSeverity;

    /** How many violations are tolerated before the build fails. */
    @Parameter(property = "articlecheck.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** Front matter keys that hold the page title (the h1), for the heading rules. Default: title, titre. */
    @Parameter(property = "articlecheck.titleKeys")
    private List<String> titleKeys;

    /** Per-rule level: error, warning or off, keyed by rule id. */
    @Parameter
    private Map<String, String> rules;

    /** Folder of the report files (Checkstyle XML and SARIF). */
    @Parameter(property = "articlecheck.outputDirectory", defaultValue = "${project.build.directory}/articlecheck")
    private File outputDirectory;

    /** Skips the check entirely. */
    @Parameter(property = "articlecheck.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

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
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("articlecheck configuration error: " + e.getMessage(), e);
        }
        for (Finding finding : result.findings()) {
            if (finding.severity() == Severity.ERROR) {
                getLog().error(finding.toConsoleLine());
            } else {
                getLog().warn(finding.toConsoleLine());
            }
        }
        getLog().info(Verdict.summary(result));
        Path reports = outputDirectory.toPath();
        try {
            CheckstyleReport.write(result, baseDirectory.toPath(), reports.resolve(CheckstyleReport.FILE_NAME));
            SarifReport.write(result, baseDirectory.toPath(), version(), reports.resolve(SarifReport.FILE_NAME));
        } catch (IOException e) {
            throw new MojoExecutionException("articlecheck cannot write its reports to " + reports + ": " + e.getMessage(), e);
        }
        Verdict verdict = Verdict.of(result, threshold, maxAllowedViolations);
        if (verdict.failed() && failOnViolation) {
            throw new MojoFailureException(verdict.failureMessage() + ". Reports: "
                    + reports.resolve(SarifReport.FILE_NAME) + ", " + reports.resolve(CheckstyleReport.FILE_NAME));
        }
        if (verdict.failed()) {
            getLog().warn(verdict.failureMessage() + " (failOnViolation is false: the build goes on)");
        }
    }

    private EngineConfiguration configuration() {
        EngineConfiguration.Builder builder = EngineConfiguration.builder(baseDirectory.toPath())
                .contentDirectory(contentDirectory.toPath())
                .includes(includes)
                .excludes(excludes)
                .siteRoots(siteRoots == null ? List.of() : siteRoots.stream().map(File::toPath).toList())
                .frontMatterSchema(frontMatterSchema == null ? null : frontMatterSchema.toPath())
                .requireFrontMatter(requireFrontMatter)
                .titleKeys(titleKeys);
        if (schemas != null) {
            builder.schemaMappings(schemas.stream().map(s -> new SchemaMapping(
                    s.getIncludes() == null ? List.of() : s.getIncludes(),
                    s.getExcludes() == null ? List.of() : s.getExcludes(),
                    s.getSchema() == null ? null : s.getSchema().toPath())).toList());
        }
        if (rules != null) {
            rules.forEach((id, level) -> builder.ruleLevel(id, RuleLevel.parse(id, level)));
        }
        return builder.build();
    }

    private String version() {
        return pluginVersion == null || pluginVersion.isBlank() ? "unknown" : pluginVersion;
    }
}
