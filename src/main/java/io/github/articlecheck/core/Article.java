package io.github.articlecheck.core;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One article, read once and parsed once: its text, its front matter and its Markdown body. Every check reads
 * this shared form; none reads the file again.
 *
 * @param file         absolute path of the file
 * @param relativePath path shown to users: relative to the project base directory, '/' separated
 * @param source       decoded text (BOM removed) with its line index
 * @param frontMatter  the front matter block (YAML, TOML or JSON), absent when the file has none
 * @param document     flexmark AST of the body; node offsets are offsets into {@code source}
 * @param rawHtml      the tags and comments of all the body's raw HTML, in document order
 * @param anchors      the ids links can point at, as the site's generator writes them
 * @param form         BOM and line endings of the file, for a rewrite that keeps them
 * @param readFindings what reading found (blocks too complex to parse, left out): reported like any finding
 * @param dialect      the Markdown engine it was read as
 * @param templateImages images written in template syntax (Hugo image shortcodes, astro:assets components)
 * @param nodes        every node of {@code document} in document order, walked once for all the checks
 */
public record Article(Path file, String relativePath, SourceText source, Optional<FrontMatter> frontMatter,
        Document document, RawHtml rawHtml, List<Anchor> anchors, TextForm form, List<Finding> readFindings,
        MarkdownDialect dialect, List<TemplateImage> templateImages, List<com.vladsch.flexmark.util.ast.Node> nodes) {

    /** An article read as CommonMark + GFM. */
    public Article(Path file, String relativePath, SourceText source, Optional<FrontMatter> frontMatter,
            Document document, RawHtml rawHtml, List<Anchor> anchors, TextForm form, List<Finding> readFindings) {
        this(file, relativePath, source, frontMatter, document, rawHtml, anchors, form, readFindings,
                MarkdownDialect.COMMONMARK, List.of(), nodesOf(document));
    }

    /** Every node of a document, in document order: one walk, shared by every check that looks at all nodes. */
    public static List<com.vladsch.flexmark.util.ast.Node> nodesOf(Document document) {
        List<com.vladsch.flexmark.util.ast.Node> nodes = new java.util.ArrayList<>();
        // pre-order by hand, as getDescendants() walks, without its iterator objects per node
        com.vladsch.flexmark.util.ast.Node next = document.getFirstChild();
        while (next != null) {
            com.vladsch.flexmark.util.ast.Node node = next;
            nodes.add(node);
            if (node.getFirstChild() != null) {
                next = node.getFirstChild();
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
            }
            next = node == document ? null : node.getNext();
        }
        return java.util.Collections.unmodifiableList(nodes);
    }

    public Article {
        anchors = List.copyOf(anchors);
        readFindings = List.copyOf(readFindings);
        templateImages = List.copyOf(templateImages);
        nodes = java.util.Collections.unmodifiableList(nodes);
    }
}
