package io.github.articlecheck.core;

import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKeyBase;
import com.vladsch.flexmark.util.sequence.BasedSequenceImpl;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.builder.IBasedSegmentBuilder;

/**
 * An article's text as flexmark's base sequence, and every plain slice of it: what flexmark's own slice class does
 * for any character sequence, done for one held in an array. flexmark reads a page through {@code charAt} several
 * times over (its line breaks, its blocks, its inlines); its slice class answers each call with another call to the
 * sequence it wraps (a dispatched one, our array behind it) and a bounds check in a helper (4 % of a run on MDN-de).
 * Here a call is a bounds check and an array load.
 *
 * <p>Like flexmark's slices: offsets are offsets into the whole text, a slice of a slice is a slice of the whole,
 * NUL reads as U+FFFD, and the text's options (flat segmented sequences) are the ones {@link SequenceText} asks for.
 * {@code ArticleSequenceTest} holds it equal to flexmark's slices of the same text, call for call.
 */
final class ArticleSequence extends BasedSequenceImpl {
    /** flexmark reads NUL as the replacement character (CommonMark's rule for U+0000). */
    private static final char NUL_AS_READ = '\uFFFD';

    /** The text, its characters and the sequences' options. */
    private final SequenceText.ArticleChars base;
    private final char[] characters;
    private final ArticleSequence whole;
    private final int start;
    private final int end;

    /** The whole text. */
    ArticleSequence(SequenceText.ArticleChars base) {
        super(0);
        this.base = base;
        this.characters = base.characters();
        this.whole = this;
        this.start = 0;
        this.end = characters.length;
    }

    private ArticleSequence(ArticleSequence whole, int start, int end) {
        super(0);
        this.base = whole.base;
        this.characters = whole.characters;
        this.whole = whole;
        this.start = start;
        this.end = end;
    }

    /** The characters of the whole text, only read: a slice is {@code [getStartOffset(), getEndOffset())} of them. */
    char[] characters() {
        return characters;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= end - start) {
            throw new StringIndexOutOfBoundsException("index " + index + " out of [0, " + (end - start) + ")");
        }
        char c = characters[start + index];
        return c == '\0' ? NUL_AS_READ : c;
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public ArticleSequence subSequence(int startIndex, int endIndex) {
        checkRange(startIndex, endIndex, end - start);
        return baseSubSequence(start + startIndex, start + endIndex);
    }

    @Override
    public ArticleSequence baseSubSequence(int startIndex, int endIndex) {
        checkRange(startIndex, endIndex, characters.length);
        if (startIndex == start && endIndex == end) {
            return this;
        }
        return new ArticleSequence(whole, startIndex, endIndex);
    }

    private static void checkRange(int startIndex, int endIndex, int length) {
        if (startIndex < 0 || startIndex > endIndex || endIndex > length) {
            throw new StringIndexOutOfBoundsException("[" + startIndex + ", " + endIndex + ") out of [0, " + length
                    + ")");
        }
    }

    @Override
    public ArticleSequence getBaseSequence() {
        return whole;
    }

    @Override
    public CharSequence getBase() {
        return base;
    }

    @Override
    public int getStartOffset() {
        return start;
    }

    @Override
    public int getEndOffset() {
        return end;
    }

    @Override
    public int getIndexOffset(int index) {
        if (index < 0 || index > end - start) {
            throw new StringIndexOutOfBoundsException("index " + index + " out of [0, " + (end - start) + "]");
        }
        return start + index;
    }

    @Override
    public Range getSourceRange() {
        return Range.of(start, end);
    }

    @Override
    public void addSegments(IBasedSegmentBuilder<?> builder) {
        builder.append(start, end);
    }

    @Override
    public int getOptionFlags() {
        return base.getOptionFlags();
    }

    @Override
    public boolean allOptions(int flags) {
        return base.allOptions(flags);
    }

    @Override
    public boolean anyOptions(int flags) {
        return base.anyOptions(flags);
    }

    @Override
    public <T> T getOption(DataKeyBase<T> dataKey) {
        return base.getOption(dataKey);
    }

    @Override
    public DataHolder getOptions() {
        return base.getOptions();
    }
}
