package io.github.articlecheck.report;

import io.github.articlecheck.core.Messages;
import io.github.articlecheck.core.TextEdit;
import io.github.articlecheck.core.AtomicFiles;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Severity;
import java.io.IOException;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A plain JSON report for scripts: the summary counts and every finding, sorted. */
public final class JsonReport {
    public static final String FILE_NAME = "articlecheck.json";

    private JsonReport() {
    }

    public static void write(Messages messages, EngineResult result, String toolVersion, Path target) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("tool", "articlecheck");
        root.put("version", toolVersion);
        root.put("locale", messages.locale().getLanguage().isEmpty() ? "en" : messages.locale().getLanguage());
        ObjectNode summary = root.putObject("summary");
        summary.put("articles", result.articleCount());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("durationMillis", result.durationMillis());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode node = findings.addObject();
            node.put("path", finding.path());
            node.put("line", finding.line());
            node.put("column", finding.column());
            node.put("rule", finding.ruleId());
            node.put("severity", finding.severity().label());
            node.put("endLine", finding.endLine());
            node.put("endColumn", finding.endColumn());
            node.put("messageKey", finding.message().key());
            ArrayNode arguments = node.putArray("arguments");
            finding.message().args().forEach(arguments::add);
            node.put("message", messages.render(finding.message()));
            node.put("subject", finding.subject());
            if (!finding.edits().isEmpty()) {
                ArrayNode edits = node.putArray("edits");
                for (TextEdit edit : finding.edits()) {
                    ObjectNode change = edits.addObject();
                    change.put("startLine", edit.startLine());
                    change.put("startColumn", edit.startColumn());
                    change.put("endLine", edit.endLine());
                    change.put("endColumn", edit.endColumn());
                    change.put("replacement", edit.replacement());
                }
            }
        }
        if (!result.metrics().isEmpty()) { // prose.readability's measures, every measured article
            ArrayNode articles = root.putArray("articles");
            result.metrics().forEach((path, values) -> {
                ObjectNode article = articles.addObject();
                article.put("path", path);
                values.forEach((name, value) -> {
                    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                        article.put(name, value.longValue());
                    } else {
                        article.put(name, value);
                    }
                });
            });
        }
        AtomicFiles.write(target, writer -> writer.write(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(root)));
    }
}
