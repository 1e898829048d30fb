package io.github.articlecheck.links;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.article.Article;
import io.github.articlecheck.engine.CorpusCheck;
import io.github.articlecheck.engine.EngineConfiguration;
import io.github.articlecheck.engine.IndexInput;
import io.github.articlecheck.engine.LinkOptions;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Suggestions;
import io.github.articlecheck.html.HtmlTag;
import io.github.articlecheck.markdown.HeadingAnchors;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
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
    private final EngineConfiguration configuration;
    private final LinkOptions options;
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final Queue<LocalLink> localLinks = new ConcurrentLinkedQueue<>();
    private final Map<Path, Set<String>> anchors = new ConcurrentHashMap<>();
    private final Map<String, Queue<ExternalLinkChecker.Occurrence>> external = new ConcurrentHashMap<>();
    /** Offline, external URLs are only counted: where each is written is not kept. */
    private final Set<String> offlineUrls = ConcurrentHashMap.newKeySet();
    private final AtomicInteger templated = new AtomicInteger();
    private final PublishedUrls publishedUrls;
    /** Hugo: content included by an include shortcode brings its anchors into the including page. */
    private final Map<Path, List<Path>> includes = new ConcurrentHashMap<>();
    private static final java.util.regex.Pattern INCLUDE_SHORTCODE = java.util.regex.Pattern.compile(
            "\\{\\{[<%]\\s*include\\s+[\"'`]([^\"'`]+)[\"'`]\\s*/?[>%]\\}\\}");

    /** A finding found while collecting, reported in {@link #finish}. */
    record Pending(String path, String ruleId, int line, int column, String message) {
    }

    /** A local link waiting for every article's anchors. */
    record LocalLink(Path article, String path, LinkOccurrence occurrence, LinkTarget target, Optional<String> pageUrl) {
    }

    public LinkCheck(EngineConfiguration configuration) {
        this.configuration = configuration;
        this.options = configuration.links();
        this.publishedUrls = new PublishedUrls(configuration.contentDirectory(), options.sitePreset(), options.permalinks());
    }

    @Override
    public List<RuleDescriptor> rules() {
        return LinkRules.ALL;
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
        anchors.put(facts.file(), facts.anchors());
        if (!facts.includes().isEmpty()) {
            includes.put(facts.file(), facts.includes());
        }
        publishedUrls.add(facts.file(), facts.urls());
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
        LinkFacts facts = new LinkFacts(file, article.relativePath(), anchorsOf(article),
                options.sitePreset() == io.github.articlecheck.engine.SitePreset.HUGO ? includesOf(article, file) : List.of(),
                publishedUrls.urlsOf(article), publishedUrls.pageUrl(article));
        String path = article.relativePath();
        for (LinkOccurrence link : LinkExtractor.extract(article, options.frontMatterLinkKeys())) {
            if (options.excludeLinks().stream().anyMatch(p -> p.matcher(link.destination()).find())) {
                continue;
            }
            LinkTarget target = LinkTarget.classify(link.destination(), options.extraSchemes());
            switch (target.kind()) {
                case EMPTY:
                    add(facts, LinkRules.EMPTY, link, "empty link destination: the link goes nowhere; write the"
                            + " URL or path, or remove the link");
                    break;
                case TEMPLATED:
                    facts.addTemplated();
                    break;
                case UNKNOWN_SCHEME:
                    String suggestion = Suggestions.closest(target.scheme(), List.of("http", "https", "mailto"))
                            .map(s -> " (did you mean " + s + ":?)").orElse("");
                    add(facts, LinkRules.SYNTAX, link, "'" + link.destination() + "' has an unknown scheme '"
                            + target.scheme() + ":'" + suggestion);
                    break;
                case MAILTO:
                    UrlSyntax.mailProblem(target.path()).ifPresent(problem ->
                            add(facts, LinkRules.SYNTAX, link, "mailto link " + problem));
                    break;
                case EXTERNAL:
                    extractExternal(facts, path, link);
                    break;
                case OTHER_SCHEME:
                    break;
                default:
                    facts.local().add(new LinkFacts.Link(link.destination(), link));
            }
        }
        extractUndefinedReferences(article, facts);
        return facts;
    }

    private void extractExternal(LinkFacts facts, String path, LinkOccurrence link) {
        String url = link.destination();
        Optional<String> problem = UrlSyntax.problem(url);
        if (problem.isPresent()) {
            add(facts, LinkRules.SYNTAX, link, "'" + url + "' " + problem.get());
            return;
        }
        List<String> tracking = UrlSyntax.trackingParameters(url);
        if (!tracking.isEmpty()) {
            add(facts, LinkRules.TRACKING, link, "tracking parameter" + (tracking.size() == 1 ? " " : "s ")
                    + String.join(", ", tracking) + ": use " + UrlSyntax.withoutTracking(url));
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
            Path fromPage = file.getParent().resolve(path).normalize();
            // Like Hugo's GetPage: relative to the page first, then to the content root.
            included.add(!target.startsWith("/") && java.nio.file.Files.isRegularFile(fromPage) ? fromPage
                    : configuration.contentDirectory().resolve(path).normalize());
        }
        return included;
    }

    /** {@code [text][label]} and {@code [text][]} with no definition; shortcut {@code [text]} is plain text. */
    private void extractUndefinedReferences(Article article, LinkFacts facts) {
        for (Node node : article.document().getDescendants()) {
            if (node instanceof LinkRef && !((LinkRef) node).isDefined()) {
                String chars = node.getChars().toString();
                if (chars.contains("][")) {
                    LinkRef ref = (LinkRef) node;
                    String label = ref.getReference().isEmpty() ? ref.getText().toString() : ref.getReference().toString();
                    int offset = node.getStartOffset();
                    if (!configuration.reportsOn(article.relativePath())) {
                        continue;
                    }
                    facts.pending().add(new Pending(article.relativePath(), LinkRules.REFERENCE.id(),
                            article.source().line(offset), article.source().column(offset), "reference ["
                            + label + "] is not defined: add '[" + label + "]: https://…' or fix the label"));
                }
            }
        }
    }

    private Set<String> anchorsOf(Article article) {
        // Headings and definition terms share one id generator (goldmark's): a repeated id gets -1, -2, ...
        Map<String, Integer> occurrences = new java.util.LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (HeadingAnchors.Anchor anchor : HeadingAnchors.anchors(article.document(), configuration.anchorStyle())) {
            occurrences.merge(anchor.base(), 1, Integer::sum);
        }
        for (String term : definitionTerms(article)) {
            occurrences.merge(configuration.anchorStyle().slugOf(term), 1, Integer::sum);
        }
        occurrences.forEach((base, count) -> {
            ids.add(normalizeFragment(base));
            for (int i = 1; i < count; i++) {
                ids.add(normalizeFragment(base + "-" + i));
            }
        });
        for (HtmlTag tag : article.rawHtml().tags()) {
            if (!tag.end()) {
                tag.attribute("id").map(HtmlTag.Attribute::value).ifPresent(id -> ids.add(normalizeFragment(id)));
                if (tag.name().equals("a")) {
                    tag.attribute("name").map(HtmlTag.Attribute::value).ifPresent(n -> ids.add(normalizeFragment(n)));
                }
            }
        }
        return ids;
    }

    /**
     * Terms of definition lists ({@code term} then {@code : definition}): generators such as Hugo (goldmark's
     * autoDefinitionTermID) give them anchor ids like headings.
     */
    private static List<String> definitionTerms(Article article) {
        List<String> terms = new java.util.ArrayList<>();
        for (Node node : article.document().getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Paragraph && (node.getChars().indexOf("\n: ") >= 0
                    || node.getNext() instanceof com.vladsch.flexmark.ast.Paragraph && node.getNext().getChars().startsWith(": "))) {
                String[] lines = node.getChars().toString().split("\\r?\\n|\\r");
                for (int i = 0; i + 1 < lines.length; i++) {
                    if (lines[i + 1].startsWith(": ") && !lines[i].startsWith(":") && !lines[i].isBlank()) {
                        terms.add(lines[i].replaceAll("[`*_]", "").trim());
                    }
                }
                Node next = node.getNext();
                String last = lines[lines.length - 1];
                if (next instanceof com.vladsch.flexmark.ast.Paragraph && next.getChars().startsWith(": ")
                        && !last.startsWith(":")) {
                    terms.add(last.replaceAll("[`*_]", "").trim()); // a blank line may separate term and definition
                }
            }
        }
        return terms;
    }

    static String normalizeFragment(String fragment) {
        return java.text.Normalizer.normalize(LinkTarget.decode(fragment), java.text.Normalizer.Form.NFC);
    }

    private void add(LinkFacts facts, RuleDescriptor rule, LinkOccurrence link, String message) {
        if (!configuration.reportsOn(facts.path())) {
            return; // changed-files mode: what needs no other file is reported for changed articles only
        }
        facts.pending().add(new Pending(facts.path(), rule.id(), link.line(), link.column(), message));
    }

    @Override
    public void finish(CorpusFindingSink sink) {
        for (Pending finding : pending) {
            sink.report(finding.path(), finding.ruleId(), finding.line(), finding.column(), finding.message());
        }
        includes.forEach((file, included) -> {
            Set<String> merged = new HashSet<>(anchors.getOrDefault(file, Set.of()));
            included.forEach(snippet -> merged.addAll(IncludedAnchors.of(snippet, anchors, configuration)));
            anchors.put(file, merged);
        });
        new LocalLinkVerifier(configuration, anchors, publishedUrls).verify(localLinks, sink);
        if (templated.get() > 0) {
            sink.note("links: " + templated.get() + " templated link" + (templated.get() == 1 ? "" : "s")
                    + " ({{ }}, {% %}) not checked");
        }
        if (!offlineUrls.isEmpty()) {
            sink.note("links: " + offlineUrls.size() + " external URL" + (offlineUrls.size() == 1 ? "" : "s")
                    + " not checked (offline)");
        }
        if (!external.isEmpty()) {
            new ExternalLinkChecker(options).check(external, sink);
        }
    }
}
