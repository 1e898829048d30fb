package io.github.articlecheck.maven;

import io.github.articlecheck.engine.Baseline;
import io.github.articlecheck.engine.ConfigurationException;
import io.github.articlecheck.engine.Engine;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.engine.Verdict;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the baseline file: every current finding, so that {@code check} then fails only on new ones. Run it
 * once when adopting articlecheck on an existing site, and again to shrink the file as findings get fixed.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public class BaselineMojo extends AbstractArticlecheckMojo {

    @Override
    boolean wantsContentHashes() {
        return true;
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("articlecheck: skipped");
            return;
        }
        EngineResult result;
        try {
            result = new Engine(configuration()).run();
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("articlecheck configuration error: " + e.getMessage(), e);
        }
        Baseline written = Baseline.of(result);
        try {
            written.write(baseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("articlecheck cannot write the baseline " + baseline + ": " + e.getMessage(), e);
        }
        getLog().info(Verdict.summary(result));
        getLog().info("articlecheck: wrote " + written.entries().size() + " baseline entr"
                + (written.entries().size() == 1 ? "y" : "ies") + " to " + baseline + "; commit it");
    }
}
