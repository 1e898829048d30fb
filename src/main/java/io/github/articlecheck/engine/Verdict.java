package io.github.articlecheck.engine;

import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.Severity;

/**
 * Whether a run fails the build: findings at or above {@code violationSeverity} count as violations, and more
 * than {@code maxAllowedViolations} of them fail it (the Checkstyle and PMD plugins' semantics).
 */
public record Verdict(long violations, long errors, long warnings, Severity violationSeverity, int maxAllowedViolations) {

    public static Verdict of(EngineResult result, Severity violationSeverity, int maxAllowedViolations) {
        return new Verdict(result.countAtLeast(violationSeverity), result.count(Severity.ERROR),
                result.count(Severity.WARNING), violationSeverity, maxAllowedViolations);
    }

    public boolean failed() {
        return violations > maxAllowedViolations;
    }

    /** The one summary line every front end prints. */
    public static Message summary(EngineResult result) {
        return Message.of("verdict.summary", result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.articleCount(), result.durationMillis());
    }

    public Message failureMessage() {
        return Message.of(violationSeverity == Severity.ERROR ? "verdict.failed.errors" : "verdict.failed.warnings",
                violations, maxAllowedViolations);
    }
}
