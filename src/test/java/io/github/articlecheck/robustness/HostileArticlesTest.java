package io.github.articlecheck.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.SourceText;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.links.SitePreset;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, section 1: the reproducers that stopped the run or put findings in the wrong place, each run through
 * the whole engine. Every one must give findings on its own article, and leave the other articles checked.
 */
class HostileArticlesTest {
    private static final String FINE = "---\ntitle: Fine\n---\n[dead](gone.md)\n";

    @TempDir
    Path base;

    private EngineResult run(String hostile, UnaryOperator<LinkOptions.Builder> links) throws IOException {
        write("content/hostile.md", hostile);
        write("content/fine.md", FINE);
        LinkOptions options = links.apply(LinkOptions.builder().offline(true)).build();
        return Articlecheck.engine(RunSettings.builder(base).links(options).build()).run();
    }

    private EngineResult run(String hostile) throws IOException {
        return run(hostile, b -> b);
    }

    private void write(String relative, String text) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<String> lines(EngineResult result, String path) {
        return result.findings().stream().filter(f -> f.path().equals(path))
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + TestArticles.text(f)).toList();
    }

    /** The other article is still checked: its broken link is found. */
    private static void theOtherArticleIsChecked(EngineResult result) {
        List<String> found = lines(result, "content/fine.md");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("4:8 link.file 'gone.md' does not exist: looked for content/gone.md"),
                found.toString());
    }

    /**
     * Java matches a repeated regex group by recursion: a hyphenated word of 20,000 parts (readability), a delimiter
     * row of 10,000 cells (the complexity screen) and a shortcode name of 5,000 path segments (the Hugo reader)
     * overflowed the stack, in a check or in the read. Their patterns repeat possessively or boundedly now.
     */
    @Test
    void repeatedPartsByTheThousandOverflowNothing() throws IOException {
        write("content/hostile.md", "---\ntitle: Fine\nlang: en\n---\n" + "a-".repeat(20_000) + "b.\n\n| a |\n"
                + "|-".repeat(10_000) + "|\n\n{{< " + "a/".repeat(5_000) + "b >}}x{{< /b >}}\n");
        write("content/fine.md", FINE);
        EngineResult result = Articlecheck.engine(RunSettings.builder(base).links(LinkOptions.builder().offline(true)
                .sitePreset(SitePreset.HUGO).build()).ruleLevel("prose.readability",
                io.github.articlecheck.core.RuleLevel.WARNING).build()).run();
        List<String> found = lines(result, "content/hostile.md");
        assertTrue(found.stream().noneMatch(line -> line.contains("StackOverflowError")), found.toString());
        assertTrue(found.stream().anyMatch(line -> line.startsWith("7:1 article.too-complex")), found.toString());
        assertTrue(result.metrics().get("content/hostile.md").get("words") > 0, result.metrics().toString());
        theOtherArticleIsChecked(result);
    }

    @Test
    void aNulInALocalLinkIsALinkSyntaxFinding() throws IOException {
        EngineResult result = run("---\ntitle: Fine\nimage: \"a%00b.png\"\n---\n[x](a%00b.md) [y](/a%00b.md) ![](a%00b.png)"
                + " [r]({{< ref \"a%00b.md\" >}})\n");
        assertEquals(List.of(
                "3:8 link.syntax 'a%00b.png' cannot name a file: it contains a NUL character (%00)",
                "5:5 link.syntax 'a%00b.md' cannot name a file: it contains a NUL character (%00)",
                "5:19 link.syntax '/a%00b.md' cannot name a file: it contains a NUL character (%00)",
                "5:30 image.alt image 'a%00b.png' has no alternative text: describe it between the brackets of ![…](…)",
                "5:34 link.syntax 'a%00b.png' cannot name a file: it contains a NUL character (%00)",
                "5:49 link.syntax '{{< ref \"a%00b.md\" >}}' cannot name a file: it contains a NUL character (%00)"),
                lines(result, "content/hostile.md"));
        theOtherArticleIsChecked(result);
    }

    @Test
    void aLiteralNulInAnIncludeShortcodeDoesNotStopTheHugoPreset() throws IOException {
        EngineResult result = run("---\ntitle: Fine\n---\n{{% include \"a\u0000b\" %}}\n",
                b -> b.sitePreset(SitePreset.HUGO));
        theOtherArticleIsChecked(result);
    }

    @Test
    void linksThatJavaNetUriRejectsAreFindingsWithTheHugoPreset() throws IOException {
        EngineResult result = run("---\ntitle: Fine\n---\n[a](a%ZZ.md) [b](1:2) [c](a%3Ab)\n",
                b -> b.sitePreset(SitePreset.HUGO));
        List<String> found = lines(result, "content/hostile.md");
        assertEquals(3, found.size(), found.toString());
        assertEquals("4:5 link.syntax 'a%ZZ.md' has a malformed percent escape '%ZZ': write %25 for a literal %, or"
                + " the two hexadecimal digits of the character", found.get(0));
        assertTrue(found.get(1).startsWith("4:18 link.file '1:2' does not exist"), found.toString());
        assertTrue(found.get(2).startsWith("4:27 link.file 'a%3Ab' does not exist"), found.toString());
        theOtherArticleIsChecked(result);
    }

    @Test
    void dottedCapitalIBeforeAScriptEndDoesNotShiftTagOffsets() throws IOException {
        // İ (U+0130) lower-cases to two characters: searching a lower-cased copy put every later offset off.
        for (int count : new int[] {3, 12}) {
            EngineResult result = run("---\ntitle: Fine\n---\n<script>" + "İ".repeat(count) + "</script>\n\n<div>\n</div>\n");
            assertEquals(List.of(), lines(result, "content/hostile.md"), "İ x" + count);
            theOtherArticleIsChecked(result);
        }
    }

    @Test
    void aTagWithThousandsOfAttributesIsReadWithoutRecursion() throws IOException {
        StringBuilder tag = new StringBuilder("<div");
        for (int i = 0; i < 5000; i++) {
            tag.append(" a").append(i).append("=\"v\"");
        }
        EngineResult result = run("---\ntitle: Fine\n---\n" + tag + ">\n");
        assertEquals(List.of("4:1 html.unclosed <div> opened at 4:1 is never closed: add </div>"),
                lines(result, "content/hostile.md"));
    }

    @Test
    void yamlLineSeparatorsDoNotMoveFrontMatterFindings() throws IOException {
        // SnakeYAML counts U+2028, U+2029 and U+0085 as line breaks; the file (and every editor) does not.
        EngineResult result = run("---\ntitle: \"a\u2028b\u2029c\u0085d\"\ntitle: again\n---\nBody\n");
        assertEquals(List.of("3:1 frontmatter.duplicate-key key 'title' is given twice (first on line 2): keep one"),
                lines(result, "content/hostile.md"));
    }

    @Test
    void aSyntaxErrorAfterALineSeparatorIsOnTheFilesLine() throws IOException {
        List<String> found = lines(run("---\ntitle: a\u2028b\u2029c\u0085d\n---\n"), "content/hostile.md");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("2:"), "the file has no line break there: " + found);
    }

    @Test
    void loneCarriageReturnsKeepColumnsOnTheirLine() throws IOException {
        String text = "---\rtitle: x\rtitle: y\r---\rBody\r";
        EngineResult result = run(text);
        List<Finding> findings = result.findings().stream().filter(f -> f.path().equals("content/hostile.md")).toList();
        assertEquals(1, findings.size(), findings.toString());
        SourceText source = new SourceText(text);
        Finding finding = findings.get(0);
        assertEquals(3, finding.line());
        assertTrue(finding.column() <= source.lineText(finding.line()).length() + 1, "the column exists on its line");
    }

    @Test
    void anIpv6PortOutOfRangeIsASyntaxFinding() throws IOException {
        EngineResult result = run("---\ntitle: Fine\n---\n[x](http://[::1]:99999/)\n");
        assertEquals(List.of("4:5 link.syntax 'http://[::1]:99999/' has an invalid port '99999'"),
                lines(result, "content/hostile.md"));
    }

    @Test
    void aThousandColumnTableIsLeftOutAndTheRestOfTheArticleChecked() throws IOException {
        // It overflowed the table parser's stack, and the whole article went unchecked.
        String table = "|" + "a|".repeat(1000) + "\n|" + "-|".repeat(1000) + "\n";
        EngineResult result = run("---\ntitle: Fine\n---\n" + table + "\n[x](nope.md)\n");
        List<String> found = lines(result, "content/hostile.md");
        assertEquals(2, found.size(), found.toString());
        assertEquals("4:1 article.too-complex this table row has 1001 cells, more than the 256 a row may have: the table is"
                + " not checked; split it", found.get(0));
        assertTrue(found.get(1).startsWith("7:5 link.file 'nope.md' does not exist"), "the rest is checked: " + found);
        theOtherArticleIsChecked(result);
    }

    @Test
    void slowParagraphsAndDeepNestingAreLeftOutNamingTheConstructAndTheLimit() throws IOException {
        String links = "[a](b.md) ".repeat(4000);
        String nesting = "1. > - ".repeat(24000) + "x";
        EngineResult result = run("---\ntitle: Fine\n---\n" + links + "\n\n" + nesting + "\n\n[x](nope.md)\n");
        List<String> found = lines(result, "content/hostile.md");
        assertEquals(List.of(
                "4:1 article.too-complex this paragraph holds 4000 inline elements (links, tags, emphasis, code), more"
                        + " than the 2000 one paragraph may hold: it is not checked; split it with blank lines",
                "6:1 article.too-complex this line opens 72000 nested quotes or lists, more than the 64 levels allowed:"
                        + " the block is not checked"), found.subList(0, 2));
        assertTrue(found.get(2).startsWith("8:5 link.file 'nope.md' does not exist"), found.toString());
    }

    @Test
    void aBigRawHtmlTableAndAPipeTableWithManyLinksAreNotTooComplex() throws IOException {
        StringBuilder html = new StringBuilder("<table>\n<caption>Big</caption>\n<tr><th>a</th><th>b</th></tr>\n");
        for (int i = 0; i < 1500; i++) {
            html.append("<tr><td><a href=\"#x\">").append(i).append("</a></td><td>b</td></tr>\n");
        }
        html.append("</table>\n\n| a | b |\n|---|---|\n");
        for (int i = 0; i < 1500; i++) {
            html.append("| [x](#t) | `c` |\n");
        }
        EngineResult result = run("---\ntitle: Fine\n---\n" + html + "\n<span id=\"x\"></span><span id=\"t\"></span>\n");
        assertEquals(List.of(), lines(result, "content/hostile.md"));
    }
}
