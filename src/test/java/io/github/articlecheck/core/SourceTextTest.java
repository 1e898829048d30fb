package io.github.articlecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void mapsOffsetsToLinesAndColumnsWithLf() {
        SourceText text = new SourceText("ab\ncd\n\nef");
        assertEquals(1, text.line(0));
        assertEquals(1, text.column(0));
        assertEquals(2, text.line(3));
        assertEquals(1, text.column(3));
        assertEquals(2, text.column(4));
        assertEquals(4, text.line(7));
        assertEquals(4, text.lineCount());
    }

    @Test
    void crlfAndLoneCrEndLinesWithoutShiftingColumns() {
        SourceText text = new SourceText("ab\r\ncd\ref");
        assertEquals(2, text.line(4));
        assertEquals(1, text.column(4));
        assertEquals(3, text.line(7));
        assertEquals("cd", text.lineText(2));
        assertEquals("ab", text.lineText(1));
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        SourceText text = new SourceText("😀é x");
        int offsetOfX = "😀é ".length();
        assertEquals(4, text.column(offsetOfX));
        assertEquals(offsetOfX, text.offset(1, 4));
    }

    @Test
    void theLineIndexKnowsWhereCarriageReturnsAre() {
        SourceText crlf = new SourceText("a\r\nb\r\nc");
        assertTrue(crlf.hasCarriageReturnFrom(0));
        assertTrue(crlf.hasCarriageReturnFrom(4));
        assertFalse(crlf.hasCarriageReturnFrom(5), "no CR after the last one");
        assertFalse(new SourceText("a\nb\n").hasCarriageReturnFrom(0));
        assertFalse(new SourceText("").hasCarriageReturnFrom(0));
        for (String text : java.util.List.of("a\nb\n", "a\r\nb", "a\rb\n", "x\r", "", "\r\n\n")) {
            assertEquals(TextForm.of(text, false), TextForm.of(new SourceText(text), false), text);
        }
    }
}
