package io.github.articlecheck.engine;

/** Rules the engine itself reports, outside any check. */
public final class EngineRules {
    public static final RuleDescriptor UNREADABLE = RuleDescriptor.of("article.unreadable", Severity.ERROR,
            "The file cannot be read as a UTF-8 Markdown article.",
            "Save the file as UTF-8 text, remove binary files from the content folder, or break symbolic link loops.");

    private EngineRules() {
    }
}
