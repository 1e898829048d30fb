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

/**
 * The URL rules each generator's configuration sets, applied with no configuration in the pom: every link below is
 * written as a site's author writes it, and only the ones the generator would not serve are findings.
 */
class GeneratorUrlRulesTest {
    @TempDir
    Path base;

    private void write(String relative, String text) throws IOException {
        io.github.articlecheck.TestArticles.write(base, relative, text);
    }

    private RunSettings settings() {
        return RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true)).build();
    }

    /** path:line:column rule message, for every finding of the run. */
    private List<String> findings() {
        return Articlecheck.engine(settings()).run().findings().stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " " + TestArticles.text(f))
                .toList();
    }

    /** gohugo.io/content-management/multilingual: each language's contentDir; the default language at the root. */
    @Test
    void hugoLanguagesByContentFolderArePublishedUnderTheirPrefixAndAllChecked() throws IOException {
        write("hugo.toml", "defaultContentLanguage = 'fr'\n[languages.fr]\n  contentDir = 'content/fr'\n"
                + "[languages.en]\n  contentDir = 'content/en'\n");
        write("content/fr/guide.md", "---\ntitle: Guide\n---\n[en](/en/guide/) [fr](/guide/) [mort](/fr/guide/)\n");
        write("content/en/guide.md", "---\ntitle: Guide\n---\n[fr](/guide/) [dead](/en/absent/)\n");
        assertEquals(List.of(
                "content/en/guide.md:4:22 link.file '/en/absent/' does not exist: no page is published at /en/absent,"
                        + " and there is no file static/en/absent",
                "content/fr/guide.md:4:39 link.file '/fr/guide/' does not exist: no page is published at /fr/guide,"
                        + " and there is no file static/fr/guide"), findings());
        assertTrue(settings().siteLines().get(0).contains("content/,"), settings().siteLines().toString());
    }

    /** Translation by file name (about.fr.md), and defaultContentLanguageInSubdir putting English under /en/. */
    @Test
    void hugoLanguagesByFileNameAndTheDefaultLanguageInASubfolder() throws IOException {
        write("hugo.toml", "defaultContentLanguageInSubdir = true\n[languages.en]\n  weight = 1\n[languages.fr]\n"
                + "  weight = 2\n");
        write("content/about.md", "---\ntitle: About\ntags: [x]\n---\n[fr](/fr/about/) [tag](/en/tags/x/) [root](/about/)\n");
        write("content/about.fr.md", "---\ntitle: À propos\n---\n[en](/en/about/)\n");
        List<String> found = findings();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("content/about.md:5:44 link.file '/about/' does not exist"), found.toString());
    }

    /** [taxonomies] replaces tags and categories; disableKinds removes kinds of pages; robots.txt only when enabled. */
    @Test
    void hugoTaxonomiesAndDisabledKinds() throws IOException {
        write("hugo.toml", "disableKinds = ['term']\n[taxonomies]\n  serie = 'series'\n");
        write("content/posts/first.md", "---\ntitle: First\nseries: [Données]\ntags: [x]\n---\n"
                + "[list](/series/) [term](/series/données/) [tags](/tags/x/) [robots](/robots.txt)\n");
        List<String> found = findings().stream().map(line -> line.substring(0, line.indexOf(" does not"))).toList();
        assertEquals(List.of("content/posts/first.md:6:25 link.file '/series/données/'",
                "content/posts/first.md:6:50 link.file '/tags/x/'", "content/posts/first.md:6:69 link.file '/robots.txt'"),
                found);
    }

    /** gohugo.io/configuration/ugly-urls: /posts/first.html, not /posts/first/; a section table sets some sections. */
    @Test
    void hugoUglyUrlsServeOnlyTheHtmlFormAndPrettyOnlyTheFolderForm() throws IOException {
        write("hugo.toml", "[uglyURLs]\n  posts = true\n");
        write("content/posts/first.md", "---\ntitle: First\n---\n[p1](/posts/first.html) [p2](/docs/guide/)"
                + " [section](/posts/) [ugly only](/posts/first/#x)\n");
        write("content/docs/guide.md", "---\ntitle: Guide\n---\n[ok](/posts/first.html) [pretty only](/docs/guide.html)\n");
        List<String> found = findings();
        assertEquals(List.of("content/docs/guide.md:4:39 link.file '/docs/guide.html' is not served: the page is"
                        + " published at /docs/guide/, in that form only",
                "content/posts/first.md:4:75 link.file '/posts/first/#x' is not served: the page is published at"
                        + " /posts/first.html, in that form only"), found);
        var fix = Articlecheck.engine(settings()).run().findings().stream()
                .filter(f -> f.path().equals("content/posts/first.md")).findFirst().orElseThrow().edits().get(0);
        assertEquals("/posts/first.html#x", fix.replacement(), "the fix keeps the fragment");
    }

    /** jekyllrb.com/docs/collections: under collections_dir, output false not rendered, posts by the site permalink. */
    @Test
    void jekyllCollectionsDirOutputAndTheSitePermalinkStyle() throws IOException {
        write("_config.yml", "collections_dir: content\npermalink: pretty\ncollections:\n  guides:\n    output: true\n"
                + "  notes:\n    output: false\n  team:\n    output: true\n    permalink: /people/:name/\n");
        write("content/_posts/2024-07-19-Hello-World.md", "---\ntitle: Hello\ncategories: [news]\n---\nText.\n");
        write("content/_guides/install/Linux.md", "---\ntitle: Linux\n---\nText.\n");
        write("content/_notes/private.md", "---\ntitle: Notes\n---\nText.\n");
        write("content/_team/Jane.Doe.md", "---\ntitle: Jane\n---\nText.\n");
        write("index.md", "---\ntitle: Home\n---\n[post](/news/2024/07/19/Hello-World/) [guide](/guides/install/Linux/)"
                + " [person](/people/jane-doe/) [note](/notes/private.html) [ugly](/guides/install/Linux.html)\n");
        List<String> found = findings();
        assertEquals(List.of("index.md:4:106 link.file '/notes/private.html' does not exist: no page is published at"
                        + " /notes/private, and there is no file notes/private.html",
                "index.md:4:134 link.file '/guides/install/Linux.html' is not served: the page is published at"
                        + " /guides/install/Linux/, in that form only"), found,
                ":title keeps case, :name is slugified and never swallows .html, output: false renders nothing, and"
                        + " the pretty style gives collections a trailing slash");
    }

    /** docs.astro.build/en/reference/configuration-reference: base, trailingSlash 'always', src/pages routes. */
    @Test
    void astroBaseTrailingSlashAndPageRoutes() throws IOException {
        write("astro.config.mjs", "import { defineConfig } from 'astro/config';\nexport default defineConfig({\n"
                + "  site: 'https://example.org',\n  base: '/docs',\n  trailingSlash: 'always',\n});\n");
        write("src/pages/about.astro", "---\n---\n<h1>About</h1>\n");
        write("src/pages/rss.xml.js", "export function GET() {}\n");
        write("src/pages/_draft.astro", "---\n---\n");
        write("src/pages/blog/[slug].astro", "---\n---\n");
        write("src/content/blog/first.md", "---\ntitle: First\n---\n[about](/docs/about/) [feed](/docs/rss.xml)"
                + " [no base](/about/) [no slash](/docs/about) [page](/docs/blog/first/) [draft](/docs/_draft/)\n");
        List<String> found = findings().stream().map(line -> line.substring(0, line.indexOf(" ", line.indexOf("'")
                + 1 + line.substring(line.indexOf("'") + 1).indexOf("'")))).toList();
        assertEquals(List.of("src/content/blog/first.md:4:55 link.file '/about/'",
                "src/content/blog/first.md:4:75 link.file '/docs/about'",
                "src/content/blog/first.md:4:122 link.file '/docs/_draft/'"), found);
        List<String> lines = settings().siteLines();
        assertTrue(lines.stream().anyMatch(line -> line.contains("1 dynamic route (src/pages/blog/[slug].astro)")),
                lines.toString());
    }

    @Test
    void astroOptionsGivenByJavaScriptExpressionsAreNamedNotGuessed() throws IOException {
        write("astro.config.ts", "const BASE = process.env.BASE;\nexport default {\n  base: BASE,\n  build: {\n"
                + "    format: 'file',\n  },\n};\n");
        write("src/content/blog/first.md", "---\ntitle: First\n---\n[page](/blog/first.html) [folder](/blog/first/)\n");
        assertTrue(settings().siteLines().stream().anyMatch(line -> line.startsWith(
                "site: base is set by a JavaScript expression (BASE), which is not evaluated")), settings().siteLines()
                .toString());
        List<String> found = findings();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("'/blog/first/' is not served: the page is published at /blog/first.html"),
                "build.format 'file' publishes page.html: " + found);
    }

    /** The schemas astro sync writes per collection apply to that collection's folder, unless the pom names one. */
    @Test
    void astroCollectionSchemasApplyToTheirCollection() throws IOException {
        write("astro.config.mjs", "export default {};\n");
        write(".astro/collections/blog.schema.json", "{\"$ref\": \"#/definitions/blog\", \"definitions\": {\"blog\":"
                + " {\"type\": \"object\", \"properties\": {\"title\": {\"type\": \"string\"}}, \"required\": [\"title\"],"
                + " \"additionalProperties\": false}}, \"$schema\": \"http://json-schema.org/draft-07/schema#\"}");
        write("src/content/blog/first.md", "---\ntitel: First\n---\nText.\n");
        write("src/content/authors/jane.md", "---\nname: Jane\n---\nText.\n");
        assertEquals(java.util.Map.of("blog/**", base.resolve(".astro/collections/blog.schema.json")),
                SiteDetector.detect(base, null).schemas());
        List<String> found = findings();
        assertTrue(!found.isEmpty() && found.stream().allMatch(line -> line.startsWith("src/content/blog/first.md:")),
                found.toString());
        assertEquals(List.of(), Articlecheck.engine(RunSettings.builder(base).site("auto").frontMatterSchema(
                writeSchema()).links(LinkOptions.defaults().withOffline(true)).build()).run().findings().stream()
                .map(f -> f.ruleId()).toList(), "a schema in the pom replaces the generator's");
    }

    private Path writeSchema() throws IOException {
        write("schema.json", "{\"type\": \"object\"}");
        return Path.of("schema.json");
    }

    /** mkdocs.org/user-guide/configuration: use_directory_urls; the toc extension's slugify, not pymdownx.tabbed's. */
    @Test
    void mkdocsDirectoryUrlsAndTheTocSlugify() throws IOException {
        write("mkdocs.yml", "site_name: x\nuse_directory_urls: false\nmarkdown_extensions:\n  - pymdownx.tabbed:\n"
                + "      slugify: !!python/object/apply:pymdownx.slugs.slugify\n        kwds:\n          case: lower\n"
                + "  - toc:\n      permalink: true\n");
        write("docs/guide.md", "# Guide\n\n## Prérequis\n\n[ok](#prerequis) [page](/guide.html) [folder](/guide/)\n");
        SiteModel model = SiteDetector.detect(base, null);
        assertEquals(java.util.Optional.of("python-markdown"), model.headingIds(), "tabbed's slugify is not the toc's");
        List<String> found = findings();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("docs/guide.md:5:47 link.file '/guide/' is not served"), found.toString());
        write("mkdocs.yml", "site_name: x\nmarkdown_extensions:\n  - toc:\n      slugify: !!python/object/apply:"
                + "pymdownx.slugs.slugify\n        kwds:\n          case: lower\n");
        assertEquals(java.util.Optional.of("github"), SiteDetector.detect(base, null).headingIds(),
                "pymdownx.slugs.slugify with case: lower keeps accented letters, as GitHub does");
    }

    /** Goldmark attributes, kramdown IAL and Python-Markdown attr_list: {#id} and { id="id" } set a heading's id. */
    @Test
    void headingIdsSetByAttributeLists() throws IOException {
        write("mkdocs.yml", "site_name: x\nmarkdown_extensions:\n  - attr_list\n");
        write("docs/changelog.md", "# Changes\n\n## 9.7.0 <small>2025</small> { id=\"9.7.0\" }\n\n## Notes {.wide}\n\n"
                + "[a](#9.7.0) [b](#notes) [c](#notes-wide)\n");
        List<String> found = findings();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("docs/changelog.md:7:29 link.anchor"), found.toString());
    }

    /** Footnote ids as each engine writes them: Python-Markdown by label, goldmark (Hugo) by reference order. */
    @Test
    void footnoteIdsFollowTheMarkdownEngine() throws IOException {
        write("mkdocs.yml", "site_name: x\nmarkdown_extensions:\n  - footnotes\n");
        write("docs/notes.md", "# Notes\n\nA claim[^source].\n\n[^source]: The source.\n\n"
                + "[note](#fn:source) [back](#fnref:source) [numbered](#fn:1)\n");
        List<String> found = findings();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("docs/notes.md:7:53 link.anchor '#fn:1'"), found.toString());
        Files.delete(base.resolve("mkdocs.yml"));
        Files.delete(base.resolve("docs/notes.md"));
        write("hugo.toml", "title = 'x'\n");
        write("content/notes.md", "---\ntitle: Notes\n---\nOne[^b] and two[^a].\n\n[^a]: A.\n[^b]: B.\n\n"
                + "[first](#fn:1) [second](#fnref:2) [by label](#fn:a)\n");
        found = findings();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("content/notes.md:9:46 link.anchor '#fn:a'"), found.toString());
    }

    /**
     * MDN (mdn/translated-content): a page at /de/docs/&lt;slug&gt;, any letter case; moved pages in _redirects.txt;
     * rari's ids (crates/rari-md/src/anchor.rs); untranslated pages are served in English, so not judged here.
     */
    @Test
    void mdnPagesAreAtTheirSlugWithRarisIdsAndEnglishFallback() throws IOException {
        write("files/de/_redirects.txt", "# FROM-URL\tTO-URL\n/de/docs/Web/API/Alt\t/de/docs/Web/API/Fetch\n");
        write("files/de/PROMPT.md", "Not a page: no front matter, and never checked.\n");
        write("files/de/web/api/fetch/index.md", "---\ntitle: Fetch\nslug: Web/API/Fetch\n---\n\n"
                + "## Formale Syntax\n\n## Beispiele\n\n### Formale Syntax\n\n## Browser-Kompatibilität\n\n"
                + "[a](/de/docs/web/api/FETCH#formale_syntax_2) [b](/de/docs/Web/API/Alt) [c](/docs/Web/API/Fetch)"
                + " [d](/en-US/) [e](/de/docs/Web/API/Untranslated) [f](#browser-kompatibilität) [g](bild.png)\n\n"
                + "[h](#browser_compatibility) [i](/de/Web/API/Fetch)\n");
        RunSettings settings = settings();
        assertEquals("site: mdn, files/, 0 static folders, 0 permalink rules, ids mdn, languages en-US de es fr ja ko"
                + " pt-BR ru zh-CN zh-TW", settings.siteLines().get(0));
        var result = Articlecheck.engine(settings).run();
        List<String> found = result.findings().stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + " "
                + f.ruleId()).toList();
        assertEquals(List.of("files/de/web/api/fetch/index.md:16:5 link.anchor",
                "files/de/web/api/fetch/index.md:16:33 link.file"), found);
        assertEquals("links: 2 local links to pages or images not in this repository, which the site serves from"
                + " another (MDN: in English), not judged", result.notes().stream().map(TestArticles.ENGLISH::render)
                .filter(note -> note.contains("another")).findFirst().orElseThrow());
        write("files/en-us/web/api/fetch/index.md", "---\ntitle: Fetch\nslug: Web/API/Fetch\n---\nText.\n");
        assertTrue(findings().contains("files/de/web/api/fetch/index.md:14:114 link.file '/de/docs/Web/API/Untranslated'"
                + " does not exist: no page is published at /de/docs/Web/API/Untranslated, and there is no file"
                + " de/docs/Web/API/Untranslated"), "with the English pages here, a missing page is judged: " + findings());
    }

    /**
     * jekyll/jekyll docs: a kramdown block IAL under a heading sets its id (history.md's {: #v4-3-0}); a Liquid
     * {% link %} is a reference, not a malformed escape; ../../img/x.png resolves from the page's URL as a browser does.
     */
    @Test
    void jekyllIalIdsLiquidLinksAndImagesRelativeToThePageUrl() throws IOException {
        write("_config.yml", "collections:\n  docs:\n    permalink: /:collection/:path/\n    output: true\n");
        write("_docs/history.md", "---\ntitle: History\n---\n\n## 4.3.0 / 2022-10-20\n{: #v4-3-0}\n\nText.\n");
        write("img/concept.png", "png");
        write("_docs/guide/intro.md", "---\ntitle: Intro\n---\n\n[v4.3.0](/docs/history/#v4-3-0)"
                + " [methods]({% link _docs/history.md %}) <img src=\"../../img/concept.png\" alt=\"x\">"
                + " [gone](/docs/history/#v9-9-9)\n");
        List<String> found = findings();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("_docs/guide/intro.md:5:"), found.toString());
        assertTrue(found.get(0).contains("'#v9-9-9'"), found.toString());
    }

    /** squidfunk/mkdocs-material: pymdownx.snippets appends includes/mkdocs.md, whose reference definitions every page uses. */
    @Test
    void mkdocsSnippetsAutoAppendDefinesReferencesForEveryPage() throws IOException {
        write("mkdocs.yml", "site_name: x\nmarkdown_extensions:\n  - pymdownx.snippets:\n      auto_append:\n"
                + "        - includes/mkdocs.md\n        - includes/absent.md\n  - toc:\n      permalink: true\n");
        write("includes/mkdocs.md", "*[HTML]: Hyper Text Markup Language\n\n  [MkDocs]: https://www.mkdocs.org\n");
        write("docs/index.md", "# Home\n\nBuilt with [MkDocs][mkdocs] and [another][Not Defined].\n");
        List<String> found = findings();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("docs/index.md:3:33 link.reference"), found.toString());
        assertTrue(settings().siteLines().contains("site: pymdownx.snippets appends includes/absent.md, which is not"
                + " here: the reference links it defines are reported as undefined"), settings().siteLines().toString());
    }

    /** mkdocs-material's content.html: {% if not "\\x3ch1" in page.content %}<h1>{{ page.title }}</h1>{% endif %}. */
    @Test
    void mkdocsRendersTheTitleOnlyForAPageWithoutItsOwnH1() throws IOException {
        write("mkdocs.yml", "site_name: x\n");
        write("docs/post.md", "---\ntitle: Blog post\n---\n\n# Blog post, its own h1\n\n## Section\n");
        write("docs/plain.md", "---\ntitle: Plain\n---\n\n#### Too deep under the rendered title\n");
        List<String> found = findings();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("docs/plain.md:5:1 heading.increment"), found.toString());
    }

    /** jekyllrb.com/docs/posts/#drafts: _drafts are built only with show_drafts (or --drafts), under collections_dir. */
    @Test
    void jekyllDraftsAreArticlesOnlyWhenShown() throws IOException {
        write("_config.yml", "collections_dir: content\n");
        write("content/_drafts/idea.md", "---\ntitle: Idea\n---\n[dead](gone.md)\n");
        assertEquals(List.of(), findings());
        write("_config.yml", "collections_dir: content\nshow_drafts: true\n");
        assertEquals(1, findings().size(), findings().toString());
    }

    /** jekyllrb.com/docs/collections: a document with front matter is rendered even without an extension. */
    @Test
    void jekyllCollectionDocumentsWithoutAnExtensionAreArticles() throws IOException {
        write("_config.yml", "collections:\n  docs:\n    output: true\n");
        write("_docs/guide", "---\ntitle: Guide\n---\n[dead](gone.md)\n");
        write("_docs/LICENSE", "Not a page: no front matter.\n[x](nowhere.md)\n");
        assertEquals(List.of("_docs/guide:4:8 link.file"), findings().stream()
                .map(line -> line.substring(0, line.indexOf(" '"))).toList());
    }
}
