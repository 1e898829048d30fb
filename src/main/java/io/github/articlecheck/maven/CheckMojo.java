package io.github.articlecheck.maven;

import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
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
 * parameters become {@link RunSettings}, {@link io.github.articlecheck.run.Articlecheck#check} does the run, and its verdict becomes the
 * build's.
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

    /**
     * Check in a JVM of its own, started with {@code forkArgLine}: {@code auto} (default) forks on sites of 200
     * Markdown files or more, where a JVM made for a short batch job saves time and memory (on MDN-de, 14,594 pages,
     * half the time and a third of the memory); {@code true} always, {@code false} never. With {@code true}, or
     * 200 Markdown files in the project's folder outside hidden folders, node_modules, vendor and the build's output,
     * the fork starts before any setting is read here (it reads and validates them itself).
     */
    @Parameter(property = "articlecheck.fork", defaultValue = "auto")
    String fork;

    /** The forked JVM's options. */
    @Parameter(property = "articlecheck.forkArgLine", defaultValue = ForkedCheck.DEFAULT_ARG_LINE)
    String forkArgLine;

    @Override
    RunSettings.Builder settings() {
        return super.settings().violationSeverity(violationSeverity).maxAllowedViolations(maxAllowedViolations)
                .formats(formats);
    }

    /**
     * A folder that clearly holds a large site goes to the fork at once: the fork builds and validates the settings
     * itself, with the same messages, so building them here first (the generator's configuration read, its files
     * hashed: 0.2–0.3 s of Maven's JVM on hugodocs) only delayed its start. Anything less clear takes the path below.
     */
    @Override
    boolean handedOver() throws MojoExecutionException, MojoFailureException {
        return ForkedCheck.clearlyWanted(fork, baseDirectory.toPath(), outputDirectory.toPath()) && forked();
    }

    /** Runs the check in a forked JVM when the plugin's classpath is known (loaded by Maven); false otherwise. */
    private boolean forked() throws MojoExecutionException, MojoFailureException {
        List<String> classpath = ForkedCheck.classpath(getClass().getClassLoader());
        if (classpath.isEmpty()) {
            return false;
        }
        // where the settings would put it: the folder resolved against the project's
        Path workFolder = baseDirectory.toPath().resolve(outputDirectory.toPath()).normalize();
        ForkedCheck.run(this, classpath, forkArgLine, workFolder);
        return true;
    }

    @Override
    void run(RunSettings settings) throws MojoExecutionException, MojoFailureException {
        boolean wanted;
        try {
            wanted = ForkedCheck.wanted(fork, settings.engine().contentDirectory());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("articlecheck configuration error: " + e.getMessage(), e);
        }
        if (wanted && forked()) {
            return;
        }
        if (wanted) {
            getLog().info("articlecheck: the plugin's classpath is not known here (not loaded by Maven): checking in"
                    + " Maven's JVM");
        }
        Articlecheck.Outcome outcome;
        try {
            outcome = Articlecheck.check(settings, runLog());
        } catch (IOException e) {
            throw new MojoExecutionException("articlecheck cannot write its reports to " + settings.outputDirectory()
                    + ": " + e.getMessage(), e);
        }
        if (outcome.failed() && failOnViolation) {
            throw new MojoFailureException(outcome.failure());
        }
        if (outcome.failed()) {
            getLog().warn(settings.messages().text("run.fail-on-violation-off",
                    settings.messages().render(outcome.verdict().failureMessage())));
        }
    }
}
