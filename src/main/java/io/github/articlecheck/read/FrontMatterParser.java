package io.github.articlecheck.read;

import io.github.articlecheck.core.FrontMatter;
import io.github.articlecheck.core.SourceText;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Finds an article's front matter in any of the formats site generators read at the top of a file: YAML between
 * {@code ---} lines (every generator), TOML between {@code +++} lines (Hugo's and Zola's default), a JSON object
 * (Hugo). The first format whose block opens the file reads it.
 */
public final class FrontMatterParser {
    private static final List<FrontMatterFormat> FORMATS = List.of(new YamlFrontMatter(), new TomlFrontMatter(),
            new JsonFrontMatter());

    private FrontMatterParser() {
    }

    /** The front matter of {@code source}, or empty when the file starts with none. */
    public static Optional<FrontMatter> parse(SourceText source) {
        for (FrontMatterFormat format : FORMATS) {
            if (format.opens(source)) {
                return Optional.of(format.read(source));
            }
        }
        return Optional.empty();
    }

    /**
     * A whole YAML document (a schema file) as a tree.
     *
     * @throws IllegalArgumentException with a plain-words message when it cannot be read
     */
    public static JsonNode readYamlDocument(String yamlText) {
        return YamlFrontMatter.readDocument(yamlText);
    }
}
