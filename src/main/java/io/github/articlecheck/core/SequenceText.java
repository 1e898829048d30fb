package io.github.articlecheck.core;

import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKeyBase;
import com.vladsch.flexmark.util.sequence.BasedOptionsHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's view of an article's text, made cheap to read: the base sequence flexmark parses ({@link #base}), and
 * the text of a sequence in one copy ({@link #of}). flexmark's own {@code toString()} appends a sequence char by char,
 * each through a bounds-checked {@code charAt}; a link URL, a title or a tag of the parsed article is a plain slice
 * of the article's string, which {@link String#substring} copies at once (1.5 % of a run on MDN-de went into the
 * loop).
 */
public final class SequenceText {
    /** The class of flexmark's plain slice of a base text (package-private in flexmark). */
    private static final Class<?> SLICE = BasedSequence.of("slice").subSequence(1).getClass();

    private SequenceText() {
    }

    /**
     * The article's text as flexmark's base sequence. Handed a {@link String}, flexmark hashes all of it first, a
     * hash nothing reads while parsing (2 % of an MDN-de run); handed this wrapper, it does not. The wrapper also
     * asks for flexmark's flat segmented sequences (the text of a paragraph in a list or a quote, less its prefixes):
     * the default tree form looks its cache up in a ThreadLocal of its own on every charAt, and makes one per
     * sequence (2 % more).
     */
    public static BasedSequence base(String text) {
        return base(text, null);
    }

    /**
     * As {@link #base(String)}, read from {@code chars}, the text's characters if already copied (never changed
     * after), or null. flexmark reads every character through {@code charAt}, several times: from an array that is
     * a load, from a String of German or French text (UTF-16 inside) a call with its own bounds check (4 % of an MDN
     * run); the array is copied once when there is none. The sequence and its slices are {@link ArticleSequence}s,
     * which read the array themselves.
     */
    public static BasedSequence base(String text, char[] chars) {
        char[] characters = chars == null ? text.toCharArray() : chars;
        return new ArticleSequence(new ArticleChars(text, characters));
    }

    /**
     * The article's text and its characters, as the base flexmark's sequences name ({@code getBase()}): a string
     * flexmark takes for any other character sequence, with the options of its sequences.
     */
    record ArticleChars(String text, char[] characters) implements CharSequence, BasedOptionsHolder {
        @Override
        public int getOptionFlags() {
            return F_FULL_SEGMENTED_SEQUENCES;
        }

        @Override
        public boolean allOptions(int options) {
            return (F_FULL_SEGMENTED_SEQUENCES & options) == options;
        }

        @Override
        public boolean anyOptions(int options) {
            return (F_FULL_SEGMENTED_SEQUENCES & options) != 0;
        }

        @Override
        public <T> T getOption(DataKeyBase<T> dataKey) {
            return dataKey.get(null);
        }

        @Override
        public DataHolder getOptions() {
            return null;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            return characters[index];
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
        String base = sequence instanceof ArticleSequence || sequence.getClass() == SLICE ? baseText(sequence) : null;
        if (base != null) {
            String text = base.substring(sequence.getStartOffset(), sequence.getEndOffset());
            // flexmark reads NUL as U+FFFD: a text holding one takes flexmark's way, so that nothing differs
            if (text.indexOf('\0') < 0) {
                return text;
            }
        }
        return sequence.toString();
    }

    /**
     * Whether {@code sequence} holds {@code c} (not NUL), as {@code sequence.indexOf(c) >= 0} says. A plain slice of
     * an article (a line) is read from the article's characters, a plain loop, where flexmark's {@code indexOf} makes
     * a dispatched call per character; any other sequence is asked.
     */
    public static boolean holds(BasedSequence sequence, char c) {
        if (sequence instanceof ArticleSequence slice) {
            char[] characters = slice.characters();
            for (int i = sequence.getStartOffset(), end = sequence.getEndOffset(); i < end; i++) {
                if (characters[i] == c) {
                    return true;
                }
            }
            return false;
        }
        return sequence.indexOf(c) >= 0;
    }

    private static String baseText(BasedSequence sequence) {
        Object base = sequence.getBase();
        return base instanceof ArticleChars chars ? chars.text() : base instanceof String text ? text : null;
    }
}
