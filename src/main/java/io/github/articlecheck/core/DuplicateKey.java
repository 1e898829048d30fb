package io.github.articlecheck.core;

/** A mapping key given twice: {@code path} names the key, the positions are those of the second occurrence. */
public record DuplicateKey(String path, int line, int column, int firstLine) {
}
