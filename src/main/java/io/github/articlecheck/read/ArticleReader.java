package io.github.articlecheck.read;

import io.github.articlecheck.core.MarkdownDialect;
import io.github.articlecheck.core.MarkdownOptions;
import com.vladsch.flexmark.util.ast.Document;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ContentPaths;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.FrontMatter;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.RawHtml;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.core.SourceText;
import io.github.articlecheck.core.TextForm;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a file once and parses it once into an {@link Article}, or explains in one finding why it cannot be
 * an article (not UTF-8, binary, too large, unreadable).
 */
public final class ArticleReader {
    public static final RuleDescriptor UNREADABLE = RuleDescriptor.of("article.unreadable", Severity.ERROR);
    /** A block the parser would take too long or too deep a stack for: left out of the parse, said once. */
    public static final RuleDescriptor TOO_COMPLEX = RuleDescriptor.of("article.too-complex", Severity.ERROR);
    /** Larger files are not articles; reading them would only cost memory. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    private static final int BINARY_PROBE_BYTES = 8192;

    private final Path baseDirectory;
    private final ContentPaths basePaths;
    private final IdStyle anchorStyle;

    private final MarkdownDialect dialect;
    private final MarkdownOptions options;

    public ArticleReader(Path baseDirectory, IdStyle anchorStyle) {
        this(baseDirectory, anchorStyle, MarkdownDialect.COMMONMARK, MarkdownOptions.defaults());
    }

    public ArticleReader(Path baseDirectory, IdStyle anchorStyle, MarkdownDialect dialect, MarkdownOptions options) {
        this.baseDirectory = baseDirectory;
        this.basePaths = new ContentPaths(baseDirectory);
        this.anchorStyle = anchorStyle;
        this.dialect = dialect;
        this.options = options;
    }

    /** The decoded text of a file (BOM removed), or why it is not an article. */
    public record Text(String relativePath, Optional<String> text, boolean byteOrderMark, Optional<Finding> problem) {
    }

    public Text readText(Path file) {
        String relative = basePaths.display(file);
        byte[] bytes;
        // The open file's size, not Files.size: a path lookup and its attributes object per file cost 1 % of a run
        // on MDN-de, for a size the open file gives with the one fstat reading needs anyway.
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size > MAX_FILE_BYTES) {
                return failed(relative, 1, 1, Message.of("article.unreadable.too-large", size / (1024 * 1024),
                        MAX_FILE_BYTES / (1024 * 1024)));
            }
            bytes = readFully(channel, (int) size);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return failed(relative, 1, 1, describe(e));
        }
        int probe = Math.min(bytes.length, BINARY_PROBE_BYTES);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return failed(relative, 1, 1, Message.of("article.unreadable.binary"));
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            // Either a real U+FFFD in the file or a malformed byte replaced by the fast decoder: decode strictly
            // to tell which, and where.
            Optional<Finding> malformed = findMalformedByte(relative, bytes);
            if (malformed.isPresent()) {
                return new Text(relative, Optional.empty(), false, malformed);
            }
        }
        boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
        if (bom) {
            text = text.substring(1); // a BOM is invisible to authors: positions are counted after it
        }
        return new Text(relative, Optional.of(text), bom, Optional.empty());
    }

    /**
     * The {@code size} bytes of an open file, fewer if it got shorter since: the file as it was when opened (one
     * written to while it is read is read again on the next run).
     */
    private static byte[] readFully(FileChannel channel, int size) throws IOException {
        byte[] bytes = new byte[size];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
            // a regular file reads whole in one call; a read can still come short
        }
        return buffer.hasRemaining() ? Arrays.copyOf(bytes, buffer.position()) : bytes;
    }

    private static Optional<Finding> findMalformedByte(String relative, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return Optional.empty();
        }
        SourceText before = new SourceText(new String(out.array(), 0, out.position()));
        int offset = before.length();
        return Optional.of(problem(relative, before.line(offset), before.column(offset), Message.of(
                "article.unreadable.not-utf8", String.format("0x%02X", bytes[in.position()] & 0xFF), in.position())));
    }

    /** Parses already-decoded text: the front matter, then the Markdown body after it. */
    public Article parse(Path file, String relativePath, String text, boolean byteOrderMark) {
        SourceText source = new SourceText(text);
        Optional<FrontMatter> frontMatter = FrontMatterParser.parse(source);
        int bodyStart = frontMatter.map(FrontMatter::endOffset).orElse(0);
        // the source's character copy serves the macro blanking and the screen (no other copy of the page)
        Macros.Blanked macroFree = Macros.blank(text, source.chars(), bodyStart);
        Complexity.Screened screened = Complexity.screen(macroFree.text(), macroFree.chars(), bodyStart,
                source.hasCarriageReturnFrom(bodyStart));
        boolean mdx = relativePath.endsWith(".mdx");
        MarkdownDialect read = mdx ? MarkdownDialect.MDX : dialect;
        // kramdown's {::options} may switch auto_ids for the page
        MarkdownOptions switches = read == MarkdownDialect.KRAMDOWN
                ? KramdownText.documentOptions(screened.text(), bodyStart, options) : options;
        MdxText.Masked masked = mdx ? MdxText.mask(screened.text(), bodyStart) : null;
        String commonMark = mdx ? null : asCommonMark(screened.text(), bodyStart, switches);
        // flexmark reads the page char by char: from the array already copied when the dialect changed nothing
        Document document = mdx ? MarkdownParser.parseMdxBody(masked.text(), bodyStart)
                : MarkdownParser.parseBody(commonMark, commonMark == screened.text() ? screened.chars() : null,
                        bodyStart, read == MarkdownDialect.KRAMDOWN || switches.footnotes()); // kramdown has them always
        List<Finding> readFindings = new ArrayList<>();
        for (Complexity.Excess excess : screened.excesses()) {
            readFindings.add(Finding.at(relativePath, source.line(excess.offset()), source.column(excess.offset()),
                    TOO_COMPLEX.id(), Severity.ERROR, excess.why().key(), excess.why()));
        }
        List<com.vladsch.flexmark.util.ast.Node> nodes = Article.nodesOf(document);
        RawHtml html = mdx ? RawHtml.ofSpans(text, masked.htmlTags()) : RawHtml.of(nodes);
        List<io.github.articlecheck.core.Anchor> anchors = Anchors.of(nodes, html, anchorStyle, switches, text);
        if (read == MarkdownDialect.PYTHON_MARKDOWN) {
            List<io.github.articlecheck.core.Anchor> tabs = PythonMarkdownText.tabAnchors(text, bodyStart, anchors,
                    switches);
            if (!tabs.isEmpty()) {
                anchors = new ArrayList<>(anchors);
                anchors.addAll(tabs);
                anchors = List.copyOf(anchors);
            }
        }
        List<io.github.articlecheck.core.TemplateImage> images = mdx
                ? MdxImages.of(text, bodyStart, masked.componentTags())
                // most articles hold no shortcode: MDN's {{Macro}} paragraphs are not worth a look
                : !hasShortcode(text, bodyStart) ? List.of()
                        : Shortcodes.images(nodes, switches.shortcodes().images());
        return new Article(file, relativePath, source, frontMatter, document, html, anchors,
                TextForm.of(source, byteOrderMark), readFindings, read, images, nodes);
    }

    /** Whether a shortcode opens ("{{<" or "{{%") from {@code from}: one pass over the text, stopping at each "{{". */
    private static boolean hasShortcode(String text, int from) {
        for (int at = text.indexOf("{{", from); at >= 0 && at + 2 < text.length(); at = text.indexOf("{{", at + 1)) {
            char next = text.charAt(at + 2);
            if (next == '<' || next == '%') {
                return true;
            }
        }
        return false;
    }

    /**
     * The body as CommonMark should see it to read what this dialect's engine reads: each rewrite keeps the text's
     * length, so every node offset stays a file offset.
     */
    private String asCommonMark(String text, int bodyStart, MarkdownOptions switches) {
        return switch (dialect) {
            case PYTHON_MARKDOWN -> {
                String citations = switches.footnotes() ? PythonMarkdownText.footnoteDefinitions(
                        PythonMarkdownText.citeFootnotes(text, bodyStart), bodyStart) : text;
                yield PythonMarkdownText.blocks(definitions(citations, bodyStart, switches), bodyStart, switches);
            }
            case KRAMDOWN -> KramdownText.joinHtmlBlocks(KramdownText.extensions(definitions(
                    KramdownText.liquidBlocks(text, bodyStart), bodyStart, switches), bodyStart), bodyStart, switches, text);
            case GOLDMARK -> definitions(HugoText.opaqueShortcodes(text, bodyStart,
                    switches.shortcodes().markdownInner()), bodyStart, switches);
            default -> text;
        };
    }

    private static String definitions(String text, int bodyStart, MarkdownOptions switches) {
        return switches.definitionLists() ? DefinitionLists.asItems(text, bodyStart) : text;
    }

    private static Text failed(String relative, int line, int column, Message message) {
        return new Text(relative, Optional.empty(), false, Optional.of(problem(relative, line, column, message)));
    }

    /** An {@code article.unreadable} finding; its subject is the kind of problem. */
    public static Finding problem(String relative, int line, int column, Message message) {
        return Finding.at(relative, line, column, UNREADABLE.id(), Severity.ERROR, message.key(), message);
    }

    /** Why a file or folder cannot be read, in plain words. */
    public static Message describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return Message.of("article.unreadable.permission-denied");
        }
        if (e instanceof NoSuchFileException) {
            return Message.of("article.unreadable.no-such-file");
        }
        String message = e.getMessage();
        return Message.of("article.unreadable.io", message == null ? e.getClass().getSimpleName() : message);
    }

    public static String relativize(Path base, Path file) {
        return new ContentPaths(base).display(file);
    }
}
