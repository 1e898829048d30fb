package io.github.articlecheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The init and fix goals' parameters through the plugin testing harness (their runs: InitRunTest, FixRunTest, ITs). */
@MojoTest
class InitAndFixMojoTest {
    private static final String PASSING = "target/test-classes/projects/passing";

    @Test
    @Basedir(PASSING)
    @InjectMojo(goal = "init")
    @MojoParameter(name = "dryRun", value = "true")
    void initDryRunPrintsTheSchemaAndTheDeclarationAndWritesNothing(InitMojo mojo) throws Exception {
        CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertTrue(log.lines.contains("[INFO] articlecheck init: read the front matter of 1 article: 1 schema"),
                log.lines.toString());
        assertTrue(log.lines.stream().anyMatch(l -> l.contains("<artifactId>articlecheck-maven-plugin</artifactId>")));
        assertFalse(Files.exists(Path.of(PASSING, "schemas")));
        assertFalse(Files.exists(Path.of(PASSING, "target/articlecheck/init")));
    }

    @Test
    @Basedir(PASSING)
    @InjectMojo(goal = "init")
    @MojoParameter(name = "requiredThreshold", value = "0")
    void aThresholdOfNothingIsAConfigurationError(InitMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("articlecheck configuration error: requiredThreshold must be above 0 and at most 1 (1 = every"
                + " article), not 0.0", error.getMessage());
    }

    @Test
    @Basedir(PASSING)
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "fixRules", value = "heading.increment")
    void aRuleWithoutACertainFixIsAConfigurationError(FixMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(error.getMessage().startsWith("articlecheck configuration error: fixRules: heading.increment has no"
                + " certain fix; fixable rules: link.tracking, "), error.getMessage());
    }

    @Test
    @Basedir(PASSING)
    @InjectMojo(goal = "fix")
    @MojoParameter(name = "dryRun", value = "true")
    void fixOnACleanSiteChangesNothing(FixMojo mojo) throws Exception {
        CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
        mojo.setLog(log);
        mojo.execute();
        assertEquals("[INFO] articlecheck fix (dry run: nothing written): 0 findings would be fixed in 0 files",
                log.lines.get(log.lines.size() - 1));
    }
}
