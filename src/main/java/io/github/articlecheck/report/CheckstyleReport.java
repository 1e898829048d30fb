package io.github.articlecheck.report;

import io.github.articlecheck.core.Messages;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.core.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/**
 * Checkstyle's XML result format, read by Jenkins warnings-ng, reviewdog and IDEs. File names are absolute,
 * as Checkstyle writes them; {@code source} carries the rule id prefixed with the tool name.
 */
public final class CheckstyleReport {
    public static final String FILE_NAME = "articlecheck-result.xml";

    private CheckstyleReport() {
    }

    public static void write(Messages messages, EngineResult result, Path baseDirectory, Path target) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            byFile.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(finding);
        }
        XmlReport.write(target, xml -> {
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", "10.0");
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", baseDirectory.resolve(file.getKey()).toString());
                for (Finding finding : file.getValue()) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", Integer.toString(finding.line()));
                    xml.writeAttribute("column", Integer.toString(finding.column()));
                    xml.writeAttribute("severity", finding.severity().label());
                    xml.writeAttribute("message", messages.render(finding.message()));
                    xml.writeAttribute("source", "articlecheck." + finding.ruleId());
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }
}
