package io.github.articlecheck.structure;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.config;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingAndImageCheckTest {

    @Test
    void frontMatterTitleCountsAsTheH1() {
        assertEquals(List.of("5:1 heading.increment h3 follows the front matter title 'titre' (h1): use ## or add the missing level"),
                lines(check("---\ntitre: Un titre\n---\n\n### Trop profond\n")));
        assertEquals(List.of(), lines(check("---\ntitre: Un titre\n---\n\n## Bien\n\n### Bien aussi\n\n## Retour\n")));
    }

    @Test
    void skippedLevelAfterAHeading() {
        assertEquals(List.of("6:1 heading.increment h4 follows h2 on line 4: use ### or add the missing level"),
                lines(check("---\ntitle: T\n---\n## Section\n\n#### Trop loin\n")));
    }

    @Test
    void withoutTitleTheFirstHeadingSetsTheLevel() {
        assertEquals(List.of(), lines(check(config().requireFrontMatter(false).build(), "### Snippet\n\n#### Sub\n")));
    }

    @Test
    void h1InTheBodyWhileTheFrontMatterHasATitle() {
        assertEquals(List.of("4:1 heading.multiple-h1 h1 in the body while the front matter has 'title': the page shows"
                + " two titles; use ## here"), lines(check("---\ntitle: T\n---\n# Encore un titre\n")));
        assertEquals(List.of(), lines(check(config().titleKeys(List.of("name")).build(), "---\ntitle: T\n---\n# Titre\n")));
    }

    @Test
    void duplicateAnchorIdsKeepAccentsLikeGitHub() {
        assertEquals(List.of("6:1 heading.duplicate-id heading id 'données-ouvertes' is also the id of the heading on"
                + " line 4: links to #données-ouvertes land there; reword one heading or give it an explicit {#id}"),
                lines(check("---\ntitle: T\n---\n## Données ouvertes\n\n## Données, ouvertes\n\n## Données {#autre}\n")));
    }

    /** A changelog: the same subsection under each release is structure, not a conflict (MD024 siblings_only). */
    @Test
    void sameHeadingUnderDifferentParentsIsSilentButSiblingsAreNot() {
        assertEquals(List.of("12:1 heading.duplicate-id heading id 'bug-fixes' is also the id of the heading on"
                + " line 10: links to #bug-fixes land there; reword one heading or give it an explicit {#id}"),
                lines(check("---\ntitle: T\n---\n## 4.4.1\n\n### Bug Fixes\n\n## 4.4.0\n\n### Bug Fixes\n\n"
                        + "### Bug fixes\n")));
    }

    @Test
    void markdownAndHtmlImagesWithoutAlt() {
        assertEquals(List.of(
                "4:1 image.alt image 'x.png' has no alternative text: describe it between the brackets of ![…](…)",
                "6:3 image.alt <img src=\"/y.svg\"> has no alt attribute: add alt=\"description\" (alt=\"\" if the image is decorative)"),
                lines(check("---\ntitle: T\n---\n![](x.png) ![Un graphique](z.png)\n\nA <img src=\"/y.svg\"> and <img src=\"d.png\" alt=\"\">\n")));
    }

    /** CommonMark: a shortcut ![Logo] or collapsed ![Logo][] reference image takes its label as alt text. */
    @Test
    void referenceImagesTakeTheirLabelAsAltUnlessTheLabelIsWrittenApart() {
        List<String> found = lines(check("---\ntitle: T\n---\n![Blog] ![Logo][] ![][logo]\n\n[blog]: b.png\n"
                + "[logo]: l.png\n"));
        assertEquals(1, found.size(), found.toString());
        org.junit.jupiter.api.Assertions.assertTrue(found.get(0).startsWith("4:19 image.alt"), found.toString());
    }

    @org.junit.jupiter.api.Test
    void aFolderWhoseTemplateRendersTheTitleAsH2() {
        // On a Gridsome site, checklist items render their front matter title as <h2>: ### is the next level.
        io.github.articlecheck.run.RunSettings settings = io.github.articlecheck.TestArticles.config()
                .contentDirectory(java.nio.file.Path.of("content"))
                .titleLevels(java.util.List.of(new TitleLevels.Rule(java.util.List.of("**"), java.util.List.of(), 2)))
                .build();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
                "6:1 heading.increment h5 follows h3 on line 4: use #### or add the missing level"),
                io.github.articlecheck.TestArticles.lines(io.github.articlecheck.TestArticles.check(settings,
                        "---\ntitle: Item\n---\n### Detail, right under the h2 title\n\n##### Too deep\n")),
                "no increment finding at line 4, and no multiple-h1 either: the title is an h2 here");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
                "4:1 heading.increment h4 follows the front matter title 'title' (h2): use ### or add the missing level"),
                io.github.articlecheck.TestArticles.lines(io.github.articlecheck.TestArticles.check(settings,
                        "---\ntitle: Item\n---\n#### Skipped h3\n")));
    }

    @org.junit.jupiter.api.Test
    void rawHtmlHeadingsCountInTheHeadingRules() {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), io.github.articlecheck.TestArticles.lines(
                io.github.articlecheck.TestArticles.check("---\ntitle: T\n---\n<h2 id=\"a\">Section</h2>\n\n### Under it\n")),
                "a ### after a raw <h2> is fine");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(
                "4:1 heading.multiple-h1 h1 in the body while the front matter has 'title': the page shows two titles; use ## here"),
                io.github.articlecheck.TestArticles.lines(io.github.articlecheck.TestArticles.check(
                        "---\ntitle: T\n---\n<h1>Second title</h1>\n")));
    }
}
