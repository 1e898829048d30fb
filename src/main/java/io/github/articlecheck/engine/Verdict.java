package io.github.articlecheck.engine;

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
    public static String summary(EngineResult result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        return "articlecheck: " + plural(errors, "error") + ", " + plural(warnings, "warning") + " in "
                + plural(result.articleCount(), "article") + " (" + result.durationMillis() + " ms)";
    }

    public String failureMessage() {
        String kind = violationSeverity == Severity.ERROR ? "errors" : "errors and warnings";
        return "articlecheck found " + violations + " violation" + (violations == 1 ? "" : "s") + " (" + kind
                + "), more than the " + maxAllowedViolations + " allowed by maxAllowedViolations";
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
