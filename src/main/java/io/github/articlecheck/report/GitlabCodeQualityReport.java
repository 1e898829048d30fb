package io.github.articlecheck.report;

import io.github.articlecheck.core.Messages;
import io.github.articlecheck.engine.Fingerprints;
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

/** GitLab's Code Quality report (a subset of the Code Climate format), shown in the merge request widget. */
public final class GitlabCodeQualityReport {
    public static final String FILE_NAME = "gl-code-quality-report.json";

    private GitlabCodeQualityReport() {
    }

    public static void write(Messages messages, EngineResult result, Path target) throws IOException {
        ArrayNode issues = JsonNodeFactory.instance.arrayNode();
        java.util.Iterator<String> fingerprints = Fingerprints.of(result.findings()).iterator();
        for (Finding finding : result.findings()) {
            ObjectNode issue = issues.addObject();
            issue.put("description", finding.ruleId() + ": " + messages.render(finding.message()));
            issue.put("check_name", finding.ruleId());
            issue.put("fingerprint", fingerprints.next());
            issue.put("severity", finding.severity() == Severity.ERROR ? "critical" : "minor");
            ObjectNode location = issue.putObject("location");
            location.put("path", finding.path());
            location.putObject("lines").put("begin", finding.line());
        }
        AtomicFiles.write(target, writer -> writer.write(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(issues)));
    }
}
