package io.github.articlecheck.writing;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.config;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlecheck.run.RunSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links, images and tables as a screen reader user meets them (RGAA 4.1, WCAG 2.2). */
class AccessibilityChecksTest {
    private static final String FRONT = "---\ntitle: T\n---\n";

    private static List<String> found(String body, String rule) {
        return found(null, body, rule);
    }

    private static List<String> found(RunSettings settings, String body, String rule) {
        return (settings == null ? lines(check(FRONT + body)) : lines(check(settings, FRONT + body))).stream()
                .filter(line -> line.contains(" " + rule + " ")).toList();
    }

    @Test
    void linkTextsThatDoNotSayWhereTheyGo() {
        assertEquals(List.of(
                "4:12 a11y.link-text link text 'cliquez ici' does not say where the link goes (RGAA 6.1, WCAG 2.4.4):"
                        + " name the destination in the text",
                "4:41 a11y.link-text link text 'Read more…' does not say where the link goes (RGAA 6.1, WCAG 2.4.4):"
                        + " name the destination in the text",
                "6:1 a11y.link-text link text is the bare URL 'https://example.org/rapport' (RGAA 6.1, WCAG 2.4.4):"
                        + " a screen reader spells it out; name the page it leads to",
                "8:1 a11y.link-text link to 'page.md' has no text (RGAA 6.2, WCAG 2.4.4): write what it leads to"
                        + " between the brackets",
                "8:13 a11y.link-text link to 'home.md' holds only an image without alt (RGAA 6.2, WCAG 2.4.4): give"
                        + " the image an alt naming the destination",
                "10:4 a11y.link-text link text 'ici' does not say where the link goes (RGAA 6.1, WCAG 2.4.4): name the"
                        + " destination in the text"),
                found("Pour lire, [cliquez ici](rapport.md) ou [**Read more…**](https://example.org/more).\n\n"
                        + "<https://example.org/rapport>\n\n[](page.md) [![](logo.png)](home.md)\n\n"
                        + "En <a href=\"/x\">ici</a>.\n", "a11y.link-text"));
    }

    @Test
    void namedLinksImagesWithAltAndExtraVagueTextsFromTheConfiguration() {
        assertEquals(List.of(), found("""
                Le [rapport annuel 2024](rapport.md), [![Accueil du site](logo.png)](home.md), [ici et là](a.md).

                Code: `[cliquez ici](x.md)`.
                """, "a11y.link-text"));
        // the name of code is no vague word (MDN: [`click()`](…), [`<link>`](…)); Go the language is no "go"
        assertEquals(List.of(), found("The [`click()`](/click) method, the [`<link>`](/link) element, [`<a-camera>`](/c),"
                + " [Go](https://go.dev), [**Le rapport**](r.md), [`*`](/universal) and [\" \"](/descendant).\n",
                "a11y.link-text"));
        RunSettings extended = config().writing(w -> w.vagueLinkTexts(List.of("Découvrir"))).build();
        assertEquals(List.of("4:1 a11y.link-text link text 'découvrir' does not say where the link goes (RGAA 6.1,"
                + " WCAG 2.4.4): name the destination in the text"),
                found(extended, "[découvrir](a.md)\n", "a11y.link-text"));
    }

    @Test
    void oneTextForTwoDestinations() {
        assertEquals(List.of("6:1 a11y.link-text-ambiguous link text 'Documentation' leads to 3 different destinations"
                + " in this article, https://b.example/doc here and https://a.example/doc on line 4 (RGAA 6.1, WCAG"
                + " 2.4.4): readers of the list of links cannot tell them apart; make the texts different"),
                found("[Documentation](https://a.example/doc) et [documentation](https://a.example/doc/).\n\n"
                        + "[Documentation](https://b.example/doc) [Documentation](https://c.example/doc)"
                        + " [Documentation](https://b.example/doc)\n", "a11y.link-text-ambiguous"));
        assertEquals(List.of(), found("[Guide](guide/) puis [guide](guide/index.html) et [Accueil](HTTP://A.example)"
                + " [accueil](https://a.example/)\n", "a11y.link-text-ambiguous"));
        // one page written two ways (jekyllrb.com/docs/permalinks: from a collection page, ../ubuntu/ is
        // /docs/installation/ubuntu/); this check does not resolve site paths, so it compares their last segment
        assertEquals(List.of(), found("[Ubuntu](../ubuntu/) [Ubuntu](/docs/installation/ubuntu/) [Ubuntu](ubuntu.md)\n",
                "a11y.link-text-ambiguous"));
        // sections of one page are that page; the same code name for an event and a method names code (MDN)
        assertEquals(List.of(), found("[Vite](https://vite.dev/guide/features.html#postcss) [Vite](https://vite.dev/guide/"
                + "features.html#css) [`navigate`](/Navigation/navigate_event) [`navigate`](/Navigation/navigate)\n",
                "a11y.link-text-ambiguous"));
        assertEquals(1, found("[changefreq](#changefreq) [changefreq](#sitemapitemchangefreq)\n",
                "a11y.link-text-ambiguous").size());
    }

    @Test
    void aNewWindowMustBeAnnounced() {
        assertEquals(List.of("4:1 a11y.new-window link 'Le rapport' opens a new window without saying so (RGAA 13.2,"
                + " WCAG 3.2.5): add '(new window)' to its text or title, or remove target=\"_blank\""),
                found("<a href=\"r.pdf\" target=\"_blank\">Le rapport</a> et <a href=\"s.pdf\" target=\"_blank\">"
                        + "Le bilan (nouvelle fenêtre)</a> et <a href=\"t.pdf\" target=\"_blank\" title=\"Le budget"
                        + " - nouvelle fenêtre\">Le budget</a>.\n", "a11y.new-window"));
    }

    @Test
    void kramdownAttributeListsOpenANewWindowOnlyWhereTheEngineReadsThem() {
        RunSettings kramdown = config().markdownDialect("kramdown").build();
        assertEquals(List.of("4:1 a11y.new-window link 'Le rapport' opens a new window without saying so (RGAA 13.2,"
                + " WCAG 3.2.5): add '(new window)' to its text or title, or remove target=\"_blank\""),
                found(kramdown, "[Le rapport](r.pdf){:target=\"_blank\"} et [Le bilan](b.pdf){:target=\"_blank\""
                        + " title=\"s'ouvre dans une nouvelle fenêtre\"}\n", "a11y.new-window"));
        assertEquals(List.of(), found("[Le rapport](r.pdf){:target=\"_blank\"}\n", "a11y.new-window"));
    }

    @Test
    void alternativeTextsThatSayNothing() {
        String longAlt = "Une photographie ".repeat(10).strip();
        assertEquals(List.of(
                "4:1 a11y.image-alt alternative text 'IMG_1234.jpg' is a file name (RGAA 1.3, WCAG 1.1.1): describe"
                        + " what the image shows",
                "4:24 a11y.image-alt alternative text 'Capture d’écran' says nothing about the image (RGAA 1.3, WCAG"
                        + " 1.1.1): describe what it shows, or alt=\"\" if it is decorative",
                "6:1 a11y.image-alt alternative text of 169 characters, over 150 (RGAA 1.3, WCAG 1.1.1): keep the"
                        + " alt short and put the description in a caption or the text",
                "8:23 a11y.image-alt alternative text 'photo 2' says nothing about the image (RGAA 1.3, WCAG 1.1.1):"
                        + " describe what it shows, or alt=\"\" if it is decorative"),
                found("![IMG_1234.jpg](a.jpg) ![Capture d’écran](b.png)\n\n![" + longAlt + "](c.png)\n\n"
                        + "<img src=\"d.png\" alt=\"photo 2\">\n", "a11y.image-alt"));
        assertEquals(List.of(), found("![Le parvis de la mairie en 1920](a.jpg) ![](deco.png) <img src=\"x.png\""
                + " alt=\"\"> ![Photographie aérienne du port](p.jpg)\n", "a11y.image-alt"));
        assertEquals(List.of("4:1 a11y.image-alt alternative text of 17 characters, over 10 (RGAA 1.3, WCAG 1.1.1):"
                + " keep the alt short and put the description in a caption or the text"),
                found(config().writing(w -> w.imageAltMaxLength(10)).build(), "![Le parvis en 1920](a.jpg)\n", "a11y.image-alt"));
    }

    @Test
    void aDataTableNeedsATitle() {
        assertEquals(List.of("4:1 a11y.table-caption data table without a title (RGAA 5.4, WCAG 1.3.1): add"
                + " <caption>…</caption> after <table>, or a title or aria-label"),
                found("<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td>1</td><td>2</td></tr>\n</table>\n\n"
                        + "<table>\n<caption>Budget</caption>\n<tr><th>A</th><th>B</th></tr>\n"
                        + "<tr><td>1</td><td>2</td></tr>\n</table>\n\n"
                        + "<table title=\"Budget\">\n<tr><th>A</th><th>B</th></tr>\n<tr><td>1</td><td>2</td></tr>\n"
                        + "</table>\n\n<table role=\"presentation\">\n<tr><td>A</td><td>B</td></tr>\n"
                        + "<tr><td>1</td><td>2</td></tr>\n</table>\n\n<table><tr><td>seule</td></tr></table>\n",
                        "a11y.table-caption"));
    }

    @Test
    void linkTextsAreComparedAsTheRegexFormOfTheRuleSaysWithoutRunningIt() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        java.util.regex.Pattern edges = java.util.regex.Pattern.compile(
                "^[\\s\\p{Punct}«»→←…›‹]+|[\\s\\p{Punct}«»→←…›‹]+$");
        for (String text : List.of("", " ", "Ici", "  Cliquez\t  ICI ! ", "→ Lire la suite…", "« voir »", "...",
                "more\u00a0info", "l’article", "a\n\nb", "(here)", "#", "~a~", "‹›«»", "\u007f", "x\u000b\u000cy",
                "Éé – suite", "a_b", "[more]", "¿qué?")) {
            String lower = text.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replace('\u00a0', ' ')
                    .replace('\u202f', ' ');
            assertEquals(edges.matcher(spaces.matcher(lower).replaceAll(" ")).replaceAll(""),
                    LinkTextCheck.normalised(text), text);
            assertEquals(spaces.matcher(text).replaceAll(" "), io.github.articlecheck.core.WhiteSpace.collapse(text), text);
            assertEquals(spaces.matcher(text + "\r\n").replaceAll(" "), io.github.articlecheck.core.WhiteSpace.collapse(text + "\r\n"));
            assertEquals(spaces.matcher(" \t" + text).replaceAll(" "), io.github.articlecheck.core.WhiteSpace.collapse(" \t" + text));
        }
    }
}
