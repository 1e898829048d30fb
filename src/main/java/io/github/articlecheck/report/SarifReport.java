package io.github.articlecheck.report;

import io.github.articlecheck.core.Messages;
import io.github.articlecheck.core.TextEdit;
import io.github.articlecheck.engine.Fingerprints;
import io.github.articlecheck.core.AtomicFiles;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: every rule with its description and help, every result with a
 * path relative to {@code %SRCROOT%} (the project base directory) and code-point columns.
 */
public final class SarifReport {
    public static final String FILE_NAME = "articlecheck.sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String INFORMATION_URI = "https://github.com/articlecheck/articlecheck-maven-plugin";

    private SarifReport() {
    }

    /** Streams the results: on a large site there are tens of thousands. */
    public static void write(Messages messages, EngineResult result, Path baseDirectory, String toolVersion, Path target) throws IOException {
        AtomicFiles.write(target, writer -> {
            JsonWriter json = new JsonWriter(writer);
            json.beginObject().property("$schema", SCHEMA).property("version", "2.1.0");
            json.name("runs").beginArray().beginObject();
            json.name("tool").beginObject().name("driver");
            writeDriver(json, messages, result.rules(), toolVersion);
            json.endObject();
            json.name("originalUriBaseIds").beginObject().name("%SRCROOT%").beginObject()
                    .property("uri", baseDirectory.toUri().toString()).endObject().endObject();
            json.name("results").beginArray();
            Map<String, Integer> ruleIndex = new HashMap<>();
            result.rules().forEach(rule -> ruleIndex.put(rule.id(), ruleIndex.size()));
            List<String> fingerprints = Fingerprints.of(result.findings());
            for (int i = 0; i < fingerprints.size(); i++) {
                Finding finding = result.findings().get(i);
                writeResult(json, messages, finding, ruleIndex.get(finding.ruleId()), fingerprints.get(i));
            }
            json.endArray();
            json.property("columnKind", "unicodeCodePoints");
            json.endObject().endArray().endObject();
        });
    }

    private static void writeDriver(JsonWriter json, Messages messages, List<RuleDescriptor> rules, String toolVersion) throws IOException {
        json.beginObject().property("name", "articlecheck").property("version", toolVersion)
                .property("semanticVersion", toolVersion.replace("-SNAPSHOT", "")).property("informationUri", INFORMATION_URI);
        json.name("rules").beginArray();
        for (RuleDescriptor rule : rules) {
            json.beginObject().property("id", rule.id()).property("name", ruleName(rule.id()));
            json.name("shortDescription").beginObject().property("text", messages.summary(rule)).endObject();
            json.name("fullDescription").beginObject().property("text", messages.summary(rule)).endObject();
            json.name("help").beginObject().property("text", messages.help(rule)).endObject();
            json.property("helpUri", INFORMATION_URI + "#rule-" + rule.id().replace('.', '-'));
            json.name("defaultConfiguration").beginObject().property("level", level(rule.defaultSeverity())).endObject();
            json.endObject();
        }
        json.endArray().endObject();
    }

    private static void writeResult(JsonWriter json, Messages messages, Finding finding, Integer ruleIndex,
            String fingerprint) throws IOException {
        json.beginInlineObject().property("ruleId", finding.ruleId());
        if (ruleIndex != null) {
            json.property("ruleIndex", ruleIndex);
        }
        json.property("level", level(finding.severity()));
        json.name("message").beginObject().property("text", messages.render(finding.message())).endObject();
        json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        json.name("artifactLocation").beginObject().property("uri", relativeUri(finding.path()))
                .property("uriBaseId", "%SRCROOT%").endObject();
        json.name("region").beginObject().property("startLine", finding.line()).property("startColumn", finding.column())
                .property("endLine", finding.endLine()).property("endColumn", finding.endColumn()).endObject();
        json.endObject().endObject().endArray();
        if (!finding.edits().isEmpty()) {
            // SARIF fixes: what articlecheck:fix applies; GitHub shows them as suggestions where it can.
            json.name("fixes").beginArray().beginObject();
            json.name("description").beginObject().property("text", messages.render(finding.message())).endObject();
            json.name("artifactChanges").beginArray().beginObject();
            json.name("artifactLocation").beginObject().property("uri", relativeUri(finding.path()))
                    .property("uriBaseId", "%SRCROOT%").endObject();
            json.name("replacements").beginArray();
            for (TextEdit edit : finding.edits()) {
                json.beginInlineObject().name("deletedRegion").beginObject().property("startLine", edit.startLine())
                        .property("startColumn", edit.startColumn()).property("endLine", edit.endLine())
                        .property("endColumn", edit.endColumn()).endObject();
                json.name("insertedContent").beginObject().property("text", edit.replacement()).endObject();
                json.endObject();
            }
            json.endArray().endObject().endArray().endObject().endArray();
        }
        json.name("partialFingerprints").beginObject().property("articlecheck/v1", fingerprint).endObject();
        json.endObject();
    }

    /** SARIF rule names are PascalCase identifiers: {@code frontmatter.unknown-key} → {@code FrontmatterUnknownKey}. */
    static String ruleName(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[.-]")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    /** A relative URI reference: spaces and accents percent-encoded, '/' kept. */
    static String relativeUri(String relativePath) {
        if (relativePath.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0))) {
            return relativePath; // nothing to encode: the usual case, without building a URI
        }
        try {
            return new URI(null, null, relativePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            return relativePath;
        }
    }


}
