package io.github.articlecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import org.junit.jupiter.api.Test;

/** The one-copy text of a flexmark sequence is always what flexmark's toString gives. */
class SequenceTextTest {

    @Test
    void aSliceOfTheArticleIsCopiedAsFlexmarkReadsIt() {
        BasedSequence article = BasedSequence.of("# Titre\n\n[lien](https://exemple.fr \"titre\") é😀").subSequence(2);
        BasedSequence url = article.subSequence(14, 33);
        assertEquals("https://exemple.fr ", url.toString());
        assertEquals(url.toString(), SequenceText.of(url));
        assertEquals(article.toString(), SequenceText.of(article));
        assertEquals("", SequenceText.of(article.subSequence(3, 3)));
        assertEquals(BasedSequence.NULL.toString(), SequenceText.of(BasedSequence.NULL));
    }

    @Test
    void aNulIsReadAsFlexmarkReadsIt() {
        BasedSequence withNul = BasedSequence.of("a\0b").subSequence(0, 3);
        assertEquals(withNul.toString(), SequenceText.of(withNul));
        assertEquals("a\uFFFDb", SequenceText.of(withNul));
    }

    @Test
    void otherSequencesTakeFlexmarksWay() {
        BasedSequence prefixed = PrefixedSubSequence.prefixOf("> ", BasedSequence.of("quote"));
        assertEquals("> quote", SequenceText.of(prefixed));
        BasedSequence builderBased = BasedSequence.of(new StringBuilder("built text")).subSequence(6);
        assertEquals("text", SequenceText.of(builderBased));
    }

    @Test
    void theArticleBaseReadsAsTheStringItWraps() {
        String text = "---\ntitle: x\n---\n# Été\n\n[a](b \"c\")\0";
        BasedSequence base = SequenceText.base(text);
        assertEquals(text.length(), base.length());
        assertEquals(text.replace('\0', '\uFFFD'), base.toString());
        BasedSequence body = base.subSequence(17);
        assertEquals(body.toString(), SequenceText.of(body));
        assertEquals("# Été", SequenceText.of(body.subSequence(0, 5)));
        assertEquals(17, body.getStartOffset(), "offsets stay offsets into the whole file");
        assertEquals(body.subSequence(7, 14).toString(), SequenceText.of(body.subSequence(7, 14)));
        assertEquals(body.toString(), SequenceText.of(body), "a NUL takes flexmark's way");
    }

    @Test
    void segmentsOfTheArticleAreFlatSequencesWithoutAThreadLocalCache() {
        BasedSequence base = SequenceText.base("> quoted\n> lines\n");
        BasedSequence joined = com.vladsch.flexmark.util.sequence.SegmentedSequence.create(base,
                java.util.List.of(base.subSequence(2, 9), base.subSequence(11, 17)));
        assertEquals("SegmentedSequenceFull", joined.getClass().getSimpleName());
        assertEquals("quoted\nlines\n", joined.toString());
        assertEquals(11, joined.subSequence(7).getStartOffset(), "offsets still point into the file");
    }

    @Test
    void theArticleBaseReadsTheCharactersAlreadyCopied() {
        String text = "# Überschrift\n\nText mit [Link](/de/docs/) und Ümlauten.\n";
        BasedSequence base = SequenceText.base(text, text.toCharArray());
        assertEquals(text, SequenceText.of(base.subSequence(0)));
        for (int i = 0; i < text.length(); i++) {
            assertEquals(text.charAt(i), base.charAt(i));
        }
        assertEquals(SequenceText.base(text).toString(), base.toString());
    }

    @Test
    void whetherASequenceHoldsACharacterIsWhatFlexmarksIndexOfSays() {
        BasedSequence base = SequenceText.base("| a | b |\nno pipe here\n> | quoted |\n");
        BasedSequence firstLine = base.subSequence(0, 10);
        BasedSequence secondLine = base.subSequence(10, 23);
        assertEquals(true, SequenceText.holds(firstLine, '|'));
        assertEquals(false, SequenceText.holds(secondLine, '|'));
        assertEquals(false, SequenceText.holds(base.subSequence(3, 3), '|'), "an empty slice holds nothing");
        assertEquals(false, SequenceText.holds(base.subSequence(1, 4), '|'), "the slice, not the characters around it");
        BasedSequence quoteLessMarks = com.vladsch.flexmark.util.sequence.SegmentedSequence.create(base,
                java.util.List.of(base.subSequence(10, 13), base.subSequence(27, 33)));
        assertEquals(quoteLessMarks.indexOf('|') >= 0, SequenceText.holds(quoteLessMarks, '|'),
                "a sequence that skips characters is asked");
        assertEquals(false, SequenceText.holds(quoteLessMarks, '|'));
        BasedSequence ofAString = BasedSequence.of("x | y").subSequence(1);
        assertEquals(true, SequenceText.holds(ofAString, '|'), "a sequence of another base is asked");
    }
}
