package io.github.articlecheck.engine;

import io.github.articlecheck.core.Severity;
import io.github.articlecheck.core.AtomicFiles;
import io.github.articlecheck.core.IndexOutput;
import io.github.articlecheck.core.IndexInput;
import io.github.articlecheck.core.CorpusCheck;
import io.github.articlecheck.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last run learned of each article, so that the next run skips reading and checking unchanged ones:
 * per article its size, modification time and content hash, its per-article findings before suppressions, its
 * suppression directives, and the facts each cross-article check collected. Valid only for the same
 * configuration (rules, schemas, options, plugin version): any change of those empties it. Cross-article checks
 * are always redone from the facts, so a link into a changed article is re-resolved even when its own article
 * did not change.
 *
 * <p>The file is binary ({@link IndexOutput}) and a sequence of segments: a run that changed a few articles
 * appends a segment with their entries (a later entry wins) instead of rewriting the whole index, and the file
 * is rewritten whole once older entries make up half of it. On a large site a text format, or a full rewrite
 * for one changed article, cost more time than the checks the index saves. Each entry is valid on its own (for
 * its article's size and time), so a damaged tail only loses the entries after the damage.
 */
final class ArticleIndex {
    /** 5: link facts say whether Hugo renders the page; 4: findings as message keys with subjects, ends and edits. */
    static final int VERSION = 6;
    private static final String MAGIC = "articlecheck-index";
    private static final String SEGMENT_END = "end";

    /** One article as the last run left it. */
    record Entry(long size, long modified, String hash, List<Finding> findings, Suppressions suppressions,
            List<CorpusCheck.Facts> facts) {
    }

    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final int factsPerArticle;
    /** Entries in the file, superseded ones included; -1 when it must be rewritten whole (absent, damaged, stale). */
    private final int entriesInFile;

    private ArticleIndex(Map<String, Entry> previous, int factsPerArticle, int entriesInFile) {
        this.previous = previous;
        this.factsPerArticle = factsPerArticle;
        this.entriesInFile = entriesInFile;
    }

    /** The index of the last run, or an empty one when there is none or its key differs; damage loses what follows it. */
    static ArticleIndex load(Path file, String key, List<CorpusCheck> corpusChecks) {
        Map<String, Entry> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return new ArticleIndex(entries, corpusChecks.size(), -1);
        }
        int entriesInFile = 0;
        try (java.io.InputStream stream = Files.newInputStream(file)) {
            IndexInput in = new IndexInput(stream);
            while (!in.atEnd()) {
                in.startSegment();
                if (!MAGIC.equals(in.readString()) || in.readInt() != VERSION || !key.equals(in.readString())
                        || in.readInt() != corpusChecks.size()) {
                    entries.clear(); // another configuration or plugin version: start afresh
                    return new ArticleIndex(entries, corpusChecks.size(), -1);
                }
                Map<String, Entry> segment = readSegment(in, corpusChecks);
                entries.putAll(segment);
                entriesInFile += segment.size();
            }
        } catch (IOException | RuntimeException e) {
            entriesInFile = -1; // keep the segments read before the damage; the next save rewrites the file
        }
        return new ArticleIndex(entries, corpusChecks.size(), entriesInFile);
    }

    private static Map<String, Entry> readSegment(IndexInput in, List<CorpusCheck> corpusChecks) {
        Map<String, Entry> entries = new HashMap<>();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String path = in.readString();
            long size = in.readLong();
            long modified = in.readLong();
            String hash = in.readString();
            int findingCount = in.readInt();
            List<Finding> findings = new ArrayList<>(Math.min(findingCount, 1024));
            for (int f = 0; f < findingCount; f++) {
                findings.add(in.readFinding(path));
            }
            Suppressions suppressions = Suppressions.read(in);
            List<CorpusCheck.Facts> facts = new ArrayList<>(corpusChecks.size());
            for (CorpusCheck check : corpusChecks) {
                facts.add(check.read(in));
            }
            entries.put(path, new Entry(size, modified, hash, findings, suppressions, facts));
        }
        if (!SEGMENT_END.equals(in.readString())) {
            throw new IllegalStateException("damaged index: segment without its end");
        }
        return entries; // only a complete segment counts: an interrupted append is ignored
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

    /** This run's entries that the file does not hold yet. */
    private Map<String, Entry> changedSinceLoad() {
        Map<String, Entry> changed = new TreeMap<>();
        current.forEach((path, entry) -> {
            if (previous.get(path) != entry) {
                changed.put(path, entry);
            }
        });
        return changed;
    }

    /** Whether the file holds mostly superseded entries (or is damaged, absent, stale) and is best written whole. */
    private boolean rewriteDue(int changed) {
        return entriesInFile < 0 || entriesInFile + changed > 2 * current.size();
    }

    /** False when the file already holds this run's entries: writing it would change nothing. */
    boolean needsSave() {
        return rewriteDue(0)
                || current.entrySet().stream().anyMatch(entry -> previous.get(entry.getKey()) != entry.getValue());
    }

    /** Appends this run's new entries, or rewrites the file whole when {@link #rewriteDue}. */
    void save(Path file, String key) throws IOException {
        Map<String, Entry> changed = changedSinceLoad();
        boolean rewrite = rewriteDue(changed.size());
        if (!rewrite && changed.isEmpty()) {
            return;
        }
        try {
            if (rewrite) {
                Map<String, Entry> all = new TreeMap<>(current);
                AtomicFiles.writeBinary(file, stream -> writeSegment(new IndexOutput(stream), key, all));
            } else {
                // An interrupted append leaves a segment without its end, which the next load ignores.
                try (java.io.OutputStream stream = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
                    writeSegment(new IndexOutput(stream), key, changed);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void writeSegment(IndexOutput out, String key, Map<String, Entry> entries) {
        out.writeString(MAGIC);
        out.writeInt(VERSION);
        out.writeString(key);
        out.writeInt(factsPerArticle);
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> article : entries.entrySet()) {
            Entry entry = article.getValue();
            out.writeString(article.getKey());
            out.writeLong(entry.size());
            out.writeLong(entry.modified());
            out.writeString(entry.hash());
            out.writeInt(entry.findings().size());
            entry.findings().forEach(out::writeFinding);
            entry.suppressions().write(out);
            entry.facts().forEach(facts -> facts.write(out));
        }
        out.writeString(SEGMENT_END);
        out.flush();
    }
}
