package io.github.articlecheck.report;

import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.engine.Finding;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * GitHub Actions output: workflow commands ({@code ::error file=…,line=…,col=…,title=…::message}) that put findings
 * on the pull request diff, and a Markdown job summary. GitHub shows a limited number of annotations per step, so
 * the most severe come first and the rest are counted, pointing to the SARIF file.
 */
public final class GithubActions {
    /** Annotations printed per run; GitHub keeps about this many per step. */
    public static final int MAX_ANNOTATIONS = 10;
    private static final int SUMMARY_FINDINGS = 20;

    private GithubActions() {
    }

    /** Workflow command lines, errors before warnings, then a notice counting what was left out. */
    public static List<String> annotations(EngineResult result, String sarifPath) {
        List<Finding> ordered = new ArrayList<>(result.findings());
        ordered.sort(Comparator.comparing(Finding::severity).thenComparing(Comparator.naturalOrder()));
        List<String> lines = new ArrayList<>();
        for (Finding finding : ordered.subList(0, Math.min(MAX_ANNOTATIONS, ordered.size()))) {
            String command = finding.severity() == Severity.ERROR ? "error" : "warning";
            lines.add("::" + command + " file=" + property(finding.path()) + ",line=" + finding.line() + ",col="
                    + finding.column() + ",title=" + property(finding.ruleId()) + "::" + data(finding.message()));
        }
        int more = ordered.size() - lines.size();
        if (more > 0) {
            lines.add("::notice title=articlecheck::" + data(more + " more finding" + (more == 1 ? " is" : "s are")
                    + " not annotated here (GitHub shows " + MAX_ANNOTATIONS + " per step): see " + sarifPath
                    + " or the code scanning alerts"));
        }
        return lines;
    }

    /** The job summary: counts by rule, then the first findings. */
    public static String jobSummary(EngineResult result) {
        StringBuilder out = new StringBuilder("## articlecheck\n\n");
        out.append(result.count(Severity.ERROR)).append(" errors, ").append(result.count(Severity.WARNING))
                .append(" warnings in ").append(result.articleCount()).append(" articles\n\n");
        if (result.findings().isEmpty()) {
            return out.append("No findings.\n").toString();
        }
        Map<String, long[]> byRule = new TreeMap<>();
        for (Finding finding : result.findings()) {
            long[] counts = byRule.computeIfAbsent(finding.ruleId(), id -> new long[2]);
            counts[finding.severity() == Severity.ERROR ? 0 : 1]++;
        }
        Map<String, String> summaries = new TreeMap<>();
        for (RuleDescriptor rule : result.rules()) {
            summaries.put(rule.id(), rule.summary());
        }
        out.append("| rule | errors | warnings | what it means |\n|---|---:|---:|---|\n");
        byRule.forEach((rule, counts) -> out.append("| `").append(rule).append("` | ").append(counts[0]).append(" | ")
                .append(counts[1]).append(" | ").append(cell(summaries.getOrDefault(rule, ""))).append(" |\n"));
        out.append("\n| location | rule | message |\n|---|---|---|\n");
        List<Finding> ordered = new ArrayList<>(result.findings());
        ordered.sort(Comparator.comparing(Finding::severity).thenComparing(Comparator.naturalOrder()));
        for (Finding finding : ordered.subList(0, Math.min(SUMMARY_FINDINGS, ordered.size()))) {
            out.append("| `").append(finding.path()).append(':').append(finding.line()).append(':')
                    .append(finding.column()).append("` | ").append(finding.ruleId()).append(" | ")
                    .append(cell(finding.message())).append(" |\n");
        }
        if (ordered.size() > SUMMARY_FINDINGS) {
            out.append("\n…and ").append(ordered.size() - SUMMARY_FINDINGS).append(" more in the SARIF and Checkstyle reports.\n");
        }
        return out.toString();
    }

    /** Escaping of a workflow command's message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a workflow command's property value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
