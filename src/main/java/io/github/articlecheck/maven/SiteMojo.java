package io.github.articlecheck.maven;

import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Prints the site model: the generator and what was read of its configuration, the folders, the URL rules, the
 * heading id style, and each article with the URL it is published at. Checks nothing; for seeing why a link resolves
 * or not.
 */
@Mojo(name = "site", threadSafe = true, requiresProject = true)
public class SiteMojo extends AbstractArticlecheckMojo {

    @Override
    void run(RunSettings settings) {
        Articlecheck.describeSite(settings, runLog());
    }
}
