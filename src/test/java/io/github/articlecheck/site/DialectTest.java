package io.github.articlecheck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.TestArticles;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles read as their generator's Markdown engine reads them, chosen by the site model. */
class DialectTest {
    @TempDir
    Path base;

    /** jekyll/jekyll docs/_docs/front-matter.md: a <td> holding a <p> split by blank lines, indented. */
    private static final String TABLE = "---\ntitle: T\n---\n\n<table>\n  <tr>\n    <td>\n        <p>\n\n"
            + "          If set, this specifies the layout file to use.\n\n        </p>\n    </td>\n  </tr>\n</table>\n";

    private List<String> rules(String config) throws IOException {
        if (config != null) {
            Files.writeString(base.resolve("_config.yml"), config);
        }
        Files.writeString(base.resolve("page.md"), TABLE);
        RunSettings.Builder builder = RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true));
        if (config == null) {
            builder.contentDirectory(Path.of("."));
        }
        return Articlecheck.engine(builder.build()).run().findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId()).toList();
    }

    @Test
    void kramdownReadsABlockHtmlElementToItsEndTagBlankLinesIncluded() throws IOException {
        assertEquals(List.of(), rules("title: x\n"), "kramdown: the table is raw HTML to </table>");
    }

    @Test
    void commonMarkEndsTheHtmlBlockAtTheBlankLine() throws IOException {
        List<String> found = rules(null);
        assertEquals(List.of("7:5 table.html-unclosed"), found,
                "GFM: the indented line after the blank one is code, so the </td> after it is not seen");
    }

    /** kramdown.gettalong.org/syntax.html#html-blocks: markdown="1" makes the content Markdown again. */
    @Test
    void markdownOneInsideAnElementIsReadAsMarkdown() throws IOException {
        Files.writeString(base.resolve("_config.yml"), "title: x\n");
        Files.writeString(base.resolve("page.md"), "---\ntitle: T\n---\n\n<div markdown=\"1\">\n\n#### Too deep\n\n</div>\n");
        List<String> found = lineRules();
        assertEquals(List.of("7:1 heading.increment"), found);
    }

    /** squidfunk/mkdocs-material docs/plugins/social.md: "[Puppeteer][^1]" cites footnote 1 under Python-Markdown. */
    @Test
    void pythonMarkdownReadsTheFootnoteBeforeTheReferenceLink() throws IOException {
        Files.writeString(base.resolve("mkdocs.yml"), "site_name: x\nmarkdown_extensions:\n  - footnotes\n");
        TestArticles.write(base, "docs/social.md", "# Social\n\nUsing a browser and [Puppeteer][^1] would be slower.\n\n"
                + "  [^1]:\n    GitHub wrote that they use Puppeteer.\n\n  [Puppeteer]: https://pptr.dev\n");
        List<String> found = lineRules();
        assertEquals(List.of(), found, "no undefined reference [^1], no unused footnote");
    }

    /** Jekyll: Liquid runs before kramdown — a highlight block is code, a comment block is gone. */
    @Test
    void liquidHighlightIsCodeAndLiquidCommentIsNothing() throws IOException {
        Files.writeString(base.resolve("_config.yml"), "title: x\n");
        Files.writeString(base.resolve("page.md"), "---\ntitle: T\n---\n\n{% highlight ruby %}\n# a Ruby comment\n"
                + "<details>\n{% endhighlight %}\n\n{% comment %}\n[draft](missing.md)\n{% endcomment %}\n\n"
                + "[dead](gone.md)\n");
        List<String> found = lineRules();
        assertEquals(List.of("14:8 link.file"), found);
    }

    /** kramdown: {::comment} and {::nomarkdown} hold no Markdown (a link, a [^9] and a <div> there gave 3 findings). */
    @Test
    void kramdownCommentAndNomarkdownHoldNoMarkdown() throws IOException {
        Files.writeString(base.resolve("_config.yml"), "title: x\n");
        Files.writeString(base.resolve("page.md"), "---\ntitle: T\n---\n\n{::comment}\n[draft](missing.md) [^9]\n"
                + "<div>\n{:/comment}\n\n{::nomarkdown}<span>[x](gone.md)</span>{:/}\n\n"
                + "[text](https://example.org/page#:~:text=Hello) [hello](#:~:text=x)\n");
        List<String> found = lineRules();
        assertEquals(List.of(), found, "a text fragment (#:~:text=) is no anchor either");
    }

    /** gohugo.io/shortcodes/figure: its src is an image (checked), its link a link, and an alt is required. */
    @Test
    void hugoFigureShortcodesAreImages() throws IOException {
        Files.writeString(base.resolve("hugo.toml"), "title = 'x'\n");
        Files.createDirectories(base.resolve("content/posts"));
        Files.createDirectories(base.resolve("static/images"));
        Files.writeString(base.resolve("static/images/ok.png"), "png");
        Files.writeString(base.resolve("content/posts/page.md"), "---\ntitle: T\n---\n"
                + "{{< figure src=\"/images/ok.png\" alt=\"A chart\" >}}\n\n{{< figure src=\"/images/missing.png\" >}}\n\n"
                + "```\n{{< figure src=\"in-code.png\" >}}\n```\n");
        List<String> found = Articlecheck.engine(RunSettings.builder(base).site("auto")
                .links(LinkOptions.defaults().withOffline(true)).build()).run().findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + io.github.articlecheck.TestArticles.text(f))
                .toList();
        assertEquals(List.of("6:1 image.alt figure shortcode '/images/missing.png' has no alt: add alt=\"description\""
                + " to the shortcode", "6:17 link.image '/images/missing.png' does not exist: looked for"
                + " static/images/missing.png"), found);
    }

    /** jekyllrb.com/docs/liquid/tags/#linking-to-posts: {% post_url %} names a post, under collections_dir too. */
    @Test
    void jekyllPostUrlNamesAPost() throws IOException {
        Files.writeString(base.resolve("_config.yml"), "collections_dir: content\n");
        Files.createDirectories(base.resolve("content/_posts"));
        Files.writeString(base.resolve("content/_posts/2024-07-19-hello.md"), "---\ntitle: Hello\n---\nText.\n");
        Files.writeString(base.resolve("page.md"), "---\ntitle: T\n---\n[ok]({% post_url 2024-07-19-hello %})"
                + " [dead]({% post_url 2024-07-20-gone %})\n");
        List<String> found = lineRules();
        assertEquals(List.of("4:46 link.file"), found);
    }

    /** jekyllrb.com/docs/liquid/filters: relative_url and site.baseurl name a site path, which is checked. */
    @Test
    void jekyllSitePathOutputsAreCheckedAsSitePaths() throws IOException {
        Files.writeString(base.resolve("_config.yml"), "baseurl: /blog\n");
        Files.createDirectories(base.resolve("assets"));
        Files.writeString(base.resolve("assets/logo.png"), "png");
        Files.writeString(base.resolve("page.md"), "---\ntitle: T\n---\n![a]({{ site.baseurl }}/assets/logo.png)"
                + " ![b]({{ '/assets/logo.png' | relative_url }}) ![c]({{ \"/assets/gone.png\" | relative_url }})\n");
        List<String> found = lineRules();
        assertEquals(List.of("4:93 link.image"), found);
    }

    /** markdownDialect overrides the site model's choice, either way. */
    @Test
    void theDialectCanBeStatedInThePom() throws IOException {
        Files.writeString(base.resolve("_config.yml"), "title: x\n");
        Files.writeString(base.resolve("page.md"), TABLE);
        RunSettings commonMark = RunSettings.builder(base).site("auto").markdownDialect("commonmark")
                .links(LinkOptions.defaults().withOffline(true)).build();
        assertEquals(List.of("7:5 table.html-unclosed"), Articlecheck.engine(commonMark).run().findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId()).toList());
        Files.delete(base.resolve("_config.yml"));
        RunSettings kramdown = RunSettings.builder(base).contentDirectory(Path.of(".")).markdownDialect("kramdown")
                .links(LinkOptions.defaults().withOffline(true)).build();
        assertEquals(List.of(), Articlecheck.engine(kramdown).run().findings());
        org.junit.jupiter.api.Assertions.assertThrows(io.github.articlecheck.core.ConfigurationException.class,
                () -> RunSettings.builder(base).markdownDialect("markdown-it"));
    }

    /** kramdown: footnote labels match exactly; a delimiter row's cell count does not matter; an extra cell adds a column. */
    @Test
    void kramdownFootnoteLabelsAndTables() throws IOException {
        String page = "---\ntitle: T\n---\n\n| a | b |\n|---|---|---|\n| 1 | 2 | 3 |\n\nOne[^a] and two[^A].\n\n"
                + "[^a]: One.\n[^A]: Two.\n";
        Files.writeString(base.resolve("page.md"), page);
        List<String> gfm = Articlecheck.engine(RunSettings.builder(base).contentDirectory(Path.of("."))
                .links(LinkOptions.defaults().withOffline(true)).build()).run().findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId()).toList();
        assertEquals(List.of("6:1 table.delimiter", "12:1 footnote.duplicate"), gfm);
        Files.writeString(base.resolve("_config.yml"), "title: x\n");
        List<String> kramdown = Articlecheck.engine(RunSettings.builder(base).site("auto")
                .links(LinkOptions.defaults().withOffline(true)).build()).run().findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + io.github.articlecheck.TestArticles.text(f))
                .toList();
        assertEquals(List.of("7:1 table.columns this row has 3 cells but the header has 2: kramdown adds a column"
                + " without a header; escape literal pipes as \\|"), kramdown);
    }

    /** python-markdown.github.io/extensions/admonition and pymdownx tabs: indented content is Markdown, not code. */
    @Test
    void pythonMarkdownAdmonitionsAndTabsHoldMarkdown() throws IOException {
        Files.writeString(base.resolve("mkdocs.yml"), "site_name: x\nmarkdown_extensions:\n  - footnotes\n"
                + "  - admonition\n  - pymdownx.details\n  - pymdownx.superfences\n  - pymdownx.tabbed:\n"
                + "      alternate_style: true\n");
        TestArticles.write(base, "docs/tips.md", "# Tips\n\n???+ tip \"Recommended\"\n\n    A claim[^1] and [a dead link](gone.md).\n\n"
                + "=== \"Tab one\"\n\n    ``` yaml\n    # a YAML comment, not a heading\n    ```\n\n"
                + "[^1]: The note.\n");
        List<String> found = lineRules();
        assertEquals(List.of("5:35 link.file"), found,
                "the admonition's link is checked, its citation counts, the tab's fence is code, no heading in it");
    }

    /**
     * MkDocs enables only toc, tables and fenced_code itself (mkdocs/config/defaults.py): without admonition the
     * indented lines under "!!! note" are an indented code block, and without footnotes "[^1]" is text on the page.
     */
    @Test
    void pythonMarkdownReadsOnlyTheExtensionsTheSiteLists() throws IOException {
        Files.writeString(base.resolve("mkdocs.yml"), "site_name: x\n");
        TestArticles.write(base, "docs/tips.md", "# Tips\n\n!!! note\n\n    [not a link](gone.md), code.\n\n"
                + "A claim[^1] and [a dead link](missing.md).\n\n[^1]: The note.\n");
        List<String> found = lineRules();
        assertEquals(List.of("7:8 footnote.undefined", "7:31 link.file", "9:1 footnote.undefined"), found,
                "[^1] and its would-be definition show as text (no reference definition either); no link in code");
    }

    /**
     * pymdownx.tabbed with slugify and combine_header_slug (squidfunk/mkdocs-material's mkdocs.yml): a tab's id is its
     * heading's id, "-", the slug of its label with emoji shortcodes stripped; made unique with "_1" as toc does.
     */
    @Test
    void pymdownxTabsTakeTheirHeadingsIdAndTheirLabelsSlug() throws IOException {
        Files.writeString(base.resolve("mkdocs.yml"), "site_name: x\nmarkdown_extensions:\n  - pymdownx.tabbed:\n"
                + "      alternate_style: true\n      combine_header_slug: true\n"
                + "      slugify: !!python/object/apply:pymdownx.slugs.slugify\n        kwds:\n          case: lower\n");
        TestArticles.write(base, "docs/logo.md", "# Logo and icons\n\n## Logo\n\n=== \":octicons-image-16: Image\"\n\n    A file.\n\n"
                + "=== \"Icon, bundled\"\n\n    An icon.\n\n=== \"Image\"\n\n    Again.\n\n"
                + "[a](#logo-image) [b](#logo-icon-bundled) [c](#logo-image_1) [d](#image)\n");
        List<String> found = lineRules();
        assertEquals(List.of("17:65 link.anchor"), found, "only #image, which no tab has once combined");
    }

    /** The findings of a run with no configuration but the site's, as "line:column rule". */
    private List<String> lineRules() {
        return Articlecheck.engine(RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true))
                .build()).run().findings().stream().map(f -> f.line() + ":" + f.column() + " " + f.ruleId()).toList();
    }

    private List<String> anchorFindings() {
        return Articlecheck.engine(RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true))
                .build()).run().findings().stream().map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " "
                        + f.subject()).toList();
    }

    /**
     * gohugo.io/configuration/markup/#goldmark: parser.attribute.title (default true) reads {#id} on headings;
     * parser.autoDefinitionTermID (default false) gives definition terms ids; autoHeadingID (default true).
     */
    @Test
    void goldmarkIdsFollowHugosParserSettings() throws IOException {
        String page = "---\ntitle: T\n---\n## Install {#setup}\n\nTerm\n: Definition.\n\n"
                + "[a](#setup) [b](#install-setup) [c](#term)\n";
        Files.createDirectories(base.resolve("content"));
        Files.writeString(base.resolve("content/page.md"), page);
        Files.writeString(base.resolve("hugo.toml"), "title = 'x'\n");
        assertEquals(List.of("9:17 link.anchor #install-setup", "9:37 link.anchor #term"), anchorFindings(),
                "Hugo's defaults: {#setup} is the id, terms have none");
        Files.writeString(base.resolve("hugo.toml"), "title = 'x'\n[markup.goldmark.parser]\nautoDefinitionTermID = true\n"
                + "[markup.goldmark.parser.attribute]\ntitle = false\n");
        assertEquals(List.of("9:5 link.anchor #setup"), anchorFindings(),
                "attributes off: the braces are slugged with the text; the term has its id");
        Files.writeString(base.resolve("hugo.toml"), "title = 'x'\n[markup.goldmark.parser]\nautoHeadingID = false\n");
        Files.writeString(base.resolve("content/page.md"), "---\ntitle: T\n---\n## Install\n\n[a](#install)\n");
        assertEquals(List.of("6:5 link.anchor #install"), anchorFindings(), "no generated ids");
    }

    /**
     * kramdown.gettalong.org/options.html: parse_block_html (a parser option, from where {::options} sets it on) makes
     * block HTML content Markdown; auto_ids false (a converter option: the whole page) leaves headings without ids.
     */
    @Test
    void kramdownOptionsSetInThePageOrInConfig() throws IOException {
        Files.writeString(base.resolve("_config.yml"), "title: x\n");
        Files.writeString(base.resolve("page.md"), "---\ntitle: T\n---\n\n<div>\n\n#### Raw, not a heading\n\n</div>\n\n"
                + "{::options parse_block_html=\"true\" auto_ids=\"false\" /}\n\n<div>\n\n#### Deep\n\n</div>\n\n"
                + "## Section\n\n[a](#section)\n");
        assertEquals(List.of("15:1 heading.increment h4", "21:5 link.anchor #section"), anchorFindings());
        Files.writeString(base.resolve("_config.yml"), "title: x\nkramdown:\n  parse_block_html: true\n");
        Files.writeString(base.resolve("page.md"), "---\ntitle: T\n---\n\n<div>\n\n#### Deep\n\n</div>\n");
        assertEquals(List.of("7:1 heading.increment h4"), anchorFindings());
    }

    /**
     * Python-Markdown continues a list item only with four spaces, so "  [^1]:" after a list is a footnote of the page
     * with its four-space content (squidfunk/mkdocs-material docs/reference/diagrams.md), and the lines after an empty
     * "[^2]:" are its text (docs/blog/posts/mkdocs-2.0.md). CommonMark gave both footnote.empty.
     */
    @Test
    void pythonMarkdownFootnotesAfterListsAndOnTheNextLine() throws IOException {
        Files.writeString(base.resolve("mkdocs.yml"), "site_name: x\nmarkdown_extensions:\n  - footnotes\n");
        TestArticles.write(base, "docs/notes.md", "# Notes\n\n- [x] Diagrams use the fonts[^1]\n- [x] Archived[^2]\n\n  [^1]:\n"
                + "    While all features should work, only flowcharts are styled.\n\n[^2]:\n"
                + "  The link points to the web archive.\n\n[^3]:\n\nA claim[^3].\n");
        List<String> found = lineRules();
        assertEquals(List.of("12:1 footnote.empty"), found, "only [^3], whose text never comes");
    }

    private List<String> findingTexts() {
        return Articlecheck.engine(RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true))
                .build()).run().findings().stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + " "
                        + f.ruleId() + " " + io.github.articlecheck.TestArticles.text(f)).toList();
    }

    /**
     * A site's own image shortcode (layouts/_shortcodes/img.html writing <img src="{{ .Get "src" }}" alt=…>) is read
     * like figure; Hugo's figure takes its alt from caption when alt is not given (its embedded figure.html).
     */
    @Test
    void hugoImageShortcodesAreReadFromTheSitesTemplates() throws IOException {
        Files.writeString(base.resolve("hugo.toml"), "title = 'x'\n");
        Files.createDirectories(base.resolve("layouts/_shortcodes"));
        Files.writeString(base.resolve("layouts/_shortcodes/img.html"), "{{ $src := .Get \"src\" }}\n"
                + "<img src=\"{{ $src }}\" {{ with .Get \"alt\" }}alt=\"{{ . }}\"{{ end }}>\n");
        Files.writeString(base.resolve("layouts/_shortcodes/banner.html"), "<img src=\"{{ .Get \"src\" }}\">\n");
        Files.createDirectories(base.resolve("content"));
        Files.createDirectories(base.resolve("static"));
        Files.writeString(base.resolve("static/ok.png"), "png");
        Files.writeString(base.resolve("content/page.md"), "---\ntitle: T\n---\n{{< img src=\"/ok.png\" >}}\n\n"
                + "{{< img src=\"/gone.png\" alt=\"A chart\" >}}\n\n{{< banner src=\"/ok.png\" >}}\n\n"
                + "{{< figure src=\"/ok.png\" caption=\"The chart\" >}}\n");
        assertEquals(List.of("content/page.md:4:1 image.alt img shortcode '/ok.png' has no alt: add alt=\"description\""
                + " to the shortcode", "content/page.md:6:14 link.image '/gone.png' does not exist: looked for static/gone.png"),
                findingTexts(), "banner writes no alt of the article's: nothing to ask; figure's caption is its alt");
    }

    /**
     * Hugo passes a {{< >}} shortcode's inner content to its template as text: Markdown only when the template
     * renders it (markdownify, RenderString; Hugo's details); {{% %}} content is always Markdown.
     */
    @Test
    void hugoShortcodeInnerContentIsMarkdownOnlyWhenTheTemplateRendersIt() throws IOException {
        Files.writeString(base.resolve("hugo.toml"), "title = 'x'\n");
        Files.createDirectories(base.resolve("layouts/shortcodes"));
        Files.writeString(base.resolve("layouts/shortcodes/note.html"), "<aside>{{ .Inner | markdownify }}</aside>\n");
        Files.writeString(base.resolve("layouts/shortcodes/tabs.html"), "<div>{{ .Inner }}</div>\n");
        Files.createDirectories(base.resolve("content"));
        Files.writeString(base.resolve("content/page.md"), "---\ntitle: T\n---\n{{< highlight go >}}\n# not a heading\n"
                + "{{< /highlight >}}\n\n{{< note >}}\n[dead](gone.md)\n{{< /note >}}\n\n{{< tabs >}}\n[raw](raw.md)\n"
                + "{{< /tabs >}}\n\n{{% notice %}}\n[dead too](gone-too.md)\n{{% /notice %}}\n\n"
                + "{{< details summary=\"More\" >}}\n[in details](gone-three.md)\n{{< /details >}}\n");
        List<String> found = findingTexts().stream().map(f -> f.substring(0, f.indexOf(" ", f.indexOf(" ") + 1))).toList();
        assertEquals(List.of("content/page.md:9:8 link.file", "content/page.md:17:12 link.file",
                "content/page.md:21:14 link.file"), found);
    }

    /** docs.astro.build/en/guides/images: <Image> from astro:assets, its src an imported file or a literal; alt required. */
    @Test
    void mdxImageComponentsAreImages() throws IOException {
        Files.writeString(base.resolve("astro.config.mjs"), "export default {}\n");
        TestArticles.write(base, "src/assets/logo.png", "png");
        TestArticles.write(base, "src/content/docs/guide.mdx", "---\ntitle: Guide\n---\nimport { Image as Img } from 'astro:assets';\n"
                + "import logo from '../../assets/logo.png';\nimport chart from '../../assets/chart.png';\n\n"
                + "<Img src={logo} alt=\"The logo\" />\n\n<Img src={chart} alt=\"\" />\n\n<Img src={logo} />\n\n"
                + "<Img src=\"/missing.png\" alt={t('alt')} width={200} />\n");
        List<String> found = findingTexts();
        assertEquals(List.of("src/content/docs/guide.mdx:6:20 link.image", "src/content/docs/guide.mdx:12:1 image.alt",
                "src/content/docs/guide.mdx:14:11 link.image"),
                found.stream().map(f -> f.substring(0, f.indexOf(" ", f.indexOf(" ") + 1))).toList(), found.toString());
        assertTrue(found.get(1).endsWith("<Img> '../../assets/logo.png' has no alt: add alt=\"description\" (alt=\"\" for a"
                + " decorative image)"), found.get(1));
    }

    /**
     * python-markdown.github.io/extensions/definition_lists: a definition's further blocks are indented under it, an
     * admonition among them (squidfunk/mkdocs-material docs/reference/admonitions.md) — Markdown, not indented code.
     */
    @Test
    void definitionListsHoldMarkdownIndentedUnderTheDefinition() throws IOException {
        Files.writeString(base.resolve("mkdocs.yml"), "site_name: x\nmarkdown_extensions:\n  - def_list\n  - admonition\n");
        TestArticles.write(base, "docs/lists.md", "# Lists\n\n`Cras arcu libero`\n\n:   Aliquam metus eros.\n\n"
                + "    Duis mollis, see [the guide](gone.md).\n\n`type:note`\n\n:   !!! note\n\n"
                + "        Lorem [ipsum](gone-too.md).\n");
        List<String> found = lineRules();
        assertEquals(List.of("7:34 link.file", "13:23 link.file"), found);
        Files.writeString(base.resolve("mkdocs.yml"), "site_name: x\n");
        found = lineRules();
        assertEquals(List.of(), found, "without def_list the indented blocks are code, as Python-Markdown reads them");
    }

    /** Hugo's autoDefinitionTermID gives a term its id whether or not its definition runs on in indented blocks. */
    @Test
    void goldmarkTermIdsWithDefinitionsOfSeveralBlocks() throws IOException {
        Files.writeString(base.resolve("hugo.toml"), "title = 'x'\n[markup.goldmark.parser]\nautoDefinitionTermID = true\n");
        Files.createDirectories(base.resolve("content"));
        Files.writeString(base.resolve("content/page.md"), "---\ntitle: T\n---\nOne term\n: Short.\n\nOther term\n\n"
                + ":   Long.\n\n    More, with [a link](gone.md).\n\n[a](#one-term) [b](#other-term) [c](#none)\n");
        assertEquals(List.of("11:25 link.file gone.md", "13:37 link.anchor #none"), anchorFindings());
    }

    /**
     * GitHub alerts ("> [!NOTE]", also Hugo's blockquote render hook's alert type) are a blockquote whose first line
     * names its kind: in every engine the brackets are no reference to define, and the rest is Markdown.
     */
    @Test
    void alertsAreBlockquotesInEveryDialect() throws IOException {
        Files.writeString(base.resolve("page.md"), "---\ntitle: T\n---\n> [!NOTE]\n> Useful [context](gone.md).\n\n"
                + "> [!WARNING]\n> Careful.\n");
        for (String dialect : List.of("commonmark", "goldmark", "kramdown", "python-markdown")) {
            List<String> found = Articlecheck.engine(RunSettings.builder(base).contentDirectory(Path.of("."))
                    .markdownDialect(dialect).links(LinkOptions.defaults().withOffline(true)).build()).run().findings()
                    .stream().map(f -> f.line() + ":" + f.column() + " " + f.ruleId()).toList();
            assertEquals(List.of("5:20 link.file"), found, dialect);
        }
    }

    /** gohugo.io/configuration/markup/#extensions: with footnote = false goldmark leaves "[^1]" as text on the page. */
    @Test
    void goldmarkWithFootnotesOffShowsTheCitationAsText() throws IOException {
        Files.writeString(base.resolve("hugo.toml"), "title = 'x'\n[markup.goldmark.extensions]\nfootnote = false\n");
        Files.createDirectories(base.resolve("content"));
        Files.writeString(base.resolve("content/page.md"), "---\ntitle: T\n---\nA claim[^1].\n");
        assertEquals(List.of("content/page.md:4:8 footnote.undefined footnote [^1] shows as text: the site has footnotes off"
                + " (turn them on in its Markdown configuration, or write the note in the text)"), findingTexts());
    }
}
