package io.github.articlecheck.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the index's binary form: variable-length integers, and strings written once per file then referred
 * to by number. The same URLs, rule ids and messages recur across thousands of articles, so the file stays
 * small and reading it back creates each string once.
 */
public final class IndexOutput {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int length;
    private final Map<String, Integer> strings = new HashMap<>();

    public IndexOutput(OutputStream out) {
        this.out = out;
    }

    public void writeInt(int value) {
        writeLong(value);
    }

    /** Zig-zag then seven bits per byte: small values of either sign take one byte. */
    public void writeLong(long value) {
        long zigZag = (value << 1) ^ (value >> 63);
        ensure(10);
        while ((zigZag & ~0x7FL) != 0) {
            buffer[length++] = (byte) ((zigZag & 0x7F) | 0x80);
            zigZag >>>= 7;
        }
        buffer[length++] = (byte) zigZag;
    }

    public void writeBoolean(boolean value) {
        writeInt(value ? 1 : 0);
    }

    /** A string seen before is written as its number; a new one as its UTF-8 bytes, numbered from then on. */
    public void writeString(String value) {
        Integer known = strings.get(value);
        if (known != null) {
            writeInt(known);
            return;
        }
        strings.put(value, strings.size());
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(-1 - bytes.length);
        if (bytes.length > buffer.length) {
            flush();
            write(bytes, bytes.length);
        } else {
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }
    }

    /** Writes what is buffered; the stream stays open. */
    public void flush() {
        write(buffer, length);
        length = 0;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            flush();
        }
    }

    private void write(byte[] bytes, int count) {
        try {
            out.write(bytes, 0, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finding, without its path (the caller knows it): see {@link IndexInput#readFinding}. */
    public void writeFinding(Finding finding) {
        writeInt(finding.line());
        writeInt(finding.column());
        writeInt(finding.endLine());
        writeInt(finding.endColumn());
        writeString(finding.ruleId());
        writeInt(finding.severity().ordinal());
        writeString(finding.message().key());
        writeInt(finding.message().args().size());
        finding.message().args().forEach(this::writeString);
        writeString(finding.subject());
        writeInt(finding.edits().size());
        for (TextEdit edit : finding.edits()) {
            writeInt(edit.startLine());
            writeInt(edit.startColumn());
            writeInt(edit.endLine());
            writeInt(edit.endColumn());
            writeString(edit.replacement());
        }
        writeInt(finding.targets().size());
        finding.targets().forEach(this::writeString);
    }
}
