package io.github.articlecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The path cut from the text is what normalize and relativize give, for every form of path. */
class ContentPathsTest {
    @TempDir
    Path base;

    private static String theLongWay(Path contentDirectory, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(contentDirectory)
                ? contentDirectory.relativize(absolute).toString().replace('\\', '/') : null;
    }

    @Test
    void aPathUnderTheContentDirectoryIsCutFromItsText() {
        Path content = base.resolve("files").toAbsolutePath().normalize();
        ContentPaths paths = new ContentPaths(content);
        List<Path> files = List.of(content.resolve("de/web/api/index.md"), content.resolve(".github/x.md"),
                content.resolve("de/./web/index.md"), content.resolve("de/../fr/index.md"),
                content.resolve("../files/de/index.md"), content.resolve("../files2/de/index.md"),
                content.resolve("..x/index.md"), content.resolve("a..b/c.md"), content, base.resolve("other.md"),
                content.resolve("de/.."), content.resolve("de/."));
        for (Path file : files) {
            assertEquals(theLongWay(content, file), paths.relative(file), file.toString());
        }
        assertEquals("de/web/api/index.md", paths.relative(content.resolve("de/web/api/index.md")));
        assertEquals(null, paths.relative(content.resolve("../files2/de/index.md")), "a sibling with the same start");
    }

    @Test
    void aRelativeContentDirectoryOrFileTakesTheLongWay() {
        Path content = Path.of("files");
        ContentPaths paths = new ContentPaths(content.toAbsolutePath().normalize());
        assertEquals("de/index.md", paths.relative(Path.of("files/de/index.md")));
        assertEquals(theLongWay(content.toAbsolutePath().normalize(), Path.of("files/../x.md")),
                paths.relative(Path.of("files/../x.md")));
    }

    /** A finding's path: under the base directory as cut, anywhere else absolute and normalized. */
    @Test
    void aDisplayedPathIsRelativeUnderTheDirectoryAndAbsoluteElsewhere() {
        Path content = base.resolve("site").toAbsolutePath().normalize();
        ContentPaths paths = new ContentPaths(content);
        for (Path file : List.of(content.resolve("a/b.md"), content.resolve("a/../c.md"), content.resolve("../d.md"),
                base.resolve("e/./f.md"), content)) {
            Path normalized = file.toAbsolutePath().normalize();
            String expected = (normalized.startsWith(content) ? content.relativize(normalized) : normalized).toString()
                    .replace('\\', '/');
            assertEquals(expected, paths.display(file), file.toString());
        }
        assertEquals("a/b.md", paths.display(content.resolve("a/b.md")));
        assertEquals(base.resolve("d.md").toAbsolutePath().normalize().toString().replace('\\', '/'),
                paths.display(content.resolve("../d.md")));
    }
}
