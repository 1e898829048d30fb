package io.github.articlecheck.writing;

import java.util.List;

/**
 * Settings of the writing checks.
 *
 * @param vagueLinkTexts    link texts that do not say where a link goes, added to the built-in French and English ones
 * @param imageAltMaxLength the longest alternative text, in characters, before it is a description for a caption
 */
public record WritingSettings(List<String> vagueLinkTexts, int imageAltMaxLength) {
    public static final int DEFAULT_IMAGE_ALT_MAX_LENGTH = 150;

    public WritingSettings {
        vagueLinkTexts = List.copyOf(vagueLinkTexts);
        if (imageAltMaxLength < 1) {
            throw new IllegalArgumentException("imageAltMaxLength must be at least 1, not " + imageAltMaxLength);
        }
    }

    public static WritingSettings defaults() {
        return new WritingSettings(List.of(), DEFAULT_IMAGE_ALT_MAX_LENGTH);
    }
}
