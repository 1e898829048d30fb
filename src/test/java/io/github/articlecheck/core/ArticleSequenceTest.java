package io.github.articlecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Range;
import org.junit.jupiter.api.Test;

/** The article's sequence answers as flexmark's own slice of the same text does, call for call. */
class ArticleSequenceTest {
    private static final String TEXT = "---\ntitle: Été\n---\n# Überschrift\0\n\n[Link](/de/docs/) und 😀.\n";

    @Test
    void everySliceReadsAsFlexmarksSliceOfTheSameText() {
        BasedSequence ours = SequenceText.base(TEXT);
        BasedSequence flexmarks = BasedSequence.of(TEXT);
        assertInstanceOf(ArticleSequence.class, ours);
        for (int from = 0; from <= TEXT.length(); from += 3) {
            for (int to = from; to <= TEXT.length(); to += 5) {
                BasedSequence mine = ours.subSequence(from, to);
                BasedSequence theirs = flexmarks.subSequence(from, to);
                assertEquals(theirs.toString(), mine.toString(), from + ".." + to);
                assertEquals(theirs.getStartOffset(), mine.getStartOffset());
                assertEquals(theirs.getEndOffset(), mine.getEndOffset());
                assertEquals(theirs.getSourceRange(), mine.getSourceRange());
                assertEquals(theirs.length(), mine.length());
                for (int i = 0; i < mine.length(); i++) {
                    assertEquals(theirs.charAt(i), mine.charAt(i), "NUL reads as U+FFFD, as in flexmark");
                }
                assertEquals(theirs.getIndexOffset(mine.length()), mine.getIndexOffset(mine.length()));
            }
        }
    }

    @Test
    void aSliceOfASliceIsASliceOfTheWholeText() {
        BasedSequence whole = SequenceText.base(TEXT);
        BasedSequence body = whole.subSequence(19);
        BasedSequence heading = body.subSequence(0, 14);
        assertEquals("# Überschrift\uFFFD", heading.toString());
        assertEquals(19, heading.getStartOffset());
        assertSame(whole, heading.getBaseSequence());
        assertSame(whole.getBase(), heading.getBase());
        assertSame(heading, heading.baseSubSequence(19, 33), "the same range is the same slice");
        assertEquals(Range.of(21, 33), heading.subSequence(2).getSourceRange());
        assertEquals(TEXT, SequenceText.of(whole.subSequence(0)).replace('\uFFFD', '\0'));
    }

    @Test
    void outOfRangeIsRefusedAsFlexmarkRefusesIt() {
        BasedSequence slice = SequenceText.base(TEXT).subSequence(4, 14);
        assertThrows(StringIndexOutOfBoundsException.class, () -> slice.charAt(10));
        assertThrows(StringIndexOutOfBoundsException.class, () -> slice.charAt(-1));
        assertThrows(StringIndexOutOfBoundsException.class, () -> slice.subSequence(3, 11));
        assertThrows(StringIndexOutOfBoundsException.class, () -> slice.subSequence(5, 4));
        assertThrows(StringIndexOutOfBoundsException.class, () -> slice.getIndexOffset(11));
        assertThrows(StringIndexOutOfBoundsException.class, () -> slice.baseSubSequence(0, TEXT.length() + 1));
    }

    @Test
    void theTextsOptionsAskForFlatSegmentedSequences() {
        BasedSequence slice = SequenceText.base(TEXT).subSequence(2, 9);
        assertEquals(BasedSequence.F_FULL_SEGMENTED_SEQUENCES, slice.getOptionFlags());
        assertEquals(true, slice.allOptions(BasedSequence.F_FULL_SEGMENTED_SEQUENCES));
        assertEquals(false, slice.anyOptions(BasedSequence.F_TREE_SEGMENTED_SEQUENCES));
    }
}
