package io.github.articlecheck.writing;

import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * Spelling, grammar, typography and style of the prose, by LanguageTool: {@code prose.spelling},
 * {@code prose.grammar}, {@code prose.typography}, {@code prose.style}, mapped from LanguageTool's rule categories.
 * LanguageTool is not bundled: a site adds the language modules it wants to the plugin's {@code <dependencies>};
 * without them these rules check nothing and the run says once how to enable them ({@link #availability}). This
 * class names no LanguageTool type, so it loads whether LanguageTool is there or not; {@link LanguageToolProse}
 * does the work when it is.
 */
public final class ProseCheck implements ArticleCheck {
    public static final RuleDescriptor SPELLING = RuleDescriptor.of("prose.spelling", Severity.WARNING);
    public static final RuleDescriptor GRAMMAR = RuleDescriptor.of("prose.grammar", Severity.WARNING);
    public static final RuleDescriptor TYPOGRAPHY = RuleDescriptor.of("prose.typography", Severity.WARNING);
    public static final RuleDescriptor STYLE = RuleDescriptor.of("prose.style", Severity.WARNING);
    public static final List<RuleDescriptor> RULES = List.of(SPELLING, GRAMMAR, TYPOGRAPHY, STYLE);

    /** What a prose engine does for this check: its findings on one article, and what its findings depend on. */
    interface Engine {
        void check(Article article, String language, List<String> proseKeys, FindingSink sink);

        String indexKey();
    }

    private final Engine engine;
    private final String language;
    private final List<String> proseKeys;

    /**
     * @param dictionaryFolder where {@code dictionary-<lang>.txt} files are (one word or phrase per line)
     * @param disabledRules    LanguageTool rule ids not to apply
     * @param language         the language of articles that do not give theirs
     * @param proseKeys        front matter keys whose (one-line) text values are prose too
     */
    public ProseCheck(Path dictionaryFolder, List<String> disabledRules, String language, List<String> proseKeys) {
        this.engine = available() ? LanguageToolProse.create(dictionaryFolder, disabledRules) : null;
        this.language = language == null ? "" : language;
        this.proseKeys = List.copyOf(proseKeys);
    }

    /** Whether LanguageTool is on the plugin's classpath (a language module brought by the user). */
    public static boolean available() {
        try {
            Class.forName("org.languagetool.JLanguageTool", false, ProseCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The line a run shows once: which languages prose checks read, or how to enable them. */
    public static io.github.articlecheck.core.Message availability() {
        return available() ? io.github.articlecheck.core.Message.of("run.prose.available",
                LanguageToolProse.version(), String.join(" ", LanguageToolProse.languages()))
                : io.github.articlecheck.core.Message.of("run.prose.missing");
    }

    @Override
    public List<RuleDescriptor> rules() {
        return RULES;
    }

    @Override
    public String indexKey() {
        return engine == null ? "none" : engine.indexKey() + " language=" + language + " keys=" + proseKeys;
    }

    @Override
    public void check(Article article, FindingSink sink) {
        if (engine == null || RULES.stream().noneMatch(sink::enabled)) {
            return;
        }
        String lang = ArticleLanguage.of(article, language);
        if (!lang.isEmpty()) {
            engine.check(article, lang, proseKeys, sink);
        }
    }
}
