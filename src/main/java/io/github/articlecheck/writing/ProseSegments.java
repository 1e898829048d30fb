package io.github.articlecheck.writing;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The prose of an article as ranges of its source: text nodes side by side make one range (flexmark keeps unmatched
 * delimiters and entities apart), and nothing of code spans or blocks, URLs, HTML or front matter is in any.
 */
final class ProseSegments {
    private ProseSegments() {
    }

    /** {start, end} offsets into the article's text, in document order. */
    static List<int[]> of(Article article) {
        List<int[]> segments = new ArrayList<>();
        int[] open = null;
        for (Node node : article.nodes()) {
            if (!(node instanceof Text) || inCode(node)) {
                continue;
            }
            if (open != null && open[1] == node.getStartOffset()) {
                open[1] = node.getEndOffset();
            } else {
                open = new int[] {node.getStartOffset(), node.getEndOffset()};
                segments.add(open);
            }
        }
        return segments;
    }

    private static boolean inCode(Node text) {
        Node parent = text.getParent();
        return parent instanceof Code || parent instanceof CodeBlock || parent instanceof FencedCodeBlock
                || parent instanceof IndentedCodeBlock;
    }
}
