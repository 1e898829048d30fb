package io.github.articlecheck.writing;

import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.core.WhiteSpace;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links a screen reader user cannot tell apart or whose destination they cannot guess — what RGAA 4.1 criteria 6.1
 * and 6.2 and WCAG 2.2 2.4.4 ask of every link, and what a list of a page's links (the way many of them browse) shows
 * with no context: {@code a11y.link-text} ("cliquez ici", "read more", a bare URL, no text at all),
 * {@code a11y.link-text-ambiguous} (one text, two destinations in one article) and {@code a11y.new-window}
 * ({@code target="_blank"} that the text or title does not announce: RGAA 13.2, WCAG 3.2.5).
 */
public final class LinkTextCheck implements ArticleCheck {
    public static final RuleDescriptor LINK_TEXT = RuleDescriptor.of("a11y.link-text", Severity.WARNING);
    public static final RuleDescriptor AMBIGUOUS = RuleDescriptor.of("a11y.link-text-ambiguous", Severity.WARNING);
    public static final RuleDescriptor NEW_WINDOW = RuleDescriptor.of("a11y.new-window", Severity.WARNING);

    /** Texts that say nothing of the destination, French and English, compared lower case without end punctuation. */
    static final List<String> VAGUE = List.of("ici", "cliquez ici", "cliquer ici", "clique ici", "cliquez", "par ici",
            "lire la suite", "la suite", "suite", "lire plus", "en savoir plus", "pour en savoir plus", "savoir plus",
            "plus", "plus d'infos", "plus d'informations", "voir", "voir ici", "voir plus", "voir la suite", "lien",
            "ce lien", "cette page", "cet article", "here", "click here", "read more", "more", "learn more",
            "more info", "more information", "see more", "continue reading", "link", "this link", "this page",
            "this article");
    private static final Pattern ANNOUNCED = Pattern.compile(
            "nouvel(?:le)? (?:fenêtre|onglet)|new (?:window|tab)|s'ouvre dans|opens? in", Pattern.CASE_INSENSITIVE);

    // compiled once: these run for every link of the site (110,000 on MDN-de)
    private static final Pattern HTTP = Pattern.compile("^(?i)http://");
    private static final Pattern INDEX_PAGE = Pattern.compile("(?i)(?:/|^)_?index\\.(?:html?|mdx?|markdown)$");
    private static final Pattern PAGE_EXTENSION = Pattern.compile("(?i)\\.(?:html?|mdx?|markdown)$");

    private final Set<String> vague;

    public LinkTextCheck(WritingSettings settings) {
        Set<String> texts = new LinkedHashSet<>(VAGUE);
        settings.vagueLinkTexts().forEach(text -> texts.add(normalised(text)));
        this.vague = Set.copyOf(texts);
    }

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(LINK_TEXT, AMBIGUOUS, NEW_WINDOW);
    }

    @Override
    public String indexKey() {
        return "vague=" + new java.util.TreeSet<>(vague);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        if (!sink.enabled(LINK_TEXT) && !sink.enabled(AMBIGUOUS) && !sink.enabled(NEW_WINDOW)) {
            return;
        }
        Map<String, List<AccessibleLinks.Occurrence>> byText = new java.util.LinkedHashMap<>();
        for (AccessibleLinks.Occurrence link : AccessibleLinks.of(article)) {
            String key = normalised(link.text());
            if (link.text().isBlank()) { // only punctuation ([`*`](…), [" "](…) on MDN) is a name, not nothing
                sink.at(link.start()).to(link.end()).subject(link.destination()).report(LINK_TEXT,
                        link.hasImage() ? "a11y.link-text.image-without-alt" : "a11y.link-text.empty",
                        link.destination());
            } else if (vague.contains(key) && !link.code()) { // `link`, `click()`: names of code, not vague words
                sink.at(link.start()).to(link.end()).subject(link.text()).report(LINK_TEXT, "a11y.link-text.vague",
                        link.text());
            } else if (link.textIsDestination()) {
                sink.at(link.start()).to(link.end()).subject(link.text()).report(LINK_TEXT, "a11y.link-text.url",
                        link.text());
            } else if (!link.code() && !key.isEmpty()) { // API names (`navigate` the event, `navigate()` the method) name code
                byText.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(link);
            }
            if (link.newWindow() && !ANNOUNCED.matcher(link.text() + " " + link.title()).find()) {
                sink.at(link.start()).to(link.end()).subject(link.text()).report(NEW_WINDOW, "a11y.new-window",
                        link.text());
            }
        }
        // once per text and article, at the first link that goes elsewhere: a table of 900 "top" links to 14
        // sections is one thing to fix, not 900
        for (List<AccessibleLinks.Occurrence> links : byText.values()) {
            if (links.size() == 1) {
                continue; // one link, one destination (most texts of a page)
            }
            AccessibleLinks.Occurrence first = links.get(0);
            List<AccessibleLinks.Occurrence> destinations = new java.util.ArrayList<>(List.of(first));
            List<Destination> distinct = new java.util.ArrayList<>(List.of(Destination.of(first.destination())));
            for (AccessibleLinks.Occurrence link : links.subList(1, links.size())) {
                Destination destination = Destination.of(link.destination());
                if (distinct.stream().noneMatch(destination::same)) {
                    destinations.add(link);
                    distinct.add(destination);
                }
            }
            if (destinations.size() > 1) {
                AccessibleLinks.Occurrence other = destinations.get(1);
                sink.at(other.start()).to(other.end()).subject(other.text()).report(AMBIGUOUS,
                        "a11y.link-text-ambiguous", other.text(), destinations.size(), other.destination(),
                        first.destination(), article.source().line(first.start()));
            }
        }
    }

    /** Lower case, typographic apostrophes straightened, spaces collapsed, punctuation and arrows at the ends cut. */
    static String normalised(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00a0', ' ').replace('\u202f', ' ');
        // by hand, as "\\s+" → " " then "^[\\s\\p{Punct}«»→←…›‹]+|[\\s\\p{Punct}«»→←…›‹]+$" → "": once per link
        int start = 0;
        int end = lower.length();
        while (start < end && edge(lower.charAt(start))) {
            start++;
        }
        while (end > start && edge(lower.charAt(end - 1))) {
            end--;
        }
        return WhiteSpace.collapse(lower.substring(start, end)); // its ends are not white space: cut above
    }

    /** White space, ASCII punctuation ({@code \\p{Punct}}) and the arrows and quotes links are dressed with. */
    private static boolean edge(char c) {
        return WhiteSpace.isRegexSpace(c) || c < 128 && c > ' ' && !Character.isLetterOrDigit(c) && c != 127
                || "«»→←…›‹".indexOf(c) >= 0;
    }

    /**
     * The same page? External URLs are compared whole (host in any case, a trailing slash or index.html aside). A
     * site path is written many ways for one page ({@code ../ubuntu/}, {@code /docs/installation/ubuntu/},
     * {@code ubuntu.md}), and this check does not resolve them (the link check does): two site paths are different
     * pages only when their last segments differ. Sections of one page ({@code guide#install}, {@code guide}) are that
     * page; two sections of this page ({@code #a}, {@code #b}) are two destinations.
     */
    static boolean sameDestination(String a, String b) {
        return Destination.of(a).same(Destination.of(b));
    }

    /**
     * A link's destination as {@link #sameDestination} compares it, computed once per link: {@code key} is the
     * canonical URL of an external link, the page (last segment) of a site path.
     */
    private record Destination(String url, boolean external, String key) {
        static Destination of(String url) {
            boolean external = url.contains("://") || url.startsWith("mailto:");
            // sections of one page are one destination: the page
            String key = external ? canonical(withoutFragment(url)) : LinkTextCheck.page(withoutFragment(url));
            return new Destination(url, external, key);
        }

        boolean same(Destination other) {
            if (external != other.external) {
                return false;
            }
            if (url.startsWith("#") && other.url.startsWith("#")) {
                return url.equals(other.url); // two sections of this page
            }
            return key.equals(other.key);
        }
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static String canonical(String url) {
        String u = HTTP.matcher(url.strip()).replaceFirst("https://"); // one site, served both ways
        if (u.endsWith("/index.html")) {
            u = u.substring(0, u.length() - "index.html".length());
        }
        while (u.length() > 1 && u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        int scheme = u.indexOf("://");
        if (scheme > 0) {
            int path = u.indexOf('/', scheme + 3);
            u = (path < 0 ? u : u.substring(0, path)).toLowerCase(Locale.ROOT) + (path < 0 ? "" : u.substring(path));
        }
        return u;
    }

    /** A site path's last segment (extension and index page aside) and its fragment. */
    private static String page(String path) {
        String p = path.strip();
        int hash = p.indexOf('#');
        String fragment = hash < 0 ? "" : p.substring(hash);
        p = hash < 0 ? p : p.substring(0, hash);
        int query = p.indexOf('?');
        p = query < 0 ? p : p.substring(0, query);
        p = INDEX_PAGE.matcher(p).replaceAll("/");
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        String last = PAGE_EXTENSION.matcher(p.substring(p.lastIndexOf('/') + 1)).replaceAll("");
        return last.toLowerCase(Locale.ROOT) + fragment;
    }
}
