package io.github.articlecheck.frontmatter;

/** Front matter that cannot be read, at the position the YAML parser gives (1-based). */
public record YamlProblem(int line, int column, String message) {
}
