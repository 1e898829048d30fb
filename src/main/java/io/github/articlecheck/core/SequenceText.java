package io.github.articlecheck.core;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The text of a flexmark sequence in one copy. flexmark's own {@code toString()} appends it char by char, each
 * through a bounds-checked {@code charAt}; a link URL, a title or a tag of the parsed article is a plain slice of the
 * article's string, which {@link String#substring} copies at once (1.5 % of a run on MDN-de went into the loop).
 */
public final class SequenceText {
    /** The class of flexmark's plain slice of a base text (package-private in flexmark). */
    private static final Class<?> SLICE = BasedSequence.of("slice").subSequence(1).getClass();

    private SequenceText() {
    }

    /** {@code sequence.toString()}, the same text. */
    public static String of(BasedSequence sequence) {
        if (sequence.getClass() == SLICE && sequence.getBase() instanceof String base) {
            String text = base.substring(sequence.getStartOffset(), sequence.getEndOffset());
            // flexmark reads NUL as U+FFFD: a text holding one takes flexmark's way, so that nothing differs
            if (text.indexOf('\0') < 0) {
                return text;
            }
        }
        return sequence.toString();
    }
}
