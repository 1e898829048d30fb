package io.github.articlecheck.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.PathPattern;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter paths resolve as the layout renders them: a theme's {@code relURL} from the site root, a page bundle's
 * {@code .Resources.GetMatch} from the article's folder; per folder, the keys its layout reads.
 */
class FrontMatterLinkFoldersTest {
    @TempDir
    Path base;

    private void write(String relative, String text) throws IOException {
        io.github.articlecheck.TestArticles.write(base, relative, text);
    }

    private List<String> run(LinkOptions.Builder links) {
        return Articlecheck.engine(RunSettings.builder(base).site("auto").links(links.offline(true).build()).build())
                .run().findings().stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId()
                        + " " + TestArticles.text(f)).toList();
    }

    private void site() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        write("static/images/cover.jpg", "jpg");
        write("content/posts/first.md", "---\ntitle: First\nimage: images/cover.jpg\n---\nText.\n");
        write("content/posts/bundle/index.md", "---\ntitle: Bundle\ncover:\n  image: pic.jpg\n---\nText.\n");
        write("content/posts/bundle/pic.jpg", "jpg");
        write("content/gallery/one.md", "---\ntitle: One\nphoto: missing.jpg\nimage: also-missing.jpg\n---\nText.\n");
        write("content/posts/second.md", "---\ntitle: Second\nphoto: not-a-link-key-here.jpg\n---\nText.\n");
    }

    @Test
    void byDefaultAPathMayStartFromTheArticleOrTheSiteRoot() throws IOException {
        site();
        assertEquals(List.of("content/gallery/one.md:4:8 link.image 'also-missing.jpg' does not exist: looked for"
                + " content/gallery/also-missing.jpg"), run(LinkOptions.builder()));
    }

    @Test
    void aFolderEntrySetsItsKeysAndWherePathsStart() throws IOException {
        site();
        List<FrontMatterLinks> folders = List.of(
                new FrontMatterLinks(List.of(PathPattern.of("gallery/**")), List.of(), Optional.of(List.of("photo")),
                        Optional.empty()),
                new FrontMatterLinks(List.of(PathPattern.of("posts/bundle/**")), List.of(), Optional.empty(),
                        Optional.of(FrontMatterLinks.From.SITE)));
        assertEquals(List.of(
                "content/gallery/one.md:3:8 link.image 'missing.jpg' does not exist: looked for content/gallery/missing.jpg",
                "content/posts/bundle/index.md:4:10 link.image 'pic.jpg' does not exist: looked for static/pic.jpg"),
                run(LinkOptions.builder().folderFrontMatterLinks(folders)));
    }

    @Test
    void fromTheArticleOnlyASiteRootPathIsAFinding() throws IOException {
        site();
        List<String> found = run(LinkOptions.builder().frontMatterLinksFrom(FrontMatterLinks.From.ARTICLE));
        assertEquals(List.of("content/gallery/one.md:4:8 link.image", "content/posts/first.md:3:8 link.image"),
                found.stream().map(line -> line.substring(0, line.indexOf(" '"))).toList());
        assertThrows(ConfigurationException.class, () -> FrontMatterLinks.From.parse("root"));
    }
}
