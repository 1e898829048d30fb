package io.github.articlecheck.read;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteBlockParser;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.dependency.Dependent;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.articlecheck.core.SequenceText;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What flexmark 0.64 builds again for every document although it depends only on the parser's options, built once:
 * the table pre-processor (it compiles its separator regex in its constructor) and the block parser factories
 * (options objects, HTML block patterns). On MDN-de that set-up was 5 % of the parse. The block factories of fenced
 * code, thematic breaks and headings also get a first-character screen: flexmark runs their regex on every line
 * (allocating a matcher each time), and each regex begins with one of a few characters; so does the footnote
 * definitions' factory. The document parser's
 * patterns ({@link BlockParsing}) are built once too, with the list marker pattern anchored once.
 *
 * <p>Every object shared here is immutable once built (final option fields, compiled patterns; HTML block patterns
 * are set lazily, to the same value by any thread), so one parser still serves all threads.
 * {@code RegionMatchingInlineParserTest} holds the trees equal to flexmark's own, document after document.
 */
final class SharedParserSetUp {
    private SharedParserSetUp() {
    }

    /** {@code options} with GFM tables whose pre-processor is built once per parser, not once per document. */
    static MutableDataSet withSharedTables(MutableDataSet options) {
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(options));
        extensions.replaceAll(extension -> extension instanceof TablesExtension ? new SharedTables() : extension);
        options.set(Parser.EXTENSIONS, extensions);
        return options;
    }

    /**
     * {@code parser} with its block parser factories built once. flexmark keeps their resolved list in a private
     * field and applies each to the options for every document; if that field is not there (another flexmark),
     * the parser is returned as it was: the same trees, only slower.
     */
    static Parser withSharedBlockFactories(Parser parser) {
        try {
            Field field = blockFactoriesField();
            @SuppressWarnings("unchecked")
            List<CustomBlockParserFactory> factories = new ArrayList<>((List<CustomBlockParserFactory>) field.get(parser));
            factories.replaceAll(SharedBlockFactory::new);
            field.set(parser, factories);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the parser as flexmark built it
        }
        return parser;
    }

    /**
     * flexmark's patterns for one parser's documents, built once, with the list marker pattern anchored once: flexmark
     * writes it {@code ^A|^B}, whose alternation {@code Matcher.find} tries at every character of every paragraph
     * line (the list factory asks each line); {@code ^(?:A|B)} matches the same text with the same groups at the
     * line's start only. If the field cannot be set (another flexmark), flexmark's own patterns are used.
     */
    static final class BlockParsing {
        private volatile Parsing shared;

        Parsing of(Parsing own) {
            Parsing current = shared;
            if (current == null || current.options != own.options) {
                current = anchoredListMarker(own.options, own);
                shared = current;
            }
            return current;
        }
    }

    /** A new {@link Parsing} for {@code options} with {@link #anchored} list markers, or {@code fallback}. */
    static Parsing anchoredListMarker(DataHolder options, Parsing fallback) {
        try {
            Parsing parsing = new Parsing(options);
            Pattern anchored = anchored(parsing.LIST_ITEM_MARKER);
            if (anchored == parsing.LIST_ITEM_MARKER) {
                return fallback;
            }
            Field field = Parsing.class.getDeclaredField("LIST_ITEM_MARKER");
            field.setAccessible(true);
            field.set(parsing, anchored);
            return parsing;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return fallback;
        }
    }

    /** {@code ^A|^B} as {@code ^(?:A|B)} (same groups); any other pattern as it is. */
    static Pattern anchored(Pattern pattern) {
        String regex = pattern.pattern();
        String[] alternatives = regex.split("\\|\\^", -1);
        if (!regex.startsWith("^") || alternatives.length != 2) {
            return pattern;
        }
        return Pattern.compile("^(?:" + alternatives[0].substring(1) + "|" + alternatives[1] + ")", pattern.flags());
    }

    /** flexmark's resolved list of block parser factories, a private field of {@link Parser}. */
    private static Field blockFactoriesField() throws NoSuchFieldException {
        Field field = Parser.class.getDeclaredField("blockParserFactories");
        field.setAccessible(true);
        return field;
    }

    /** Whether {@code parser} builds its block parser factories once (for a test: the fallback is silent). */
    static boolean sharesBlockFactories(Parser parser) {
        try {
            List<?> factories = (List<?>) blockFactoriesField().get(parser);
            return !factories.isEmpty() && factories.stream().allMatch(SharedBlockFactory.class::isInstance);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** TablesExtension's parser side, with one pre-processor per parser (it keeps no state between paragraphs). */
    private static final class SharedTables implements Parser.ParserExtension {
        @Override
        public void parserOptions(com.vladsch.flexmark.util.data.MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder parserBuilder) {
            parserBuilder.paragraphPreProcessorFactory(new SharedParagraphPreProcessor(TableParagraphPreProcessor.Factory()));
        }
    }

    /**
     * A flexmark extension point built once per parser options and shared: the first {@code apply} builds it, later
     * ones with the same options object return it. The dependencies flexmark orders extension points by are the
     * original's.
     */
    private abstract static class BuiltOnce<T extends Dependent, B> implements Dependent {
        final T original;
        private volatile Built<B> built;

        private record Built<B>(Object options, B value) {
        }

        BuiltOnce(T original) {
            this.original = original;
        }

        B once(Object options, java.util.function.Supplier<B> build) {
            Built<B> current = built;
            if (current == null || current.options() != options) {
                current = new Built<>(options, build.get());
                built = current;
            }
            return current.value();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return original.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return original.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return original.affectsGlobalScope();
        }
    }

    private static final class SharedParagraphPreProcessor
            extends BuiltOnce<ParagraphPreProcessorFactory, ParagraphPreProcessor> implements ParagraphPreProcessorFactory {
        SharedParagraphPreProcessor(ParagraphPreProcessorFactory original) {
            super(original);
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            // The table pre-processor reads only the parser's options; a document's own properties never hold them.
            return once(state.getParsing().options, () -> new PipeScreen(original.apply(state)));
        }
    }

    /**
     * The table pre-processor behind a screen: it gives up on a paragraph whose first line holds no {@code |}
     * (a table's first row needs one), and that first line is the one place it reads nearly every paragraph; it
     * reads it through flexmark's sequences, a dispatched call per character (1.7 % of a run on MDN-de). The screen
     * reads the line from the article's characters; a paragraph it lets through gets the pre-processor's own answer.
     */
    private record PipeScreen(ParagraphPreProcessor tables) implements ParagraphPreProcessor {
        @Override
        public int preProcessBlock(com.vladsch.flexmark.ast.Paragraph block, ParserState state) {
            List<BasedSequence> lines = block.getContentLines();
            if (!lines.isEmpty() && !SequenceText.holds(lines.get(0), '|')) {
                return 0;
            }
            return tables.preProcessBlock(block, state);
        }
    }

    private static final class SharedBlockFactory extends BuiltOnce<CustomBlockParserFactory, BlockParserFactory>
            implements CustomBlockParserFactory {
        SharedBlockFactory(CustomBlockParserFactory original) {
            super(original);
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return once(options, () -> screened(original, linearHtmlBlockOpeners(original, original.apply(options),
                    options)));
        }

        @Override
        public com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return original.getLeadInHandler(options);
        }
    }

    /**
     * The factory, behind a screen of the lines its regexes can match, judged from the line's first non-blank
     * character on: fences {@code ^`{3,}|^~{3,}}; thematic breaks {@code ^(?:(?:\*[ \t]*){3,}|(?:_…)|(?:-…))[ \t]*$},
     * only their mark and blanks; headings ATX {@code ^#{1,6}}, or setext {@code ^(?:=+|-+)[ \t]*$}, a run of the
     * mark and blanks; footnote definitions {@code ^\[\^\s*(…)\s*\]:}, a {@code [}. The screen may let through a line
     * the regex refuses, never the reverse. Other factories stay the very objects flexmark made: HTML blocks ask
     * {@code instanceof IndentedCodeBlockParser.BlockFactory}, and list starts update their list's state even when
     * they start nothing.
     */
    static BlockParserFactory screened(CustomBlockParserFactory original, BlockParserFactory factory) {
        if (original instanceof FencedCodeBlockParser.Factory) {
            return new Screen(factory, (line, first) -> line.charAt(first) == '`' || line.charAt(first) == '~');
        }
        if (original instanceof ThematicBreakParser.Factory) {
            return new Screen(factory, (line, first) -> isMarkAndBlanks(line, first, "*_-"));
        }
        if (original instanceof HeadingParser.Factory) {
            return new Screen(factory, (line, first) -> line.charAt(first) == '#' || isMarkAndBlanks(line, first, "=-"));
        }
        if (original instanceof FootnoteBlockParser.Factory) {
            return new Screen(factory, (line, first) -> line.charAt(first) == '[');
        }
        return factory;
    }

    /**
     * The HTML block factory with its line patterns built at once, their repeated groups possessive
     * ({@link LinearInlinePatterns#possessiveGroups}): flexmark's patterns for a block tag ({@code <div>}, with an
     * optional XML namespace) and for a line that is a whole tag recurse per character of a tag name and per
     * attribute, and a tag name of a few thousand letters overflowed the stack. The matches are the same: the name's
     * characters never include the {@code :} that ends a namespace, and an attribute given back leaves a name where
     * {@code \s*\/?>} needs a {@code /} or {@code >}. If flexmark's private fields are not there, the factory is
     * returned as it was.
     */
    static BlockParserFactory linearHtmlBlockOpeners(CustomBlockParserFactory original, BlockParserFactory factory,
            DataHolder options) {
        if (!(original instanceof HtmlBlockParser.Factory)) {
            return factory;
        }
        try {
            Field patternsField = factory.getClass().getDeclaredField("myPatterns");
            Constructor<?> build = patternsField.getType().getDeclaredConstructor(Parsing.class, DataHolder.class);
            build.setAccessible(true);
            Object patterns = build.newInstance(new Parsing(options), options);
            Field blockPatterns = patternsField.getType().getDeclaredField("BLOCK_PATTERNS");
            blockPatterns.setAccessible(true);
            for (Pattern[] openerAndCloser : (Pattern[][]) blockPatterns.get(patterns)) {
                Pattern opener = openerAndCloser[0];
                if (opener != null) {
                    openerAndCloser[0] = Pattern.compile(LinearInlinePatterns.possessiveGroups(opener.pattern()),
                            opener.flags());
                }
            }
            patternsField.setAccessible(true);
            patternsField.set(factory, patterns);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the factory as flexmark built it
        }
        return factory;
    }

    /**
     * Whether the line from {@code first} holds only its first character, one of {@code marks}, and blanks (line
     * ends count as blanks: {@code $} matches before a last one).
     */
    static boolean isMarkAndBlanks(BasedSequence line, int first, String marks) {
        char mark = line.charAt(first);
        if (marks.indexOf(mark) < 0) {
            return false;
        }
        for (int k = first + 1; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c != mark && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028'
                    && c != '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Which lines, from their first non-blank character, the factory may start a block on. */
    private interface LineScreen {
        boolean mayStart(BasedSequence line, int firstNonBlank);
    }

    private record Screen(BlockParserFactory factory, LineScreen screen) implements BlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            BasedSequence line = state.getLine();
            int first = state.getNextNonSpaceIndex();
            if (first >= line.length() || !screen.mayStart(line, first)) {
                return BlockStart.none();
            }
            return factory.tryStart(state, matchedBlockParser);
        }
    }
}
