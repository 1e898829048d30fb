package io.github.articlecheck.engine;

import io.github.articlecheck.core.Messages;
import io.github.articlecheck.core.AtomicFiles;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.ContentHash;
import io.github.articlecheck.core.Finding;
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
    /** One accepted finding: its identity ({@link Fingerprints}), its article's content hash, its message in English. */
    public record Entry(String path, String rule, String subject, int occurrence, String fingerprint, String fileHash,
            String message) {
    }

    /** A check against the baseline: new findings, how many were baselined, and entries that no longer occur. */
    public record Comparison(List<Finding> fresh, int baselined, List<Entry> fixed) {
    }

    private static final int VERSION = 2;
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path).thenComparing(Entry::rule)
            .thenComparing(Entry::subject).thenComparingInt(Entry::occurrence);
    private static final Messages ENGLISH = Messages.english();

    private final List<Entry> entries;

    public Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The baseline of a run: every finding, with its article's content hash. */
    public static Baseline of(EngineResult result) {
        List<Entry> entries = new ArrayList<>();
        List<Fingerprints.Identity> identities = Fingerprints.identities(result.findings());
        for (int i = 0; i < identities.size(); i++) {
            Finding finding = result.findings().get(i);
            Fingerprints.Identity identity = identities.get(i);
            entries.add(new Entry(finding.path(), finding.ruleId(), identity.subject(), identity.occurrence(),
                    identity.fingerprint(), result.contentHashes().getOrDefault(finding.path(), ""),
                    ENGLISH.render(finding.message())));
        }
        entries.sort(ORDER);
        return new Baseline(entries);
    }

    /**
     * Splits a run's findings into new ones and baselined ones. An entry of a file that is gone matches the findings
     * of the file that now has the same content (a moved or renamed article).
     */
    public Comparison compare(EngineResult result) {
        Set<String> currentPaths = result.contentHashes().keySet();
        Map<String, String> pathByHash = new HashMap<>();
        result.contentHashes().forEach((path, hash) -> pathByHash.putIfAbsent(hash, path));
        Map<String, Entry> remaining = new HashMap<>();
        for (Entry entry : entries) {
            String path = entry.path();
            if (!currentPaths.contains(path) && pathByHash.containsKey(entry.fileHash())) {
                path = pathByHash.get(entry.fileHash()); // moved or renamed, same content
            }
            remaining.put(key(path, entry.rule(), entry.subject(), entry.occurrence()), entry);
        }
        List<Finding> fresh = new ArrayList<>();
        int baselined = 0;
        List<Fingerprints.Identity> identities = Fingerprints.identities(result.findings());
        for (int i = 0; i < identities.size(); i++) {
            Fingerprints.Identity identity = identities.get(i);
            if (remaining.remove(key(identity.path(), identity.rule(), identity.subject(), identity.occurrence())) != null) {
                baselined++;
            } else {
                fresh.add(result.findings().get(i));
            }
        }
        List<Entry> fixed = new ArrayList<>(remaining.values());
        fixed.sort(ORDER);
        return new Comparison(fresh, baselined, fixed);
    }

    private static String key(String path, String rule, String subject, int occurrence) {
        return path + "\u0000" + rule + "\u0000" + subject + "\u0000" + occurrence;
    }

    public static Baseline read(Path file) {
        try {
            JsonNode root = JsonMapper.shared().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root.path("version").asInt() != VERSION || !root.path("entries").isArray()) {
                throw new ConfigurationException("baseline " + file + " is not an articlecheck baseline of version "
                        + VERSION + ": write it again with mvn articlecheck:baseline");
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonNode node : root.get("entries")) {
                entries.add(new Entry(node.path("path").asString(), node.path("rule").asString(),
                        node.path("subject").asString(), node.path("occurrence").asInt(1),
                        node.path("fingerprint").asString(), node.path("fileHash").asString(),
                        node.path("message").asString()));
            }
            return new Baseline(entries);
        } catch (IOException | tools.jackson.core.JacksonException e) {
            throw new ConfigurationException("baseline " + file + " cannot be read (" + e.getMessage()
                    + "): fix it or write it again with mvn articlecheck:baseline", e);
        }
    }

    /** Stable JSON: sorted entries, one per line, keys in a fixed order. */
    public void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder("{\n  \"version\": " + VERSION + ",\n  \"tool\": \"articlecheck\",\n  \"entries\": [");
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("path", entry.path());
            node.put("rule", entry.rule());
            node.put("subject", entry.subject());
            node.put("occurrence", entry.occurrence());
            node.put("fingerprint", entry.fingerprint());
            node.put("fileHash", entry.fileHash());
            node.put("message", entry.message());
            out.append(i == 0 ? "\n    " : ",\n    ").append(JsonMapper.shared().writeValueAsString(node));
        }
        out.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        AtomicFiles.write(file, writer -> writer.write(out.toString()));
    }
}
