package io.github.articlecheck.frontmatter;

import io.github.articlecheck.core.ConfigurationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which JSON Schema applies to which articles: the first {@code mappings} entry whose patterns match an article
 * wins, {@code fallback} applies to the others. Paths are absolute. With {@code requireFrontMatter}, an article
 * without front matter gets {@code frontmatter.missing} alone, not one more finding per required key.
 */
public record SchemaSettings(Path baseDirectory, Path contentDirectory, Optional<Path> fallback,
        List<SchemaMapping> mappings, boolean requireFrontMatter) {

    /** Patterns an entry without includes matches: every Markdown article. */
    public static final List<String> EVERY_ARTICLE = List.of("**/*.md", "**/*.markdown", "**/*.mdx");

    public SchemaSettings {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        mappings = List.copyOf(mappings);
        for (SchemaMapping mapping : mappings) {
            if (mapping.schema() == null) {
                // Said here, before any file is read or any index key is computed.
                throw new ConfigurationException("a <schemas> entry has no <schema> file: add <schema>path/to/file"
                        + ".schema.yaml</schema> to it");
            }
        }
    }

    public static SchemaSettings none(Path baseDirectory, Path contentDirectory) {
        return new SchemaSettings(baseDirectory, contentDirectory, Optional.empty(), List.of(), true);
    }
}
