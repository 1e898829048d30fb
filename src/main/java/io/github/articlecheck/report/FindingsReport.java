package io.github.articlecheck.report;

import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.engine.Finding;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The content of the site report: counts by rule and by article, then every finding with location and message. */
public final class FindingsReport {
    private FindingsReport() {
    }

    public static void render(EngineResult result, ReportDocument document) {
        document.title("articlecheck");
        document.section("Summary");
        document.paragraph(result.count(Severity.ERROR) + " errors, " + result.count(Severity.WARNING) + " warnings in "
                + result.articleCount() + " articles.");
        result.notes().forEach(document::paragraph);
        Map<String, String> summaries = new TreeMap<>();
        for (RuleDescriptor rule : result.rules()) {
            summaries.put(rule.id(), rule.summary());
        }
        Map<String, long[]> byRule = new TreeMap<>();
        Map<String, long[]> byArticle = new TreeMap<>();
        for (Finding finding : result.findings()) {
            int index = finding.severity() == Severity.ERROR ? 0 : 1;
            byRule.computeIfAbsent(finding.ruleId(), id -> new long[2])[index]++;
            byArticle.computeIfAbsent(finding.path(), p -> new long[2])[index]++;
        }
        document.section("By rule");
        List<List<String>> ruleRows = new ArrayList<>();
        byRule.forEach((rule, counts) -> ruleRows.add(List.of(rule, Long.toString(counts[0]), Long.toString(counts[1]),
                summaries.getOrDefault(rule, ""))));
        document.table(List.of("Rule", "Errors", "Warnings", "Meaning"), ruleRows);
        document.section("By article");
        List<List<String>> articleRows = new ArrayList<>();
        byArticle.forEach((path, counts) -> articleRows.add(List.of(path, Long.toString(counts[0]), Long.toString(counts[1]))));
        document.table(List.of("Article", "Errors", "Warnings"), articleRows);
        document.section("Findings");
        List<List<String>> findingRows = new ArrayList<>();
        for (Finding finding : result.findings()) {
            findingRows.add(List.of(finding.path() + ":" + finding.line() + ":" + finding.column(), finding.severity().label(),
                    finding.ruleId(), finding.message()));
        }
        document.table(List.of("Location", "Severity", "Rule", "Message"), findingRows);
        document.end();
    }
}
