package io.github.articlecheck.engine;

import com.vladsch.flexmark.util.ast.Document;
import io.github.articlecheck.article.Article;
import io.github.articlecheck.article.SourceText;
import io.github.articlecheck.frontmatter.FrontMatter;
import io.github.articlecheck.frontmatter.FrontMatterParser;
import io.github.articlecheck.html.RawHtml;
import io.github.articlecheck.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a file once and parses it once into an {@link Article}, or explains in one finding why it cannot be
 * an article (not UTF-8, binary, too large, unreadable).
 */
public final class ArticleReader {
    /** Larger files are not articles; reading them would only cost memory. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    private static final int BINARY_PROBE_BYTES = 8192;

    private final Path baseDirectory;

    public ArticleReader(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
    }

    /** Either an article or the reason it could not be read. */
    public record Outcome(Optional<Article> article, Optional<Finding> problem) {
    }

    public Outcome read(Path file) {
        Text text = readText(file);
        if (text.problem().isPresent()) {
            return new Outcome(Optional.empty(), text.problem());
        }
        return new Outcome(Optional.of(parse(file, text.relativePath(), text.text().orElseThrow())), Optional.empty());
    }

    /** The decoded text of a file (BOM removed), or why it is not an article. */
    public record Text(String relativePath, Optional<String> text, Optional<Finding> problem) {
    }

    public Text readText(Path file) {
        String relative = relativize(baseDirectory, file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return failed(relative, 1, 1, "file is " + (size / (1024 * 1024)) + " MiB, over the "
                        + (MAX_FILE_BYTES / (1024 * 1024)) + " MiB limit for an article: split it or exclude it");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return failed(relative, 1, 1, "cannot be read: " + describe(e));
        }
        int probe = Math.min(bytes.length, BINARY_PROBE_BYTES);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                return failed(relative, 1, 1, "binary file (contains NUL bytes), not a Markdown article:"
                        + " remove it or exclude it with <excludes>");
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            // Either a real U+FFFD in the file or a malformed byte replaced by the fast decoder: decode strictly
            // to tell which, and where.
            Optional<Finding> malformed = findMalformedByte(relative, bytes);
            if (malformed.isPresent()) {
                return new Text(relative, Optional.empty(), malformed);
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // a BOM is invisible to authors: positions are counted after it
        }
        return new Text(relative, Optional.of(text), Optional.empty());
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
        return problem(relative, before.line(offset), before.column(offset), String.format(
                "not valid UTF-8: byte 0x%02X at byte offset %d; save the file as UTF-8",
                bytes[in.position()] & 0xFF, in.position())).problem();
    }

    /** Parses already-decoded text: the front matter, then the Markdown body after it. */
    public static Article parse(Path file, String relativePath, String text) {
        SourceText source = new SourceText(text);
        Optional<FrontMatter> frontMatter = FrontMatterParser.parse(source);
        int bodyStart = frontMatter.map(FrontMatter::endOffset).orElse(0);
        Document document = MarkdownParser.parseBody(text, bodyStart);
        return new Article(file, relativePath, source, frontMatter, document, RawHtml.of(document));
    }

    private static Text failed(String relative, int line, int column, String message) {
        return new Text(relative, Optional.empty(), problem(relative, line, column, message).problem());
    }

    private static Outcome problem(String relative, int line, int column, String message) {
        return new Outcome(Optional.empty(), Optional.of(
                new Finding(relative, line, column, EngineRules.UNREADABLE.id(), Severity.ERROR, message)));
    }

    static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file does not exist (a broken symbolic link?)";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    static String relativize(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String relative = absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
        return relative.replace('\\', '/');
    }
}
