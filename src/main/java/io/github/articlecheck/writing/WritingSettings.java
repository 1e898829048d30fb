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

    public static Builder builder() {
        return new Builder();
    }

    /** The writing parameters as a front end gives them, validated as they come; defaults here, once. */
    public static final class Builder {
        private List<String> vagueLinkTexts = List.of();
        private int imageAltMaxLength = DEFAULT_IMAGE_ALT_MAX_LENGTH;
        private java.nio.file.Path termsFile;
        private java.nio.file.Path valeStyles;
        private String language = "";
        private java.nio.file.Path dictionaryFolder;
        private List<String> proseDisabledRules = List.of();
        private double readabilityMinScore = DEFAULT_READABILITY_MIN_SCORE;
        private int longSentenceWords = DEFAULT_LONG_SENTENCE_WORDS;
        private List<String> proseKeys;

        private Builder() {
        }

        /** Link texts that say nothing of the destination, added to the built-in French and English ones. */
        public Builder vagueLinkTexts(List<String> value) {
            vagueLinkTexts = value == null ? List.of() : value;
            return this;
        }

        /** The longest alternative text before it is a description for a caption (150 by default). */
        public Builder imageAltMaxLength(Integer value) {
            if (value != null) {
                if (value < 1) {
                    throw new io.github.articlecheck.core.ConfigurationException(
                            "imageAltMaxLength must be at least 1, not " + value);
                }
                imageAltMaxLength = value;
            }
            return this;
        }

        /** The house style's terms file (YAML: pattern, preferred, message, languages); null: none. */
        public Builder terms(java.nio.file.Path value) {
            termsFile = value;
            return this;
        }

        /** A Vale StylesPath whose existence and substitution rules join the terms; null: none. */
        public Builder valeStyles(java.nio.file.Path value) {
            valeStyles = value;
            return this;
        }

        /** The language of articles that do not give theirs (front matter lang, a language folder). */
        public Builder language(String value) {
            language = value == null ? "" : value.trim();
            return this;
        }

        /** Where the project dictionaries dictionary-&lt;lang&gt;.txt are (default .articlecheck). */
        public Builder dictionaryFolder(java.nio.file.Path value) {
            dictionaryFolder = value;
            return this;
        }

        /** LanguageTool rule ids not to apply. */
        public Builder proseDisabledRules(List<String> value) {
            proseDisabledRules = value == null ? List.of() : value;
            return this;
        }

        /** The readability score under which prose.readability reports (30 by default). */
        public Builder readabilityMinScore(Double value) {
            if (value != null) {
                readabilityMinScore = value;
            }
            return this;
        }

        /** The words from which a sentence counts as long (30 by default). */
        public Builder longSentenceWords(Integer value) {
            if (value != null) {
                if (value < 1) {
                    throw new io.github.articlecheck.core.ConfigurationException(
                            "longSentenceWords must be at least 1, not " + value);
                }
                longSentenceWords = value;
            }
            return this;
        }

        /** Front matter keys whose text the prose rules read (default: the title keys, description, summary, résumé). */
        public Builder proseKeys(List<String> value) {
            proseKeys = value == null || value.isEmpty() ? null : value;
            return this;
        }

        /**
         * The settings, files read (a broken terms file or Vale style fails here, before any article is read);
         * paths relative to {@code base}; the site's default language before the {@code language} parameter.
         */
        public WritingSettings build(java.nio.file.Path base, String siteLanguage, List<String> titleKeys) {
            return new WritingSettings(vagueLinkTexts, imageAltMaxLength,
                    StyleTerms.load(termsFile == null ? null : base.resolve(termsFile),
                            valeStyles == null ? null : base.resolve(valeStyles)),
                    // issue 12's order: the site's language (its model), else the language parameter
                    siteLanguage != null && !siteLanguage.isEmpty() ? siteLanguage : language,
                    base.resolve(dictionaryFolder == null ? java.nio.file.Path.of(".articlecheck") : dictionaryFolder),
                    proseDisabledRules, readabilityMinScore, longSentenceWords, proseKeys != null ? proseKeys
                            : java.util.stream.Stream.concat(titleKeys.stream(),
                                    java.util.stream.Stream.of("description", "summary", "résumé")).distinct()
                                    .toList());
        }
    }
}
