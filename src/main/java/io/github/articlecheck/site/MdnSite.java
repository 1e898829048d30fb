package io.github.articlecheck.site;

import io.github.articlecheck.core.SiteRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * MDN Web Docs content (mdn/content, mdn/translated-content), built by yari: {@code files/<locale>/<folder>/index.md}
 * with a front matter {@code slug} is published at {@code /<Locale>/docs/<slug>} (MDN answers whatever the letter
 * case); a locale's {@code _redirects.txt} lists moved pages; heading ids are lower-case with spaces as {@code _}
 * and repeats {@code _2}. A page missing in a translation is served in English (en-US), so without
 * {@code files/en-us} a link to an untranslated page cannot be judged: it is counted, not reported.
 */
final class MdnSite {
    /** The locales developer.mozilla.org serves: each has a home page, whichever repository holds its pages. */
    private static final List<String> MDN_LOCALES = List.of("en-US", "de", "es", "fr", "ja", "ko", "pt-BR", "ru",
            "zh-CN", "zh-TW");

    private MdnSite() {
    }

    /** A {@code files/<locale>/} folder whose pages carry an MDN slug. */
    static boolean recognises(Path base) {
        Path files = base.resolve("files");
        if (!Files.isDirectory(files)) {
            return false;
        }
        // files/ may be a symbolic link (a project laid over a checkout): look inside it
        try (Stream<Path> pages = Files.find(files.toRealPath(), 6, (path, attributes) -> attributes.isRegularFile()
                && path.getFileName().toString().equals("index.md"))) {
            return pages.limit(3).anyMatch(MdnSite::hasSlug);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean hasSlug(Path page) {
        try (Stream<String> lines = Files.lines(page, StandardCharsets.UTF_8)) {
            return lines.limit(12).anyMatch(line -> line.startsWith("slug: "));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static SiteModel read(Path base) {
        Path files = base.resolve("files");
        List<String> locales = new ArrayList<>();
        try (Stream<Path> folders = Files.list(files)) {
            folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().forEach(locales::add);
        } catch (IOException e) {
            // no locale folder: no page
        }
        List<String> fallback = new ArrayList<>();
        if (!locales.contains("en-us")) {
            locales.forEach(locale -> fallback.add("/" + urlLocale(locale) + "/docs/"));
            fallback.add("/en-US/docs/"); // the English pages themselves live in mdn/content
        }
        List<String> homes = new ArrayList<>(MDN_LOCALES);
        locales.stream().map(MdnSite::urlLocale).filter(locale -> !homes.contains(locale)).forEach(homes::add);
        SiteRules rules = new SiteRules(Map.of(), false, java.util.Set.of(), Optional.empty(), "", java.util.Set.of(),
                homes, false, Map.of(), List.of(), java.util.Set.of(), "",
                false, List.of(), fallback, java.util.Set.of());
        List<String> notUnderstood = new ArrayList<>();
        if (!fallback.isEmpty()) {
            notUnderstood.add("no files/en-us here: links to pages of " + String.join(", ", fallback)
                    + " that are not in this repository may be served in English, so they are counted, not reported");
        }
        notUnderstood.add("KumaScript macros ({{domxref(…)}}, {{Glossary(…)}}) are not expanded: the links they make"
                + " are not checked");
        // yari builds <locale>/**/index.md only: a locale folder's own files (PROMPT.md) are not pages
        return new SiteModel(Generator.MDN, Optional.empty(), List.of(files), List.of(), Optional.of(
                "https://developer.mozilla.org"), rules, Optional.of("mdn"), notUnderstood, false, List.of("*/*.md"),
                List.of(), List.of());
    }

    /** MDN's URL spelling of a locale folder: {@code en-us} is {@code en-US}, {@code pt-br} {@code pt-BR}. */
    static String urlLocale(String folder) {
        int dash = folder.indexOf('-');
        return dash < 0 ? folder : folder.substring(0, dash) + "-" + folder.substring(dash + 1).toUpperCase(Locale.ROOT);
    }
}
