package io.github.articlecheck.site;

import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.SourceText;
import io.github.articlecheck.read.FrontMatterParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a generator's configuration file (TOML, YAML or JSON) into a tree, with the readers the articles' front
 * matter uses: safely, never evaluating anything.
 */
final class ConfigFiles {
    private ConfigFiles() {
    }

    static JsonNode read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("the site configuration " + file + " cannot be read: " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".toml")) {
                // The TOML front matter reader, given the file between +++ lines.
                return FrontMatterParser.parse(new SourceText("+++\n" + text + (text.endsWith("\n") ? "" : "\n") + "+++\n"))
                        .flatMap(frontMatter -> {
                            frontMatter.problem().ifPresent(problem -> {
                                throw new ConfigurationException("the site configuration " + file + " is not valid TOML"
                                        + " (line " + (problem.line() - 1) + ")");
                            });
                            return frontMatter.data();
                        }).orElseThrow();
            }
            if (name.endsWith(".json")) {
                return JsonMapper.shared().readTree(text);
            }
            return FrontMatterParser.readYamlDocument(text);
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            throw new ConfigurationException("the site configuration " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A key of a mapping, compared without letter case (Hugo's keys are case-insensitive). */
    static JsonNode get(JsonNode node, String key) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (String name : node.propertyNames()) {
            if (name.equalsIgnoreCase(key)) {
                return node.get(name);
            }
        }
        return null;
    }

    static JsonNode path(JsonNode node, String... keys) {
        JsonNode current = node;
        for (String key : keys) {
            current = get(current, key);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    static String text(JsonNode node, String... keys) {
        JsonNode value = path(node, keys);
        return value != null && (value.isString() || value.isNumber() || value.isBoolean()) ? value.asString() : null;
    }

    /**
     * Whether {@code node} or anything inside it has a key of {@code names}: a walk of the tree (its text form would
     * set up Jackson's serializers, some 500 classes, on the main thread before the first article is read).
     */
    static boolean hasKeyAnywhere(JsonNode node, java.util.Set<String> names) {
        if (node == null) {
            return false;
        }
        if (node.isObject()) {
            for (java.util.Map.Entry<String, JsonNode> entry : node.properties()) {
                if (names.contains(entry.getKey()) || hasKeyAnywhere(entry.getValue(), names)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (hasKeyAnywhere(item, names)) {
                    return true;
                }
            }
        }
        return false;
    }
}
