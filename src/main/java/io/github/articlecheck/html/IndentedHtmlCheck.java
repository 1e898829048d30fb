package io.github.articlecheck.html;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
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
 * {@code html.indented-code}: HTML that CommonMark shows as literal text. A blank line ends an HTML block; if the
 * next lines are indented four spaces they become an indented code block, and the page shows {@code <td>…} as
 * text instead of a table cell.
 */
public final class IndentedHtmlCheck implements ArticleCheck {
    public static final RuleDescriptor INDENTED_CODE = RuleDescriptor.of("html.indented-code", Severity.ERROR);

    private static final Pattern TAG_LINE = Pattern.compile("\\s*</?[A-Za-z][A-Za-z0-9-]*(\\s[^>]*)?/?>");

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(INDENTED_CODE);
    }

    @Override
    public String indexKey() {
        return "";
    }

    @Override
    public void check(Article article, FindingSink sink) {
        if (article.rawHtml().tags().isEmpty()) {
            return;
        }
        for (Node node : article.nodes()) {
            if (!(node instanceof IndentedCodeBlock) || !(previousBlock(node) instanceof HtmlBlock)) {
                continue;
            }
            String text = node.getChars().toString();
            Matcher tag = TAG_LINE.matcher(text);
            if (tag.lookingAt()) {
                int offset = node.getStartOffset() + text.indexOf('<');
                String shown = tag.group().trim();
                sink.at(offset).subject(tag.group(1) == null ? shown : tag.group(1)).report(INDENTED_CODE,
                        "html.indented-code.shown-as-text", shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
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
