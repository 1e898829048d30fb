package io.github.articlecheck.links;

import io.github.articlecheck.read.Anchors;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.read.ArticleReader;
import io.github.articlecheck.core.Report;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.TextEdit;
import io.github.articlecheck.core.CorpusCheck.CorpusFindingSink;
import io.github.articlecheck.core.Suggestions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves local links once every article has been read: target files (with letter case), then fragments
 * against the target's anchors — another article's headings and ids, or the ids of a local HTML file.
 */
final class LocalLinkVerifier {
    /** A link to a Markdown source file. */
    private static final Pattern SOURCE_FILE = Pattern.compile("(?i).*\\.(md|markdown|mdx)$");
    /** A file beside a page that is neither a page nor its source: an image, a download. */
    private static final Pattern ATTACHMENT = Pattern.compile("(?i)[^?#]*\\.(?!md$|html?$)[a-z0-9]{2,5}");
    private static final Pattern HTML_ID = Pattern.compile("\\s(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    /** Fragments every browser understands without an anchor. */
    private static final Set<String> ALWAYS_VALID = Set.of("", "top");

    private final LinkSettings configuration;
    private final Map<Path, Set<String>> anchors;
    private final LocalResolver resolver;
    private final Map<Path, Set<String>> htmlIds = new java.util.concurrent.ConcurrentHashMap<>();
    /** "Did you mean" for a missing anchor, per target page and fragment: many links miss the same one. */
    private final Map<MissingAnchor, AnchorGuess> anchorGuesses = new java.util.concurrent.ConcurrentHashMap<>();

    private record MissingAnchor(Path page, String fragment) {
    }

    /** The closest anchor of the page, and whether a fix may apply it without asking. */
    private record AnchorGuess(Optional<String> closest, boolean certain) {
        static AnchorGuess of(String fragment, Set<String> ids) {
            Optional<String> did = Suggestions.closest(fragment, ids);
            return new AnchorGuess(did, did.isPresent() && Suggestions.certain(fragment, did.get(), ids));
        }
    }
    private final PublishedUrls publishedUrls;
    /** Per article, where its relative front matter paths start. */
    private final java.util.function.Function<Path, FrontMatterLinks> frontMatterLinks;

    LocalLinkVerifier(LinkSettings configuration, Map<Path, Set<String>> anchors, PublishedUrls publishedUrls,
            java.util.function.Function<Path, FrontMatterLinks> frontMatterLinks) {
        this.frontMatterLinks = frontMatterLinks;
        this.configuration = configuration;
        this.anchors = anchors;
        this.publishedUrls = publishedUrls;
        this.resolver = new LocalResolver(configuration.baseDirectory());
    }

    /** Below this many links a site is verified on the calling thread: a pool would cost more than it saves. */
    private static final int PARALLEL_FROM = 5_000;

    /**
     * Verifies every link. Links are independent (the resolver's and the anchors' caches are concurrent, the sink is
     * thread-safe, findings are sorted afterwards), so a large site's are shared among one thread per core.
     */
    void verify(List<LinkCheck.LocalLink> links, CorpusFindingSink sink) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), links.size() / PARALLEL_FROM);
        if (threads < 2) {
            verifyAll(links, sink);
            return;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "articlecheck-links");
            thread.setDaemon(true);
            thread.setContextClassLoader(loader);
            return thread;
        });
        try {
            List<java.util.concurrent.Future<?>> parts = new ArrayList<>();
            int size = (links.size() + threads - 1) / threads;
            for (int from = 0; from < links.size(); from += size) {
                List<LinkCheck.LocalLink> part = links.subList(from, Math.min(links.size(), from + size));
                parts.add(pool.submit(() -> verifyAll(part, sink)));
            }
            for (java.util.concurrent.Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying links", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void verifyAll(List<LinkCheck.LocalLink> links, CorpusFindingSink sink) {
        for (LinkCheck.LocalLink link : links) {
            try {
                verify(link, sink);
            } catch (RuntimeException e) {
                // One link the resolver cannot handle must not stop the others: said where it is written.
                LinkOccurrence at = link.occurrence();
                sink.report(ArticleReader.problem(link.path(), at.line(), at.column(), Message.of(
                        "article.unreadable.check-failed", "LinkCheck", e.getClass().getSimpleName())));
            }
        }
    }

    /**
     * In changed-files mode a local-link finding counts when its article changed, or when the file it points at
     * (found, looked for, or the target of an anchor) changed or was deleted by the change.
     */
    private Report at(LinkCheck.LocalLink link, CorpusFindingSink sink, Path target) {
        LinkOccurrence occurrence = link.occurrence();
        return sink.at(link.path(), occurrence.line(), occurrence.column()).subject(occurrence.destination())
                .target(resolver.display(target));
    }

    private void verify(LinkCheck.LocalLink link, CorpusFindingSink sink) {
        LinkTarget target = link.target();
        LinkOccurrence at = link.occurrence();
        Path targetFile;
        Optional<PublishedUrls.Hit> published;
        if (target.kind() == LinkTarget.Kind.FRAGMENT || target.path().isEmpty()) {
            // "#x", "?q=x" and "?q=x#y" name this same page
            targetFile = link.article();
        } else if ((published = publishedTarget(link)).isPresent()) {
            PublishedUrls.Hit hit = published.get();
            if (hit.caseDiffers() && !configuration.links().caseInsensitiveUrls()) {
                Report report = at(link, sink, hit.article());
                LinkEdits.publishedCase(at.destination(), hit.url()).ifPresent(fixed -> report.edit(
                        TextEdit.replaceOnLine(at.line(), at.column(), at.destination(), fixed)));
                report.report(LinkRules.CASE, "link.case.published", at.destination(), hit.url());
                return;
            }
            if (hit.servedForm().isPresent()) {
                Report report = at(link, sink, hit.article());
                if (at.destination().startsWith("/")) {
                    report.edit(TextEdit.replaceOnLine(at.line(), at.column(), at.destination(),
                            hit.servedForm().get() + LinkEdits.suffix(at.destination())));
                }
                report.report(LinkRules.FILE, "link.file.url-form", at.destination(), hit.servedForm().get());
                return;
            }
            targetFile = hit.article();
        } else {
            LocalResolver.Resolution resolution = resolver.resolve(bases(link), target.path());
            if (resolution.status() == LocalResolver.Status.MISSING) {
                resolution = againstPageUrl(link).orElse(resolution);
            }
            switch (resolution.status()) {
                case MISSING:
                    if (servedFromElsewhere(link)) {
                        fallbacks.incrementAndGet();
                        return;
                    }
                    Optional<LocalResolver.Suggestion> found = resolution.suggestion().get();
                    Optional<Path> suggestion = found.map(LocalResolver.Suggestion::file);
                    RuleDescriptor rule = at.image() ? LinkRules.IMAGE : LinkRules.FILE;
                    Report report = at(link, sink, resolution.file());
                    Optional<String> url = triedUrl(link);
                    if (url.isPresent() && !at.image()) {
                        // A site's page link: say the URL no page is published at, then the file it is not either.
                        report.report(rule, suggestion.isPresent() ? "link.file.missing-url-did-you-mean"
                                : "link.file.missing-url", at.destination(), url.get(),
                                resolver.display(resolution.file()),
                                suggestion.map(resolver::display).orElse(""));
                    } else if (suggestion.isPresent()) {
                        LinkEdits.misspelt(at, found.get()).ifPresent(report::edit);
                        report.report(rule, "link.file.missing-did-you-mean", at.destination(),
                                resolver.display(resolution.file()), resolver.display(suggestion.get()));
                    } else {
                        report.report(rule, "link.file.missing", at.destination(), resolver.display(resolution.file()));
                    }
                    return;
                case CASE_MISMATCH:
                    Path actual = resolution.actual().orElseThrow();
                    Report caseReport = at(link, sink, actual);
                    LinkEdits.caseFixed(at.destination(), resolver.display(actual)).ifPresent(fixed -> caseReport.edit(
                            TextEdit.replaceOnLine(at.line(), at.column(), at.destination(), fixed)));
                    caseReport.report(LinkRules.CASE, "link.case.on-disk", at.destination(), resolver.display(actual));
                    return;
                default:
                    targetFile = resolution.file().toAbsolutePath().normalize();
            }
        }
        Optional<String> fragment = target.fragment().map(LinkCheck::normalizeFragment);
        // a text fragment (#:~:text=…, WICG scroll-to-text) is a browser directive, never an anchor
        if (fragment.isEmpty() || ALWAYS_VALID.contains(fragment.get()) || fragment.get().startsWith(":~:")) {
            return;
        }
        Set<String> ids = idsOf(targetFile);
        if (ids != null && !ids.contains(fragment.get())) {
            AnchorGuess guess = anchorGuesses.computeIfAbsent(new MissingAnchor(targetFile, fragment.get()),
                    missing -> AnchorGuess.of(missing.fragment(), ids));
            Optional<String> did = guess.closest();
            boolean certain = guess.certain();
            String where = targetFile.equals(link.article()) ? Message.reference("link.anchor.this-article")
                    : resolver.display(targetFile);
            Report report = at(link, sink, targetFile);
            if (did.isPresent()) {
                int hash = at.destination().indexOf('#');
                if (certain) {
                    report.edit(TextEdit.replaceOnLine(at.line(), at.column(), at.destination(),
                            at.destination().substring(0, hash + 1) + did.get()));
                }
                report.report(LinkRules.ANCHOR, "link.anchor.missing-did-you-mean", target.fragment().get(), where,
                        did.get());
            } else {
                report.report(LinkRules.ANCHOR, "link.anchor.missing", target.fragment().get(), where);
            }
        }
    }

    /**
     * The article a link names by its published URL: a site-root path, a path relative to the page's own URL
     * (Hugo pretty URLs), or a {@code permalinks} rule's source file. Files on disk are tried first for relative
     * links, so bundle resources and links to .md files keep working.
     */
    /** The URL a page link was looked up at in the site model's index, when the site has a model. */
    private Optional<String> triedUrl(LinkCheck.LocalLink link) {
        LinkTarget target = link.target();
        if (configuration.links().sitePreset() == SitePreset.NONE
                || SOURCE_FILE.matcher(target.path()).matches()) {
            return Optional.empty(); // a link to a source file is a file link: said as one
        }
        String url = target.kind() == LinkTarget.Kind.SITE_ROOT ? target.path()
                : target.kind() == LinkTarget.Kind.RELATIVE && link.pageUrl().isPresent()
                        ? resolveAgainstPage(link.pageUrl().get(), target.path()) : null;
        return Optional.ofNullable(url).map(UrlPathForms::normalize);
    }

    /** A relative link resolved against its page's URL, as a browser does; null when it is no URL path at all. */
    static String resolveAgainstPage(String pageUrl, String relative) {
        try {
            java.net.URI resolved = java.net.URI.create("http://site" + HttpProbe.encodeForUri(pageUrl))
                    .resolve(HttpProbe.encodeForUri(relative));
            return resolved.isOpaque() || resolved.getScheme() == null || !resolved.getScheme().equals("http")
                    ? null : resolved.getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Optional<PublishedUrls.Hit> publishedTarget(LinkCheck.LocalLink link) {
        LinkTarget target = link.target();
        String urlPath;
        if (target.kind() == LinkTarget.Kind.SITE_ROOT) {
            urlPath = target.path();
        } else if (target.kind() == LinkTarget.Kind.RELATIVE && link.pageUrl().isPresent()
                && resolver.resolve(List.of(link.article().getParent()), target.path()).status() != LocalResolver.Status.FOUND) {
            urlPath = resolveAgainstPage(link.pageUrl().get(), target.path());
            if (urlPath == null) {
                return Optional.empty(); // not a URL path ("1:2", "a:b"): the file on disk decides alone
            }
        } else {
            return Optional.empty();
        }
        boolean renderHook = configuration.links().linkRenderHook();
        Optional<PublishedUrls.Hit> hit = publishedUrls.lookup(urlPath);
        if (hit.isEmpty() && renderHook && target.kind() == LinkTarget.Kind.RELATIVE) {
            // GetPage: a page path relative to the page's own folder, then to the content root
            Path folder = link.article().getParent();
            if (folder.startsWith(configuration.contentDirectory())) {
                String relativeFolder = configuration.contentDirectory().relativize(folder).toString().replace('\\', '/');
                hit = publishedUrls.lookup("/" + relativeFolder + "/" + target.path());
            }
            if (hit.isEmpty()) {
                hit = publishedUrls.lookup("/" + target.path());
            }
        }
        if (hit.isPresent()) {
            return renderHook ? Optional.of(new PublishedUrls.Hit(hit.get().article(), false, hit.get().url())) : hit;
        }
        for (Path source : publishedUrls.permalinkSources(urlPath, configuration.baseDirectory())) {
            if (Files.isRegularFile(source)) {
                return Optional.of(new PublishedUrls.Hit(source.toAbsolutePath().normalize(), false, urlPath));
            }
        }
        return Optional.empty();
    }

    /**
     * A relative link as the browser resolves it, from the page's published URL, to a static file
     * ({@code ../../img/x.png} from {@code /tutorials/convert/} is {@code /img/x.png}): found in a site root.
     */
    private Optional<LocalResolver.Resolution> againstPageUrl(LinkCheck.LocalLink link) {
        if (link.target().kind() != LinkTarget.Kind.RELATIVE || link.pageUrl().isEmpty()
                || configuration.siteRoots().isEmpty()) {
            return Optional.empty();
        }
        String urlPath = resolveAgainstPage(link.pageUrl().get(), link.target().path());
        if (urlPath == null) {
            return Optional.empty();
        }
        LocalResolver.Resolution onSite = resolver.resolve(configuration.siteRoots(),
                LinkTarget.decode(urlPath).replaceFirst("^/+", ""));
        return onSite.status() == LocalResolver.Status.MISSING ? Optional.empty() : Optional.of(onSite);
    }

    /** Links this repository cannot judge, because the platform serves what it lacks from another one (MDN). */
    private final java.util.concurrent.atomic.AtomicInteger fallbacks = new java.util.concurrent.atomic.AtomicInteger();

    int fallbacks() {
        return fallbacks.get();
    }

    /**
     * Whether a missing target may be served from another repository: on MDN, a translated page's link to a page
     * not translated yet, or an image, which only the English repository holds, is served in English.
     */
    private boolean servedFromElsewhere(LinkCheck.LocalLink link) {
        List<String> prefixes = configuration.links().siteRules().fallbackPrefixes();
        if (prefixes.isEmpty()) {
            return false;
        }
        String path = link.target().path();
        if (link.target().kind() == LinkTarget.Kind.SITE_ROOT) {
            String lower = path.toLowerCase(java.util.Locale.ROOT);
            return prefixes.stream().anyMatch(prefix -> lower.startsWith(prefix.toLowerCase(java.util.Locale.ROOT)));
        }
        // an attachment (iceberg.jpg, an image or a download) sits beside the English page only
        return link.target().kind() == LinkTarget.Kind.RELATIVE && (link.occurrence().image()
                || ATTACHMENT.matcher(path).matches());
    }

    /** The folders a link's path is resolved against, in order. */
    private List<Path> bases(LinkCheck.LocalLink link) {
        Path articleFolder = link.article().getParent();
        List<Path> bases = new ArrayList<>();
        switch (link.target().kind()) {
            case SITE_ROOT:
                bases.addAll(configuration.siteRoots());
                if (configuration.links().sitePreset() != SitePreset.MDN) {
                    // published pages: /section/page/ → content/section/page.md (MDN's folders are not its URLs)
                    bases.add(configuration.contentDirectory());
                }
                break;
            case CONTENT_REFERENCE:
                if (!link.target().path().startsWith("/")) {
                    bases.add(articleFolder);
                }
                bases.add(configuration.contentDirectory());
                if (!configuration.links().siteRules().collectionsDir().isEmpty()) {
                    // Jekyll: {% link %} and {% post_url %} name collection documents under collections_dir
                    bases.add(configuration.contentDirectory().resolve(configuration.links().siteRules().collectionsDir()));
                }
                break;
            default:
                if (link.occurrence().frontMatter()) {
                    // as the layout renders the value: from the article's folder, the site root, or either
                    FrontMatterLinks.From from = frontMatterLinks.apply(link.article()).from()
                            .orElse(FrontMatterLinks.From.EITHER);
                    if (from != FrontMatterLinks.From.SITE) {
                        bases.add(articleFolder);
                    }
                    if (from != FrontMatterLinks.From.ARTICLE) {
                        bases.addAll(configuration.siteRoots());
                    }
                } else {
                    bases.add(articleFolder);
                }
        }
        return bases;
    }

    /** Anchors of an article, ids of a local HTML file, or null for other files (no fragment checking). */
    private Set<String> idsOf(Path file) {
        Set<String> articleAnchors = anchors.get(file);
        if (articleAnchors != null) {
            return articleAnchors;
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".html") && !name.endsWith(".htm")) {
            return null;
        }
        return htmlIds.computeIfAbsent(file, f -> {
            Set<String> ids = new HashSet<>();
            try {
                Matcher matcher = HTML_ID.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    String id = matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                    ids.add(LinkCheck.normalizeFragment(id));
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
            return ids;
        });
    }

}
