package io.github.articlecheck.core;

/**
 * Where a front matter value sits in the file: the position of its key (for mapping entries) and of its value,
 * 1-based lines and code-point columns.
 */
public record ValueLocation(int keyLine, int keyColumn, int valueLine, int valueColumn) {
}
