package io.github.articlecheck.html;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.article.Article;
import io.github.articlecheck.engine.ArticleCheck;
import io.github.articlecheck.engine.FindingSink;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code html.indented-code}: HTML that CommonMark shows as literal text. A blank line ends an HTML block; if the
 * next lines are indented four spaces they become an indented code block, and the page shows {@code <td>…} as
 * text instead of a table cell.
 */
public final class IndentedHtmlCheck implements ArticleCheck {
    public static final RuleDescriptor INDENTED_CODE = RuleDescriptor.of("html.indented-code", Severity.ERROR,
            "HTML lines after a blank line, indented four spaces, that Markdown turns into a code block shown as literal text.",
            "Remove the blank line before these lines, or indent them less than four spaces.");

    private static final Pattern TAG_LINE = Pattern.compile("\\s*</?[A-Za-z][A-Za-z0-9-]*(\\s[^>]*)?/?>");

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(INDENTED_CODE);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        if (article.rawHtml().tags().isEmpty()) {
            return;
        }
        for (Node node : article.document().getDescendants()) {
            if (!(node instanceof IndentedCodeBlock) || !(previousBlock(node) instanceof HtmlBlock)) {
                continue;
            }
            String text = node.getChars().toString();
            Matcher tag = TAG_LINE.matcher(text);
            if (tag.lookingAt()) {
                int offset = node.getStartOffset() + text.indexOf('<');
                String shown = tag.group().trim();
                sink.reportAtOffset(INDENTED_CODE.id(), offset, "this HTML is indented 4 spaces after a blank line inside"
                        + " raw HTML: Markdown shows '" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
                        + "' as literal text; remove the blank line above or the indentation");
            }
        }
    }

    private static Node previousBlock(Node node) {
        Node previous = node.getPrevious();
        while (previous != null && previous.getChars().isBlank()) {
            previous = previous.getPrevious();
        }
        return previous;
    }
}
