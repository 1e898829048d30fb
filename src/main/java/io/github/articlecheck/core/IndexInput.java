package io.github.articlecheck.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link IndexOutput} wrote, streaming (an index of a large site is tens of megabytes: one array of
 * it all would be a costly object for the garbage collector). A damaged file throws {@link IllegalStateException},
 * never loops.
 */
public final class IndexInput {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private final List<String> strings = new ArrayList<>();

    public IndexInput(InputStream in) {
        this.in = in;
    }

    /** Each segment of the index numbers its strings from zero. */
    public void startSegment() {
        strings.clear();
    }

    public int readInt() {
        long value = readLong();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalStateException("damaged index: integer out of range");
        }
        return (int) value;
    }

    public long readLong() {
        long zigZag = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = next();
            zigZag |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return (zigZag >>> 1) ^ -(zigZag & 1);
            }
        }
        throw new IllegalStateException("damaged index: integer too long");
    }

    public boolean readBoolean() {
        return readInt() != 0;
    }

    public String readString() {
        int reference = readInt();
        if (reference >= 0) {
            if (reference >= strings.size()) {
                throw new IllegalStateException("damaged index: unknown string " + reference);
            }
            return strings.get(reference);
        }
        int byteCount = -1 - reference;
        String value;
        if (byteCount <= limit - position) {
            value = new String(buffer, position, byteCount, StandardCharsets.UTF_8);
            position += byteCount;
        } else {
            value = new String(readBytes(byteCount), StandardCharsets.UTF_8);
        }
        strings.add(value);
        return value;
    }

    /** True at the end of the file. */
    public boolean atEnd() {
        return position == limit && !fill();
    }

    private byte[] readBytes(int count) {
        if (count > 1 << 26) {
            throw new IllegalStateException("damaged index: string of " + count + " bytes");
        }
        byte[] bytes = new byte[count];
        int done = 0;
        while (done < count) {
            if (position == limit && !fill()) {
                throw new IllegalStateException("damaged index: truncated");
            }
            int chunk = Math.min(count - done, limit - position);
            System.arraycopy(buffer, position, bytes, done, chunk);
            position += chunk;
            done += chunk;
        }
        return bytes;
    }

    private byte next() {
        if (position == limit && !fill()) {
            throw new IllegalStateException("damaged index: truncated");
        }
        return buffer[position++];
    }

    private boolean fill() {
        try {
            int read = in.read(buffer, 0, buffer.length);
            if (read <= 0) {
                return false;
            }
            position = 0;
            limit = read;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finding written by {@link IndexOutput#writeFinding}, in the article at {@code path}. */
    public Finding readFinding(String path) {
        int line = readInt();
        int column = readInt();
        int endLine = readInt();
        int endColumn = readInt();
        String rule = readString();
        Severity severity = Severity.values()[readInt()];
        String key = readString();
        int argCount = readCount();
        java.util.List<String> args = new java.util.ArrayList<>(Math.min(argCount, 64));
        for (int i = 0; i < argCount; i++) {
            args.add(readString());
        }
        String subject = readString();
        int editCount = readCount();
        java.util.List<TextEdit> edits = new java.util.ArrayList<>(Math.min(editCount, 64));
        for (int i = 0; i < editCount; i++) {
            edits.add(new TextEdit(readInt(), readInt(), readInt(), readInt(), readString()));
        }
        int targetCount = readCount();
        java.util.List<String> targets = new java.util.ArrayList<>(Math.min(targetCount, 64));
        for (int i = 0; i < targetCount; i++) {
            targets.add(readString());
        }
        return new Finding(path, line, column, endLine, endColumn, rule, severity, new Message(key, args), subject,
                edits, targets);
    }

    /** A count that sizes a list: a damaged index must not allocate gigabytes. */
    private int readCount() {
        int count = readInt();
        if (count < 0 || count > 1_000_000) {
            throw new IllegalStateException("damaged index: count " + count);
        }
        return count;
    }
}
