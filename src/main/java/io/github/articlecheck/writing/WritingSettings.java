package io.github.articlecheck.writing;

import java.util.List;

/**
 * Settings of the writing checks.
 *
 * @param vagueLinkTexts    link texts that do not say where a link goes, added to the built-in French and English ones
 * @param imageAltMaxLength the longest alternative text, in characters, before it is a description for a caption
 * @param terms             the house style's terms (terms file and Vale styles)
 * @param language          the language of articles that do not say theirs (empty: unknown)
 * @param dictionaryFolder  where the project dictionaries {@code dictionary-<lang>.txt} are
 * @param proseDisabledRules LanguageTool rule ids not to apply
 * @param readabilityMinScore the readability score (Flesch, Kandel-Moles) under which prose.readability reports
 * @param longSentenceWords  the words from which a sentence counts as long
 * @param proseKeys          front matter keys whose text the prose rules read
 */
public record WritingSettings(List<String> vagueLinkTexts, int imageAltMaxLength, StyleTerms terms, String language,
        java.nio.file.Path dictionaryFolder, List<String> proseDisabledRules, double readabilityMinScore,
        int longSentenceWords, List<String> proseKeys) {
    public static final double DEFAULT_READABILITY_MIN_SCORE = 30;
    public static final int DEFAULT_LONG_SENTENCE_WORDS = 30;

    public static final int DEFAULT_IMAGE_ALT_MAX_LENGTH = 150;

    public WritingSettings {
        vagueLinkTexts = List.copyOf(vagueLinkTexts);
        language = language == null ? "" : language;
        proseDisabledRules = List.copyOf(proseDisabledRules);
        proseKeys = List.copyOf(proseKeys);
        if (imageAltMaxLength < 1) {
            throw new IllegalArgumentException("imageAltMaxLength must be at least 1, not " + imageAltMaxLength);
        }
    }

    public static WritingSettings defaults() {
        return new WritingSettings(List.of(), DEFAULT_IMAGE_ALT_MAX_LENGTH, StyleTerms.none(), "", null, List.of(),
                DEFAULT_READABILITY_MIN_SCORE, DEFAULT_LONG_SENTENCE_WORDS,
                List.of("title", "titre", "description", "summary", "résumé"));
    }
}
