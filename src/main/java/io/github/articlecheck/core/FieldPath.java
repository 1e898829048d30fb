package io.github.articlecheck.core;

/** Turns a JSON pointer into the field path users read: {@code /params/tags/0} → {@code params.tags[0]}. */
public final class FieldPath {
    private FieldPath() {
    }

    /** The JSON pointer segment of a key ({@code ~} and {@code /} escaped, RFC 6901). */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    public static String display(String pointer) {
        if (pointer.isEmpty()) {
            return "(front matter)";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                out.append('[').append(name).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.toString();
    }
}
