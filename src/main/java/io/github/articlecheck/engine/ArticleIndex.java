package io.github.articlecheck.engine;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the last run learned of each article, so that the next run skips reading and checking unchanged ones:
 * per article its size, modification time and content hash, its per-article findings before suppressions, its
 * suppression directives, and the facts each cross-article check collected. Valid only for the same
 * configuration (rules, schemas, options, plugin version): any change of those empties it. Cross-article checks
 * are always redone from the facts, so a link into a changed article is re-resolved even when its own article
 * did not change.
 */
final class ArticleIndex {
    static final int VERSION = 1;


    /** One article as the last run left it. */
    record Entry(long size, long modified, String hash, List<Finding> findings, JsonNode suppressions, List<JsonNode> facts) {
    }

    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private ArticleIndex(Map<String, Entry> previous) {
        this.previous = previous;
    }

    static ArticleIndex load(Path file, String key) {
        Map<String, Entry> entries = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return new ArticleIndex(entries);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode root = JsonMapper.shared().readTree(reader);
            if (root.path("version").asInt() != VERSION || !key.equals(root.path("key").asString())) {
                return new ArticleIndex(entries); // another configuration or plugin version: start afresh
            }
            for (Map.Entry<String, JsonNode> article : root.path("articles").properties()) {
                JsonNode node = article.getValue();
                List<Finding> findings = new ArrayList<>();
                for (JsonNode finding : node.path("findings")) {
                    findings.add(new Finding(article.getKey(), finding.get(0).asInt(), finding.get(1).asInt(),
                            finding.get(2).asString(), Severity.valueOf(finding.get(3).asString()), finding.get(4).asString()));
                }
                List<JsonNode> facts = new ArrayList<>();
                node.path("facts").forEach(facts::add);
                entries.put(article.getKey(), new Entry(node.path("size").asLong(), node.path("modified").asLong(),
                        node.path("hash").asString(), findings, node.path("suppressions"), facts));
            }
        } catch (IOException | RuntimeException e) {
            entries.clear(); // an unreadable index only costs a full run
        }
        return new ArticleIndex(entries);
    }

    /** The entry of an unchanged article: same size and modification time. */
    Optional<Entry> unchanged(String path, long size, long modified) {
        Entry entry = previous.get(path);
        return entry != null && entry.size() == size && entry.modified() == modified ? Optional.of(entry) : Optional.empty();
    }

    /** The entry of an article whose content is unchanged although its time changed (a checkout, a touch). */
    Optional<Entry> sameContent(String path, String hash) {
        Entry entry = previous.get(path);
        return entry != null && entry.hash().equals(hash) ? Optional.of(entry) : Optional.empty();
    }

    void keep(String path, Entry entry) {
        current.put(path, entry);
    }

    /** True when this run's entries are the last run's: writing the index again would change nothing. */
    boolean unchangedSinceLoad() {
        if (current.size() != previous.size()) {
            return false;
        }
        for (Map.Entry<String, Entry> entry : current.entrySet()) {
            Entry before = previous.get(entry.getKey());
            if (before == null || before != entry.getValue()) {
                return false;
            }
        }
        return true;
    }

    void save(Path file, String key) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (java.io.Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                    JsonGenerator json = JsonMapper.shared().createGenerator(out)) {
                json.writeStartObject();
                json.writeNumberProperty("version", VERSION);
                json.writeStringProperty("key", key);
                json.writeName("articles");
                json.writeStartObject();
                for (Map.Entry<String, Entry> article : new TreeMap<>(current).entrySet()) {
                    Entry entry = article.getValue();
                    ObjectNode node = JsonNodeFactory.instance.objectNode();
                    node.put("size", entry.size());
                    node.put("modified", entry.modified());
                    node.put("hash", entry.hash());
                    ArrayNode findings = node.putArray("findings");
                    for (Finding finding : entry.findings()) {
                        findings.addArray().add(finding.line()).add(finding.column()).add(finding.ruleId())
                                .add(finding.severity().name()).add(finding.message());
                    }
                    node.set("suppressions", entry.suppressions());
                    ArrayNode facts = node.putArray("facts");
                    entry.facts().forEach(facts::add);
                    json.writeName(article.getKey());
                    json.writeTree(node);
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
