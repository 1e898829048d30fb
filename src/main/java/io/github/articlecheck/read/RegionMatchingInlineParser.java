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

    private RegionMatchingInlineParser(SharedParserSetUp.BlockParsing blockParsing, DataHolder options,
            BitSet specialCharacters, BitSet delimiterCharacters, Map<Character, DelimiterProcessor> delimiterProcessors,
            LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
        this.blockParsing = blockParsing;
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
        SharedParserSetUp.BlockParsing blockParsing = new SharedParserSetUp.BlockParsing();
        InlineParserFactory factory = (options, special, delimiters, processors, references, extensions) ->
                new RegionMatchingInlineParser(blockParsing, options, special, delimiters, processors, references,
                        extensions);
        builder.customInlineParserFactory(factory);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        return builder;
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
     * its result is read before the next call.
     */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = matchers.get(re);
        if (matcher == null) {
            matcher = re.matcher(input);
            matchers.put(re, matcher);
        } else {
            matcher.reset(input);
        }
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
