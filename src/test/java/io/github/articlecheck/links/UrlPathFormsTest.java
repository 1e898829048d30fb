package io.github.articlecheck.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class UrlPathFormsTest {
    @Test
    void everyFormOfAPageUrlHasTheSameKey() {
        for (String url : new String[] {"/de/docs/Web/API", "/de/docs/Web/API/", "de/docs/Web/API",
                "//de/docs/Web/API//", "/de/docs/Web/API/index.html", "/de/docs/Web/API.html", "/de/docs/Web/API.htm",
                "/de/docs/Web/API?x=1#top", " /de/docs/Web/API#a/b ", "/de/docs/Web/%41PI"}) {
            assertEquals("/de/docs/Web/API", UrlPathForms.normalize(url), url);
        }
        assertEquals("/", UrlPathForms.normalize("/"));
        assertEquals("/", UrlPathForms.normalize("/index.html"));
        assertEquals("/", UrlPathForms.normalize(""));
        assertEquals("/a/index.md", UrlPathForms.normalize("/a/index.md"), "only .html and .htm are dropped");
    }

    @Test
    void aPathAlreadyRootedIsItsOwnForm() {
        String path = "/de/docs/Web";
        assertSame(path, UrlPathForms.rooted(path));
        assertEquals("/de/docs/Web", UrlPathForms.rooted("de/docs/Web/"));
        assertEquals("/", UrlPathForms.rooted("///"));
        assertEquals("a/b", UrlPathForms.stripSlashes("//a/b//"));
    }
}
