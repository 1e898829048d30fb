package io.github.articlecheck.report;

import io.github.articlecheck.core.AtomicFiles;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Messages;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.core.TextEdit;
import io.github.articlecheck.engine.EngineResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** A plain JSON report for scripts: the summary counts and every finding, sorted. */
public final class JsonReport {
    public static final String FILE_NAME = "articlecheck.json";

    private JsonReport() {
    }

    public static void write(Messages messages, EngineResult result, String toolVersion, Path target) throws IOException {
        AtomicFiles.write(target, writer -> {
            JsonWriter json = new JsonWriter(writer);
            json.beginObject()
                    .property("tool", "articlecheck")
                    .property("version", toolVersion)
                    .property("locale", messages.locale().getLanguage().isEmpty() ? "en" : messages.locale().getLanguage());
            json.name("summary").beginObject()
                    .property("articles", result.articleCount())
                    .property("errors", result.count(Severity.ERROR))
                    .property("warnings", result.count(Severity.WARNING))
                    .property("durationMillis", result.durationMillis())
                    .endObject();
            json.name("findings").beginArray();
            for (Finding finding : result.findings()) {
                writeFinding(json, messages, finding);
            }
            json.endArray();
            if (!result.metrics().isEmpty()) { // prose.readability's measures, every measured article
                json.name("articles").beginArray();
                for (Map.Entry<String, Map<String, Double>> article : result.metrics().entrySet()) {
                    json.beginObject().property("path", article.getKey());
                    for (Map.Entry<String, Double> measure : article.getValue().entrySet()) {
                        double value = measure.getValue();
                        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                            json.property(measure.getKey(), (long) value);
                        } else {
                            json.property(measure.getKey(), value);
                        }
                    }
                    json.endObject();
                }
                json.endArray();
            }
            json.endObject();
        });
    }

    private static void writeFinding(JsonWriter json, Messages messages, Finding finding) throws IOException {
        json.beginObject()
                .property("path", finding.path())
                .property("line", finding.line())
                .property("column", finding.column())
                .property("rule", finding.ruleId())
                .property("severity", finding.severity().label())
                .property("endLine", finding.endLine())
                .property("endColumn", finding.endColumn())
                .property("messageKey", finding.message().key());
        json.name("arguments").beginArray();
        for (String argument : finding.message().args()) {
            json.value(argument);
        }
        json.endArray()
                .property("message", messages.render(finding.message()))
                .property("subject", finding.subject());
        if (!finding.edits().isEmpty()) {
            json.name("edits").beginArray();
            for (TextEdit edit : finding.edits()) {
                json.beginObject()
                        .property("startLine", edit.startLine())
                        .property("startColumn", edit.startColumn())
                        .property("endLine", edit.endLine())
                        .property("endColumn", edit.endColumn())
                        .property("replacement", edit.replacement())
                        .endObject();
            }
            json.endArray();
        }
        json.endObject();
    }
}
