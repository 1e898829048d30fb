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
    private final boolean oneCharPerCodePoint;
    private int[] charOffsets;

    YamlPositions(SourceText source) {
        this.source = source;
        String text = source.text();
        this.oneCharPerCodePoint = text.codePointCount(0, text.length()) == text.length();
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
        if (oneCharPerCodePoint) {
            return Math.min(index, text.length());
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
