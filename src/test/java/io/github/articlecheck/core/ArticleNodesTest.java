package io.github.articlecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.read.MarkdownParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The node list every check walks is flexmark's own descendant order, built without its iterators. */
class ArticleNodesTest {

    @Test
    void nodesAreTheDocumentsDescendantsInFlexmarksOrder() throws IOException {
        for (String text : List.of(Files.readString(Path.of("src/test/resources/samples/communs-numeriques-en-vogue.md")),
                "> - a\n>   - *b [c](d)*\n>\n> 1. e\n\n| f | g |\n|---|---|\n| `h` | i |\n", "", "plain")) {
            Document document = MarkdownParser.parseBody(text, 0);
            List<Node> descendants = new ArrayList<>();
            document.getDescendants().forEach(descendants::add);
            assertEquals(descendants, Article.nodesOf(document));
            assertTrue(text.isEmpty() || !descendants.isEmpty());
        }
    }
}
