package io.github.articlecheck.links;

import io.github.articlecheck.core.ContentPaths;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.Report;
import io.github.articlecheck.core.TextEdit;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.CorpusCheck;
import io.github.articlecheck.core.IndexInput;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Suggestions;
import io.github.articlecheck.core.HtmlTag;
import io.github.articlecheck.read.HeadingAnchors;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every link of every article, in one pass with the other checks. While articles are read (in parallel) it
 * extracts their links, reports what needs no other file (empty, malformed, tracking, undefined reference) and
 * keeps each article's anchors; once all are read it resolves local links and anchors across articles, then
 * checks the distinct external URLs over HTTP.
 */
public final class LinkCheck implements CorpusCheck {
    private final LinkSettings configuration;
    private final LinkOptions options;
    private final Queue<Finding> pending = new ConcurrentLinkedQueue<>();
    private final Queue<LocalLink> localLinks = new ConcurrentLinkedQueue<>();
    private final Map<Path, Set<String>> anchors = new ConcurrentHashMap<>();
    private final Map<String, Queue<ExternalLinkChecker.Occurrence>> external = new ConcurrentHashMap<>();
    /** Offline, external URLs are only counted: where each is written is not kept. */
    private final Set<String> offlineUrls = ConcurrentHashMap.newKeySet();
    private final AtomicInteger templated = new AtomicInteger();
    /** Hugo pages that are not rendered (build.render: never, headless), and folders a cascade makes so. */
    private final Set<Path> unrenderedPages = ConcurrentHashMap.newKeySet();
    private final Set<Path> unrenderedFolders = ConcurrentHashMap.newKeySet();
    private final PublishedUrls publishedUrls;
    private final ExcludedLinks excludedLinks;
    private final ContentPaths contentPaths;
    private final CompletableFuture<List<Map.Entry<Path, List<String>>>> redirectsRead;
    private volatile boolean redirectsAdded;
    /** Hugo: content included by an include shortcode brings its anchors into the including page. */
    private final Map<Path, List<Path>> includes = new ConcurrentHashMap<>();
    private static final java.util.regex.Pattern INCLUDE_SHORTCODE = java.util.regex.Pattern.compile(
            "\\{\\{[<%]\\s*include\\s+[\"'`]([^\"'`]+)[\"'`]\\s*/?[>%]\\}\\}");

    /** A local link waiting for every article's anchors. */
    record LocalLink(Path article, String path, LinkOccurrence occurrence, LinkTarget target, Optional<String> pageUrl) {
    }

    public LinkCheck(LinkSettings configuration) {
        this.configuration = configuration;
        this.options = configuration.links();
        this.excludedLinks = ExcludedLinks.of(options.excludeLinks());
        this.contentPaths = new ContentPaths(configuration.contentDirectory());
        this.publishedUrls = new PublishedUrls(configuration.contentDirectory(), options.sitePreset(), options.permalinks(),
                options.siteRules());
        if (options.sitePreset() != SitePreset.NONE) {
            publishedUrls.add(configuration.contentDirectory(), GeneratedPages.site(options.sitePreset(), options.siteRules()));
            if (options.sitePreset() == SitePreset.ASTRO) {
                options.siteRules().routes().forEach(route -> publishedUrls.servedAt(null,
                        options.siteRules().basePath() + route));
            }
            if (options.sitePreset() == SitePreset.JEKYLL) {
                GeneratedPages.jekyllHtmlPages(configuration.contentDirectory()).forEach(publishedUrls::add);
            }
        }
        // Read in the background (MDN's is 17,576 lines): added before the first article's URLs, as if read here
        redirectsRead = options.sitePreset() == SitePreset.NONE ? CompletableFuture.completedFuture(List.of())
                : io.github.articlecheck.core.Background.start("articlecheck-redirects",
                        () -> GeneratedPages.redirectFiles(options.sitePreset(), configuration.contentDirectory(),
                                configuration.siteRoots()));
    }

    /**
     * Adds the redirect files' URLs, once, before any article's: a URL both redirected and published keeps the
     * redirect file as its source, as when they were read first.
     */
    private void awaitRedirects() {
        if (!redirectsAdded) {
            synchronized (publishedUrls) {
                if (!redirectsAdded) {
                    io.github.articlecheck.core.Background.join(redirectsRead)
                            .forEach(file -> publishedUrls.add(file.getKey(), file.getValue()));
                    redirectsAdded = true;
                }
            }
        }
    }

    @Override
    public List<RuleDescriptor> rules() {
        return LinkRules.ALL;
    }

    @Override
    public String indexKey() {
        LinkOptions links = configuration.links();
        List<Object> parts = new java.util.ArrayList<>(List.of(configuration.baseDirectory(),
                configuration.contentDirectory(), configuration.siteRoots(), links.frontMatterLinkKeys(),
                new java.util.TreeSet<>(links.extraSchemes()), links.baseUrl(), links.sitePreset(), links.linkRenderHook(),
                links.excludeLinks().stream().map(java.util.regex.Pattern::pattern).toList()));
        links.permalinks().forEach(rule -> parts.add(rule.url() + "->" + rule.source()));
        parts.add(links.siteRules().indexKey());
        parts.add(links.caseInsensitiveUrls());
        parts.add(links.frontMatterLinksFrom());
        links.folderFrontMatterLinks().forEach(entry -> parts.add(entry.key()));
        return parts.toString();
    }

    /** The folder entry for the article, else the run's keys and setting. */
    FrontMatterLinks frontMatterLinks(Path file) {
        String relative = options.folderFrontMatterLinks().isEmpty() ? null : contentPaths.relative(file);
        if (relative != null) {
            for (FrontMatterLinks entry : options.folderFrontMatterLinks()) {
                if (entry.matches(relative)) {
                    return new FrontMatterLinks(List.of(), List.of(), entry.keys(),
                            Optional.of(entry.from().orElse(options.frontMatterLinksFrom())));
                }
            }
        }
        return new FrontMatterLinks(List.of(), List.of(), Optional.empty(), Optional.of(options.frontMatterLinksFrom()));
    }

    @Override
    public Facts collect(Article article) {
        LinkFacts facts = extract(article);
        ingest(facts);
        return facts;
    }

    @Override
    public Facts read(IndexInput in) {
        return LinkFacts.read(in, configuration.baseDirectory());
    }

    @Override
    public void restore(Facts facts) {
        ingest((LinkFacts) facts);
    }

    /** Adds one article's facts to the run's shared state. Collected and restored facts go the same way. */
    private void ingest(LinkFacts facts) {
        awaitRedirects();
        anchors.put(facts.file(), facts.anchors());
        if (facts.unrendered() == 1) {
            unrenderedPages.add(facts.file());
        } else if (facts.unrendered() == 2) {
            unrenderedFolders.add(facts.file().getParent());
        }
        if (!facts.includes().isEmpty()) {
            includes.put(facts.file(), facts.includes());
        }
        publishedUrls.add(facts.file(), facts.urls());
        facts.pageUrl().ifPresent(url -> publishedUrls.servedAt(facts.file(), url));
        pending.addAll(facts.pending());
        for (LinkFacts.Link link : facts.local()) {
            localLinks.add(new LocalLink(facts.file(), facts.path(), link.occurrence(),
                    LinkTarget.classify(link.target(), options.extraSchemes()), facts.pageUrl()));
        }
        if (options.checkExternal() && options.offline()) {
            offlineUrls.addAll(facts.external().keys());
        } else if (options.checkExternal()) {
            facts.external().forEach(facts.path(), (key, occurrence) ->
                    external.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>()).add(occurrence));
        }
        templated.addAndGet(facts.templated());
    }

    /** Everything this check needs of an article, taken from it once (and kept in the index between runs). */
    private LinkFacts extract(Article article) {
        Path file = article.file().toAbsolutePath().normalize();
        LinkFacts facts = new LinkFacts(file, article.relativePath(), anchorIds(article),
                options.sitePreset() == io.github.articlecheck.links.SitePreset.HUGO ? includesOf(article, file) : List.of(),
                publishedUrls.urlsOf(article), publishedUrls.pageUrl(article));
        String path = article.relativePath();
        if (options.sitePreset() == SitePreset.HUGO) {
            facts.unrendered(HugoBuildOptions.unrendered(article));
        }
        for (LinkOccurrence link : LinkExtractor.extract(article, frontMatterLinks(file).keys()
                .orElse(options.frontMatterLinkKeys()))) {
            if (excludedLinks.matches(link.destination())) {
                continue;
            }
            LinkTarget target = LinkTarget.classify(link.destination(), options.extraSchemes());
            switch (target.kind()) {
                case EMPTY:
                    at(facts, article, link).report(LinkRules.EMPTY, "link.empty.nowhere");
                    break;
                case TEMPLATED:
                    facts.addTemplated();
                    break;
                case UNKNOWN_SCHEME:
                    Optional<String> scheme = Suggestions.closest(target.scheme(), List.of("http", "https", "mailto"));
                    Report report = at(facts, article, link);
                    scheme.ifPresent(s -> report.edit(TextEdit.replaceOnLine(link.line(), link.column(),
                            target.scheme() + ":", s + ":")));
                    if (scheme.isPresent()) {
                        report.report(LinkRules.SYNTAX, "link.syntax.unknown-scheme-did-you-mean", link.destination(),
                                target.scheme(), scheme.get());
                    } else {
                        report.report(LinkRules.SYNTAX, "link.syntax.unknown-scheme", link.destination(), target.scheme());
                    }
                    break;
                case MAILTO:
                    UrlSyntax.mailProblem(target.path()).ifPresent(problem -> at(facts, article, link)
                            .report(LinkRules.SYNTAX, "link.syntax.mailto", problem));
                    break;
                case EXTERNAL:
                    extractExternal(facts, article, link);
                    break;
                case OTHER_SCHEME:
                    break;
                default:
                    Optional<Message> problem = localPathProblem(link.destination(), target);
                    if (problem.isPresent()) {
                        at(facts, article, link).report(LinkRules.SYNTAX, problem.get().key(),
                                problem.get().args().toArray());
                    } else {
                        facts.local().add(new LinkFacts.Link(link.destination(), link));
                    }
            }
        }
        extractUndefinedReferences(article, facts);
        return facts;
    }

    private void extractExternal(LinkFacts facts, Article article, LinkOccurrence link) {
        String url = link.destination();
        String path = article.relativePath();
        Optional<String> problem = UrlSyntax.problem(url);
        if (problem.isPresent()) {
            at(facts, article, link).report(LinkRules.SYNTAX, "link.syntax.url", url, problem.get());
            return;
        }
        List<String> tracking = UrlSyntax.trackingParameters(url);
        if (!tracking.isEmpty()) {
            String clean = UrlSyntax.withoutTracking(url);
            at(facts, article, link).edit(TextEdit.replaceOnLine(link.line(), link.column(), url, clean))
                    .report(LinkRules.TRACKING, "link.tracking.parameters", tracking.size(), String.join(", ", tracking),
                            clean);
        }
        Optional<String> sitePath = options.baseUrl().flatMap(base -> underBaseUrl(url, base));
        if (sitePath.isPresent()) {
            facts.local().add(new LinkFacts.Link(sitePath.get(), link));
            return;
        }
        if (configuration.changeSet().isPresent() && !configuration.changeSet().get().addedUrl(path, url)) {
            return; // changed-files mode: only URLs the change added are requested
        }
        facts.addExternal(link);
    }

    /** The site path of a URL under the site's own base URL ({@code https://example.org/blog/x} → {@code /blog/x}). */
    static Optional<String> underBaseUrl(String url, String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String normalized = url.startsWith("//") ? base.substring(0, base.indexOf(':') + 1) + url : url;
        String[] forms = {base, base.replaceFirst("^https:", "http:"), base.replaceFirst("^http:", "https:")};
        for (String form : forms) {
            if (normalized.regionMatches(true, 0, form, 0, form.length())) {
                String rest = normalized.substring(form.length());
                if (rest.isEmpty() || "/?#".indexOf(rest.charAt(0)) >= 0) {
                    return Optional.of(rest.startsWith("/") ? rest : "/" + rest);
                }
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern PERCENT_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /**
     * Why a local link cannot name a file at all, so that it is a {@code link.syntax} finding rather than a path that
     * makes the file system throw: a malformed percent escape ({@code a%ZZ.md}), or a path the operating system
     * refuses (a NUL, written {@code %00}).
     */
    static Optional<Message> localPathProblem(String destination, LinkTarget target) {
        // a template's reference ({% link x.md %}, {{< ref "x" >}}) is judged by the path it names, not its syntax
        String raw = target.kind() == LinkTarget.Kind.CONTENT_REFERENCE ? target.path() : destination;
        int query = UrlPathForms.queryOrFragmentStart(raw);
        raw = query < 0 ? raw : raw.substring(0, query);
        java.util.regex.Matcher escape = PERCENT_ESCAPE.matcher(raw);
        if (escape.find()) {
            return Optional.of(Message.of("link.syntax.bad-escape", destination,
                    raw.substring(escape.start(), Math.min(raw.length(), escape.start() + 3))));
        }
        if (target.path().indexOf('\0') >= 0) {
            return Optional.of(Message.of("link.syntax.nul", destination));
        }
        try {
            Path.of(target.path());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.of(Message.of("link.syntax.invalid-path", destination, e.getReason()));
        }
        return Optional.empty();
    }

    private List<Path> includesOf(Article article, Path file) {
        if (!article.source().text().contains("include")) {
            return List.of();
        }
        java.util.regex.Matcher matcher = INCLUDE_SHORTCODE.matcher(article.source().text());
        List<Path> included = new java.util.ArrayList<>();
        while (matcher.find()) {
            String target = matcher.group(1);
            String path = target.replaceFirst("^/+", "");
            path = path.contains(".") ? path : path + ".md";
            try {
                Path fromPage = file.getParent().resolve(path).normalize();
                // Like Hugo's GetPage: relative to the page first, then to the content root.
                included.add(!target.startsWith("/") && java.nio.file.Files.isRegularFile(fromPage) ? fromPage
                        : configuration.contentDirectory().resolve(path).normalize());
            } catch (java.nio.file.InvalidPathException e) {
                // not a file name (a NUL in it): nothing is included, nothing to add
            }
        }
        return included;
    }

    /** {@code [text][label]} and {@code [text][]} with no definition; shortcut {@code [text]} is plain text. */
    private void extractUndefinedReferences(Article article, LinkFacts facts) {
        for (Node node : article.nodes()) {
            if (node instanceof LinkRef && !((LinkRef) node).isDefined()) {
                String chars = node.getChars().toString();
                LinkRef ref = (LinkRef) node;
                String label = ref.getReference().isEmpty() ? ref.getText().toString() : ref.getReference().toString();
                if (chars.contains("][") && !options.siteRules().sharedReferences().contains(
                        io.github.articlecheck.core.SiteRules.normalizeLabel(label))) {
                    new Report(article.relativePath(), article.source(), node.getStartOffset(), facts.pending()::add)
                            .to(node.getEndOffset()).subject(label)
                            .report(LinkRules.REFERENCE, "link.reference.undefined", label);
                }
            }
        }
    }

    /** The article's anchor ids (computed once by the reader), in the form fragments are compared in. */
    static Set<String> anchorIds(Article article) {
        Set<String> ids = new HashSet<>();
        article.anchors().forEach(anchor -> ids.add(normalizeFragment(anchor.id())));
        return ids;
    }

    static String normalizeFragment(String fragment) {
        return java.text.Normalizer.normalize(LinkTarget.decode(fragment), java.text.Normalizer.Form.NFC);
    }

    /** A finding at a link, reported with the other findings in {@link #finish}; its subject is the destination. */
    private static Report at(LinkFacts facts, Article article, LinkOccurrence link) {
        return new Report(facts.path(), article.source(), link.line(), link.column(), facts.pending()::add)
                .subject(link.destination());
    }

    @Override
    public void finish(CorpusFindingSink sink) {
        awaitRedirects();
        pending.forEach(sink::report);
        includes.forEach((file, included) -> {
            Set<String> merged = new HashSet<>(anchors.getOrDefault(file, Set.of()));
            included.forEach(snippet -> merged.addAll(IncludedAnchors.of(snippet, anchors, configuration.reader())));
            anchors.put(file, merged);
        });
        // A page Hugo does not render has no URL its relative links could resolve from: they are judged where it is
        // included (its snippets' anchors count there), not here.
        List<LocalLink> rendered = new java.util.ArrayList<>();
        int skipped = 0;
        for (LocalLink link : localLinks) {
            if (unrenderedPages.contains(link.article()) || !unrenderedFolders.isEmpty()
                    && unrenderedFolders.stream().anyMatch(folder -> link.article().startsWith(folder))) {
                skipped++;
            } else {
                rendered.add(link);
            }
        }
        LocalLinkVerifier verifier = new LocalLinkVerifier(configuration, anchors, publishedUrls, this::frontMatterLinks);
        verifier.verify(rendered, sink);
        if (verifier.fallbacks() > 0) {
            sink.note(Message.of("links.note.fallback", verifier.fallbacks()));
        }
        if (skipped > 0) {
            sink.note(Message.of("links.note.unrendered", skipped));
        }
        if (templated.get() > 0) {
            sink.note(Message.of("links.note.templated", templated.get()));
        }
        if (!offlineUrls.isEmpty()) {
            sink.note(Message.of("links.note.offline", offlineUrls.size()));
        }
        if (!external.isEmpty()) {
            new ExternalLinkChecker(options).check(external, sink);
        }
    }
}
