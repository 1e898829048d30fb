package io.github.articlecheck.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The few parts of mkdocs.yml the site model needs, read from its lines once. The file often holds Python tags
 * ({@code !!python/name:…}) that a safe YAML reader refuses, and that nothing here should evaluate.
 */
final class MkdocsYaml {
    private final List<String> lines;

    private MkdocsYaml(List<String> lines) {
        this.lines = lines;
    }

    /** The file's lines; none when it is missing or unreadable (every value then absent). */
    static MkdocsYaml read(Path file) {
        try {
            return new MkdocsYaml(Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
        } catch (IOException | RuntimeException e) {
            return new MkdocsYaml(List.of());
        }
    }

    /** A top-level scalar ({@code docs_dir: pages}), unquoted, without its comment; null when absent or empty. */
    String scalar(String key) {
        for (String line : lines) {
            if (line.startsWith(key + ":")) {
                String value = unquote(line.substring(key.length() + 1).replaceFirst("\\s+#.*$", "").trim());
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The items of a top-level list ({@code hooks:} then {@code - path.py} lines). */
    List<String> list(String key) {
        List<String> values = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.startsWith(key + ":")) {
                inside = true;
            } else if (inside && line.strip().startsWith("- ")) {
                values.add(line.strip().substring(2).trim());
            } else if (inside && !line.isBlank() && !line.strip().startsWith("#")) {
                break;
            }
        }
        return values;
    }

    /**
     * The option lines of one entry of {@code markdown_extensions}, trimmed and without comments: those indented
     * under {@code - name:} (another extension's options, pymdownx.tabbed's {@code slugify} among them, are not its).
     */
    List<String> extension(String name) {
        List<String> options = new ArrayList<>();
        int indent = -1;
        for (String line : lines) {
            int depth = line.length() - line.stripLeading().length();
            String trimmed = line.strip();
            if (indent < 0) {
                if (trimmed.equals("- " + name + ":")) {
                    indent = depth;
                }
            } else if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            } else if (depth <= indent) {
                break;
            } else {
                options.add(trimmed.replaceFirst("\\s+#.*$", ""));
            }
        }
        return options;
    }

    /**
     * Whether {@code markdown_extensions} lists an extension, by its short or dotted name ({@code footnotes},
     * {@code markdown.extensions.footnotes}), bare or with options.
     */
    boolean hasExtension(String name) {
        boolean inside = false;
        for (String line : lines) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                inside = line.startsWith("markdown_extensions:");
                continue;
            }
            String item = line.strip();
            if (inside && item.startsWith("- ")) {
                String extension = item.substring(2).trim().replaceFirst(":.*$", "").replaceAll("^[\"']|[\"']$", "");
                if (extension.equals(name) || extension.equals("markdown.extensions." + name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The items of a list option of an extension ({@code pymdownx.snippets}' {@code auto_append} files). */
    List<String> extensionList(String name, String option) {
        List<String> values = new ArrayList<>();
        boolean inside = false;
        for (String line : extension(name)) {
            if (line.equals(option + ":")) {
                inside = true;
            } else if (inside && line.startsWith("- ")) {
                values.add(unquote(line.substring(2).trim()));
            } else if (inside) {
                break;
            }
        }
        return values;
    }

    private static String unquote(String value) {
        return value.replaceAll("^[\"']|[\"']$", "");
    }
}
