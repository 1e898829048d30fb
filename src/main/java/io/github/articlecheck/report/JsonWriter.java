package io.github.articlecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Streams indented JSON (RFC 8259) for the SARIF, JSON and GitLab reports. Jackson would do it too, but these files
 * are written on every run, often with tens of thousands of results: in a fresh JVM Jackson took 0.25-0.29 s for
 * 10,400 of them (its mapper set up included), this 0.05 s, a few string writes per value; and Jackson's databind
 * loads some 500 classes at the end of the run, when nothing else is left to overlap with them.
 */
final class JsonWriter {
    private final Writer out;
    /** Per open container: true once it has a member (a comma is due before the next one). */
    private final Deque<Boolean> containers = new ArrayDeque<>();
    private boolean afterName;
    /** A line break and enough indentation for the deepest container so far. */
    private String indentation = "\n        ";
    /** The characters of the string being written. */
    private char[] buffer = new char[256];
    /** Depth of the container written on one line (with all it holds), or -1. */
    private int inlineFrom = -1;

    JsonWriter(Writer out) {
        this.out = out;
    }

    JsonWriter beginObject() throws IOException {
        return open('{');
    }

    JsonWriter endObject() throws IOException {
        return close('}');
    }

    JsonWriter beginArray() throws IOException {
        return open('[');
    }

    /** An object written on one line with everything in it: one line per SARIF result keeps a large file small. */
    JsonWriter beginInlineObject() throws IOException {
        open('{');
        if (inlineFrom < 0) {
            inlineFrom = containers.size();
        }
        return this;
    }

    JsonWriter endArray() throws IOException {
        return close(']');
    }

    JsonWriter name(String name) throws IOException {
        separate();
        string(name);
        out.write(": ");
        afterName = true;
        return this;
    }

    /** A string, or JSON's null for {@code null}. */
    JsonWriter value(String value) throws IOException {
        separate();
        if (value == null) {
            out.write("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonWriter value(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
        return this;
    }

    /** A finite number as Java writes it (as JSON reads it back); NaN and the infinities, which JSON lacks, as text. */
    JsonWriter value(double value) throws IOException {
        if (!Double.isFinite(value)) {
            return value(Double.toString(value));
        }
        separate();
        out.write(Double.toString(value));
        return this;
    }

    /** Shorthand for {@code name(name).value(value)}. */
    JsonWriter property(String name, String value) throws IOException {
        return name(name).value(value);
    }

    JsonWriter property(String name, long value) throws IOException {
        return name(name).value(value);
    }

    JsonWriter property(String name, double value) throws IOException {
        return name(name).value(value);
    }

    private JsonWriter open(char bracket) throws IOException {
        separate();
        out.write(bracket);
        containers.push(false);
        return this;
    }

    private JsonWriter close(char bracket) throws IOException {
        boolean inline = inlineFrom >= 0;
        if (inlineFrom == containers.size()) {
            inlineFrom = -1;
        }
        boolean hadMembers = containers.pop();
        if (hadMembers && !inline) {
            newLine();
        }
        out.write(bracket);
        if (containers.isEmpty()) {
            out.write('\n');
        }
        return this;
    }

    /** Before a value or a name: the comma and line break, unless the value follows its name. */
    private void separate() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        if (containers.isEmpty()) {
            return;
        }
        if (containers.pop()) {
            out.write(inlineFrom >= 0 ? ", " : ",");
        }
        containers.push(true);
        if (inlineFrom < 0) {
            newLine();
        }
    }

    private void newLine() throws IOException {
        int width = 1 + 2 * containers.size();
        while (indentation.length() < width) {
            indentation = indentation + indentation.substring(1);
        }
        out.write(indentation, 0, width); // one write per line: the report of a large site has a million lines
    }

    private void string(String value) throws IOException {
        int length = value.length();
        if (buffer.length < length) {
            buffer = new char[Math.max(length, 2 * buffer.length)];
        }
        // one bulk copy, then array reads: String.charAt on a UTF-16 string is a call with its own bounds check
        value.getChars(0, length, buffer, 0);
        char[] chars = buffer;
        out.write('"');
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == '"' || c == '\\' || c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.write(chars, start, i - start);
                switch (c) {
                    case '"' -> out.write("\\\"");
                    case '\\' -> out.write("\\\\");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    case '\t' -> out.write("\\t");
                    default -> {
                        out.write("\\u");
                        String hex = Integer.toHexString(c);
                        out.write("0000", 0, 4 - hex.length());
                        out.write(hex);
                    }
                }
                start = i + 1;
            }
        }
        out.write(chars, start, length - start);
        out.write('"');
    }
}
