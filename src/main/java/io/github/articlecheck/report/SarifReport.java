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
    public static void write(EngineResult result, Path baseDirectory, String toolVersion, Path target) throws IOException {
        AtomicFiles.write(target, writer -> {
            JsonWriter json = new JsonWriter(writer);
            json.beginObject().property("$schema", SCHEMA).property("version", "2.1.0");
            json.name("runs").beginArray().beginObject();
            json.name("tool").beginObject().name("driver");
            writeDriver(json, result.rules(), toolVersion);
            json.endObject();
            json.name("originalUriBaseIds").beginObject().name("%SRCROOT%").beginObject()
                    .property("uri", baseDirectory.toUri().toString()).endObject().endObject();
            json.name("results").beginArray();
            Map<String, Integer> ruleIndex = new HashMap<>();
            result.rules().forEach(rule -> ruleIndex.put(rule.id(), ruleIndex.size()));
            Fingerprints fingerprints = new Fingerprints();
            for (Finding finding : result.findings()) {
                writeResult(json, finding, ruleIndex.get(finding.ruleId()), fingerprints.of(finding));
            }
            json.endArray();
            json.property("columnKind", "unicodeCodePoints");
            json.endObject().endArray().endObject();
        });
    }

    private static void writeDriver(JsonWriter json, List<RuleDescriptor> rules, String toolVersion) throws IOException {
        json.beginObject().property("name", "articlecheck").property("version", toolVersion)
                .property("semanticVersion", toolVersion.replace("-SNAPSHOT", "")).property("informationUri", INFORMATION_URI);
        json.name("rules").beginArray();
        for (RuleDescriptor rule : rules) {
            json.beginObject().property("id", rule.id()).property("name", ruleName(rule.id()));
            json.name("shortDescription").beginObject().property("text", rule.summary()).endObject();
            json.name("fullDescription").beginObject().property("text", rule.summary()).endObject();
            json.name("help").beginObject().property("text", rule.help()).endObject();
            json.property("helpUri", INFORMATION_URI + "#rule-" + rule.id().replace('.', '-'));
            json.name("defaultConfiguration").beginObject().property("level", level(rule.defaultSeverity())).endObject();
            json.endObject();
        }
        json.endArray().endObject();
    }

    private static void writeResult(JsonWriter json, Finding finding, Integer ruleIndex, String fingerprint) throws IOException {
        json.beginInlineObject().property("ruleId", finding.ruleId());
        if (ruleIndex != null) {
            json.property("ruleIndex", ruleIndex);
        }
        json.property("level", level(finding.severity()));
        json.name("message").beginObject().property("text", finding.message()).endObject();
        json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        json.name("artifactLocation").beginObject().property("uri", relativeUri(finding.path()))
                .property("uriBaseId", "%SRCROOT%").endObject();
        json.name("region").beginObject().property("startLine", finding.line()).property("startColumn", finding.column())
                .endObject();
        json.endObject().endObject().endArray();
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
