package io.github.articlecheck.engine;


import io.github.articlecheck.run.RunSettings;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.TestArticles;
import io.github.articlecheck.read.ArticleReader;
import io.github.articlecheck.core.RuleLevel;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.core.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine on real files: selection, bad input, ordering, configuration errors. */
class EngineTest {
    private static final String VALID = "---\ntitle: Fine\n---\n## Fine\n";

    @TempDir
    Path base;

    private Path content() throws IOException {
        return Files.createDirectories(base.resolve("content"));
    }

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = content().resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private EngineResult run() {
        return run(RunSettings.builder(base).links(OFFLINE).build());
    }

    /** Tests never touch the internet: external links are counted, not requested. */
    private static final LinkOptions OFFLINE = LinkOptions.defaults().withOffline(true);

    private static EngineResult run(RunSettings configuration) {
        return Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Articlecheck.engine(configuration).run());
    }

    private static List<String> lines(EngineResult result) {
        return result.findings().stream().map(TestArticles::consoleLine).collect(Collectors.toList());
    }

    @Test
    void selectsIncludedFilesAndSkipsExcludedOnes() throws IOException {
        write("a.md", "no front matter\n");
        write("sub/b.markdown", "no front matter\n");
        write("drafts/c.md", "no front matter\n");
        write("notes.txt", "not markdown\n");
        EngineResult result = run(RunSettings.builder(base).links(OFFLINE).excludes(List.of("drafts/**")).build());
        assertEquals(2, result.articleCount());
        assertEquals(List.of("content/a.md", "content/sub/b.markdown"),
                result.findings().stream().map(Finding::path).collect(Collectors.toList()));
    }

    @Test
    void invalidUtf8IsOneFindingAtTheBadByteAndOthersAreStillChecked() throws IOException {
        byte[] latin1 = "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
        write("latin1.md", latin1);
        write("z.md", "no front matter\n");
        assertEquals(List.of(
                "content/latin1.md:2:11: article.unreadable not valid UTF-8: byte 0xE9 at byte offset 14; save the file as UTF-8",
                "content/z.md:1:1: frontmatter.missing no front matter: start the file with a '---' line, the keys"
                        + " (title, date, ...) and a closing '---'"), lines(run()));
    }

    @Test
    void binaryFileIsOneFinding() throws IOException {
        write("image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertEquals(List.of("content/image.md:1:1: article.unreadable binary file (contains NUL bytes), not a Markdown"
                + " article: remove it or exclude it with <excludes>"), lines(run()));
    }

    @Test
    void emptyFileIsOneFinding() throws IOException {
        write("empty.md", "");
        assertEquals(List.of("content/empty.md:1:1: frontmatter.missing the file is empty: an article needs a front"
                + " matter block ('---' lines around its keys) and content"), lines(run()));
    }

    @Test
    void fiveMegabyteArticleIsCheckedNormally() throws IOException {
        StringBuilder text = new StringBuilder("---\ntitle: Big\ntitle: again\n---\n");
        String paragraph = "Un paragraphe assez long, avec des accents : é à ç, et un [exemple](https://example.org).\n\n";
        while (text.length() < 5 * 1024 * 1024) {
            text.append(paragraph);
        }
        write("big.md", text.toString());
        assertEquals(List.of("content/big.md:3:1: frontmatter.duplicate-key key 'title' is given twice (first on line 2): keep one"),
                lines(run()));
    }

    @Test
    void fileOverTheSizeLimitIsOneFinding() throws IOException {
        byte[] huge = new byte[(int) ArticleReader.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        write("huge.md", huge);
        assertEquals(List.of("content/huge.md:1:1: article.unreadable file is 16 MiB, over the 16 MiB limit for an"
                + " article: split it or exclude it"), lines(run()));
    }

    @Test
    void billionLaughsFrontMatterIsOneFindingAndDoesNotHang() throws IOException {
        StringBuilder yaml = new StringBuilder("---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
            }
            yaml.append("]\n");
        }
        write("bomb.md", yaml.append("---\n").toString());
        write("ok.md", VALID);
        List<String> found = lines(run());
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("content/bomb.md:"), found.get(0));
        assertTrue(found.get(0).contains("frontmatter.syntax front matter uses too many aliases"), found.get(0));
    }

    @Test
    void symlinkLoopIsReportedOnceAndTheRestIsChecked() throws IOException {
        write("real/a.md", "no front matter\n");
        Files.createSymbolicLink(content().resolve("real/loop"), content().resolve("real"));
        List<String> found = lines(run());
        assertEquals(List.of(
                "content/real/a.md:1:1: frontmatter.missing no front matter: start the file with a '---' line, the keys"
                        + " (title, date, ...) and a closing '---'",
                "content/real/loop:1:1: article.unreadable symbolic link loop: this folder links back to one of its"
                        + " parents; skipped"), found);
    }

    @Test
    void unreadableFileIsOneFinding() throws IOException {
        Files.createSymbolicLink(content().resolve("gone.md"), content().resolve("missing-target.md"));
        write("ok.md", VALID);
        assertEquals(List.of("content/gone.md:1:1: article.unreadable cannot be read: the file does not exist (a broken"
                + " symbolic link?)"), lines(run()));
    }

    @Test
    void bomAndCrlfKeepLineAndColumnExact() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "---\r\ntitre: a\r\ntitre: b\r\n---\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);
        write("bom.md", both);
        assertEquals(List.of("content/bom.md:3:1: frontmatter.duplicate-key key 'titre' is given twice (first on line 2): keep one"),
                lines(run()));
    }

    @Test
    void findingsAreSortedByPathLineColumnAndRuleWhateverTheThreadCount() throws IOException {
        for (int i = 0; i < 40; i++) {
            write(String.format("p%02d.md", 39 - i), "---\ntitle: a\ntitle: b\n---\n");
        }
        EngineResult parallel = run(RunSettings.builder(base).links(OFFLINE).threads(4).build());
        EngineResult single = run(RunSettings.builder(base).links(OFFLINE).threads(1).build());
        assertEquals(lines(single), lines(parallel));
        assertEquals("content/p00.md", parallel.findings().get(0).path());
        assertEquals(40, parallel.findings().size());
    }

    @Test
    void unknownRuleIdIsAConfigurationErrorNamingTheKnownIds() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Articlecheck.engine(
                RunSettings.builder(base).ruleLevel("footnote.unsed", RuleLevel.OFF).build()));
        assertTrue(e.getMessage().startsWith("unknown rule id 'footnote.unsed' in <rules>; known ids: a11y.image-alt,"
                + " a11y.link-text, a11y.link-text-ambiguous, a11y.new-window, a11y.table-caption, article.too-complex,"),
                e.getMessage());
        assertTrue(e.getMessage().contains("frontmatter.unknown-key"), e.getMessage());
    }

    @Test
    void aBrokenSchemaFailsTheRunWhetherOrNotAnArticleNeedsIt() throws IOException {
        Path schema = base.resolve("broken.schema.json");
        Files.writeString(schema, "{\"type\": \"object\",");
        write("a.md", VALID);
        ConfigurationException withArticle = assertThrows(ConfigurationException.class, () -> Articlecheck.engine(
                RunSettings.builder(base).links(OFFLINE).frontMatterSchema(schema).build()).run());
        assertTrue(withArticle.getMessage().startsWith("front matter schema " + schema + " is not valid JSON"),
                withArticle.getMessage());
        Files.delete(base.resolve("content/a.md"));
        ConfigurationException without = assertThrows(ConfigurationException.class, () -> Articlecheck.engine(
                RunSettings.builder(base).links(OFFLINE).frontMatterSchema(schema).build()).run());
        assertEquals(withArticle.getMessage(), without.getMessage());
    }

    @Test
    void missingContentDirectoryIsAConfigurationError() {
        ConfigurationException e = assertThrows(ConfigurationException.class, this::run);
        assertTrue(e.getMessage().startsWith("content directory " + base.resolve("content")), e.getMessage());
    }

    @Test
    void ruleTurnedOffReportsNothing() throws IOException {
        write("a.md", "no front matter\n");
        assertEquals(List.of(), lines(run(RunSettings.builder(base)
                .ruleLevel("frontmatter.missing", RuleLevel.OFF).build())));
    }

    @Test
    void theSampleArticlePassesASchemaItsSiteWouldWrite() throws IOException {
        try (InputStream sample = getClass().getResourceAsStream("/samples/communs-numeriques-en-vogue.md")) {
            write("articles/2024/communs-numeriques-en-vogue.md", sample.readAllBytes());
        }
        Path schema = base.resolve("article.schema.json");
        Files.writeString(schema, "{\"type\":\"object\",\"required\":[\"titre\",\"date\",\"résumé\",\"categories\"],"
                + "\"additionalProperties\":false,\"properties\":{\"titre\":{\"type\":\"string\"},"
                + "\"date\":{\"type\":\"string\",\"format\":\"date\"},\"image\":{\"type\":\"string\"},"
                + "\"résumé\":{\"type\":\"string\",\"minLength\":20},\"categories\":{\"type\":\"array\","
                + "\"items\":{\"enum\":[\"articles\",\"evenements\",\"projets\"]}},\"tags\":{\"type\":\"array\"},"
                + "\"author\":{\"type\":\"string\"}}}");
        for (String image : List.of("communs_numeriques_politique.svg", "xkcd_2347.png")) {
            Files.createDirectories(base.resolve("contenu/articles/2024/images"));
            Files.writeString(base.resolve("contenu/articles/2024/images/" + image), "placeholder");
        }
        EngineResult result = run(RunSettings.builder(base).links(OFFLINE).frontMatterSchema(schema).siteRoots(List.of(base)).build());
        // besides the tracking link, three accessibility findings judged true: the data table has no <caption>
        // (RGAA 5.4); the xkcd credit's text is its URL, and it opens a new window unannounced
        String article = "content/articles/2024/communs-numeriques-en-vogue.md:";
        assertEquals(List.of(article + "76:1: a11y.table-caption data table without a title (RGAA 5.4, WCAG 1.3.1): add"
                + " <caption>…</caption> after <table>, or a title or aria-label",
                article + "123:1012: link.tracking tracking parameters utm_source, utm_campaign, utm_medium, utm_term: use"
                + " https://www.polytechnique-insights.com/tribunes/societe/va-t-on-vers-une-regulation-mondiale-de-lia/",
                article + "134:45: a11y.link-text link text is the bare URL 'https://xkcd.com/2347/' (RGAA 6.1, WCAG"
                + " 2.4.4): a screen reader spells it out; name the page it leads to",
                article + "134:45: a11y.new-window link 'https://xkcd.com/2347/' opens a new window without saying so"
                + " (RGAA 13.2, WCAG 3.2.5): add '(new window)' to its text or title, or remove target=\"_blank\""),
                lines(result));
        assertEquals(List.of("links: 28 external URLs not checked (offline)"), result.notes().stream().map(TestArticles.ENGLISH::render).toList());
        assertEquals(1, result.articleCount());
    }
}
