package io.github.articlecheck.report;

import io.github.articlecheck.core.Messages;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The content of the site report: counts by rule and by article, then every finding with location and message. */
public final class FindingsReport {
    private FindingsReport() {
    }

    public static void render(Messages messages, EngineResult result, ReportDocument document) {
        document.title("articlecheck");
        document.section(messages.text("report.section.summary"));
        document.paragraph(messages.text("report.counts", result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.articleCount()) + ".");
        result.notes().forEach(note -> document.paragraph(messages.render(note)));
        Map<String, String> summaries = new TreeMap<>();
        for (RuleDescriptor rule : result.rules()) {
            summaries.put(rule.id(), messages.summary(rule));
        }
        Map<String, long[]> byRule = new TreeMap<>();
        Map<String, long[]> byArticle = new TreeMap<>();
        for (Finding finding : result.findings()) {
            int index = finding.severity() == Severity.ERROR ? 0 : 1;
            byRule.computeIfAbsent(finding.ruleId(), id -> new long[2])[index]++;
            byArticle.computeIfAbsent(finding.path(), p -> new long[2])[index]++;
        }
        document.section(messages.text("report.section.by-rule"));
        List<List<String>> ruleRows = new ArrayList<>();
        byRule.forEach((rule, counts) -> ruleRows.add(List.of(rule, Long.toString(counts[0]), Long.toString(counts[1]),
                summaries.getOrDefault(rule, ""))));
        document.table(List.of(messages.text("report.column.rule"), messages.text("report.column.errors"),
                messages.text("report.column.warnings"), messages.text("report.column.meaning")), ruleRows);
        document.section(messages.text("report.section.by-article"));
        List<List<String>> articleRows = new ArrayList<>();
        byArticle.forEach((path, counts) -> articleRows.add(List.of(path, Long.toString(counts[0]), Long.toString(counts[1]))));
        document.table(List.of(messages.text("report.column.article"), messages.text("report.column.errors"),
                messages.text("report.column.warnings")), articleRows);
        readability(messages, result, document);
        document.section(messages.text("report.section.findings"));
        List<List<String>> findingRows = new ArrayList<>();
        for (Finding finding : result.findings()) {
            findingRows.add(List.of(finding.path() + ":" + finding.line() + ":" + finding.column(), messages.text("severity." + finding.severity().label()),
                    finding.ruleId(), messages.render(finding.message())));
        }
        document.table(List.of(messages.text("report.column.location"), messages.text("report.column.severity"),
                messages.text("report.column.rule"), messages.text("report.column.message")), findingRows);
        document.end();
    }

    /** The readability measures per folder, when prose.readability measured any: how far each folder is from plain. */
    private static void readability(Messages messages, EngineResult result, ReportDocument document) {
        Map<String, List<Map<String, Double>>> byFolder = new TreeMap<>();
        result.metrics().forEach((path, values) -> {
            if (values.containsKey("readability")) {
                int slash = path.lastIndexOf('/');
                byFolder.computeIfAbsent(slash < 0 ? "." : path.substring(0, slash), f -> new ArrayList<>()).add(values);
            }
        });
        if (byFolder.isEmpty()) {
            return;
        }
        document.section(messages.text("report.section.readability"));
        List<List<String>> rows = new ArrayList<>();
        byFolder.forEach((folder, articles) -> {
            List<Double> scores = articles.stream().map(v -> v.get("readability")).sorted().toList();
            List<Double> longShares = articles.stream().map(v -> v.getOrDefault("longSentencesPercent", 0.0)).sorted()
                    .toList();
            long words = Math.round(articles.stream().mapToDouble(v -> v.getOrDefault("words", 0.0)).sum());
            rows.add(List.of(folder, Integer.toString(articles.size()), Long.toString(words),
                    format(median(scores)), format(scores.get(0)), format(median(longShares)) + " %"));
        });
        document.table(List.of(messages.text("report.column.folder"), messages.text("report.column.articles"),
                messages.text("report.column.words"), messages.text("report.column.median-score"),
                messages.text("report.column.lowest-score"), messages.text("report.column.long-sentences")), rows);
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
