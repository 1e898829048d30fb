package io.github.articlecheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings a site has accepted for now, so that adopting articlecheck on a large existing site fails only on
 * new problems. An entry is identified by rule, path and a fingerprint of the offending text — the finding's
 * message, which names the key, value, label or URL at fault, with numbers blanked — never by line number, so
 * editing elsewhere in the file keeps it. Each entry also carries its article's content hash, so that a moved or
 * renamed article keeps its entries. The file is stable JSON, sorted, one entry per line, to diff well in review.
 */
public final class Baseline {
    /** One accepted finding. */
    public record Entry(String path, String rule, String fingerprint, String fileHash, String message) {
    }

    /** A check against the baseline: new findings, how many were baselined, and entries that no longer occur. */
    public record Comparison(List<Finding> fresh, int baselined, List<Entry> fixed) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path).thenComparing(Entry::rule)
            .thenComparing(Entry::fingerprint).thenComparing(Entry::message);

    private final List<Entry> entries;

    public Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public static String fingerprint(Finding finding) {
        return ContentHash.of(finding.ruleId() + "\u0000" + finding.message().replaceAll("\\d+", "#"), 12);
    }

    /** The baseline of a run: every finding, with its article's content hash. */
    public static Baseline of(EngineResult result) {
        List<Entry> entries = new ArrayList<>();
        for (Finding finding : result.findings()) {
            entries.add(new Entry(finding.path(), finding.ruleId(), fingerprint(finding),
                    result.contentHashes().getOrDefault(finding.path(), ""), finding.message()));
        }
        entries.sort(ORDER);
        return new Baseline(entries);
    }

    public Comparison compare(EngineResult result) {
        Set<String> currentPaths = result.contentHashes().keySet();
        Map<String, String> pathByHash = new HashMap<>();
        result.contentHashes().forEach((path, hash) -> pathByHash.putIfAbsent(hash, path));
        Map<String, List<Entry>> remaining = new HashMap<>();
        for (Entry entry : entries) {
            String path = entry.path();
            if (!currentPaths.contains(path) && pathByHash.containsKey(entry.fileHash())) {
                path = pathByHash.get(entry.fileHash()); // moved or renamed, same content
            }
            remaining.computeIfAbsent(key(path, entry.rule(), entry.fingerprint()), k -> new ArrayList<>()).add(entry);
        }
        List<Finding> fresh = new ArrayList<>();
        int baselined = 0;
        for (Finding finding : result.findings()) {
            List<Entry> matches = remaining.get(key(finding.path(), finding.ruleId(), fingerprint(finding)));
            if (matches != null && !matches.isEmpty()) {
                matches.remove(matches.size() - 1);
                baselined++;
            } else {
                fresh.add(finding);
            }
        }
        List<Entry> fixed = new ArrayList<>();
        remaining.values().forEach(fixed::addAll);
        fixed.sort(ORDER);
        return new Comparison(fresh, baselined, fixed);
    }

    private static String key(String path, String rule, String fingerprint) {
        return path + "\u0000" + rule + "\u0000" + fingerprint;
    }

    public static Baseline read(Path file) {
        try {
            JsonNode root = JsonMapper.shared().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root.path("version").asInt() != 1 || !root.path("entries").isArray()) {
                throw new ConfigurationException("baseline " + file + " is not an articlecheck baseline (version 1):"
                        + " write it again with mvn articlecheck:baseline");
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonNode node : root.get("entries")) {
                entries.add(new Entry(node.path("path").asString(), node.path("rule").asString(),
                        node.path("fingerprint").asString(), node.path("fileHash").asString(), node.path("message").asString()));
            }
            return new Baseline(entries);
        } catch (IOException | tools.jackson.core.JacksonException e) {
            throw new ConfigurationException("baseline " + file + " cannot be read (" + e.getMessage()
                    + "): fix it or write it again with mvn articlecheck:baseline", e);
        }
    }

    /** Stable JSON: sorted entries, one per line, keys in a fixed order. */
    public void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder("{\n  \"version\": 1,\n  \"tool\": \"articlecheck\",\n  \"entries\": [");
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("path", entry.path());
            node.put("rule", entry.rule());
            node.put("fingerprint", entry.fingerprint());
            node.put("fileHash", entry.fileHash());
            node.put("message", entry.message());
            out.append(i == 0 ? "\n    " : ",\n    ").append(JsonMapper.shared().writeValueAsString(node));
        }
        out.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        AtomicFiles.write(file, writer -> writer.write(out.toString()));
    }
}
