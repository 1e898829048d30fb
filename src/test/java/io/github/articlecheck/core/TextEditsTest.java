package io.github.articlecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditsTest {
    private static final SourceText SOURCE = new SourceText("héllo wörld\r\nsecond line\r\n");

    @Test
    void editsApplyByCodePointColumnsAndIdenticalEditsCountOnce() {
        TextEdit world = new TextEdit(1, 7, 1, 12, "world");
        List<TextEdits.Span> spans = TextEdits.resolve(SOURCE, List.of(world, world, new TextEdit(2, 1, 2, 7, "2nd")))
                .orElseThrow();
        assertEquals(2, spans.size());
        assertEquals("héllo world\r\n2nd line\r\n", TextEdits.apply(SOURCE.text(), spans));
    }

    @Test
    void overlappingEditsAndTwoInsertionsAtOnePlaceAreRefused() {
        assertTrue(TextEdits.resolve(SOURCE, List.of(new TextEdit(1, 1, 1, 6, "a"), new TextEdit(1, 3, 1, 8, "b")))
                .isEmpty());
        assertTrue(TextEdits.resolve(SOURCE, List.of(new TextEdit(1, 6, 1, 6, "a"), new TextEdit(1, 6, 1, 6, "b")))
                .isEmpty());
        assertTrue(TextEdits.resolve(SOURCE, List.of(new TextEdit(9, 1, 9, 2, "x"))).isEmpty(), "another version");
    }

    @Test
    void adjacentEditsAreNoConflict() {
        List<TextEdits.Span> spans = TextEdits.resolve(SOURCE, List.of(new TextEdit(1, 1, 1, 6, "hello"),
                new TextEdit(1, 6, 1, 7, "_"))).orElseThrow();
        assertEquals("hello_wörld\r\nsecond line\r\n", TextEdits.apply(SOURCE.text(), spans));
    }

    @Test
    void distantEditsMakeTwoHunksAndCloseOnesOne() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            text.append("line ").append(i).append('\n');
        }
        SourceText source = new SourceText(text.toString());
        List<TextEdits.Span> spans = TextEdits.resolve(source, List.of(new TextEdit(2, 6, 2, 7, "two"),
                new TextEdit(15, 6, 15, 8, "fifteen"))).orElseThrow();
        assertEquals("""
                --- a/x.md
                +++ b/x.md
                @@ -1,5 +1,5 @@
                 line 1
                -line 2
                +line two
                 line 3
                 line 4
                 line 5
                @@ -12,7 +12,7 @@
                 line 12
                 line 13
                 line 14
                -line 15
                +line fifteen
                 line 16
                 line 17
                 line 18
                """, TextEdits.unifiedDiff("x.md", source, spans));
    }
}
