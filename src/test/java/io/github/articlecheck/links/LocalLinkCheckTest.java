package io.github.articlecheck.links;

import io.github.articlecheck.run.RunSettings;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlecheck.engine.Engine;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.read.AnchorStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local links on real files: files, images, case, anchors, published URLs, references; never the network. */
class LocalLinkCheckTest {
    private static final String FM = "---\ntitle: T\n---\n";

    @TempDir
    Path base;

    private void write(String relative, String text) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<String> run(UnaryOperator<RunSettings.Builder> configure, UnaryOperator<LinkOptions> links) {
        LinkOptions options = links.apply(LinkOptions.defaults().withOffline(true));
        EngineResult result = Articlecheck.engine(configure.apply(RunSettings.builder(base).links(options)).build()).run();
        return result.findings().stream().filter(f -> f.ruleId().startsWith("link."))
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " " + TestArticles.text(f))
                .collect(Collectors.toList());
    }

    private List<String> run() {
        return run(b -> b, l -> l);
    }

    private static LinkOptions preset(LinkOptions o, SitePreset preset, List<PermalinkRule> permalinks, Optional<String> baseUrl) {
        return o.toBuilder().baseUrl(baseUrl).sitePreset(preset).permalinks(permalinks).build();
    }

    @Test
    void existingTargetsGiveNothing() throws IOException {
        write("content/guide/index.md", FM + "## Données ouvertes\n\n<a id=\"custom\"></a>\n");
        write("content/guide/image.png", "x");
        write("static/logo.svg", "<svg/>");
        write("content/a.md", FM + "[guide](guide/) [img](guide/image.png) [anchor](guide/index.md#données-ouvertes)"
                + " [encoded](guide/#donn%C3%A9es-ouvertes) [custom](guide/#custom) [top](#top) [self](#section)\n\n"
                + "## Section\n\n<img src=\"/logo.svg\" alt=\"Logo\"> [mail](mailto:a@example.org) [tel](tel:+33100000000)\n");
        assertEquals(List.of(), run(b -> b.siteRoots(List.of(base.resolve("static"))), l -> l));
    }

    @Test
    void missingFileSaysWhereItLookedAndSuggestsTheClosest() throws IOException {
        write("content/notifications-v1.md", FM);
        write("content/a.md", FM + "[suite](notifications-v2) and [page](notifications-v1.md)\n");
        assertEquals(List.of("content/a.md:4:9 link.file 'notifications-v2' does not exist: looked for"
                + " content/notifications-v2 (did you mean content/notifications-v1.md?)"), run());
    }

    /** cover: {image: …} as Hugo's PaperMod theme reads it; a key literally named with a dot wins. */
    @Test
    void nestedFrontMatterImageKeys() throws IOException {
        write("content/ok.png", "x");
        write("content/a.md", "---\ntitle: T\ncover:\n  image: absent.png\n  alt: x\n---\n");
        write("content/b.md", "---\ntitle: T\ncover:\n  image: ok.png\n---\n");
        write("content/c.md", "---\ntitle: T\nhero.src: gone.png\nhero:\n  src: ok.png\n---\n");
        assertEquals(List.of(
                "content/a.md:4:10 link.image 'absent.png' does not exist: looked for content/absent.png",
                "content/c.md:3:11 link.image 'gone.png' does not exist: looked for content/gone.png"),
                run(b -> b, l -> l.toBuilder().frontMatterLinkKeys(List.of("cover.image", "hero.src")).build()));
        assertEquals(1, run().size(), "cover.image is among the default keys");
    }

    @Test
    void missingImagesInMarkdownHtmlSrcsetAndFrontMatter() throws IOException {
        write("content/a.md", "---\ntitle: T\nimage: /img/cover.png\n---\n![A](img/a.png)\n\n"
                + "<img alt=\"B\" src=\"b.png\" srcset=\"c.png 1x, d.png 2x\">\n");
        assertEquals(List.of(
                "content/a.md:3:8 link.image '/img/cover.png' does not exist: looked for img/cover.png",
                "content/a.md:5:6 link.image 'img/a.png' does not exist: looked for content/img/a.png",
                "content/a.md:7:19 link.image 'b.png' does not exist: looked for content/b.png",
                "content/a.md:7:34 link.image 'c.png' does not exist: looked for content/c.png",
                "content/a.md:7:44 link.image 'd.png' does not exist: looked for content/d.png"), run());
    }

    @Test
    void letterCaseMismatchIsItsOwnRule() throws IOException {
        write("content/images/Photo.png", "x");
        write("content/a.md", FM + "![P](images/photo.png) ![Q](Images/Photo.png)\n");
        assertEquals(List.of(
                "content/a.md:4:6 link.case 'images/photo.png' exists only as content/images/Photo.png: letter case"
                        + " differs, which breaks on Linux servers and CI",
                "content/a.md:4:29 link.case 'Images/Photo.png' exists only as content/images/Photo.png: letter case"
                        + " differs, which breaks on Linux servers and CI"), run());
    }

    @Test
    void anchorsInTheSameAndOtherArticles() throws IOException {
        write("content/b.md", FM + "## Données ouvertes\n\n## Données ouvertes\n\n## Titre {#explicite}\n");
        write("content/a.md", FM + "[1](b.md#données-ouvertes-1) [2](b.md#explicite) [3](b.md#donnees-ouvertes)"
                + " [4](#nulle-part)\n\n## Ici\n");
        assertEquals(List.of(
                "content/a.md:4:54 link.anchor '#donnees-ouvertes' is not an anchor of content/b.md (did you mean #données-ouvertes?)",
                "content/a.md:4:81 link.anchor '#nulle-part' is not an anchor of this article"), run());
    }

    @Test
    void anchorStyleFollowsTheGenerator() throws IOException {
        write("content/b.md", FM + "## La voie stratégique\n");
        write("content/a.md", FM + "[x](b.md#la-voie-strategique)\n");
        assertEquals(List.of(), run(b -> b.anchorStyle(AnchorStyle.ASCII), l -> l));
        assertEquals(1, run().size());
        assertEquals("la-voie-stratégique", AnchorStyle.GITHUB.slugOf("La voie stratégique"));
        assertEquals("la-voie-strategique", AnchorStyle.ASCII.slugOf("La voie stratégique"));
        assertEquals("la-voie-stratgique", AnchorStyle.KRAMDOWN.slugOf("La voie stratégique"));
        assertEquals("a-b", AnchorStyle.GITLAB.slugOf("A -- B"));
        assertEquals("a----b", AnchorStyle.GITHUB.slugOf("A -- B"));
    }

    /** A generator that writes no heading ids: a link to heading text is broken; an explicit {#id} still counts. */
    @Test
    void anchorStyleNoneGivesHeadingsNoIds() throws IOException {
        write("content/b.md", FM + "## Suite\n\n## Suite\n\n## Titre {#explicite}\n");
        write("content/a.md", FM + "[1](b.md#suite) [2](b.md#explicite)\n");
        assertEquals(List.of("content/a.md:4:5 link.anchor '#suite' is not an anchor of content/b.md"),
                run(b -> b.anchorStyle(AnchorStyle.NONE), l -> l));
        EngineResult result = Articlecheck.engine(RunSettings.builder(base).anchorStyle(AnchorStyle.NONE)
                .links(LinkOptions.defaults().withOffline(true)).build()).run();
        assertEquals(List.of(), result.findings().stream().filter(f -> f.ruleId().equals("heading.duplicate-id"))
                .toList());
    }

    /** MDN's ids (yari): '_' between words and _2 for a repeat, stated as a rule. */
    @Test
    void anchorStyleRuleResolvesMdnStyleLinks() throws IOException {
        write("content/b.md", FM + "## Formale Syntax\n\n## Formale Syntax\n");
        write("content/a.md", FM + "[1](b.md#formale_syntax) [2](b.md#formale_syntax_2) [3](b.md#formale-syntax)\n");
        assertEquals(List.of("content/a.md:4:57 link.anchor '#formale-syntax' is not an anchor of content/b.md"
                + " (did you mean #formale_syntax?)"),
                run(b -> b.anchorStyle(io.github.articlecheck.read.IdStyle.parse("rule:separator=_,repeat=_{n}")),
                        l -> l));
    }

    @Test
    void anchorsOfALocalHtmlFile() throws IOException {
        write("content/page.html", "<html><body><h2 id=\"intro\">x</h2></body></html>");
        write("content/a.md", FM + "[ok](page.html#intro) [bad](page.html#outro)\n");
        assertEquals(List.of("content/a.md:4:29 link.anchor '#outro' is not an anchor of content/page.html (did you mean #intro?)"),
                run());
    }

    @Test
    void emptyLinksReferencesAndSyntax() throws IOException {
        write("content/a.md", FM + "[vide]() <a href=\"\">x</a> [ref][nulle] [ok][def] [...] [client/prestataire]\n\n"
                + "> [!NOTE]\n> callout\n\n[bad](ttps://example.org) [sp](<https://exa mple.org>) [m](mailto:nobody)\n\n"
                + "[def]: https://example.org\n");
        assertEquals(List.of(
                "content/a.md:4:8 link.empty empty link destination: the link goes nowhere; write the URL or path, or remove the link",
                "content/a.md:4:19 link.empty empty link destination: the link goes nowhere; write the URL or path, or remove the link",
                "content/a.md:4:27 link.reference reference [nulle] is not defined: add '[nulle]: https://…' or fix the label",
                "content/a.md:9:7 link.syntax 'ttps://example.org' has an unknown scheme 'ttps:' (did you mean https:?)",
                "content/a.md:9:33 link.syntax 'https://exa mple.org' contains a space or a control character: encode it (%20) or remove it",
                "content/a.md:9:60 link.syntax mailto link 'nobody' is not an email address (name@domain)"), run());
    }

    @Test
    void linksInCodeCommentsAndStylesAreNotLinks() throws IOException {
        write("content/a.md", FM + "`[x](missing.md)`\n\n```\n[y](missing.md)\n```\n\n    [z](missing.md)\n\n"
                + "<!-- [c](missing.md) <img src=\"missing.png\"> -->\n\n<style>\na { background: url(missing.png) }\n</style>\n");
        assertEquals(List.of(), run());
    }

    @Test
    void templatedLinksAreCountedAndHugoRefsChecked() throws IOException {
        write("content/docs/real.md", FM + "## Usage\n");
        write("content/a.md", FM + "[a]({{< ref \"docs/real.md#usage\" >}}) [b]({{< relref \"docs/gone.md\" >}})"
                + " [c]({{ page.url }}x)\n");
        EngineResult result = Articlecheck.engine(RunSettings.builder(base)
                .links(LinkOptions.defaults().withOffline(true)).build()).run();
        assertEquals(List.of("content/a.md:4:43 link.file '{{< relref \"docs/gone.md\" >}}' does not exist: looked for"
                + " content/docs/gone.md"),
                result.findings().stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " " + TestArticles.text(f)).toList());
        assertEquals(List.of("links: 1 templated link ({{ }}, {% %}) not checked"),
                result.notes().stream().map(TestArticles.ENGLISH::render).toList());
    }

    @Test
    void hugoPublishedUrlsSlugsAliasesAndBundles() throws IOException {
        write("content/functions/collections/Where.md", FM + "## Usage\n");
        write("content/posts/my-bundle/index.md", FM + "![i](cover.png)\n");
        write("content/posts/my-bundle/cover.png", "x");
        write("content/about/_index.md", FM);
        write("content/news/old.md", "---\ntitle: T\nslug: new-name\naliases: [/legacy/]\n---\n");
        write("content/a.md", FM + "[1](/functions/collections/where/#usage) [2](/posts/my-bundle/) [3](/about/)"
                + " [4](/news/new-name/) [5](/legacy/) [6](/functions/collections/nope/)\n");
        assertEquals(List.of("content/a.md:4:117 link.file '/functions/collections/nope/' does not exist: no page is"
                + " published at /functions/collections/nope, and there is no file functions/collections/nope"),
                run(b -> b.contentDirectory(Path.of("content")), l -> preset(l, SitePreset.HUGO, List.of(), Optional.empty())));
    }

    @Test
    void jekyllPostsAndPermalinkRules() throws IOException {
        write("_posts/2024-07-19-communs.md", "---\ntitle: T\ncategories: [blog]\n---\n");
        write("content/_startups/beta.md", FM);
        write("a.md", FM + "[p](/blog/2024/07/19/communs.html) [s](/startups/beta) [t](/startups/gamma)\n");
        assertEquals(List.of("a.md:4:60 link.file '/startups/gamma' does not exist: no page is published at /startups/gamma, and there is no file startups/gamma"),
                run(b -> b.contentDirectory(Path.of(".")).excludes(List.of("content/**")),
                        l -> preset(l, SitePreset.JEKYLL, List.of(PermalinkRule.of("/startups/:name", "content/_startups/:name.md")),
                                Optional.empty())).stream().map(s -> s.replaceFirst("looked for .*gamma", "looked for gamma")).toList());
    }

    @Test
    void linksUnderTheBaseUrlAreCheckedLocally() throws IOException {
        write("content/page.md", FM);
        write("content/a.md", FM + "[ok](https://www.example.org/page.md) [bad](https://www.example.org/missing)\n");
        assertEquals(List.of("content/a.md:4:45 link.file 'https://www.example.org/missing' does not exist: looked for missing"),
                run(b -> b.siteRoots(List.of(base.resolve("content"))),
                        l -> preset(l, SitePreset.NONE, List.of(), Optional.of("https://www.example.org/"))).stream()
                        .map(s -> s.replaceFirst("looked for .*missing$", "looked for missing")).toList());
    }

    @Test
    void excludeLinksAndSuppressionsApplyToLinkFindings() throws IOException {
        write("content/a.md", FM + "[g](g) [x](gone.md)\n\n<!-- articlecheck-disable-next-line link.file -->\n[y](gone2.md)\n");
        LinkOptions base = LinkOptions.defaults();
        assertEquals(List.of("content/a.md:4:12 link.file 'gone.md' does not exist: looked for content/gone.md"),
                run(b -> b, l -> l.toBuilder().excludeLinks(List.of(java.util.regex.Pattern.compile("^g$"))).build()));
    }

    static List<String> messages(List<Finding> findings) {
        return findings.stream().map(TestArticles::text).toList();
    }

    @Test
    void anIncludedSnippetBringsItsAnchorsNotEveryLineOfItsText() throws IOException {
        // Hugo's include shortcode: the snippet's headings become anchors of the page; its prose does not.
        write("content/_common/snippet.md", "## Included heading\n\nSome prose here.\n");
        write("content/page.md", "---\ntitle: Page\n---\n{{% include \"_common/snippet\" %}}\n\n"
                + "[a](#included-heading) [b](#some-prose-here)\n");
        List<String> found = run(b -> b.contentDirectory(Path.of("content")).excludes(List.of("_common/**")),
                l -> preset(l, SitePreset.HUGO, List.of(), Optional.empty()));
        assertEquals(List.of("content/page.md:6:28 link.anchor '#some-prose-here' is not an anchor of this article"),
                found);
    }

    /** A site with over 10,000 local links has them verified on several threads: the same findings, in order. */
    @Test
    void aLargeSitesLinksAreVerifiedInParallelWithTheSameFindings() throws IOException {
        write("content/target.md", FM + "## Here\n");
        for (int page = 0; page < 40; page++) {
            StringBuilder text = new StringBuilder(FM);
            for (int link = 0; link < 300; link++) {
                text.append("[ok](target.md#here) ");
            }
            text.append(page % 10 == 0 ? "[dead](missing-" + page + ".md) [lost](target.md#gone)\n" : "\n");
            write("content/page-" + (100 + page) + ".md", text.toString());
        }
        List<String> found = run();
        assertEquals(8, found.size(), found.toString());
        assertEquals(List.of("content/page-100.md:4:6308 link.file", "content/page-100.md:4:6329 link.anchor",
                "content/page-110.md:4:6308 link.file", "content/page-110.md:4:6330 link.anchor"),
                found.subList(0, 4).stream().map(f -> f.substring(0, f.indexOf(' ', f.indexOf(' ') + 1))).toList());
    }
}
