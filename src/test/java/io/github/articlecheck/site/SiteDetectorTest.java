package io.github.articlecheck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site=auto recognises the generator and reads Hugo's configuration as Hugo does (gohugo.io/configuration). */
class SiteDetectorTest {
    @TempDir
    Path base;

    private void write(String relative, String text) throws IOException {
        io.github.articlecheck.TestArticles.write(base, relative, text);
    }

    @Test
    void hugoTomlConfigurationGivesContentStaticBaseUrlPermalinksAndIds() throws IOException {
        write("hugo.toml", "baseURL = 'https://example.org/'\ncontentDir = 'contenu'\nstaticDir = ['static', 'files']\n"
                + "[permalinks]\n  posts = '/:year/:month/:slug/'\n[markup.goldmark.parser]\n"
                + "  autoHeadingIDType = 'github-ascii'\n");
        SiteModel model = SiteDetector.detect(base, null);
        assertEquals(Generator.HUGO, model.generator());
        assertEquals(Optional.of(Path.of("hugo.toml")), model.configuration());
        assertEquals(List.of(base.resolve("contenu")), model.contentFolders());
        assertEquals(List.of(base.resolve("static"), base.resolve("files")), model.staticFolders());
        assertEquals(Optional.of("https://example.org/"), model.baseUrl());
        assertEquals(Map.of("posts", "/:year/:month/:slug/"), model.permalinks());
        assertEquals(Optional.of("github-ascii"), model.headingIds());
    }

    @Test
    void hugoModuleMountsAndYamlOrJsonConfigurations() throws IOException {
        write("config.yaml", "module:\n  mounts:\n    - source: content/en\n      target: content\n"
                + "    - source: assets\n      target: assets\n");
        SiteModel model = SiteDetector.detect(base, null);
        assertEquals(List.of(base.resolve("content/en")), model.contentFolders());
        assertEquals(Optional.of("github"), model.headingIds(), "Hugo's default");
        Files.delete(base.resolve("config.yaml"));
        write("hugo.json", "{\"languages\": {\"fr\": {\"contentDir\": \"content/fr\"}}, \"uglyURLs\": true}");
        SiteModel json = SiteDetector.detect(base, null);
        assertEquals(List.of(base.resolve("content/fr")), json.contentFolders());
        assertTrue(json.uglyUrls());
    }

    @Test
    void jekyllAstroAndMkdocsGiveTheirFoldersAndUrlRules() throws IOException {
        write("docs/_config.yml", "url: https://example.org\nbaseurl: /blog\nexclude: [drafts/]\nkramdown:\n  input: kramdown\n"
                + "collections:\n  docs:\n    permalink: /:collection/:path/\n    output: true\n");
        SiteModel jekyll = SiteDetector.detect(base, null);
        assertEquals(Generator.JEKYLL, jekyll.generator());
        assertEquals(Optional.of(Path.of("docs/_config.yml")), jekyll.configuration(), "a site in docs/ beside the pom");
        assertEquals(List.of(base.resolve("docs")), jekyll.contentFolders());
        assertEquals(Optional.of("https://example.org/blog"), jekyll.baseUrl());
        assertEquals(Optional.of("kramdown"), jekyll.headingIds(), "native kramdown input: kramdown's own ids");
        assertTrue(jekyll.excludes().containsAll(List.of("_site/**", "drafts/**")), jekyll.excludes().toString());
        assertEquals(Map.of("docs", "/:collection/:path/"), jekyll.permalinks());
        Files.delete(base.resolve("docs/_config.yml"));
        write("astro.config.mjs", "export default {}\n");
        Files.createDirectories(base.resolve("src/content/docs"));
        assertEquals(List.of(base.resolve("src/content/docs")), SiteDetector.detect(base, null).contentFolders());
        Files.delete(base.resolve("astro.config.mjs"));
        write("mkdocs.yml", "docs_dir: pages\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index:"
                + " !!python/name:material.extensions.emoji.twemoji\n");
        assertEquals(List.of(base.resolve("pages")), SiteDetector.detect(base, null).contentFolders(),
                "read from its line: the Python tag elsewhere is never evaluated");
        assertEquals(Generator.NONE, SiteDetector.detect(base, Generator.NONE).generator());
        assertThrows(ConfigurationException.class, () -> Generator.parse("gatsby"));
    }

    /** gohugo.io/content-management/front-matter/#cascade: a cascade may set url or slug, which the plugin does not apply. */
    @Test
    void aHugoCascadeSettingUrlsOrSlugsIsSaidNotUnderstoodWhereverTheKeyIs() throws IOException {
        write("hugo.toml", "[[cascade]]\n  [cascade.params]\n    kind = 'url'\n[[cascade]]\n  [cascade.target]\n"
                + "    path = '/docs/**'\n  slug = 'x'\n");
        assertTrue(SiteDetector.detect(base, null).notUnderstood().stream().anyMatch(line -> line.startsWith("[cascade]")));
        write("hugo.toml", "[cascade]\n  [cascade.params]\n    kind = 'url'\n    slugs = 'slug'\n");
        assertTrue(SiteDetector.detect(base, null).notUnderstood().stream().noneMatch(line -> line.startsWith("[cascade]")),
                "a value 'url' or a key 'slugs' sets no URL");
    }

    @Test
    void aHugoSiteWithPermalinksResolvesItsPublishedUrlsWithNoConfiguration() throws IOException {
        write("hugo.toml", "[permalinks]\n  posts = '/:year/:month/:slug/'\n  docs = '/:sections[1:]/:title/'\n");
        write("content/posts/first.md", "+++\ntitle = 'First post'\ndate = 2024-07-19\nslug = 'premier'\n+++\n"
                + "[ok](/2024/07/premier/) [ok too](/guide/install-it/) [dead](/2024/07/first/)\n");
        write("content/docs/guide/install.md", "---\ntitle: Install it\n---\nText.\n");
        RunSettings settings = RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true))
                .build();
        assertEquals(List.of("site: hugo (hugo.toml), content/, 1 static folder, 2 permalink rules, ids github"),
                settings.siteLines());
        List<Finding> findings = Articlecheck.engine(settings).run().findings();
        assertEquals(List.of("content/posts/first.md:6:61 link.file '/2024/07/first/' does not exist: no page is published"
                + " at /2024/07/first, and there is no file static/2024/07/first"), findings.stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + " "
                        + f.ruleId() + " " + TestArticles.text(f)).toList());
    }

    @Test
    void aLinkRenderHookInTheLayoutsMeansLinksAreLookedUp() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        org.junit.jupiter.api.Assertions.assertFalse(SiteDetector.detect(base, null).linkLookup());
        write("layouts/_markup/render-link.html", "{{ with .PageInner.GetPage .Destination }}{{ end }}");
        assertTrue(SiteDetector.detect(base, null).linkLookup());
    }

    /** jekyll/jekyll docs/pages/showcase.html: an HTML page with front matter is rendered at its permalink. */
    @Test
    void jekyllHtmlPagesPublishAtTheirPermalinkAndRedirects() throws IOException {
        write("_config.yml", "title: x\n");
        write("pages/showcase.html", "---\nlayout: page\npermalink: /showcase/\nredirect_from:\n  - /docs/sites/\n"
                + "---\n<p>x</p>\n");
        write("_layouts/hidden.html", "---\npermalink: /hidden/\n---\n");
        write("page.md", "---\ntitle: Page\n---\n[a](/showcase/) [b](/docs/sites/) [c](/hidden/)\n");
        RunSettings settings = RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true))
                .build();
        assertEquals(List.of("page.md:4:39 link.file"), Articlecheck.engine(settings).run().findings().stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId()).toList());
    }

    /** gohugoio/hugoDocs layouts/_markup/render-link.html: {@code if eq $u.String "g"} renders a glossary link. */
    @Test
    void destinationsTheRenderHookHandlesByNameAreNotFiles() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        write("layouts/_markup/render-link.html", "{{- $u := urls.Parse .Destination }}\n{{- if eq $u.String \"g\" }}"
                + "glossary{{- else if eq .Destination \"cli\" }}x{{ else }}{{ with .PageInner.GetPage $u.Path }}{{ end }}"
                + "{{ end }}");
        write("content/page.md", "---\ntitle: Page\n---\n[sites](g) [hugo](cli) [dead](gone/) [g2](g/)\n");
        RunSettings settings = RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true))
                .build();
        assertEquals(List.of("site: hugo (hugo.toml), content/, 1 static folder, 0 permalink rules, ids github, links"
                + " looked up by a render hook (which handles (g), (cli) itself)"), settings.siteLines());
        assertEquals(List.of("content/page.md:4:31 link.file", "content/page.md:4:43 link.file"),
                Articlecheck.engine(settings).run().findings().stream()
                        .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId()).toList());
    }

    @Test
    void pagesHugoDoesNotRenderHaveTheirLocalLinksJudgedWhereTheyAreIncluded() throws IOException {
        // gohugo.io/content-management/build-options: a headless branch bundle of snippets, as Hugo's own _common/
        write("hugo.toml", "title = 'x'\n");
        write("content/_common/_index.md", "---\ncascade:\n  build:\n    render: never\n    list: never\n---\n");
        write("content/_common/snippet.md", "---\n---\n[relative to the including page](sibling/)\n");
        write("content/page.md", "---\ntitle: Page\n---\n[dead](nowhere/)\n");
        RunSettings settings = RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true))
                .build();
        var result = Articlecheck.engine(settings).run();
        assertEquals(List.of("content/page.md"), result.findings().stream().map(Finding::path).toList());
        assertEquals("links: 1 local link in pages Hugo does not render (build.render: never) not resolved: they are"
                + " judged where the page is included", TestArticles.ENGLISH.render(result.notes().get(0)));
    }

    @Test
    void aJekyllCollectionsPermalinkResolvesRelativeLinksAsTheBrowserDoes() throws IOException {
        // jekyllrb.com/docs/permalinks: /:collection/:path/ publishes _docs/installation/ubuntu.md at
        // /docs/installation/ubuntu/; from /docs/installation/other-linux/, '../ubuntu/' is that page.
        write("_config.yml", "collections:\n  docs:\n    permalink: /:collection/:path/\n    output: true\n");
        write("_docs/installation/ubuntu.md", "---\ntitle: Ubuntu\n---\nText.\n");
        write("_docs/installation/other-linux.md", "---\ntitle: Other\n---\n[ok](../ubuntu/) [ok](/docs/installation/ubuntu/)"
                + " [dead](../debian/)\n");
        RunSettings settings = RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true))
                .build();
        List<String> found = Articlecheck.engine(settings).run().findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + TestArticles.text(f)).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("4:58 link.file '../debian/' does not exist"), found.toString());
    }

    @Test
    void mkdocsIdsAreWhatPythonMarkdownsTocWrites() {
        // markdown.extensions.toc.slugify: NFKD, ASCII only, [^\w\s-] removed, lower-cased, [-\s]+ as one hyphen
        io.github.articlecheck.read.AnchorStyle style = io.github.articlecheck.read.AnchorStyle.PYTHON_MARKDOWN;
        assertEquals("prerequis", style.slugOf("Prérequis"));
        assertEquals("les-donnees-ouvertes-2024", style.slugOf("Les  données — ouvertes (2024)"));
        assertEquals("snake_case-stays", style.slugOf("snake_case stays"));
    }

    @Test
    void theSiteGoalShowsTheModelAndEachArticlesUrl() throws IOException {
        write("hugo.toml", "[permalinks]\n  posts = '/:year/:month/:slug/'\n");
        write("content/posts/first.md", "+++\ntitle = 'First post'\ndate = 2024-07-19\n+++\nText.\n");
        write("content/docs/Guide.md", "---\ntitle: Guide\naliases: [/old-guide/]\n---\nText.\n");
        io.github.articlecheck.RecordingRunLog log = new io.github.articlecheck.RecordingRunLog();
        Articlecheck.describeSite(RunSettings.builder(base).site("auto").build(), log);
        assertEquals(List.of(
                "[INFO] site: hugo (hugo.toml), content/, 1 static folder, 1 permalink rule, ids github",
                "[INFO] site: heading ids github, content " + base.resolve("content"),
                "[INFO] content/docs/Guide.md → /docs/guide/, /old-guide/ · title h1",
                "[INFO] content/posts/first.md → /2024/07/first-post/ · title h1"), log.lines,
                "a [permalinks] pattern replaces the default URL: /posts/first/ is not published");
    }

    @Test
    void pagesHugoGeneratesWithoutAFileAreKnownAndATagNoArticleHasIsNot() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        write("static/_redirects", "# Netlify\n/ancien-guide /docs/guide/ 301\n/blog/* /posts/:splat 301\n");
        write("content/posts/first.md", "---\ntitle: First\ntags: [Données ouvertes, hugo]\n---\n"
                + "[tag](/tags/données-ouvertes/) [list](/tags/) [feed](/index.xml) [section feed](/posts/index.xml)"
                + " [sitemap](/sitemap.xml) [redirect](/ancien-guide)\n\n[no such tag](/tags/absent/)\n");
        RunSettings settings = RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true))
                .build();
        List<String> found = Articlecheck.engine(settings).run().findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + TestArticles.text(f)).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("7:15 link.file '/tags/absent/' does not exist"), found.toString());
    }

    @Test
    void publishedUrlsCompareExactlyUnlessTheHostIgnoresCase() throws IOException {
        write("hugo.toml", "title = 'x'\n");
        write("content/docs/guide.md", "---\ntitle: Guide\n---\n[same page, other case](/Docs/Guide/)\n");
        LinkOptions offline = LinkOptions.defaults().withOffline(true);
        List<Finding> exact = Articlecheck.engine(RunSettings.builder(base).site("auto").links(offline).build()).run()
                .findings();
        assertEquals(List.of("link.case"), exact.stream().map(Finding::ruleId).toList(), "Linux hosts compare exactly");
        List<Finding> relaxed = Articlecheck.engine(RunSettings.builder(base).site("auto")
                .links(offline.toBuilder().caseInsensitiveUrls(true).build()).build()).run().findings();
        assertEquals(List.of(), relaxed);
    }

    /** A project laid over a checkout links its files/ folder in (bench/run-mdn-benchmark.sh does): still MDN. */
    @Test
    void anMdnFilesFolderBehindASymbolicLinkIsRecognised(@TempDir Path checkout) throws IOException {
        io.github.articlecheck.TestArticles.write(checkout, "files/de/web/index.md", "---\ntitle: Web\nslug: Web\n---\n");
        Files.createSymbolicLink(base.resolve("files"), checkout.resolve("files"));
        assertEquals(Generator.MDN, SiteDetector.detect(base, null).generator());
    }
}
