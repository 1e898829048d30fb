package io.github.articlecheck.maven;

import io.github.articlecheck.run.FixRun;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies the fixes that are certain (the clean URL of a tracking link, the final URL of a permanent redirect from
 * the link cache, the case on disk, the one close file or anchor, footnotes renumbered, short table rows padded,
 * reversed links, spaces inside emphasis, invisible characters, a misspelt front matter key, house style terms),
 * checks again and puts back any file the fix made worse. With {@code since}, only the changed articles are touched.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = true)
public class FixMojo extends AbstractArticlecheckMojo {

    /** The rules to fix (default: every fixable rule); see the README's "Fixing findings". */
    @Parameter(property = "articlecheck.fixRules")
    List<String> fixRules;

    /** Print a unified diff per file and write nothing. */
    @Parameter(property = "articlecheck.dryRun", defaultValue = "false")
    boolean dryRun;

    @Override
    void run(RunSettings settings) throws MojoExecutionException {
        List<String> rules = FixRun.rules(fixRules);
        try {
            FixRun.fix(settings, rules, dryRun, runLog());
        } catch (IOException e) {
            throw new MojoExecutionException("articlecheck fix could not write an article: " + e.getMessage(), e);
        }
    }
}
