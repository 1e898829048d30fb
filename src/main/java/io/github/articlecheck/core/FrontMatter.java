package io.github.articlecheck.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The front matter block of an article (YAML, TOML or JSON), parsed once into one tree with a position for every
 * key and value.
 *
 * @param startOffset   offset of the opening {@code ---}
 * @param endOffset     offset just past the closing delimiter line (where the Markdown body starts)
 * @param openingLine   1-based line of the opening {@code ---}
 * @param problem       why the YAML cannot be read, if it cannot
 * @param data          the front matter typed as YAML 1.2 core schema types, absent when unreadable; a
 *                      readable front matter that is not a mapping has a non-object value here
 * @param locations     positions by JSON pointer ("" for the root, "/categories/0", ...)
 * @param duplicateKeys keys given twice
 */
public record FrontMatter(Format format, int startOffset, int endOffset, int openingLine,
        Optional<FrontMatterProblem> problem, Optional<JsonNode> data, Map<String, ValueLocation> locations,
        List<DuplicateKey> duplicateKeys) {

    /** How the block is written: YAML between {@code ---} lines, TOML between {@code +++} lines, a JSON object. */
    public enum Format {
        YAML,
        TOML,
        JSON
    }

    /** True when the block parsed and is a mapping, so keys can be checked. */
    public boolean isMapping() {
        return data.map(JsonNode::isObject).orElse(false);
    }

    public Optional<ValueLocation> location(String pointer) {
        return Optional.ofNullable(locations.get(pointer));
    }
}
