package io.github.articlecheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.articlecheck.core.SequenceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The inline parser that reads regex matches in place must build the very tree flexmark's own builds: every node,
 * its class, its offsets and its segments (link text, destination, title, reference label), with each parser
 * configuration, on the sample, one real page per generator and inline constructs gathered for the purpose.
 */
class RegionMatchingInlineParserTest {
    /** Every inline form whose parse goes through flexmark's regex helpers, and their failure paths. */
    static final String INLINES = """
            # Title with `code` and a [link](https://example.org "Title") {#custom}

            A paragraph with ``double `tick` code``, *emphasis*, __strong__, ***both***, and
            a [full link](<https://example.org/with space> 'single title') and [another](/path/page.md (paren title)).
            Images ![alt *text*](img.png "t"), ![ref image][logo], an autolink <https://example.org/x?a=1&b=2>, a mail
            <someone@example.org>, raw <span class="x" data-y='z'>HTML</span>, <!-- a comment -->, entities &amp;
            &#233; &#x00E9; &nbsp;, escapes \\* \\[ \\], a hard break\\
            and two-space break  
            then [full reference][ref], [collapsed][], [shortcut], [undefined reference], [^1], [^note] and [^missing].
            Brackets [...] and [client/prestataire], a link with a {{< shortcode >}} [x]({{< relref "page" >}}).
            [Lien avec accents — été](https://exemple.fr/été "Été") and [nested [brackets] text](url) [a](b "c" .

            | Column | Link |
            |---|---|
            | `a|b` | [x](#anchor "t") |
            | **bold** | <https://example.org> |

            > [!NOTE]
            > A callout with [a link][ref] and `code`.

            [ref]: https://example.org/ref "Reference title"
            [collapsed]: <https://example.org/c d>
            [shortcut]: /shortcut 'single'
            [logo]: /logo.png
            [bad ref]: 
            [^1]: A footnote with [a link](https://example.org).
            [^note]: Another, with `code`.

            A last paragraph with an `unclosed tick and an unclosed [bracket.
            """;

    /** Every block start the shared, screened factories decide ({@link SharedParserSetUp}), and their near misses. */
    static final String BLOCKS = """
            # ATX heading
            #Not a heading without a space
            ####### seven hashes
              ## indented ATX ##

            Setext one
            ==========
            Setext two
            ---
            Setext after a space
               ===

            ***
            * * *\t
            ***   \s
            *-*
            Setext with trailing blanks
            ===  \t
            Not setext
            =-=
            Not setext either
            --- x

            ___
            _ _ _
            - - -
            -- two only
            *not a break*

            ```java
            fenced `with` code
            ```
            ~~~
            tilde fence
            ~~~
            ``inline `` not a fence
              ```
              indented fence
              ```

            - item
            - item with heading
              # inside
            - ---
            * item
              ***
            1. ordered
            2) other

            <div>
            html block
            </div>
                indented code after html

            > quote
            > # heading in quote
            > ---

            | a | b |
            | - | - |
            | 1 | 2 |

            No pipe on the first line
            | a | b |
            | - | - |

            a pipe | late on the first line
            | - | - |
            | x | y |

            > | quoted | table |
            > | ------ | ----- |

            - | listed | table |
              | --- | --- |

            [^def]: a footnote definition
               [^indented]: three spaces in
            [^ spaced ]: blanks inside
            [^nocolon] no colon
            [ ^notone]: not a footnote
            - [^initem]: in a list item
            > [^inquote]: in a quote
            """;

    private static List<Path> documents() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("src/test/resources/samples/communs-numeriques-en-vogue.md"));
        try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/fuzz-seeds"))) {
            seeds.filter(file -> file.toString().matches(".*\\.mdx?$")).sorted().forEach(files::add);
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> realPagesParseToTheTreeFlexmarkBuilds() throws IOException {
        return documents().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> assertSameTrees(Files.readString(file, StandardCharsets.UTF_8))));
    }

    @Test
    void everyInlineFormParsesToTheTreeFlexmarkBuilds() {
        String inlines = tree(Parser.builder(MarkdownParser.options()).build().parse(INLINES));
        for (String node : List.of("Link[", "LinkRef[", "Image[", "ImageRef[", "AutoLink[", "MailLink[", "Code[",
                "HtmlInline[", "HtmlEntity[", "Footnote[", "FootnoteBlock[", "Reference[", "TableCell[")) {
            assertTrue(inlines.contains("\n  " + node) || inlines.contains(" " + node), node + " in\n" + inlines);
        }
        assertSameTrees(INLINES);
        assertSameTrees(INLINES.replace("\n", "\r\n"));
        assertSameTrees("    " + INLINES.replace("\n", "\n    ")); // indented: code for CommonMark, not for MDX
    }

    @Test
    void everyBlockFormParsesToTheTreeFlexmarkBuilds() {
        assertSameTrees(BLOCKS);
        assertSameTrees(BLOCKS.replace("\n", "\r\n"));
        assertSameTrees("   " + BLOCKS.replace("\n", "\n   "));
        assertSameTrees(BLOCKS + INLINES);
    }

    @Test
    void theParserSharesItsPerDocumentSetUp() {
        assertTrue(SharedParserSetUp.sharesBlockFactories(MarkdownParser.build(MarkdownParser.options())),
                "flexmark's block factories are built once per parser");
    }

    /** A thread's inline parser serves its next document once its own is parsed, and only then. */
    @Test
    void anInlineParserIsReusedOnlyOnceItsDocumentIsParsed() throws Exception {
        com.vladsch.flexmark.parser.InlineParserFactory factory = RegionMatchingInlineParser.reusingFactory();
        MutableDataSet options = MarkdownParser.options();
        java.util.BitSet special = new java.util.BitSet();
        java.util.BitSet delimiters = new java.util.BitSet();
        java.util.Map<Character, com.vladsch.flexmark.parser.delimiter.DelimiterProcessor> processors = Map.of();
        com.vladsch.flexmark.parser.internal.LinkRefProcessorData references =
                new com.vladsch.flexmark.parser.internal.LinkRefProcessorData(List.of(), 0, new int[0]);
        List<com.vladsch.flexmark.parser.InlineParserExtensionFactory> extensions = List.of();
        com.vladsch.flexmark.parser.InlineParser first = factory.inlineParser(options, special, delimiters, processors,
                references, extensions);
        com.vladsch.flexmark.parser.InlineParser nested = factory.inlineParser(options, special, delimiters,
                processors, references, extensions);
        assertNotSame(first, nested, "a parser still parsing its document is not handed out again");
        com.vladsch.flexmark.util.ast.Document document = new com.vladsch.flexmark.util.ast.Document(options,
                BasedSequence.of("text"));
        first.initializeDocument(document);
        first.finalizeDocument(document); // as at the end of a parse: flexmark calls nothing of it after
        org.junit.jupiter.api.Assertions.assertSame(first,
                factory.inlineParser(options, special, delimiters, processors, references, extensions));
        first.initializeDocument(document);
        first.finalizeDocument(document);
        assertNotSame(first, factory.inlineParser(options, new java.util.BitSet(), delimiters, processors, references,
                extensions), "another flexmark parser's document gets its own");
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            first.initializeDocument(document);
            first.finalizeDocument(document);
            assertNotSame(first, other.submit(() -> factory.inlineParser(options, special, delimiters, processors,
                    references, extensions)).get(), "another thread gets its own");
        } finally {
            other.shutdownNow();
        }
    }

    /** The shared factories and table pre-processor keep nothing from one document to the next, nor between threads. */
    @Test
    void oneParserGivesFlexmarksTreesDocumentAfterDocumentOnTwoThreads() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path file : documents()) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        texts.add(INLINES);
        texts.add(BLOCKS);
        for (Supplier<MutableDataSet> options : List.<Supplier<MutableDataSet>>of(MarkdownParser::options,
                MarkdownParser::noFootnotesOptions, MarkdownParser::mdxOptions)) {
            Parser flexmarks = Parser.builder(options.get()).build();
            List<String> expected = texts.stream().map(text -> tree(flexmarks.parse(BasedSequence.of(text)))).toList();
            Parser ours = MarkdownParser.build(options.get());
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<List<String>>> runs = new ArrayList<>();
                for (int thread = 0; thread < 2; thread++) {
                    runs.add(threads.submit(() -> {
                        List<String> trees = new ArrayList<>();
                        for (int round = 0; round < 3; round++) {
                            for (String text : texts) {
                                trees.add(tree(ours.parse(BasedSequence.of(text))));
                            }
                        }
                        return trees;
                    }));
                }
                for (java.util.concurrent.Future<List<String>> run : runs) {
                    List<String> trees = run.get();
                    for (int i = 0; i < trees.size(); i++) {
                        assertEquals(expected.get(i % texts.size()), trees.get(i));
                    }
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private static void assertSameTrees(String text) {
        assertSame(text, MarkdownParser::options);
        assertSame(text, MarkdownParser::noFootnotesOptions);
        assertSame(text, MarkdownParser::mdxOptions);
    }

    private static void assertSame(String text, Supplier<MutableDataSet> options) {
        Parser flexmarks = Parser.builder(options.get()).build();
        Parser ours = MarkdownParser.build(options.get());
        String expected = tree(flexmarks.parse(BasedSequence.of(text)));
        assertTrue(expected.lines().count() > 1, "the tree is described:\n" + expected);
        assertEquals(expected, tree(ours.parse(BasedSequence.of(text))));
        // as articles are parsed, over their characters (SequenceText), where the screens read them directly;
        // flexmark's flat segmented sequences end some inline code at another offset, so flexmark parses that too
        assertEquals(tree(flexmarks.parse(SequenceText.base(text))), tree(ours.parse(SequenceText.base(text))));
    }

    /** Each node's own description (class, offsets, named segments), indented by depth. */
    static String tree(Node document) {
        StringBuilder out = new StringBuilder();
        append(document, 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        node.astString(out, true); // class, offsets, and each named segment with its offsets and text
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, out);
        }
    }
}
