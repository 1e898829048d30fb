package io.github.articlecheck.report;

import io.github.articlecheck.core.Messages;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML for CI tools that only read test reports: one test case per article with findings at or above the
 * violation severity (a failure listing them), so the pipeline's test view shows which articles are broken.
 */
public final class JunitReport {
    public static final String FILE_NAME = "TEST-articlecheck.xml";

    private JunitReport() {
    }

    public static void write(Messages messages, EngineResult result, Severity violationSeverity, Path target) throws IOException {
        Map<String, List<Finding>> byArticle = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            if (finding.severity().isAtLeast(violationSeverity)) {
                byArticle.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(finding);
            }
        }
        int passed = Math.max(0, result.articleCount() - byArticle.size());
        int tests = byArticle.size() + (passed > 0 ? 1 : 0);
        XmlReport.write(target, xml -> {
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "articlecheck");
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(byArticle.size()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", String.format(Locale.ROOT, "%.3f", result.durationMillis() / 1000.0));
            for (Map.Entry<String, List<Finding>> article : byArticle.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "articlecheck");
                xml.writeAttribute("name", article.getKey());
                xml.writeAttribute("time", "0");
                xml.writeCharacters("\n    ");
                xml.writeStartElement("failure");
                List<Finding> findings = article.getValue();
                xml.writeAttribute("message", messages.text("junit.failure", findings.size(), findings.get(0).ruleId(),
                        messages.render(findings.get(0).message())));
                xml.writeAttribute("type", findings.get(0).ruleId());
                StringBuilder text = new StringBuilder("\n");
                findings.forEach(f -> text.append(ConsoleLine.of(messages, f)).append('\n'));
                xml.writeCharacters(text.toString());
                xml.writeEndElement();
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            if (passed > 0) {
                // Articles without violations pass; one case stands for them so counts add up.
                xml.writeCharacters("\n  ");
                xml.writeEmptyElement("testcase");
                xml.writeAttribute("classname", "articlecheck");
                xml.writeAttribute("name", passed + " other article" + (passed == 1 ? "" : "s") + " without violations");
                xml.writeAttribute("time", "0");
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }
}
