package io.github.articlecheck.read;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its two regex helpers made linear. flexmark 0.64.8 reads each match through
 * {@link Matcher#toMatchResult()}, which on Java 17 copies the matcher's whole input ({@code text.toString()}) —
 * here the paragraph being parsed, one character at a time through {@link BasedSequence#charAt}. Every backtick
 * run, link destination and title match thus copied its paragraph: a third of the parse on MDN-de. Reading the
 * offsets from the matcher itself gives the same sequences without the copy.
 */
final class RegionMatchingInlineParser extends InlineParserImpl {
    /** The block parsers' patterns, shared by every document of one parser ({@link SharedParserSetUp}). */
    private final SharedParserSetUp.BlockParsing blockParsing;
    /** The matcher of each pattern, for this parser's documents (one thread at a time). */
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();
    /** What flexmark built this parser from: a parser is reused only for a document of the same flexmark parser. */
    private final List<Object> madeFrom;
    /** Where this parser waits, once its document is parsed, for the next document of its thread. */
    private final ThreadLocal<RegionMatchingInlineParser> idle;
    /** What is run instead of flexmark's patterns that recurse per character ({@link LinearInlinePatterns}). */
    private final Map<Pattern, LinearInlinePatterns.Linear> linear;

    private RegionMatchingInlineParser(SharedParserSetUp.BlockParsing blockParsing,
            ThreadLocal<RegionMatchingInlineParser> idle, DataHolder options, BitSet specialCharacters,
            BitSet delimiterCharacters, Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
        this.blockParsing = blockParsing;
        this.idle = idle;
        this.linear = LinearInlinePatterns.of(myParsing);
        this.madeFrom = java.util.Arrays.asList(options, specialCharacters, delimiterCharacters, delimiterProcessors,
                linkRefProcessors, inlineParserExtensions);
    }

    private boolean madeFrom(Object... arguments) {
        for (int i = 0; i < arguments.length; i++) {
            if (madeFrom.get(i) != arguments[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The document is parsed (flexmark's document parser calls nothing of this parser after this): what this parser
     * kept of it is let go, and the parser waits for its thread's next document. flexmark builds an inline parser
     * per document, with a {@link Parsing} of its own (dozens of patterns built from the options: 1 % of a run on
     * MDN-de); every per-document field is set again by {@code initializeDocument} and per block by {@code parse}.
     */
    @Override
    public void finalizeDocument(com.vladsch.flexmark.util.ast.Document document) {
        super.finalizeDocument(document);
        this.document = null;
        this.block = null;
        this.input = null;
        this.currentText = null;
        this.referenceRepository = null;
        this.lastDelimiter = null;
        this.linkRefProcessors = null;
        this.inlineParserExtensions = null;
        this.customSpecialCharacterNodes = null;
        matchers.values().forEach(matcher -> matcher.reset(""));
        idle.set(this);
    }

    /**
     * The patterns the document parser and its block parsers read ({@code DocumentParser} takes them from here):
     * flexmark's, with a list marker pattern anchored once rather than in each alternative. This parser's own inline
     * patterns stay flexmark's.
     */
    @Override
    public Parsing getParsing() {
        return blockParsing.of(super.getParsing());
    }

    /**
     * Makes {@code builder}'s parsers use this inline parser. flexmark adds its reference definition pre-processor
     * only with its own inline parser factory ({@code DocumentParser.calculateParagraphPreProcessors}): with another
     * one, {@code [x]: url} definitions are not read unless the factory is added here, as flexmark would.
     */
    static Parser.Builder install(Parser.Builder builder) {
        builder.customInlineParserFactory(reusingFactory());
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder;
    }

    /**
     * A factory of these parsers for one flexmark parser: a thread's parser, once its document is parsed, serves the
     * thread's next document; a parse within a parse, or a document of another flexmark parser, gets a new one.
     */
    static InlineParserFactory reusingFactory() {
        SharedParserSetUp.BlockParsing blockParsing = new SharedParserSetUp.BlockParsing();
        ThreadLocal<RegionMatchingInlineParser> idle = new ThreadLocal<>();
        return (options, special, delimiters, processors, references, extensions) -> {
            RegionMatchingInlineParser waiting = idle.get();
            if (waiting != null && waiting.madeFrom(options, special, delimiters, processors, references, extensions)) {
                idle.remove(); // in use until its document is parsed
                return waiting;
            }
            return new RegionMatchingInlineParser(blockParsing, idle, options, special, delimiters, processors,
                    references, extensions);
        };
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        groups[0] = input.subSequence(matcher.start(), matcher.end());
        for (int group = 1; group < groups.length; group++) {
            // start(group) is -1 exactly when group(group) is null: an optional group that did not take part
            groups[group] = matcher.start(group) < 0 ? null : input.subSequence(matcher.start(group),
                    matcher.end(group));
        }
        return groups;
    }

    /**
     * As flexmark does: the first match at or after the current index; the index moves past it. One matcher per
     * pattern serves the whole document (a new one per call allocated its group arrays each time, 90 MB on MDN-de);
     * its result is read before the next call. A pattern that recursed per character runs in its linear form.
     */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        LinearInlinePatterns.Linear form = linear.get(re);
        Matcher matcher = matcher(form == null ? re : form.possessive(), input.length());
        boolean found = matcher.find();
        if (!found && form != null && form.mayBacktrackInto(input, index)) {
            // only a backtracking over escapes can still match: flexmark's pattern, over a stretch no stack minds
            matcher = matcher(re, Math.min(input.length(), index + LinearInlinePatterns.BACKTRACKING_REACH));
            found = matcher.find();
        }
        if (!found) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }

    /** {@code re}'s matcher over the input from the current index to {@code end} (lookarounds see past it). */
    private Matcher matcher(Pattern re, int end) {
        Matcher matcher = matchers.get(re);
        if (matcher == null) {
            matcher = re.matcher(input);
            matcher.useTransparentBounds(true);
            matchers.put(re, matcher);
        } else {
            matcher.reset(input);
        }
        return matcher.region(index, end);
    }
}
