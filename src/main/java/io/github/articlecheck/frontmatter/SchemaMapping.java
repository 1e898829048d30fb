package io.github.articlecheck.frontmatter;

import java.nio.file.Path;
import java.util.List;

/**
 * Articles matched by {@code includes} and not by {@code excludes} (patterns relative to the content directory)
 * must satisfy the JSON Schema in {@code schema}.
 */
public record SchemaMapping(List<String> includes, List<String> excludes, Path schema) {
    public SchemaMapping {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}
