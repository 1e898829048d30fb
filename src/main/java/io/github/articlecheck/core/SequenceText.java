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

    /**
     * The article's text as flexmark's base sequence. Handed a {@link String}, flexmark hashes all of it first, a
     * hash nothing reads while parsing (2 % of an MDN-de run); handed this wrapper, it does not.
     */
    public static BasedSequence base(String text) {
        return BasedSequence.of(new ArticleChars(text));
    }

    /** A string flexmark takes for any other character sequence. */
    private record ArticleChars(String text) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** {@code sequence.toString()}, the same text. */
    public static String of(BasedSequence sequence) {
        String base = sequence.getClass() == SLICE ? baseText(sequence) : null;
        if (base != null) {
            String text = base.substring(sequence.getStartOffset(), sequence.getEndOffset());
            // flexmark reads NUL as U+FFFD: a text holding one takes flexmark's way, so that nothing differs
            if (text.indexOf('\0') < 0) {
                return text;
            }
        }
        return sequence.toString();
    }

    private static String baseText(BasedSequence sequence) {
        Object base = sequence.getBase();
        return base instanceof ArticleChars chars ? chars.text() : base instanceof String text ? text : null;
    }
}
