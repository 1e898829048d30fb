package io.github.articlecheck.maven;

import io.github.articlecheck.run.InitRun;
import io.github.articlecheck.run.RunSettings;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adopting articlecheck on an existing site: infers a front matter schema per group of articles sharing their keys,
 * writes them (never over an existing file unless {@code force}), prints the plugin declaration to paste, and checks
 * the site with them to print a first to-do list. Runs without a {@code pom.xml} plugin entry:
 * {@code mvn io.github.articlecheck:articlecheck-maven-plugin:init}.
 */
@Mojo(name = "init", threadSafe = true, requiresProject = false)
public class InitMojo extends AbstractArticlecheckMojo {

    /** Share of a group's articles a key must be in to be required: 1 (every article) by default; 0.98 makes the
     * few articles without it findings to look at. */
    @Parameter(property = "articlecheck.requiredThreshold", defaultValue = "1")
    double requiredThreshold;

    /** Most distinct values a text key (or list item) may have to become an enum. */
    @Parameter(property = "articlecheck.maxEnumValues", defaultValue = "12")
    int maxEnumValues;

    /** Where the schema files are written. */
    @Parameter(property = "articlecheck.schemaDirectory", defaultValue = "${basedir}/schemas")
    File schemaDirectory;

    /** Print everything, write nothing. */
    @Parameter(property = "articlecheck.dryRun", defaultValue = "false")
    boolean dryRun;

    /** Replace schema files that exist. */
    @Parameter(property = "articlecheck.force", defaultValue = "false")
    boolean force;

    @Override
    boolean usesChangedFiles() {
        return false;
    }

    @Override
    void run(RunSettings settings) throws MojoExecutionException {
        InitRun.Options options = new InitRun.Options(requiredThreshold, maxEnumValues,
                schemaDirectory.toPath().toAbsolutePath().normalize(), dryRun, force, settings.toolVersion());
        try {
            InitRun.init(settings, options, runLog());
        } catch (IOException e) {
            throw new MojoExecutionException("articlecheck init could not write: " + e.getMessage(), e);
        }
    }
}
