package io.github.articlecheck.maven;

import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the baseline file: every current finding, so that {@code check} then fails only on new ones. Run it
 * once when adopting articlecheck on an existing site, and again to shrink the file as findings get fixed. It
 * always checks every article: {@code since} does not apply, or the file would lose the other articles' entries.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = true)
public class BaselineMojo extends AbstractArticlecheckMojo {

    @Override
    boolean wantsContentHashes() {
        return true;
    }

    @Override
    boolean usesChangedFiles() {
        return false;
    }

    @Override
    void run(RunSettings settings) throws MojoExecutionException {
        try {
            Articlecheck.writeBaseline(settings, baseline.toPath(), runLog());
        } catch (IOException e) {
            throw new MojoExecutionException("articlecheck cannot write the baseline " + baseline + ": " + e.getMessage(), e);
        }
    }
}
