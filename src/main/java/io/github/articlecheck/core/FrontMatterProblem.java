package io.github.articlecheck.core;

/** Front matter that cannot be read, at the position the parser gives (1-based), and why in plain words. */
public record FrontMatterProblem(int line, int column, Message message) {
}
