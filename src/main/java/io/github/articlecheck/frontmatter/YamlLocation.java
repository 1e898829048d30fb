package io.github.articlecheck.frontmatter;

/**
 * Where a front matter value sits in the file: the position of its key (for mapping entries) and of its value,
 * 1-based lines and code-point columns.
 */
public record YamlLocation(int keyLine, int keyColumn, int valueLine, int valueColumn) {
}
