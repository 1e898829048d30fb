package io.github.articlecheck.writing;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown that the page shows as typed, because the author's intent is not Markdown's syntax:
 * {@code markdown.reversed-link} ({@code (text)[https://…]}: brackets and parentheses swapped, the page shows them) and
 * {@code markdown.emphasis-spaces} ({@code ** bold **}: CommonMark's flanking rules make a delimiter run followed or
 * preceded by a space no emphasis, so the asterisks are printed). Only text is read: code spans and blocks, URLs
 * and HTML never.
 */
public final class RenderedWrongCheck implements ArticleCheck {
    public static final RuleDescriptor REVERSED_LINK = RuleDescriptor.of("markdown.reversed-link", Severity.WARNING);
    public static final RuleDescriptor EMPHASIS_SPACES = RuleDescriptor.of("markdown.emphasis-spaces", Severity.WARNING);

    /** {@code (text)[target]} whose target is written like a link's: a URL, a path, an anchor. */
    private static final Pattern REVERSED = Pattern.compile(
            "\\(([^()\\n]*[^\\s()][^()\\n]*)\\)\\[((?:https?://|www\\.|mailto:|\\.{0,2}/|#)[^\\]\\s]*)\\](?![(\\[:])");
    /**
     * A delimiter run, its text and the same run, with a space inside at least one end: {@code ** a **},
     * {@code **a **}, {@code _ a_}. Not inside a word ({@code snake_case}), not after a backslash.
     */
    private static final Pattern SPACED = Pattern.compile(
            "(?<![\\\\*_\\p{L}\\p{N}])(\\*\\*|__|\\*|_)(?:([ \\t]+)([^*_\\n]*[^*_\\s])([ \\t]*)|()([^*_\\s][^*_\\n]*[^*_\\s]|[^*_\\s])([ \\t]+))\\1(?![*_\\p{L}\\p{N}])");

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(REVERSED_LINK, EMPHASIS_SPACES);
    }

    @Override
    public String indexKey() {
        return "";
    }

    @Override
    public void check(Article article, FindingSink sink) {
        String text = article.source().text();
        char[] chars = article.source().chars();
        boolean reversed = sink.enabled(REVERSED_LINK);
        boolean spaced = sink.enabled(EMPHASIS_SPACES);
        for (Node node : article.nodes()) {
            if (reversed && (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell)
                    && containsPair(chars, node.getStartOffset(), node.getEndOffset(), ')', '[')) {
                reversedLinks(article, node, text, sink);
            }
        }
        List<int[]> segments = spaced ? ProseSegments.of(article) : List.of();
        for (int[] segment : segments) {
            emphasisSpaces(text, chars, segment[0], segment[1], sink);
        }
    }

    private static void reversedLinks(Article article, Node block, String text, FindingSink sink) {
        Matcher matcher = REVERSED.matcher(text).region(block.getStartOffset(), block.getEndOffset());
        while (matcher.find()) {
            if (insideCodeOrReference(block, matcher.start(), matcher.end(2))) {
                continue;
            }
            String replacement = "[" + matcher.group(1) + "](" + matcher.group(2) + ")";
            sink.at(matcher.start()).to(matcher.end()).subject(matcher.group(2))
                    .replace(matcher.start(), matcher.end(), replacement)
                    .report(REVERSED_LINK, "markdown.reversed-link", matcher.group(), replacement);
        }
    }

    /** Within a code span, or a bracket that is a defined reference ({@code [https://x]: …} exists): not text. */
    private static boolean insideCodeOrReference(Node block, int from, int to) {
        for (Node node : block.getDescendants()) {
            if (node.getEndOffset() <= from || node.getStartOffset() >= to) {
                continue;
            }
            if (node instanceof Code || node instanceof LinkRef && ((LinkRef) node).isDefined()) {
                return true;
            }
        }
        return false;
    }

    private static void emphasisSpaces(String text, char[] chars, int start, int end, FindingSink sink) {
        Matcher matcher = null;
        // A match starts at its delimiter: the pattern is tried there only (find() would try every character of the
        // text), in the same order and with the same bounds, so the matches are find()'s.
        for (int at = start; at < end; at++) {
            if (chars[at] != '*' && chars[at] != '_') {
                continue;
            }
            matcher = matcher == null ? SPACED.matcher(text) : matcher;
            matcher.region(at, end);
            matcher.useTransparentBounds(true); // a letter just outside the text node still joins the word
            if (!matcher.lookingAt()) {
                continue;
            }
            at = Math.max(at, matcher.end() - 1);
            String inner = matcher.group(3) != null ? matcher.group(3) : matcher.group(6);
            // "2 * 3 * 4", "a * b": a lone character between spaced asterisks is arithmetic, not emphasis
            if (inner.codePointCount(0, inner.length()) < 2 || inner.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            String marker = matcher.group(1);
            String replacement = marker + inner.strip() + marker;
            sink.at(matcher.start()).to(matcher.end()).subject(marker)
                    .replace(matcher.start(), matcher.end(), replacement)
                    .report(EMPHASIS_SPACES, "markdown.emphasis-spaces", matcher.group(), replacement);
        }
    }

    /** Whether {@code first} then {@code second} occur side by side in [start, end): bounded, unlike indexOf. */
    private static boolean containsPair(char[] text, int start, int end, char first, char second) {
        for (int i = start; i + 1 < end; i++) {
            if (text[i] == first && text[i + 1] == second) {
                return true;
            }
        }
        return false;
    }
}
