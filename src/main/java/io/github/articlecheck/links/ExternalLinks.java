package io.github.articlecheck.links;

import io.github.articlecheck.core.IndexInput;
import io.github.articlecheck.core.IndexOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One article's external links, kept compact: every article of a large site keeps them between runs, dozens
 * each. Each distinct URL key is kept once; each link is three numbers (which key, line, column with the image
 * flag); the URL as written is kept only where it differs from its key (a fragment, upper case).
 */
final class ExternalLinks {
    private static final int FIELDS = 3;
    private final List<String> keys;
    private int[] links;
    private String[] written;
    private int size;
    private Map<String, Integer> keyIndex;

    ExternalLinks() {
        this(new ArrayList<>(), new int[0], null, 0);
    }

    private ExternalLinks(List<String> keys, int[] links, String[] written, int size) {
        this.keys = keys;
        this.links = links;
        this.written = written;
        this.size = size;
    }

    void add(String url, String key, int line, int column, boolean image) {
        if (keyIndex == null) {
            keyIndex = new HashMap<>();
        }
        int index = keyIndex.computeIfAbsent(key, k -> {
            keys.add(k);
            return keys.size() - 1;
        });
        if (links.length < (size + 1) * FIELDS) {
            links = Arrays.copyOf(links, Math.max(FIELDS * 8, links.length * 2));
        }
        links[size * FIELDS] = index;
        links[size * FIELDS + 1] = line;
        links[size * FIELDS + 2] = column << 1 | (image ? 1 : 0);
        if (!url.equals(key)) {
            if (written == null) {
                written = new String[Math.max(8, links.length / FIELDS)];
            } else if (written.length <= size) {
                written = Arrays.copyOf(written, links.length / FIELDS);
            }
            written[size] = url;
        }
        size++;
    }

    /** The distinct keys ({@link ExternalLinkChecker#key}) of the links. */
    List<String> keys() {
        return keys;
    }

    int size() {
        return size;
    }

    /** Each link as an occurrence in the article at {@code path}, with its key. */
    void forEach(String path, BiConsumer<String, ExternalLinkChecker.Occurrence> action) {
        for (int i = 0; i < size; i++) {
            String key = keys.get(links[i * FIELDS]);
            String url = written != null && i < written.length && written[i] != null ? written[i] : key;
            int columnAndImage = links[i * FIELDS + 2];
            action.accept(key, new ExternalLinkChecker.Occurrence(path, links[i * FIELDS + 1], columnAndImage >>> 1, url,
                    (columnAndImage & 1) == 1));
        }
    }

    void write(IndexOutput out) {
        out.writeInt(keys.size());
        keys.forEach(out::writeString);
        out.writeInt(size);
        for (int i = 0; i < size * FIELDS; i++) {
            out.writeInt(links[i]);
        }
        int differing = 0;
        for (int i = 0; written != null && i < Math.min(size, written.length); i++) {
            differing += written[i] != null ? 1 : 0;
        }
        out.writeInt(differing);
        for (int i = 0; differing > 0 && i < Math.min(size, written.length); i++) {
            if (written[i] != null) {
                out.writeInt(i);
                out.writeString(written[i]);
            }
        }
    }

    static ExternalLinks read(IndexInput in) {
        int keyCount = in.readInt();
        List<String> keys = new ArrayList<>(Math.min(keyCount, 1024));
        for (int i = 0; i < keyCount; i++) {
            keys.add(in.readString());
        }
        int size = in.readInt();
        if (size < 0 || size > 1 << 24) {
            throw new IllegalStateException("damaged index: " + size + " external links");
        }
        int[] links = new int[size * FIELDS];
        for (int i = 0; i < links.length; i++) {
            links[i] = in.readInt();
        }
        for (int i = 0; i < size; i++) {
            if (links[i * FIELDS] < 0 || links[i * FIELDS] >= keyCount) {
                throw new IllegalStateException("damaged index: unknown external link key");
            }
        }
        int differing = in.readInt();
        String[] written = differing == 0 ? null : new String[size];
        for (int i = 0; i < differing; i++) {
            int at = in.readInt();
            if (at < 0 || at >= size) {
                throw new IllegalStateException("damaged index: external link " + at + " of " + size);
            }
            written[at] = in.readString();
        }
        return new ExternalLinks(keys, links, written, size);
    }
}
