package io.github.articlecheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.core.MarkdownOptions;
import org.junit.jupiter.api.Test;

/** Jekyll's Liquid and kramdown's own syntax as the engines leave them for the Markdown: same length, offsets kept. */
class KramdownTextTest {
    /** jekyllrb.com/docs/liquid/tags: Liquid prints a raw block's content as written, and its tags nothing, in fences too. */
    @Test
    void liquidRawTagsVanishAndTheirContentStays() {
        String text = "{% raw %}\n```liquid\n{{ page.title }}\n```\n{% endraw %} and {%- raw -%}{{ x }}{%- endraw -%}.\n";
        String read = KramdownText.liquidBlocks(text, 0);
        assertEquals(text.length(), read.length());
        assertFalse(read.contains("raw"), read);
        assertTrue(read.contains("{{ page.title }}") && read.contains("{{ x }}"), read);
    }

    /** kramdown.gettalong.org/syntax.html#abbreviations: a definition prints nothing, in code it is code. */
    @Test
    void abbreviationDefinitionsAreNoText() {
        String text = "The HTML spec.\n\n*[HTML]: HyperText Markup Language\n\n```\n*[KEPT]: in code\n```\n";
        String read = KramdownText.extensions(text, 0);
        assertEquals(text.length(), read.length());
        assertFalse(read.contains("HyperText"), read);
        assertTrue(read.contains("*[KEPT]: in code"), read);
    }

    /** {::options /} prints nothing; auto_ids is a converter option, so it holds for the whole page. */
    @Test
    void optionsLinesAreNoTextAndSetAutoIds() {
        String text = "# Title\n\n{::options auto_ids=\"false\" /}\n";
        assertEquals("# Title\n\n" + " ".repeat("{::options auto_ids=\"false\" /}".length()) + "\n",
                KramdownText.extensions(text, 0));
        assertFalse(KramdownText.documentOptions(text, 0, MarkdownOptions.defaults()).autoIds());
        assertTrue(KramdownText.documentOptions("# Title\n", 0, MarkdownOptions.defaults()).autoIds());
    }
}
