package io.github.articlecheck.report;

import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Messages;

/** The one-line form of a finding that consoles and IDEs make clickable. */
public final class ConsoleLine {
    private ConsoleLine() {
    }

    /** {@code path:line:column: rule-id message}, the path relative to the project base directory. */
    public static String of(Messages messages, Finding finding) {
        return finding.path() + ":" + finding.line() + ":" + finding.column() + ": " + finding.ruleId() + " "
                + messages.render(finding.message());
    }
}
