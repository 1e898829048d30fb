package io.github.articlecheck.report;

import io.github.articlecheck.engine.AtomicFiles;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.engine.Finding;
import io.github.articlecheck.engine.Severity;
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

    public static void write(EngineResult result, String toolVersion, Path target) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("tool", "articlecheck");
        root.put("version", toolVersion);
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
            node.put("message", finding.message());
        }
        AtomicFiles.write(target, writer -> writer.write(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(root)));
    }
}
