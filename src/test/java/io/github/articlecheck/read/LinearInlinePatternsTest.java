package io.github.articlecheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.util.Parsing;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The linear forms of flexmark's recursive inline patterns match what flexmark's own match, and need no stack:
 * differential on generated inputs built from the characters these patterns turn on, then long inputs on a small
 * stack.
 */
class LinearInlinePatternsTest {
    private static final Parsing PARSING = new Parsing(MarkdownParser.options());
    private static final Map<Pattern, LinearInlinePatterns.Linear> LINEAR = LinearInlinePatterns.of(PARSING);
    private static final int INPUTS = 200_000;

    @Test
    void possessiveGroupsLeaveEscapesAndCharacterClassesAlone() {
        assertEquals("(?:a|\\)*)*+b", LinearInlinePatterns.possessiveGroups("(?:a|\\)*)*b"));
        assertEquals("[()*]x(y)*+(z)*?(w)*+", LinearInlinePatterns.possessiveGroups("[()*]x(y)*(z)*?(w)*+"));
        assertEquals("[a[)*]](b)*+", LinearInlinePatterns.possessiveGroups("[a[)*]](b)*"));
        assertEquals("\\Q(x)*\\E(y)*+\\Q)*", LinearInlinePatterns.possessiveGroups("\\Q(x)*\\E(y)*\\Q)*"));
        assertEquals("(?:a|b){0,999}+c(d){2}+(e){1,3}?(f)+", LinearInlinePatterns.possessiveGroups(
                "(?:a|b){0,999}c(d){2}(e){1,3}?(f)+"));
    }

    @Test
    void theThreeRecursivePatternsOfFlexmarkAreReplaced() {
        for (Pattern pattern : new Pattern[] {PARSING.HTML_TAG, PARSING.LINK_TITLE, PARSING.LINK_DESTINATION_ANGLES,
            PARSING.LINK_LABEL}) {
            LinearInlinePatterns.Linear linear = LINEAR.get(pattern);
            assertNotNull(linear, pattern.pattern());
            assertNotEquals(pattern.pattern(), linear.possessive().pattern(), "flexmark's pattern has a )* to make possessive");
        }
        assertTrue(LINEAR.get(PARSING.HTML_TAG).exact());
        // flexmark's title and angle patterns are anchored on these openers: elsewhere they never match
        assertEquals("\"'(", LINEAR.get(PARSING.LINK_TITLE).openers());
        assertTrue(PARSING.LINK_TITLE.pattern().startsWith("^(?:\"") && PARSING.LINK_DESTINATION_ANGLES.pattern()
                .startsWith("^(?:[<]"));
    }

    @Test
    void theHtmlTagPatternMatchesWhatFlexmarksMatchesOnGeneratedInputs() {
        Random random = new Random(20261130L);
        String[] starts = {"<!--", "<!-", "<!---", "<a", "<span", "<a-b", "</a", "<?", "<!X", "<![CDATA[", "<"};
        String alphabet = "-->< a=b'\"/\n\t!?x:._]";
        for (int i = 0; i < INPUTS; i++) {
            String input = starts[random.nextInt(starts.length)] + generated(random, alphabet, 24);
            assertEquals(end(PARSING.HTML_TAG, input), end(LINEAR.get(PARSING.HTML_TAG).possessive(), input), input);
        }
    }

    @Test
    void linkTitlesDestinationsAndLabelsMatchWhatFlexmarksMatchOnGeneratedInputs() {
        Random random = new Random(20261131L);
        String[] starts = {"\"", "'", "(", "<", "\\", "["};
        String alphabet = "\\\"'()<>[] a!\n\t\0*x";
        for (int i = 0; i < INPUTS; i++) {
            String input = starts[random.nextInt(starts.length)] + generated(random, alphabet, 20);
            for (Pattern pattern : new Pattern[] {PARSING.LINK_TITLE, PARSING.LINK_DESTINATION_ANGLES,
                PARSING.LINK_LABEL}) {
                assertEquals(end(pattern, input), parserEnd(pattern, input), pattern + " on " + input);
            }
        }
    }

    @Test
    void theHtmlBlockOpenersMatchWhatFlexmarksMatchOnGeneratedInputs() {
        // HtmlBlockParser's openers of type 6 (a block tag, with an optional XML namespace) and 7 (a whole tag)
        String blockTags = String.join("|", com.vladsch.flexmark.parser.Parser.HTML_BLOCK_TAGS
                .get(MarkdownParser.options()).stream().map(tag -> "\\Q" + tag + "\\E").toList());
        Pattern[] flexmarks = {
            Pattern.compile("^</?(?:" + Parsing.XML_NAMESPACE + "(?:" + blockTags + "))(?:\\s|[/]?[>]|$)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:" + PARSING.OPENTAG + '|' + PARSING.CLOSETAG + ")\\s*$", Pattern.CASE_INSENSITIVE)};
        Random random = new Random(20261132L);
        String[] starts = {"<a", "<DIV", "<x-y", "</a", "<", "<ns:", "<div", "</table", "<x.y-z:p"};
        String alphabet = " a=b'\"/>\t\n:_-.div";
        for (Pattern pattern : flexmarks) {
            Pattern ours = Pattern.compile(LinearInlinePatterns.possessiveGroups(pattern.pattern()), pattern.flags());
            assertNotEquals(pattern.pattern(), ours.pattern());
            for (int i = 0; i < INPUTS; i++) {
                String input = starts[random.nextInt(starts.length)] + generated(random, alphabet, 24);
                assertEquals(end(pattern, input), end(ours, input), input);
            }
        }
    }

    @Test
    void longConstructsParseToFlexmarksTreeOnASmallStack() throws Exception {
        String[] documents = {"Text <!--" + " a-b".repeat(5_000) + " --> after.\n",
            "Text <span" + " a='b'".repeat(3_000) + ">x</span>\n", "<custom-tag" + " a".repeat(5_000) + ">\n\nx\n",
            "<tabl" + "x".repeat(20_000) + "e>\n\ny\n", "A [" + "b".repeat(995) + "] label.\n\n["
                + "b".repeat(995) + "]: /url\n", "<ns" + "-".repeat(20_000) + ":div>\n",
            "[x](/url \"" + "a\\\"".repeat(3_000) + "\") and [y](<" + "a\\>".repeat(3_000) + ">)\n"};
        for (String document : documents) {
            String[] trees = new String[2];
            // flexmark's own parser recurses per character: it gets 512 MB of stack, ours 512 KB
            run(() -> trees[0] = RegionMatchingInlineParserTest.tree(
                    com.vladsch.flexmark.parser.Parser.builder(MarkdownParser.options()).build().parse(document)),
                    512L << 20);
            run(() -> trees[1] = RegionMatchingInlineParserTest.tree(
                    MarkdownParser.build(MarkdownParser.options()).parse(document)), 512L << 10);
            assertNotNull(trees[1], "parsed on a small stack");
            assertEquals(trees[0], trees[1]);
        }
    }

    private static void run(Runnable task, long stackBytes) throws InterruptedException {
        Thread thread = new Thread(null, task, "stack-" + stackBytes, stackBytes);
        thread.start();
        thread.join();
    }

    @Test
    void longConstructsNeedNoStack() throws Exception {
        int length = 200_000;
        String[] inputs = {"<!--" + "a-b ".repeat(length / 4) + "-->", "<a" + " b='c'".repeat(length / 6) + ">",
            "\"" + "a\\\"".repeat(length / 3) + "\"", "<" + "a\\>".repeat(length / 3) + ">",
            "[" + "a\\]".repeat(333) + "]"};
        Pattern[] patterns = {PARSING.HTML_TAG, PARSING.HTML_TAG, PARSING.LINK_TITLE, PARSING.LINK_DESTINATION_ANGLES,
            PARSING.LINK_LABEL};
        int[] ends = new int[inputs.length];
        Thread small = new Thread(null, () -> {
            for (int i = 0; i < inputs.length; i++) {
                ends[i] = parserEnd(patterns[i], inputs[i]);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        for (int i = 0; i < inputs.length; i++) {
            assertEquals(inputs[i].length(), ends[i], "the whole construct, " + inputs[i].length() + " characters");
        }
    }

    @Test
    void aLongTitleOnlyBacktrackingEndsIsReadAsFarAsTheReach() {
        // "x\" … \" : flexmark reads the last backslash as a character to close the title; past the reach, no title
        String near = "\"" + "x".repeat(LinearInlinePatterns.BACKTRACKING_REACH - 4) + "\\\"";
        String far = "\"" + "x".repeat(LinearInlinePatterns.BACKTRACKING_REACH) + "\\\"";
        assertEquals(near.length(), parserEnd(PARSING.LINK_TITLE, near));
        assertEquals(-1, parserEnd(PARSING.LINK_TITLE, far));
    }

    /** What the inline parser does for {@code pattern}: its linear form, else flexmark's within the reach. */
    private static int parserEnd(Pattern pattern, String input) {
        LinearInlinePatterns.Linear linear = LINEAR.get(pattern);
        int end = end(linear.possessive(), input);
        if (end < 0 && linear.mayBacktrackInto(input, 0)) {
            Matcher matcher = pattern.matcher(input).useTransparentBounds(true)
                    .region(0, Math.min(input.length(), LinearInlinePatterns.BACKTRACKING_REACH));
            end = matcher.find() ? matcher.end() : -1;
        }
        return end;
    }

    private static int end(Pattern pattern, String input) {
        Matcher matcher = pattern.matcher(input);
        return matcher.find() ? matcher.end() : -1;
    }

    private static String generated(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
