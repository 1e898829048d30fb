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

    public static void write(EngineResult result, Path baseDirectory, String toolVersion, Path target) throws IOException {
        ObjectNode log = build(result, baseDirectory, toolVersion);
        AtomicFiles.write(target, writer -> writer.write(JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(log)));
    }

    static ObjectNode build(EngineResult result, Path baseDirectory, String toolVersion) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode log = json.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "articlecheck");
        driver.put("version", toolVersion);
        driver.put("semanticVersion", toolVersion.replace("-SNAPSHOT", ""));
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<RuleDescriptor> descriptors = result.rules();
        for (RuleDescriptor rule : descriptors) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("name", ruleName(rule.id()));
            node.putObject("shortDescription").put("text", rule.summary());
            node.putObject("fullDescription").put("text", rule.summary());
            node.putObject("help").put("text", rule.help());
            node.put("helpUri", INFORMATION_URI + "#rule-" + rule.id().replace('.', '-'));
            node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        ObjectNode srcRoot = run.putObject("originalUriBaseIds").putObject("%SRCROOT%");
        srcRoot.put("uri", baseDirectory.toUri().toString());
        ArrayNode results = run.putArray("results");
        Fingerprints fingerprints = new Fingerprints();
        for (Finding finding : result.findings()) {
            ObjectNode node = results.addObject();
            node.put("ruleId", finding.ruleId());
            Integer index = ruleIndex.get(finding.ruleId());
            if (index != null) {
                node.put("ruleIndex", index);
            }
            node.put("level", level(finding.severity()));
            node.putObject("message").put("text", finding.message());
            ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", relativeUri(finding.path()));
            artifact.put("uriBaseId", "%SRCROOT%");
            ObjectNode region = physical.putObject("region");
            region.put("startLine", finding.line());
            region.put("startColumn", finding.column());
            node.putObject("partialFingerprints").put("articlecheck/v1", fingerprints.of(finding));
        }
        run.put("columnKind", "unicodeCodePoints");
        return log;
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
        try {
            return new URI(null, null, relativePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            return relativePath;
        }
    }


}
