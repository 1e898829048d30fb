package io.github.articlecheck.run;

import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.report.GithubActions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import io.github.articlecheck.core.Messages;

/**
 * What the CI the build runs in reads besides files: on GitHub Actions, workflow commands on standard output
 * (Maven's log prefix would hide them, so they are printed raw) and the job summary file.
 */
final class CiOutput {
    private CiOutput() {
    }

    static void publish(Messages messages, EngineResult result, Path reportFile, Map<String, String> environment,
            RunLog log) {
        if (!"true".equals(environment.get("GITHUB_ACTIONS"))) {
            return;
        }
        GithubActions.annotations(messages, result, reportFile.toString()).forEach(System.out::println);
        System.out.flush();
        String summary = environment.get("GITHUB_STEP_SUMMARY");
        if (summary != null && !summary.isBlank()) {
            try {
                Files.writeString(Path.of(summary), GithubActions.jobSummary(messages, result), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException | RuntimeException e) {
                log.warn(messages.text("run.github-summary-unwritable", summary, String.valueOf(e.getMessage())));
            }
        }
    }
}
