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

    /** A range of prose and the block it is in (paragraph, heading, cell, list item): blocks part sentences. */
    record Segment(int start, int end, Node block) {
    }

    /** The ranges with their blocks, for a reader of sentences. */
    static List<Segment> withBlocks(Article article) {
        List<Segment> segments = new ArrayList<>();
        for (Node node : article.nodes()) {
            if (!(node instanceof Text) || inCode(node)) {
                continue;
            }
            Node block = node.getParent();
            while (block != null && !(block instanceof com.vladsch.flexmark.util.ast.Block)) {
                block = block.getParent();
            }
            Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
            if (last != null && last.end() == node.getStartOffset() && last.block() == block) {
                segments.set(segments.size() - 1, new Segment(last.start(), node.getEndOffset(), block));
            } else {
                segments.add(new Segment(node.getStartOffset(), node.getEndOffset(), block));
            }
        }
        return segments;
    }

    /** {start, end} offsets into the article's text, in document order. */
    static List<int[]> of(Article article) {
        return withBlocks(article).stream().map(segment -> new int[] {segment.start(), segment.end()}).toList();
    }

    private static boolean inCode(Node text) {
        Node parent = text.getParent();
        return parent instanceof Code || parent instanceof CodeBlock || parent instanceof FencedCodeBlock
                || parent instanceof IndentedCodeBlock;
    }
}
