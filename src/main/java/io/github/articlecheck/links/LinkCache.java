package io.github.articlecheck.links;

import io.github.articlecheck.core.Message;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import io.github.articlecheck.core.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Persistent results of external checks, kept outside {@code target/} so that they survive {@code mvn clean} and
 * CI can cache the file. OK results are reused for {@code maxAge}, unverified ones for an hour, broken ones never
 * (they are always checked again). A corrupt or unreadable file is ignored with a warning; writes are atomic.
 */
final class LinkCache {
    static final Duration UNVERIFIED_MAX_AGE = Duration.ofHours(1);

    private record Entry(HttpProbe.Verdict verdict, long checkedAt) {
    }

    private final Optional<Path> file;
    /** 2: verdicts as message keys and arguments (1 held English sentences). */
    private static final int VERSION = 2;
    private final Duration maxAge;
    private final Consumer<Message> warnings;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    LinkCache(Optional<Path> file, Duration maxAge, Consumer<Message> warnings) {
        this.file = file;
        this.maxAge = maxAge;
        this.warnings = warnings;
        file.filter(Files::isRegularFile).ifPresent(this::load);
    }

    private void load(Path path) {
        try {
            JsonNode root = JsonMapper.shared().readTree(Files.readString(path, StandardCharsets.UTF_8));
            JsonNode urls = root.get("urls");
            if (root.path("version").asInt() != VERSION) {
                return; // written by another version: its verdicts are not reused, and it is rewritten
            }
            if (urls == null || !urls.isObject()) {
                throw new IllegalStateException("unexpected content");
            }
            for (Map.Entry<String, JsonNode> url : urls.properties()) {
                JsonNode value = url.getValue();
                HttpProbe.Kind kind = HttpProbe.Kind.valueOf(value.path("verdict").asString());
                List<String> args = new ArrayList<>();
                value.path("args").forEach(arg -> args.add(arg.asString()));
                entries.put(url.getKey(), new Entry(new HttpProbe.Verdict(kind,
                        new Message(value.path("detail").asString(), args), value.path("status").asInt()),
                        value.path("checkedAt").asLong()));
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
            warnings.accept(Message.of("links.warning.cache-unreadable", path, e.getClass().getSimpleName()));
        }
    }

    Optional<HttpProbe.Verdict> get(String url) {
        Entry entry = entries.get(url);
        if (entry == null) {
            return Optional.empty();
        }
        long age = System.currentTimeMillis() - entry.checkedAt();
        HttpProbe.Kind kind = entry.verdict().kind();
        boolean fresh = switch (kind) {
            case OK, REDIRECT -> age < maxAge.toMillis();
            case UNVERIFIED -> age < UNVERIFIED_MAX_AGE.toMillis();
            default -> false;
        };
        return fresh ? Optional.of(entry.verdict()) : Optional.empty();
    }

    void put(String url, HttpProbe.Verdict verdict) {
        Entry existing = entries.get(url);
        if (existing == null || !existing.verdict().equals(verdict) || get(url).isEmpty()) {
            entries.put(url, new Entry(verdict, System.currentTimeMillis()));
        }
    }

    void save() {
        if (file.isEmpty()) {
            return;
        }
        Path path = file.get().toAbsolutePath();
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.put("version", VERSION);
        ObjectNode urls = root.putObject("urls");
        new TreeMap<>(entries).forEach((url, entry) -> {
            ObjectNode node = urls.putObject(url);
            node.put("verdict", entry.verdict().kind().name());
            node.put("status", entry.verdict().status());
            node.put("detail", entry.verdict().detail().key());
            ArrayNode args = node.putArray("args");
            entry.verdict().detail().args().forEach(args::add);
            node.put("checkedAt", entry.checkedAt());
        });
        try {
            AtomicFiles.write(path, writer -> writer.write(JsonMapper.shared().writeValueAsString(root)));
        } catch (IOException | RuntimeException e) {
            warnings.accept(Message.of("links.warning.cache-unwritable", path, String.valueOf(e.getMessage())));
        }
    }
}
