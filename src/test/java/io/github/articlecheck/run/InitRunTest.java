package io.github.articlecheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.RecordingRunLog;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.links.LinkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The init goal on a site on disk: files written once and the same on a rerun, then checked with. */
class InitRunTest {
    @TempDir
    Path base;

    private void write(String relative, String text) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void site() throws IOException {
        for (int i = 1; i <= 3; i++) {
            write("content/blog/post-" + i + ".md", "---\ntitle: Post " + i + "\ndate: 2024-01-0" + i
                    + "\ntags: [" + (i == 3 ? "java" : "maven") + ", java]\n---\nText.\n");
            write("content/docs/page-" + i + ".md", "---\ntitle: Page " + i + "\nweight: " + i + "\n---\nText.\n");
        }
        write("content/about.md", "---\ntitle: About\nmenu: main\n---\nText.\n");
    }

    private RunSettings settings() {
        return RunSettings.builder(base).contentDirectory(base.resolve("content"))
                .links(LinkOptions.defaults().withOffline(true)).build();
    }

    private InitRun.Options options(boolean dryRun, boolean force) {
        return new InitRun.Options(1, 12, base.resolve("schemas"), dryRun, force, "1.2.3");
    }

    @Test
    void writesASchemaPerGroupAndThePluginDeclarationTheSameBytesOnARerun() throws IOException {
        site();
        InitRun.Outcome first = InitRun.init(settings(), options(false, false), new RecordingRunLog());
        assertEquals(List.of("blog.schema.yaml", "docs.schema.yaml", "pages.schema.yaml", "pom-snippet.xml",
                "jvm.config"), first.written().stream().map(p -> p.getFileName().toString()).toList());
        String blog = Files.readString(base.resolve("schemas/blog.schema.yaml"));
        assertTrue(blog.contains("required:\n  - date\n  - tags\n  - title\n"), blog);
        assertTrue(blog.contains("    format: date\n"), blog);
        assertTrue(Files.readString(base.resolve("target/articlecheck/init/pom-snippet.xml")).contains("""
                      <schema>
                        <includes>
                          <include>blog/**</include>
                        </includes>
                        <schema>schemas/blog.schema.yaml</schema>
                      </schema>
                """));
        assertEquals(List.of(), first.check().errors());
        assertEquals(List.of(), first.check().findings().stream().filter(f -> f.ruleId().startsWith("frontmatter"))
                .toList(), "the site the schemas come from passes them");

        InitRun.Outcome again = InitRun.init(settings(), options(false, true), new RecordingRunLog());
        assertEquals(blog, Files.readString(base.resolve("schemas/blog.schema.yaml")));
        assertEquals(first.schemas(), again.schemas());
        assertEquals(first.pomSnippet(), again.pomSnippet());
    }

    @Test
    void anExistingSchemaIsKeptUnlessForcedAndADryRunWritesNothing() throws IOException {
        site();
        write("schemas/blog.schema.yaml", "type: object\n");
        RecordingRunLog log = new RecordingRunLog();
        InitRun.init(settings(), options(false, false), log);
        assertEquals("type: object\n", Files.readString(base.resolve("schemas/blog.schema.yaml")));
        assertTrue(log.lines.contains("[WARNING] articlecheck init: schemas/blog.schema.yaml exists and is kept"
                + " (-Darticlecheck.force to replace it)"), log.lines.toString());

        Path other = Files.createTempDirectory(base, "dry");
        RecordingRunLog dry = new RecordingRunLog();
        InitRun.Outcome outcome = InitRun.init(settings(), new InitRun.Options(1, 12, other.resolve("schemas"), true,
                false, "1.2.3"), dry);
        assertFalse(Files.exists(other.resolve("schemas")));
        assertEquals(List.of(), outcome.written());
        assertTrue(dry.lines.stream().anyMatch(l -> l.contains("required:")), "the schemas are printed");
    }

    @Test
    void aPlantedDefectIsFoundWithTheInferredSchemas() throws IOException {
        site();
        write("content/blog/post-4.md", "---\ntitle: Post 4\ndate: 2024-13-45\ntags: [java]\ntilte: typo\n---\nT.\n");
        InitRun.init(settings(), options(false, false), new RecordingRunLog());
        RunSettings.Builder builder = RunSettings.builder(base).contentDirectory(base.resolve("content"))
                .links(LinkOptions.defaults().withOffline(true));
        // post-4 is one of four: its odd keys made the schema open; the three clean posts' schema finds them all
        Files.delete(base.resolve("content/blog/post-4.md"));
        InitRun.init(settings(), options(false, true), new RecordingRunLog());
        write("content/blog/post-4.md", "---\ntitle: Post 4\ndate: 2024-13-45\ntags: [java]\ntilte: typo\n---\nT.\n");
        List<String> found = Articlecheck.findings(builder.schemaMappings(List.of(
                new io.github.articlecheck.frontmatter.SchemaMapping(List.of("blog/**"), List.of(),
                        base.resolve("schemas/blog.schema.yaml")))).build()).findings().stream()
                .filter(f -> f.path().equals("content/blog/post-4.md")).map(Finding::ruleId).toList();
        assertEquals(List.of("frontmatter.format", "frontmatter.unknown-key"), found);
    }

    @Test
    void tomlAndJsonFrontMattersAreInferredFromTheValuesAsTheirReadersTypeThem() throws IOException {
        for (int i = 1; i <= 3; i++) {
            write("content/news/n" + i + ".md", "+++\ntitle = 'News " + i + "'\ndate = 2024-05-0" + i
                    + "T10:00:00+02:00\ndraft = false\n+++\nText.\n");
            write("content/data/d" + i + ".md", "{\n  \"title\": \"Data " + i + "\",\n  \"weight\": " + i
                    + ".5\n}\nText.\n");
        }
        InitRun.Outcome outcome = InitRun.init(settings(), options(true, false), new RecordingRunLog());
        String news = outcome.schemas().get(base.resolve("schemas/news.schema.yaml"));
        assertTrue(news.contains("""
                  date:
                    type: string
                    # every value a date and time with a time zone (RFC 3339)
                    format: date-time
                  # 3 of 3 articles
                  draft:
                    type: boolean
                """), news);
        assertTrue(outcome.schemas().get(base.resolve("schemas/data.schema.yaml")).contains("  weight:\n    type: number\n"));
        assertEquals(List.of(), outcome.check().findings().stream().filter(f -> f.ruleId().startsWith("frontmatter"))
                .toList());
    }

    @Test
    void aThresholdOutsideItsRangeIsAConfigurationError() {
        assertThrows(ConfigurationException.class, () -> new InitRun.Options(1.5, 12, base, false, false, "1"));
        assertThrows(ConfigurationException.class, () -> new InitRun.Options(1, 0, base, false, false, "1"));
    }
}
