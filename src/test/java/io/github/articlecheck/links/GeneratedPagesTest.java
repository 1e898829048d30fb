package io.github.articlecheck.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedPagesTest {
    @TempDir
    Path base;

    @Test
    void jekyllHtmlPagesAreFoundThroughASymbolicallyLinkedSourceFolderAsArticlesAre() throws IOException {
        // a monorepo linking its docs folder in: without following the link, /showcase/ was "published nowhere"
        Path real = Files.createDirectories(base.resolve("real/pages"));
        Files.writeString(real.resolve("showcase.html"), "---\npermalink: /showcase/\n---\n<h1>Showcase</h1>\n");
        Path docs = Files.createSymbolicLink(base.resolve("docs"), base.resolve("real"));
        assertEquals(List.of(List.of("/showcase/")), List.copyOf(GeneratedPages.jekyllHtmlPages(docs).values()));
    }
}
