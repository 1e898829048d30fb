package io.github.articlecheck.maven;

import io.github.articlecheck.TestArticles;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forked check: when it forks, how the goal's parameters cross, and how its log comes back. */
class ForkedCheckTest {
    @TempDir
    Path folder;

    @Test
    void parametersCrossToTheForkedJvmFieldByField() throws IOException {
        CheckMojo sent = new CheckMojo();
        sent.baseDirectory = new File("/site");
        sent.site = "hugo";
        sent.formats = new ArrayList<>(List.of("json", "sarif"));
        sent.offline = true;
        sent.linkConcurrency = 7;
        sent.fork = "true";
        SchemaSelection selection = new SchemaSelection();
        selection.setIncludes(new ArrayList<>(List.of("posts/**")));
        selection.setSchema(new File("schemas/post.schema.yaml"));
        selection.setTitleLevel(2);
        selection.setRules(new HashMap<>(Map.of("heading.increment", "off")));
        sent.schemas = new ArrayList<>(List.of(selection));
        Path file = folder.resolve("parameters.bin");

        MojoParameters.write(sent, file);
        CheckMojo received = new CheckMojo();
        MojoParameters.read(file, received);

        assertEquals(new File("/site"), received.baseDirectory);
        assertEquals("hugo", received.site);
        assertEquals(List.of("json", "sarif"), received.formats);
        assertTrue(received.offline);
        assertEquals(7, received.linkConcurrency);
        assertEquals("true", received.fork);
        assertNull(received.contentDirectory);
        SchemaSelection got = received.schemas.get(0);
        assertEquals(List.of("posts/**"), got.getIncludes());
        assertEquals(new File("schemas/post.schema.yaml"), got.getSchema());
        assertEquals(2, got.getTitleLevel());
        assertEquals(Map.of("heading.increment", "off"), got.getRules());
    }

    @Test
    void aParametersFileHoldingAnyOtherClassIsRefused() throws IOException {
        Path file = folder.resolve("parameters.bin");
        HashMap<String, Object> values = new HashMap<>(Map.of("CheckMojo.fork", java.util.logging.Level.INFO));
        try (OutputStream out = Files.newOutputStream(file); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(values);
        }
        IOException refused = assertThrows(IOException.class, () -> MojoParameters.read(file, new CheckMojo()));
        assertTrue(refused instanceof java.io.InvalidClassException, refused.toString());
    }

    @Test
    void autoForksFromTheThresholdOfMarkdownFilesOnly() throws IOException {
        TestArticles.write(folder, "a.md", "# A\n");
        TestArticles.write(folder, "sub/b.markdown", "# B\n");
        TestArticles.write(folder, "sub/c.mdx", "# C\n");
        TestArticles.write(folder, "sub/picture.png", "");
        assertTrue(ForkedCheck.markdownFilesReach(folder, 3));
        assertFalse(ForkedCheck.markdownFilesReach(folder, 4)); // the picture is no article
        assertFalse(ForkedCheck.wanted("auto", folder)); // three files: far below 2,000
        assertTrue(ForkedCheck.wanted("true", folder));
        assertFalse(ForkedCheck.wanted("false", folder));
        assertFalse(ForkedCheck.markdownFilesReach(folder.resolve("absent"), 1));
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> ForkedCheck.wanted("sometimes", folder));
        assertEquals("fork must be auto, true or false, not 'sometimes'", typo.getMessage());
    }

    @Test
    void aLargeSiteGoesToTheForkBeforeTheSettingsWhenItsFolderSaysSoClearly() throws IOException {
        Path output = folder.resolve("target/articlecheck");
        assertTrue(ForkedCheck.clearlyWanted("true", folder, output)); // no article needed
        assertFalse(ForkedCheck.clearlyWanted("false", folder, output));
        assertFalse(ForkedCheck.clearlyWanted("sometimes", folder, output)); // the settings' path says what is wrong
        for (int i = 0; i < ForkedCheck.AUTO_THRESHOLD; i++) {
            // installed packages, hidden folders and the build's output hold no page of the site
            TestArticles.write(folder, "node_modules/pkg" + i + "/README.md", "# R\n");
            TestArticles.write(folder, "vendor/bundle/gem" + i + "/README.md", "# R\n");
            TestArticles.write(folder, ".cache/page" + i + ".md", "# R\n");
            TestArticles.write(folder, "target/site/page" + i + ".md", "# R\n");
        }
        for (int i = 0; i < ForkedCheck.AUTO_THRESHOLD - 1; i++) {
            TestArticles.write(folder, "content/post" + i + ".md", "# P\n");
        }
        assertFalse(ForkedCheck.clearlyWanted("auto", folder, output)); // one short: decided after the settings
        TestArticles.write(folder, "content/last.mdx", "# L\n");
        assertTrue(ForkedCheck.clearlyWanted("auto", folder, output));
        assertTrue(ForkedCheck.clearlyWanted(null, folder, output));
    }

    @Test
    void theEarlyCountGivesUpAfterItsShareOfFilesAndLeavesTheDecisionToTheSettings() throws IOException {
        for (int i = 0; i < 30; i++) {
            TestArticles.write(folder, "src/Code" + i + ".java", "class C {}\n");
        }
        for (int i = 0; i < 5; i++) {
            TestArticles.write(folder, "src/page" + i + ".md", "# P\n");
        }
        assertTrue(ForkedCheck.markdownFilesReach(folder, 5, 1_000, skipped -> false));
        // four files looked at, in whatever order the file system lists them: never five pages
        assertFalse(ForkedCheck.markdownFilesReach(folder, 5, 4, skipped -> false));
    }

    @Test
    void logLinesComeBackAtTheirLevelWithLineBreaksAndBackslashes() {
        String message = "a\\b\nsecond line\r\nthird: été";
        assertEquals("a\\\\b\\nsecond line\\r\\nthird: été", ForkedCheck.encode(message));
        assertEquals(message, ForkedCheck.decode(ForkedCheck.encode(message)));
        // from the level's end: a line without a backslash is cut as it is, one with is unescaped
        assertEquals("été: x", ForkedCheck.decode("E été: x", 2));
        assertEquals("a\nb\\", ForkedCheck.decode("W a\\nb\\\\", 2));

        CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
        assertNull(ForkedCheck.relay("E " + ForkedCheck.encode("content/a.md:1:1: x"), log));
        assertNull(ForkedCheck.relay("W two\\nlines", log));
        assertNull(ForkedCheck.relay("I info", log));
        assertNull(ForkedCheck.relay("SLF4J: not ours", log));
        assertEquals("found 2 violations", ForkedCheck.relay("F found 2 violations", log));
        assertEquals(List.of("[ERROR] content/a.md:1:1: x", "[WARNING] two\nlines", "[INFO] info",
                "[INFO] SLF4J: not ours"), log.lines);
    }

    @Test
    void outsideMavensClassRealmsTheClasspathIsUnknownAndTheCheckStaysInProcess() {
        assertEquals(List.of(), ForkedCheck.classpath(ClassLoader.getSystemClassLoader()));
    }
}
