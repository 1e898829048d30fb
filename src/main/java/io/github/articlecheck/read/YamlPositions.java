package io.github.articlecheck.read;

import io.github.articlecheck.core.SourceText;
import org.yaml.snakeyaml.error.Mark;

/**
 * Turns SnakeYAML marks into the file's own lines and columns. A mark's line and column follow YAML's idea of a
 * line break, which includes U+0085, U+2028 and U+2029 (and counts a lone CR its own way); the file's lines do
 * not. The mark's index (code points from the start of the stream) is exact, so positions are computed from it.
 */
final class YamlPositions {
    private final SourceText source;
    /** Characters [0, plainPrefix) were looked at and hold no surrogate: there a code point index is a char index. */
    private int plainPrefix;
    /** A surrogate pair lies before a mark asked for: indexes go through {@link #charOffsets}. */
    private boolean surrogates;
    private int[] charOffsets;

    YamlPositions(SourceText source) {
        this.source = source;
    }

    int line(Mark mark) {
        return mark == null ? 1 : source.line(offset(mark));
    }

    int column(Mark mark) {
        return mark == null ? 1 : source.column(offset(mark));
    }

    private int offset(Mark mark) {
        int index = Math.max(0, mark.getIndex());
        String text = source.text();
        if (!surrogates) {
            // only as far as the marks go (the front matter), not the whole article
            int limit = Math.min(index, text.length());
            while (plainPrefix < limit && !Character.isSurrogate(text.charAt(plainPrefix))) {
                plainPrefix++;
            }
            if (plainPrefix >= limit) {
                return limit;
            }
            surrogates = true;
        }
        if (charOffsets == null) {
            int count = text.codePointCount(0, text.length());
            int[] offsets = new int[count + 1];
            for (int i = 0, c = 0; i < text.length(); c++) {
                offsets[c] = i;
                i += Character.charCount(text.codePointAt(i));
            }
            offsets[count] = text.length();
            charOffsets = offsets;
        }
        return charOffsets[Math.min(index, charOffsets.length - 1)];
    }
}
