package io.github.articlecheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Anchor;
import io.github.articlecheck.core.Article;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The warm-up is worth its thread only if its page reaches the parts of the reader that articles reach. */
class ReadingWarmUpTest {

    @Test
    void theSampleReachesTheFrontMatterTheParserExtensionsAndTheAnchors() {
        Article article = ReadingWarmUp.readSample();

        assertTrue(article.frontMatter().orElseThrow().isMapping());
        assertEquals("Warm-up", article.frontMatter().orElseThrow().data().orElseThrow().get("title").asText());
        Set<Class<?>> kinds = article.nodes().stream().map(Node::getClass).collect(Collectors.toSet());
        for (Class<?> kind : List.of(TableBlock.class, Footnote.class, HtmlBlock.class, FencedCodeBlock.class,
                Link.class, Image.class, LinkRef.class, OrderedList.class)) {
            assertTrue(kinds.contains(kind), kind.getSimpleName() + " not reached: " + kinds);
        }
        List<String> ids = article.anchors().stream().map(Anchor::id).toList();
        assertTrue(ids.contains("titre-accentué"), ids.toString());
        assertTrue(ids.contains("span"), ids.toString());
        assertEquals(List.of(), article.readFindings());
    }

    @Test
    void itRunsOnADaemonThreadThatEnds() throws InterruptedException {
        Thread thread = ReadingWarmUp.start();

        assertTrue(thread.isDaemon());
        assertEquals("articlecheck-warm-up", thread.getName());
        thread.join(30_000);
        assertFalse(thread.isAlive());
    }
}
