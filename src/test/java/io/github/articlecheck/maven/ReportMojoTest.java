package io.github.articlecheck.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** {@code skip} holds for the site report too: under mvn site Maven asks canGenerateReport, not execute. */
@MojoTest
class ReportMojoTest {
    private static final String PASSING = "target/test-classes/projects/passing";

    @Test
    @Basedir(PASSING)
    @InjectMojo(goal = "report")
    @MojoParameter(name = "skip", value = "true")
    void skipMeansNoSiteReport(ReportMojo mojo) {
        assertFalse(mojo.canGenerateReport());
    }

    @Test
    @Basedir(PASSING)
    @InjectMojo(goal = "report")
    void withoutSkipTheReportIsGenerated(ReportMojo mojo) {
        assertTrue(mojo.canGenerateReport());
    }
}
