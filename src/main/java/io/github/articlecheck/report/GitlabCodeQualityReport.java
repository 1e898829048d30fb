package io.github.articlecheck.report;

import io.github.articlecheck.core.AtomicFiles;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Messages;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.engine.Fingerprints;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/** GitLab's Code Quality report (a subset of the Code Climate format), shown in the merge request widget. */
public final class GitlabCodeQualityReport {
    public static final String FILE_NAME = "gl-code-quality-report.json";

    private GitlabCodeQualityReport() {
    }

    public static void write(Messages messages, EngineResult result, Path target) throws IOException {
        AtomicFiles.write(target, writer -> {
            JsonWriter json = new JsonWriter(writer);
            Iterator<String> fingerprints = Fingerprints.of(result.findings()).iterator();
            json.beginArray();
            for (Finding finding : result.findings()) {
                json.beginObject()
                        .property("description", finding.ruleId() + ": " + messages.render(finding.message()))
                        .property("check_name", finding.ruleId())
                        .property("fingerprint", fingerprints.next())
                        .property("severity", finding.severity() == Severity.ERROR ? "critical" : "minor");
                json.name("location").beginObject()
                        .property("path", finding.path());
                json.name("lines").beginObject().property("begin", finding.line()).endObject();
                json.endObject().endObject();
            }
            json.endArray();
        });
    }
}
