package io.github.articlecheck.report;

import io.github.articlecheck.core.Messages;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
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
    public static List<String> annotations(Messages messages, EngineResult result, String reportPath) {
        List<Finding> ordered = new ArrayList<>(result.findings());
        ordered.sort(Comparator.comparing(Finding::severity).thenComparing(Comparator.naturalOrder()));
        List<String> lines = new ArrayList<>();
        for (Finding finding : ordered.subList(0, Math.min(MAX_ANNOTATIONS, ordered.size()))) {
            String command = finding.severity() == Severity.ERROR ? "error" : "warning";
            lines.add("::" + command + " file=" + property(finding.path()) + ",line=" + finding.line() + ",col="
                    + finding.column() + ",title=" + property(finding.ruleId()) + "::" + data(messages.render(finding.message())));
        }
        int more = ordered.size() - lines.size();
        if (more > 0) {
            lines.add("::notice title=articlecheck::" + data(messages.text("github.more", more, MAX_ANNOTATIONS,
                    reportPath)));
        }
        return lines;
    }

    /** The job summary: counts by rule, then the first findings. */
    public static String jobSummary(Messages messages, EngineResult result) {
        StringBuilder out = new StringBuilder("## articlecheck\n\n");
        out.append(messages.text("report.counts", result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.articleCount())).append("\n\n");
        if (result.findings().isEmpty()) {
            return out.append(messages.text("github.no-findings")).append("\n").toString();
        }
        Map<String, long[]> byRule = new TreeMap<>();
        for (Finding finding : result.findings()) {
            long[] counts = byRule.computeIfAbsent(finding.ruleId(), id -> new long[2]);
            counts[finding.severity() == Severity.ERROR ? 0 : 1]++;
        }
        Map<String, String> summaries = new TreeMap<>();
        for (RuleDescriptor rule : result.rules()) {
            summaries.put(rule.id(), messages.summary(rule));
        }
        out.append("| ").append(messages.text("report.column.rule")).append(" | ")
                .append(messages.text("report.column.errors")).append(" | ").append(messages.text("report.column.warnings"))
                .append(" | ").append(messages.text("report.column.meaning")).append(" |\n|---|---:|---:|---|\n");
        byRule.forEach((rule, counts) -> out.append("| `").append(rule).append("` | ").append(counts[0]).append(" | ")
                .append(counts[1]).append(" | ").append(cell(summaries.getOrDefault(rule, ""))).append(" |\n"));
        out.append("\n| ").append(messages.text("report.column.location")).append(" | ")
                .append(messages.text("report.column.rule")).append(" | ").append(messages.text("report.column.message"))
                .append(" |\n|---|---|---|\n");
        List<Finding> ordered = new ArrayList<>(result.findings());
        ordered.sort(Comparator.comparing(Finding::severity).thenComparing(Comparator.naturalOrder()));
        for (Finding finding : ordered.subList(0, Math.min(SUMMARY_FINDINGS, ordered.size()))) {
            out.append("| `").append(finding.path()).append(':').append(finding.line()).append(':')
                    .append(finding.column()).append("` | ").append(finding.ruleId()).append(" | ")
                    .append(cell(messages.render(finding.message()))).append(" |\n");
        }
        if (ordered.size() > SUMMARY_FINDINGS) {
            out.append("\n").append(messages.text("github.summary-more", ordered.size() - SUMMARY_FINDINGS)).append("\n");
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
