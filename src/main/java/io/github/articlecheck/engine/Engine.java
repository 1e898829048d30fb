package io.github.articlecheck.engine;

import io.github.articlecheck.article.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Runs every check on every article: lists the files, reads and parses each once, runs the article checks on
 * it in parallel, feeds the corpus checks, and returns the findings sorted. Knows nothing of Maven.
 */
public final class Engine {
    private final EngineConfiguration configuration;
    private List<ArticleCheck> articleChecks;
    private List<CorpusCheck> corpusChecks;
    private final List<RuleDescriptor> rules;
    private final Map<String, Optional<Severity>> effectiveSeverity = new HashMap<>();
    private final java.util.Set<String> enabledRuleIds = new java.util.HashSet<>();
    private final Map<String, Suppressions> suppressionsByPath = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> contentHashes = new java.util.concurrent.ConcurrentHashMap<>();
    private ArticleIndex index;
    private String indexKey;

    /** Validates the configuration and loads what the checks need (schemas); fails fast with a clear message. */
    public Engine(EngineConfiguration configuration) {
        this.configuration = configuration;
        this.articleChecks = CheckRegistry.articleChecks(configuration);
        this.corpusChecks = CheckRegistry.corpusChecks(configuration);
        this.rules = CheckRegistry.allRules(articleChecks, corpusChecks);
        for (RuleDescriptor rule : rules) {
            effectiveSeverity.put(rule.id(), rule.enabledByDefault() ? Optional.of(rule.defaultSeverity()) : Optional.empty());
        }
        for (Map.Entry<String, RuleLevel> override : configuration.ruleLevels().entrySet()) {
            if (!effectiveSeverity.containsKey(override.getKey())) {
                throw new ConfigurationException("unknown rule id '" + override.getKey() + "' in <rules>; known ids: "
                        + String.join(", ", new TreeSet<>(effectiveSeverity.keySet())));
            }
            effectiveSeverity.put(override.getKey(), override.getValue().severity());
        }
        effectiveSeverity.forEach((id, severity) -> severity.ifPresent(s -> enabledRuleIds.add(id)));
        // A check whose rules are all off costs nothing: it does not run at all.
        articleChecks = articleChecks.stream().filter(c -> c.rules().stream().anyMatch(r -> enabledRuleIds.contains(r.id()))).toList();
        corpusChecks = corpusChecks.stream().filter(c -> c.rules().stream().anyMatch(r -> enabledRuleIds.contains(r.id()))).toList();
    }

    public List<RuleDescriptor> rules() {
        return rules;
    }

    /** The rules that are on, with the severity they report at. */
    public List<RuleDescriptor> activeRules() {
        return rules.stream().filter(r -> effectiveSeverity.get(r.id()).isPresent())
                .map(r -> new RuleDescriptor(r.id(), effectiveSeverity.get(r.id()).get(), true, r.summary(), r.help()))
                .collect(Collectors.toList());
    }

    public EngineResult run() {
        long start = System.nanoTime();
        CompletableFuture<ArticleIndex> loading = null;
        if (configuration.indexFile().isPresent() && configuration.changeSet().isEmpty()) {
            indexKey = IndexKey.of(configuration, corpusChecks);
            Path indexFile = configuration.indexFile().get();
            loading = Background.start("articlecheck-index", () -> ArticleIndex.load(indexFile, indexKey, corpusChecks));
        }
        ArticleScanner.Scan scan = new ArticleScanner(configuration).scan();
        List<Finding> findings = new ArrayList<>(scan.problems());
        ArticleReader reader = new ArticleReader(configuration.baseDirectory());
        if (loading != null) {
            index = Background.join(loading);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(configuration.threads(),
                Math.max(1, scan.articles().size())), daemonThreads());
        try {
            List<Future<List<Finding>>> results = new ArrayList<>();
            for (Path file : scan.articles()) {
                ArticleScanner.Stamp stamp = scan.stamps().get(file);
                results.add(pool.submit(() -> checkOne(reader, file, stamp)));
            }
            for (Future<List<Finding>> result : results) {
                findings.addAll(result.get());
            }
            // Unchanged articles did not wait for the checks' set-up (schemas): a broken one still fails the run.
            articleChecks.forEach(ArticleCheck::awaitReady);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking articles", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConfigurationException configuration) {
                throw configuration;
            }
            throw new IllegalStateException("a check failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        // The index is complete once every article went through: write it while the cross-article checks run.
        CompletableFuture<String> indexSaved = index == null || !index.needsSave()
                ? CompletableFuture.completedFuture(null)
                : Background.start("articlecheck-index", this::saveIndex);
        List<Finding> corpusFindings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        CorpusCheck.CorpusFindingSink corpusSink = new CorpusCheck.CorpusFindingSink() {
            @Override
            public boolean enabled(String ruleId) {
                return isEnabled(ruleId);
            }

            @Override
            public void report(String relativePath, String ruleId, int line, int column, String message) {
                severityOf(ruleId).ifPresent(s -> corpusFindings.add(new Finding(relativePath, line, column, ruleId, s, message)));
            }

            @Override
            public void report(String relativePath, String ruleId, Severity severity, int line, int column, String message) {
                severityOf(ruleId).ifPresent(s -> corpusFindings.add(new Finding(relativePath, line, column, ruleId,
                        configuration.ruleLevels().containsKey(ruleId) ? s : severity, message)));
            }

            @Override
            public void note(String line) {
                notes.add(line);
            }

            @Override
            public void warn(String line) {
                warnings.add(line);
            }
        };
        corpusChecks.forEach(check -> check.finish(corpusSink));
        configuration.changeSet().ifPresent(change -> notes.add("articlecheck: changed-files mode " + change.description()
                + ": " + change.changed().size() + " changed and " + change.deleted().size() + " deleted file"
                + (change.deleted().size() == 1 ? "" : "s")));
        for (Finding finding : corpusFindings) {
            Suppressions suppressions = suppressionsByPath.get(finding.path());
            if (suppressions == null || !suppressions.filter(List.of(finding)).isEmpty()) {
                findings.add(finding);
            }
        }
        suppressionsByPath.forEach((path, suppressions) -> {
            if (configuration.reportsOn(path)) {
                findings.addAll(unusedSuppressions(path, suppressions));
            }
        });
        suppressionsByPath.clear();
        String indexProblem = indexSaved.join();
        if (indexProblem != null) {
            warnings.add(indexProblem);
        }
        Collections.sort(findings);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new EngineResult(findings, scan.articles().size(), millis, activeRules(), notes, warnings, contentHashes);
    }

    private List<Finding> checkOne(ArticleReader reader, Path file, ArticleScanner.Stamp stamp) {
        String relative = stamp.relativePath();
        long size = stamp.size();
        long modified = stamp.modified();
        if (index != null) {
            Optional<ArticleIndex.Entry> unchanged = index.unchanged(relative, size, modified);
            if (unchanged.isPresent()) {
                return restore(relative, unchanged.get(), size, modified);
            }
        }
        Article article;
        String hash;
        try {
            ArticleReader.Text text = reader.readText(file);
            if (text.problem().isPresent()) {
                return severityOf(EngineRules.UNREADABLE.id()).isPresent() ? List.of(text.problem().get()) : List.of();
            }
            String content = text.text().orElseThrow();
            hash = index != null || configuration.contentHashes() ? ContentHash.of(content) : null;
            if (index != null) {
                Optional<ArticleIndex.Entry> same = index.sameContent(relative, hash);
                if (same.isPresent()) {
                    return restore(relative, same.get(), size, modified);
                }
            }
            article = ArticleReader.parse(file, relative, content);
        } catch (RuntimeException | StackOverflowError e) {
            // A pathological file must not stop the run: report it and go on with the others.
            return List.of(new Finding(relative, 1, 1, EngineRules.UNREADABLE.id(), Severity.ERROR, "cannot be parsed: " + e));
        }
        if (configuration.contentHashes()) {
            contentHashes.put(relative, hash);
        }
        List<Finding> raw = runArticleChecks(article);
        Suppressions suppressions = Suppressions.of(article);
        List<CorpusCheck.Facts> facts = new ArrayList<>();
        corpusChecks.forEach(check -> facts.add(check.collect(article)));
        if (index != null) {
            index.keep(relative, new ArticleIndex.Entry(size, modified, hash, raw, suppressions, facts));
        }
        return reportable(relative, raw, suppressions);
    }

    /** Writes the index; returns why it could not, or null. */
    private String saveIndex() {
        try {
            index.save(configuration.indexFile().get(), indexKey);
            return null;
        } catch (java.io.IOException | RuntimeException e) {
            return "articlecheck: the index " + configuration.indexFile().get() + " cannot be written (" + e.getMessage()
                    + "); the next run checks every article again";
        }
    }

    /** An unchanged article: its findings and facts from the index, without reading or parsing it. */
    private List<Finding> restore(String relative, ArticleIndex.Entry entry, long size, long modified) {
        if (configuration.contentHashes()) {
            contentHashes.put(relative, entry.hash());
        }
        for (int i = 0; i < corpusChecks.size(); i++) {
            corpusChecks.get(i).restore(entry.facts().get(i));
        }
        index.keep(relative, entry.size() == size && entry.modified() == modified ? entry
                : new ArticleIndex.Entry(size, modified, entry.hash(), entry.findings(), entry.suppressions(), entry.facts()));
        return reportable(relative, new ArrayList<>(entry.findings()), entry.suppressions().fresh());
    }

    /** Applies the changed-files mode and the article's suppressions to its per-article findings. */
    private List<Finding> reportable(String relative, List<Finding> raw, Suppressions suppressions) {
        List<Finding> findings = raw;
        if (!configuration.reportsOn(relative)) {
            findings = new ArrayList<>();
        }
        if (!suppressions.isEmpty()) {
            findings = suppressions.filter(findings);
            if (corpusChecks.isEmpty()) {
                if (configuration.reportsOn(relative)) {
                    findings.addAll(unusedSuppressions(relative, suppressions));
                }
            } else {
                suppressionsByPath.put(relative, suppressions); // corpus findings come later
            }
        }
        return findings;
    }

    private List<Finding> unusedSuppressions(String path, Suppressions suppressions) {
        return severityOf(Suppressions.UNUSED.id())
                .map(severity -> suppressions.unused(path, effectiveSeverity.keySet(), enabledRuleIds, severity))
                .orElse(List.of());
    }

    /**
     * Runs the per-article checks on one parsed article and applies its inline suppressions; findings are
     * unsorted. Cross-article checks do not run.
     */
    public List<Finding> checkArticle(Article article) {
        articleChecks.forEach(ArticleCheck::awaitReady);
        List<Finding> findings = runArticleChecks(article);
        Suppressions suppressions = Suppressions.of(article);
        if (suppressions.isEmpty()) {
            return findings;
        }
        List<Finding> kept = suppressions.filter(findings);
        kept.addAll(unusedSuppressions(article.relativePath(), suppressions));
        return kept;
    }

    private List<Finding> runArticleChecks(Article article) {
        ArticleFindings sink = new ArticleFindings(article);
        for (ArticleCheck check : articleChecks) {
            try {
                check.check(article, sink);
            } catch (ConfigurationException e) {
                throw e; // the configuration's fault (a broken schema), not the article's
            } catch (RuntimeException | StackOverflowError e) {
                // Say which check gave up on which file rather than losing the whole run.
                sink.findings.add(new Finding(article.relativePath(), 1, 1, EngineRules.UNREADABLE.id(), Severity.ERROR,
                        "could not be checked by " + check.getClass().getSimpleName() + ": " + e));
            }
        }
        return sink.findings;
    }

    private boolean isEnabled(String ruleId) {
        return severityOf(ruleId).isPresent();
    }

    private Optional<Severity> severityOf(String ruleId) {
        Optional<Severity> severity = effectiveSeverity.get(ruleId);
        if (severity == null) {
            throw new IllegalStateException("rule " + ruleId + " is reported but not registered");
        }
        return severity;
    }

    private final class ArticleFindings implements FindingSink {
        private final Article article;
        private final List<Finding> findings = new ArrayList<>();

        ArticleFindings(Article article) {
            this.article = article;
        }

        @Override
        public boolean enabled(String ruleId) {
            return isEnabled(ruleId);
        }

        @Override
        public void report(String ruleId, int line, int column, String message) {
            severityOf(ruleId).ifPresent(s -> findings.add(
                    new Finding(article.relativePath(), line, column, ruleId, s, message)));
        }

        @Override
        public void reportAtOffset(String ruleId, int offset, String message) {
            report(ruleId, article.source().line(offset), article.source().column(offset), message);
        }

        @Override
        public void reportAtOffset(String ruleId, Severity severity, int offset, String message) {
            Optional<Severity> configured = severityOf(ruleId);
            if (configured.isEmpty()) {
                return;
            }
            Severity effective = configuration.ruleLevels().containsKey(ruleId) ? configured.get() : severity;
            findings.add(new Finding(article.relativePath(), article.source().line(offset),
                    article.source().column(offset), ruleId, effective, message));
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "articlecheck-worker");
            thread.setDaemon(true);
            return thread;
        };
    }
}
