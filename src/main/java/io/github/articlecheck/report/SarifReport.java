package io.github.articlecheck.report;

import io.github.articlecheck.engine.AtomicFiles;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.engine.Finding;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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

    /** Streams the results: on a large site there are tens of thousands, and a tree of them all is slow to build. */
    public static void write(EngineResult result, Path baseDirectory, String toolVersion, Path target) throws IOException {
        AtomicFiles.write(target, writer -> {
            try (JsonGenerator json = JsonMapper.shared().writerWithDefaultPrettyPrinter().createGenerator(writer)) {
                json.writeStartObject();
                json.writeStringProperty("$schema", SCHEMA);
                json.writeStringProperty("version", "2.1.0");
                json.writeName("runs");
                json.writeStartArray();
                json.writeStartObject();
                json.writeName("tool");
                json.writeTree(tool(result.rules(), toolVersion));
                json.writeName("originalUriBaseIds");
                json.writeStartObject();
                json.writeName("%SRCROOT%");
                json.writeStartObject();
                json.writeStringProperty("uri", baseDirectory.toUri().toString());
                json.writeEndObject();
                json.writeEndObject();
                json.writeName("results");
                json.writeStartArray();
                Map<String, Integer> ruleIndex = new HashMap<>();
                result.rules().forEach(rule -> ruleIndex.put(rule.id(), ruleIndex.size()));
                Fingerprints fingerprints = new Fingerprints();
                for (Finding finding : result.findings()) {
                    writeResult(json, finding, ruleIndex.get(finding.ruleId()), fingerprints.of(finding));
                }
                json.writeEndArray();
                json.writeStringProperty("columnKind", "unicodeCodePoints");
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
        });
    }

    private static ObjectNode tool(List<RuleDescriptor> descriptors, String toolVersion) {
        ObjectNode tool = JsonNodeFactory.instance.objectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", "articlecheck");
        driver.put("version", toolVersion);
        driver.put("semanticVersion", toolVersion.replace("-SNAPSHOT", ""));
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        for (RuleDescriptor rule : descriptors) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("name", ruleName(rule.id()));
            node.putObject("shortDescription").put("text", rule.summary());
            node.putObject("fullDescription").put("text", rule.summary());
            node.putObject("help").put("text", rule.help());
            node.put("helpUri", INFORMATION_URI + "#rule-" + rule.id().replace('.', '-'));
            node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        return tool;
    }

    private static void writeResult(JsonGenerator json, Finding finding, Integer ruleIndex, String fingerprint) {
        json.writeStartObject();
        json.writeStringProperty("ruleId", finding.ruleId());
        if (ruleIndex != null) {
            json.writeNumberProperty("ruleIndex", ruleIndex);
        }
        json.writeStringProperty("level", level(finding.severity()));
        json.writeName("message");
        json.writeStartObject();
        json.writeStringProperty("text", finding.message());
        json.writeEndObject();
        json.writeName("locations");
        json.writeStartArray();
        json.writeStartObject();
        json.writeName("physicalLocation");
        json.writeStartObject();
        json.writeName("artifactLocation");
        json.writeStartObject();
        json.writeStringProperty("uri", relativeUri(finding.path()));
        json.writeStringProperty("uriBaseId", "%SRCROOT%");
        json.writeEndObject();
        json.writeName("region");
        json.writeStartObject();
        json.writeNumberProperty("startLine", finding.line());
        json.writeNumberProperty("startColumn", finding.column());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeName("partialFingerprints");
        json.writeStartObject();
        json.writeStringProperty("articlecheck/v1", fingerprint);
        json.writeEndObject();
        json.writeEndObject();
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
