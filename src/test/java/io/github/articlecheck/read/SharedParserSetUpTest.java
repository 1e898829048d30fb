package io.github.articlecheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The list marker pattern anchored once ({@code ^(?:A|B)}) finds what flexmark's {@code ^A|^B} finds, with the same
 * groups, in each of flexmark's four forms of it, on list markers and their near misses.
 */
class SharedParserSetUpTest {
    private static final List<String> LINES = List.of("- item", "-item", "-", "- ", "-\t", "* item", "+ item",
            "1. one", "1) one", "1.one", "123456789. nine digits", "1234567890. ten digits", "a. letter", "12. ",
            "12.", "1.\t", "text - with a dash", " - indented", "--- rule", "-- two", "*emphasis*", "+", "1", "",
            "2020. A year", "#. hash", "1) ", "- [ ] task", "•  bullet");

    @Test
    void theAnchoredListMarkerFindsWhatFlexmarksFinds() {
        for (boolean markerSpace : List.of(false, true)) {
            for (boolean dotOnly : List.of(false, true)) {
                MutableDataSet options = MarkdownParser.options();
                options.set(Parser.LISTS_ITEM_MARKER_SPACE, markerSpace);
                options.set(Parser.LISTS_ORDERED_ITEM_DOT_ONLY, dotOnly);
                Pattern flexmarks = new Parsing(options).LIST_ITEM_MARKER;
                Pattern anchored = SharedParserSetUp.anchored(flexmarks);
                assertNotSame(flexmarks, anchored, "anchored: " + flexmarks.pattern());
                assertTrue(anchored.pattern().startsWith("^(?:"), anchored.pattern());
                for (String line : LINES) {
                    assertEquals(found(flexmarks, line), found(anchored, line), flexmarks.pattern() + " on " + line);
                }
            }
        }
    }

    @Test
    void theParserGetsTheAnchoredPatternOtherPatternsUnchanged() {
        MutableDataSet options = MarkdownParser.options();
        Parsing flexmarks = new Parsing(options);
        Parsing ours = SharedParserSetUp.anchoredListMarker(options, flexmarks);
        assertNotSame(flexmarks, ours);
        assertEquals(SharedParserSetUp.anchored(flexmarks.LIST_ITEM_MARKER).pattern(), ours.LIST_ITEM_MARKER.pattern());
        assertSame(flexmarks.HTML_TAG, ours.HTML_TAG); // flexmark caches its patterns: the very same objects
        assertSame(flexmarks.LINK_DESTINATION, ours.LINK_DESTINATION);
    }

    @Test
    void aPatternOfAnotherShapeIsLeftAsItIs() {
        Pattern plain = Pattern.compile("^a|b");
        assertSame(plain, SharedParserSetUp.anchored(plain));
        Pattern three = Pattern.compile("^a|^b|^c");
        assertSame(three, SharedParserSetUp.anchored(three));
    }

    private static List<Object> found(Pattern pattern, String line) {
        Matcher matcher = pattern.matcher(line);
        List<Object> result = new ArrayList<>();
        if (matcher.find()) {
            result.add(matcher.start());
            result.add(matcher.end());
            for (int group = 1; group <= matcher.groupCount(); group++) {
                result.add(matcher.start(group) + ":" + matcher.group(group));
            }
        }
        return result;
    }
}
