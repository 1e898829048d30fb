package io.github.articlecheck.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.articlecheck.RecordingRunLog;
import io.github.articlecheck.core.ChangeSet;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.links.LinkOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fix goal, through the production path: a site on disk, the whole engine, the files compared byte for byte. */
class FixRunTest {
    private static final Path TERMS = Path.of("src/test/resources/style/terms.yaml").toAbsolutePath();

    @TempDir
    Path base;

    private RunSettings.Builder settings() {
        return RunSettings.builder(base).contentDirectory(base.resolve("content"))
                .links(LinkOptions.defaults().withOffline(true));
    }

    private void write(String relative, String text) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String read(String relative) throws IOException {
        return Files.readString(base.resolve(relative));
    }

    private FixRun.Outcome fix(RunSettings settings, boolean dryRun, RecordingRunLog log) throws IOException {
        return FixRun.fix(settings, FixRun.rules(List.of()), dryRun, log);
    }

    private void writeSchema() throws IOException {
        write("schema.yaml", """
                type: object
                required: [title]
                properties:
                  title: {type: string}
                  tags: {type: array}
                additionalProperties: false
                """);
    }

    @Test
    void everyCertainFixIsAppliedByteForByteAndASecondRunChangesNothing() throws IOException {
        writeSchema();
        write("content/guide.md", "---\ntitle: Guide\n---\n# Guide\n\n## Installation\n\nText.\n");
        write("content/a.md", """
                ---
                titel: Article
                tags: [x]
                lang: fr
                ---
                Read [the guide](Guide.md), [the other](guid.md), [the part](guide.md#instalation).
                See [tracked](https://example.org/page?utm_source=news&id=3) and (reversed)[https://example.org/r].
                This is ** bold ** and zero\u200bwidth, envoyez un e-mail.

                | a | b |
                |---|---|
                | 1 |

                Second[^2], first[^1].

                [^1]: One.
                [^2]: Two.
                """);
        RunSettings settings = settings().frontMatterSchema(base.resolve("schema.yaml"))
                .writing(w -> w.terms(TERMS)).build();
        RecordingRunLog log = new RecordingRunLog();
        FixRun.Outcome outcome = fix(settings, false, log);

        assertEquals("""
                ---
                title: Article
                tags: [x]
                lang: fr
                ---
                Read [the guide](guide.md), [the other](guide.md), [the part](guide.md#installation).
                See [tracked](https://example.org/page?id=3) and [reversed](https://example.org/r).
                This is **bold** and zerowidth, envoyez un courriel.

                | a | b |
                |---|---|
                | 1 | |

                Second[^1], first[^2].

                [^1]: Two.
                [^2]: One.
                """, read("content/a.md"));
        assertEquals(List.of("content/a.md"), outcome.changedFiles());
        assertEquals(Map.ofEntries(Map.entry("footnote.order", 1), Map.entry("frontmatter.unknown-key", 1),
                Map.entry("link.anchor", 1), Map.entry("link.case", 1), Map.entry("link.file", 1),
                Map.entry("link.tracking", 1), Map.entry("markdown.emphasis-spaces", 1),
                Map.entry("markdown.reversed-link", 1), Map.entry("style.term", 1), Map.entry("table.columns", 1),
                Map.entry("text.invisible", 1)), outcome.fixedPerRule());
        // 'lang' is not in the schema and close to no key: no certain fix
        assertEquals(Map.of("fix.left.no-certain-fix", 1), outcome.leftPerReason());
        assertTrue(log.lines.contains("[INFO] articlecheck fix: 11 findings fixed in 1 file; run articlecheck:check"
                + " for what is left"), log.lines.toString());

        byte[] once = Files.readAllBytes(base.resolve("content/a.md"));
        FixRun.Outcome again = fix(settings, false, new RecordingRunLog());
        assertEquals(List.of(), again.changedFiles());
        assertArrayEquals(once, Files.readAllBytes(base.resolve("content/a.md")));
    }

    @Test
    void aByteOrderMarkCrlfLineEndingsAndTheMissingFinalNewlineAreKept() throws IOException {
        String before = "\uFEFF---\r\ntitle: T\r\n---\r\n# T\r\n\r\nSee [x](https://example.org/?utm_medium=m).\r\n\r\n"
                + "B[^2] a[^1].\r\n\r\n[^1]: One.\r\n[^2]: Two.";
        Files.createDirectories(base.resolve("content"));
        Files.write(base.resolve("content/a.md"), before.getBytes(StandardCharsets.UTF_8));
        fix(settings().build(), false, new RecordingRunLog());
        String after = "\uFEFF---\r\ntitle: T\r\n---\r\n# T\r\n\r\nSee [x](https://example.org/).\r\n\r\n"
                + "B[^1] a[^2].\r\n\r\n[^1]: Two.\r\n[^2]: One.";
        assertArrayEquals(after.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(base.resolve("content/a.md")));
    }

    @Test
    void aDryRunPrintsAUnifiedDiffAndWritesNothing() throws IOException {
        String text = "---\ntitle: T\n---\n# T\n\n1\n2\n3\n4\nSee [x](https://example.org/?utm_source=a).\n5\n";
        write("content/a.md", text);
        RecordingRunLog log = new RecordingRunLog();
        FixRun.Outcome outcome = fix(settings().build(), true, log);
        assertEquals(text, read("content/a.md"));
        assertEquals("""
                --- a/content/a.md
                +++ b/content/a.md
                @@ -7,5 +7,5 @@
                 2
                 3
                 4
                -See [x](https://example.org/?utm_source=a).
                +See [x](https://example.org/).
                 5
                """, outcome.diffs().get("content/a.md"));
        assertTrue(log.lines.contains("[INFO] articlecheck fix (dry run: nothing written): 1 finding would be fixed"
                + " in 1 file"), log.lines.toString());
    }

    @Test
    void aFixThatBringsANewFindingIsPutBack() throws IOException {
        // guid.md → guide.md is the one close name, but guide.md has no #setup: the fixed link would be a broken anchor
        write("content/guide.md", "---\ntitle: Guide\n---\n# Guide\n");
        String text = "---\ntitle: T\n---\n# T\n\nSee [the setup](guid.md#setup).\n";
        write("content/a.md", text);
        RecordingRunLog log = new RecordingRunLog();
        FixRun.Outcome outcome = fix(settings().build(), false, log);
        assertEquals(text, read("content/a.md"));
        assertEquals(List.of(), outcome.changedFiles());
        assertEquals(Map.of("fix.left.rolled-back", 1), outcome.leftPerReason());
        assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("[WARNING] articlecheck fix: content/a.md: the fix"
                + " was put back") && l.contains("link.anchor")), log.lines.toString());
    }

    /** The catalogue's checks and one more, made by the test. */
    private static java.util.function.Function<RunSettings, io.github.articlecheck.engine.Checks> plus(
            io.github.articlecheck.core.CorpusCheck extra) {
        return settings -> {
            io.github.articlecheck.engine.Checks catalogue = CheckCatalog.checks(settings);
            List<io.github.articlecheck.core.CorpusCheck> corpus = new java.util.ArrayList<>(catalogue.corpusChecks());
            corpus.add(extra);
            return new io.github.articlecheck.engine.Checks(catalogue.articleChecks(), corpus);
        };
    }

    /** A corpus check that dies in its second run, as a link worker's OutOfMemoryError would. */
    private static final class DiesTheSecondTime implements io.github.articlecheck.core.CorpusCheck {
        private int runs;

        @Override
        public List<io.github.articlecheck.core.RuleDescriptor> rules() {
            return List.of(io.github.articlecheck.core.RuleDescriptor.of("test.dies",
                    io.github.articlecheck.core.Severity.WARNING)); // a check without a rule on is not run
        }

        @Override
        public String indexKey() {
            return "dies";
        }

        @Override
        public Facts collect(io.github.articlecheck.core.Article article) {
            return out -> { };
        }

        @Override
        public Facts read(io.github.articlecheck.core.IndexInput in) {
            return out -> { };
        }

        @Override
        public void restore(Facts facts) {
        }

        @Override
        public void finish(CorpusFindingSink sink) {
            if (++runs == 2) {
                throw new IllegalStateException("died");
            }
        }
    }

    @Test
    void whenTheCheckAfterTheFixDoesNotCompleteEveryFileIsPutBack() throws IOException {
        String text = "---\ntitle: T\n---\n# T\n\nSee [x](https://example.org/?utm_source=a).\n";
        write("content/a.md", text);
        write("content/b.md", text);
        RecordingRunLog log = new RecordingRunLog();
        FixRun.Outcome outcome = FixRun.fix(settings().build(), plus(new DiesTheSecondTime()), FixRun.FIXABLE, false,
                log);
        assertEquals(text, read("content/a.md"));
        assertEquals(text, read("content/b.md"));
        assertEquals(List.of(), outcome.changedFiles());
        assertTrue(log.lines.contains("[WARNING] articlecheck fix: the check after the fix did not complete (errors"
                + " above): the 2 files are put back as they were"), log.lines.toString());
    }

    @Test
    void twoCloseNamesAreNoCertainFix() throws IOException {
        write("content/intro.md", "---\ntitle: I\n---\n# I\n");
        write("content/intra.md", "---\ntitle: I\n---\n# I\n");
        String text = "---\ntitle: T\n---\n# T\n\nSee [it](intrb.md).\n";
        write("content/a.md", text);
        FixRun.Outcome outcome = fix(settings().build(), false, new RecordingRunLog());
        assertEquals(text, read("content/a.md"));
        assertEquals(Map.of("fix.left.no-certain-fix", 1), outcome.leftPerReason());
    }

    @Test
    void aMisspeltFolderIsFixedOnlyWhenTheWholePathThenExists() throws IOException {
        Files.createDirectories(base.resolve("content/images"));
        Files.write(base.resolve("content/images/a.png"), new byte[] {1});
        String text = "---\ntitle: T\n---\n# T\n\n![A](imagez/a.png) ![B](imagez/b.png)\n";
        write("content/a.md", text);
        FixRun.Outcome outcome = fix(settings().build(), false, new RecordingRunLog());
        // imagez → images: a.png is there, b.png is not (the folder alone is no fix)
        assertEquals(text.replace("imagez/a.png", "images/a.png"), read("content/a.md"));
        assertEquals(Map.of("fix.left.no-certain-fix", 1), outcome.leftPerReason());
    }

    @Test
    void aFileThatDidNotParseIsNeverTouched() throws IOException {
        String text = "---\ntitle: [unclosed\n---\n# T\n\nSee [x](https://example.org/?utm_source=a).\n";
        write("content/a.md", text);
        FixRun.Outcome outcome = fix(settings().build(), false, new RecordingRunLog());
        assertEquals(text, read("content/a.md"));
        assertEquals(Map.of("fix.left.not-parsed", 1), outcome.leftPerReason());
    }

    @Test
    void inChangedFilesModeOnlyChangedArticlesAreTouched() throws IOException {
        String untouched = "---\ntitle: T\n---\n# T\n\nSee [x](https://example.org/?utm_source=a).\n";
        write("content/old.md", untouched);
        write("content/new.md", untouched);
        ChangeSet change = new ChangeSet("test", Set.of("content/new.md"), Set.of(), Map.of(), Map.of());
        fix(settings().changeSet(change).build(), false, new RecordingRunLog());
        assertEquals(untouched, read("content/old.md"));
        assertEquals(untouched.replace("?utm_source=a", ""), read("content/new.md"));
    }

    @Test
    void onlyTheRulesAskedForAreFixedAndAnUnfixableRuleIsAConfigurationError() throws IOException {
        write("content/a.md", "---\ntitle: T\n---\n# T\n\nSee [x](https://example.org/?utm_source=a) and ** bold **.\n");
        FixRun.fix(settings().build(), FixRun.rules(List.of("markdown.emphasis-spaces")), false, new RecordingRunLog());
        assertEquals("---\ntitle: T\n---\n# T\n\nSee [x](https://example.org/?utm_source=a) and **bold**.\n",
                read("content/a.md"));
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> FixRun.rules(List.of("heading.increment")));
        assertTrue(error.getMessage().startsWith("fixRules: heading.increment has no certain fix"));
    }

    @Test
    void aPermanentRedirectIsFixedFromTheLinkCacheWithoutARequest() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            if (exchange.getRequestURI().getPath().equals("/old")) {
                exchange.getResponseHeaders().add("Location", "/new");
                exchange.sendResponseHeaders(301, -1);
            } else {
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            write("content/a.md", "---\ntitle: T\n---\n# T\n\nSee [x](" + url + "/old) and [y](" + url + "/other).\n");
            LinkOptions online = LinkOptions.builder().allowPrivateAddresses(true)
                    .cacheFile(Optional.of(base.resolve("target/links.json"))).maxConcurrency(2).maxPerHost(2)
                    .connectTimeout(Duration.ofSeconds(2)).responseTimeout(Duration.ofSeconds(2))
                    .urlDeadline(Duration.ofSeconds(5)).phaseBudget(Duration.ofSeconds(20)).retries(0).build();
            // link.insecure on: in the check it requests https:// forms; in fix it must request nothing either
            RunSettings settings = settings().links(online)
                    .ruleLevel("link.insecure", io.github.articlecheck.core.RuleLevel.WARNING).build();
            assertEquals(1, Articlecheck.findings(settings).findings().stream()
                    .filter(f -> f.ruleId().equals("link.redirect")).count());
            int checked = requests.get();
            // checked a week ago: older than linkCacheMaxAge (24 h), still the last check's word for fix
            Path cache = base.resolve("target/links.json");
            String fresh = Files.readString(cache);
            String aged = fresh.replaceAll("\"checkedAt\":\\d+",
                    "\"checkedAt\":" + (System.currentTimeMillis() - Duration.ofDays(7).toMillis()));
            assertTrue(!aged.equals(fresh), fresh);
            Files.writeString(cache, aged);
            write("content/b.md", "---\ntitle: B\n---\n# B\n\nNever checked: [z](" + url + "/old-too).\n");

            fix(settings, false, new RecordingRunLog());

            assertEquals(checked, requests.get());
            assertEquals("---\ntitle: T\n---\n# T\n\nSee [x](" + url + "/new) and [y](" + url + "/other).\n",
                    read("content/a.md"));
        } finally {
            server.stop(0);
        }
    }
}
