package io.github.articlecheck.read;

import io.github.articlecheck.core.SequenceText;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * One flexmark parser, configured like the generators our users publish with (CommonMark plus GFM tables and
 * footnotes), shared by all threads: flexmark parsers are immutable and thread-safe.
 */
public final class MarkdownParser {
    private static final Parser PARSER = build(options());
    /** MDX (mdxjs.com/docs/what-is-mdx#markdown): no indented code, since JSX children are indented. */
    private static final Parser MDX_PARSER = build(mdxOptions());
    /** A site whose engine has footnotes off (goldmark's extensions.footnote false, MkDocs without footnotes). */
    private static final Parser NO_FOOTNOTES_PARSER = build(noFootnotesOptions());

    private MarkdownParser() {
    }

    /**
     * flexmark's parser for {@code options}, reading inlines with {@link RegionMatchingInlineParser} and building
     * its per-document set-up once ({@link SharedParserSetUp}).
     */
    static Parser build(MutableDataSet options) {
        Parser.Builder builder = Parser.builder(SharedParserSetUp.withSharedTables(options));
        return SharedParserSetUp.withSharedBlockFactories(RegionMatchingInlineParser.install(builder).build());
    }

    static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        // Keep each row's real cells: column-count mismatches must stay visible to the table checks.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1); // GFM accepts "| - |"; flexmark wants 3 by default
        // CommonMark allows spaces inside <…> destinations ([x]: <{{% eturl rss %}}>); flexmark must be told.
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        options.set(Parser.PARSE_JEKYLL_MACROS_IN_URLS, true);
        return options;
    }

    static MutableDataSet noFootnotesOptions() {
        MutableDataSet options = options();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        // "[^1]: The note." must stay text, as CommonMark reads it (a destination holds no space outside <…>)
        options.set(Parser.SPACE_IN_LINK_URLS, false);
        return options;
    }

    static MutableDataSet mdxOptions() {
        MutableDataSet options = options();
        options.set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
        // micromark with codeIndented disabled (MDX) lets fences and headings be indented any amount: JSX children
        // are indented ("    ```astro" inside <TabItem>)
        options.set(Parser.CODE_BLOCK_INDENT, 10_000);
        return options;
    }

    /** Parses an MDX body already masked ({@link MdxText}): without indented code. */
    public static Document parseMdxBody(String maskedText, int bodyStart) {
        return MDX_PARSER.parse(SequenceText.base(maskedText).subSequence(bodyStart));
    }

    /**
     * Parses the body of {@code text} starting at {@code bodyStart}. Node offsets stay offsets into the whole
     * text, so positions map straight back to the file.
     */
    public static Document parseBody(String text, int bodyStart) {
        return PARSER.parse(SequenceText.base(text).subSequence(bodyStart));
    }

    /**
     * As {@link #parseBody}, with footnotes as the site's engine has them (off: {@code [^1]} is a plain reference),
     * and {@code chars}, the text's characters if already copied (only read), or null.
     */
    public static Document parseBody(String text, char[] chars, int bodyStart, boolean footnotes) {
        return (footnotes ? PARSER : NO_FOOTNOTES_PARSER).parse(SequenceText.base(text, chars).subSequence(bodyStart));
    }
}
