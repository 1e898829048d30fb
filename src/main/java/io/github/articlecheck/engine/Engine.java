package io.github.articlecheck.engine;

import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.Background;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.ContentHash;
import io.github.articlecheck.core.CorpusCheck;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.Report;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.read.ArticleReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the checks it is given on every article: lists the files ({@link ArticleScanner}), reads and parses each
 * once ({@link ArticleReader}) or restores it from the index ({@link ArticleIndex}), runs the article checks in
 * parallel, feeds the corpus checks, then applies to every finding, in this order and in one place: the rule
 * levels ({@link LevelPolicy}), the articles' inline suppressions, and the changed-files scope. Knows nothing of
 * Maven, nor of which checks exist.
 */
public final class Engine {
    private final EngineConfiguration configuration;
    private final List<ArticleCheck> articleChecks;
    private final List<CorpusCheck> corpusChecks;
    private final LevelPolicy levels;

    /** Validates the rule levels against the checks' rules; fails fast with a clear message. */
    public Engine(EngineConfiguration configuration, Checks checks) {
        this.configuration = configuration;
        List<RuleDescriptor> rules = new ArrayList<>();
        rules.add(ArticleReader.UNREADABLE);
        rules.add(ArticleReader.TOO_COMPLEX);
        rules.add(Suppressions.UNUSED);
        checks.articleChecks().forEach(check -> rules.addAll(check.rules()));
        checks.corpusChecks().forEach(check -> rules.addAll(check.rules()));
        this.levels = new LevelPolicy(rules, configuration.ruleLevels(), configuration.folderRuleLevels(),
                !configuration.contentDirectory().startsWith(configuration.baseDirectory())
                        || configuration.contentDirectory().equals(configuration.baseDirectory()) ? ""
                        : ArticleReader.relativize(configuration.baseDirectory(), configuration.contentDirectory()) + "/");
        // A check whose rules are all off costs nothing: it does not run at all.
        this.articleChecks = checks.articleChecks().stream()
                .filter(c -> c.rules().stream().anyMatch(r -> levels.enabled(r.id()))).toList();
        this.corpusChecks = checks.corpusChecks().stream()
                .filter(c -> c.rules().stream().anyMatch(r -> levels.enabled(r.id()))).toList();
    }

    public List<RuleDescriptor> rules() {
        return levels.all();
    }

    /** The rules that are on, with the severity they report at. */
    public List<RuleDescriptor> activeRules() {
        return levels.active();
    }

    /** The articles a run would check, as paths relative to the base directory, in order. */
    public List<String> articlePaths() {
        ArticleScanner.Scan scan = new ArticleScanner(configuration).scan();
        return scan.articles().stream().map(file -> scan.stamps().get(file).relativePath()).toList();
    }

    public EngineResult run() {
        return new Run().execute();
    }

    /** The index key: the configuration that shapes findings, and each running check's own part. */
    String indexKey() {
        List<Object> parts = new ArrayList<>(List.of(configuration.cacheKey(), configuration.baseDirectory(),
                configuration.contentDirectory(), configuration.includes(), configuration.excludes(),
                configuration.anchorStyle(), new java.util.TreeMap<>(configuration.ruleLevels()), configuration.gitIgnore(),
                configuration.folderRuleLevels(), configuration.markdownDialect(), configuration.markdownOptions(),
                configuration.extensionlessIncludes()));
        articleChecks.forEach(check -> parts.add(check.getClass().getName() + "=" + check.indexKey()));
        corpusChecks.forEach(check -> parts.add(check.getClass().getName() + "=" + check.indexKey()));
        return ContentHash.of(parts.toString());
    }

    /** The state of one run. */
    private final class Run {
        private final long start = System.nanoTime();
        private final Map<String, Suppressions> suppressionsByPath = new ConcurrentHashMap<>();
        private final Map<String, String> contentHashes = new ConcurrentHashMap<>();
        private final ArticleReader reader = new ArticleReader(configuration.baseDirectory(), configuration.anchorStyle(),
                configuration.markdownDialect(), configuration.markdownOptions());
        private CompletableFuture<ArticleIndex> indexLoading;
        private volatile ArticleIndex index;
        private String indexKey;
        /** Findings of corpus checks that failed on one article (in collect or restore). */
        private final List<Finding> corpusFailures = java.util.Collections.synchronizedList(new ArrayList<>());
        /** Failures of the run itself: they fail the build. */
        private final List<Message> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        /** Measures of articles the corpus checks gave (readability): path, then name → value. */
        private final Map<String, Map<String, Double>> metrics = new java.util.concurrent.ConcurrentHashMap<>();

        EngineResult execute() {
            if (configuration.indexFile().isPresent() && configuration.changeSet().isEmpty()) {
                indexKey = indexKey();
                Path indexFile = configuration.indexFile().get();
                indexLoading = Background.start("articlecheck-index",
                        () -> ArticleIndex.load(indexFile, indexKey, corpusChecks));
            }
            List<Finding> raw = new ArrayList<>();
            ArticleScanner.Scan scan = checkArticles(raw);
            awaitIndex();
            // The index is complete once every article went through: write it while the cross-article checks run.
            CompletableFuture<Message> indexSaved = index == null || !index.needsSave()
                    ? CompletableFuture.completedFuture(null)
                    : Background.start("articlecheck-index", this::saveIndex);
            List<Message> notes = new ArrayList<>();
            List<Message> warnings = new ArrayList<>();
            raw.addAll(finishCorpusChecks(notes, warnings));
            raw.addAll(corpusFailures);
            configuration.changeSet().ifPresent(change -> notes.add(Message.of("engine.note.changed-files",
                    change.description(), change.changed().size(), change.deleted().size())));
            List<Finding> findings = reportable(raw);
            Message indexProblem = indexSaved.join();
            if (indexProblem != null) {
                warnings.add(indexProblem);
            }
            Collections.sort(findings);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new EngineResult(findings, scan.articles().size(), millis, activeRules(), notes, warnings,
                    contentHashes, errors, metrics);
        }

        /**
         * Lists the articles and checks them, each as soon as it is listed: the walk (mostly waiting for the file
         * system: a second on MDN-de) overlaps the checking instead of coming before it. Adds the scan's problems and
         * every article's raw findings to {@code raw}.
         */
        private ArticleScanner.Scan checkArticles(List<Finding> raw) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, configuration.threads()), daemonThreads());
            try {
                List<Future<List<Finding>>> results = new ArrayList<>();
                ArticleScanner.Scan scan = new ArticleScanner(configuration).scan((file, stamp) ->
                        results.add(pool.submit(() -> checkOne(file, stamp))));
                raw.addAll(scan.problems());
                // Wait for the last article once, not for each in turn: a wait per article woke this thread and
                // signalled it from the workers 14,000 times on MDN-de.
                pool.shutdown();
                while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    // still checking
                }
                for (Future<List<Finding>> result : results) {
                    raw.addAll(result.get());
                }
                // Unchanged articles did not wait for the checks' set-up (schemas): a broken one still fails the run.
                articleChecks.forEach(ArticleCheck::awaitReady);
                return scan;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking articles", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ConfigurationException configurationError) {
                    throw configurationError;
                }
                throw new IllegalStateException("a check failed unexpectedly: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }

        /** The index of the last run, once loaded (articles are checked while it loads); null without one. */
        private ArticleIndex awaitIndex() {
            if (indexLoading != null && index == null) {
                index = Background.join(indexLoading); // the same object whichever thread gets it first
            }
            return index;
        }

        /** One article's raw findings (before levels, suppressions and scope), read afresh or from the index. */
        private List<Finding> checkOne(Path file, ArticleScanner.Stamp stamp) {
            String relative = stamp.relativePath();
            ArticleIndex index = awaitIndex();
            if (index != null) {
                Optional<ArticleIndex.Entry> unchanged = index.unchanged(relative, stamp.size(), stamp.modified());
                if (unchanged.isPresent()) {
                    return restore(relative, unchanged.get(), stamp);
                }
            }
            Article article;
            String hash;
            try {
                ArticleReader.Text text = reader.readText(file);
                if (text.problem().isPresent()) {
                    return List.of(text.problem().get());
                }
                String content = text.text().orElseThrow();
                hash = index != null || configuration.contentHashes() ? ContentHash.of(content) : null;
                if (index != null) {
                    Optional<ArticleIndex.Entry> same = index.sameContent(relative, hash);
                    if (same.isPresent()) {
                        return restore(relative, same.get(), stamp);
                    }
                }
                article = reader.parse(file, relative, content, text.byteOrderMark());
            } catch (RuntimeException | StackOverflowError e) {
                // A pathological file must not stop the run: report it and go on with the others.
                return List.of(ArticleReader.problem(relative, 1, 1, Message.of("article.unreadable.parse-failed",
                        e.getClass().getSimpleName())));
            }
            if (configuration.contentHashes()) {
                contentHashes.put(relative, hash);
            }
            List<Finding> raw = runArticleChecks(article);
            Suppressions suppressions = Suppressions.of(article);
            List<CorpusCheck.Facts> facts = new ArrayList<>();
            boolean collected = true;
            for (CorpusCheck check : corpusChecks) {
                try {
                    facts.add(check.collect(article));
                } catch (RuntimeException | StackOverflowError e) {
                    // The article is still checked by every other check; not kept in the index, so it is read again.
                    raw = new ArrayList<>(raw);
                    raw.add(checkFailed(relative, check, e));
                    collected = false;
                }
            }
            if (index != null && collected) {
                index.keep(relative, new ArticleIndex.Entry(stamp.size(), stamp.modified(), hash, raw, suppressions, facts));
            }
            suppressionsByPath.put(relative, suppressions);
            return raw;
        }

        /** An unchanged article: its findings and facts from the index, without reading or parsing it. */
        private List<Finding> restore(String relative, ArticleIndex.Entry entry, ArticleScanner.Stamp stamp) {
            if (configuration.contentHashes()) {
                contentHashes.put(relative, entry.hash());
            }
            for (int i = 0; i < corpusChecks.size(); i++) {
                CorpusCheck check = corpusChecks.get(i);
                try {
                    check.restore(entry.facts().get(i));
                } catch (RuntimeException | StackOverflowError e) {
                    corpusFailures.add(checkFailed(relative, check, e));
                }
            }
            index.keep(relative, entry.size() == stamp.size() && entry.modified() == stamp.modified() ? entry
                    : new ArticleIndex.Entry(stamp.size(), stamp.modified(), entry.hash(), entry.findings(),
                            entry.suppressions(), entry.facts()));
            suppressionsByPath.put(relative, entry.suppressions().fresh());
            return entry.findings();
        }

        private List<Finding> runArticleChecks(Article article) {
            List<Finding> findings = new ArrayList<>(article.readFindings());
            FindingSink sink = new FindingSink() {
                @Override
                public boolean enabled(RuleDescriptor rule) {
                    return levels.enabled(rule.id());
                }

                @Override
                public Report at(int offset) {
                    return new Report(article.relativePath(), article.source(), offset, findings::add);
                }

                @Override
                public Report at(int line, int column) {
                    return new Report(article.relativePath(), article.source(), line, column, findings::add);
                }
            };
            for (ArticleCheck check : articleChecks) {
                try {
                    check.check(article, sink);
                } catch (ConfigurationException e) {
                    throw e; // the configuration's fault (a broken schema), not the article's
                } catch (RuntimeException | StackOverflowError e) {
                    // Say which check gave up on which file rather than losing the whole run.
                    findings.add(ArticleReader.problem(article.relativePath(), 1, 1, Message.of(
                            "article.unreadable.check-failed", check.getClass().getSimpleName(),
                            e.getClass().getSimpleName())));
                }
            }
            return findings;
        }

        private List<Finding> finishCorpusChecks(List<Message> notes, List<Message> warnings) {
            List<Finding> findings = Collections.synchronizedList(new ArrayList<>());
            CorpusCheck.CorpusFindingSink sink = new CorpusCheck.CorpusFindingSink() {
                @Override
                public boolean enabled(RuleDescriptor rule) {
                    return levels.enabled(rule.id());
                }

                @Override
                public Report at(String relativePath, int line, int column) {
                    return new Report(relativePath, null, line, column, findings::add);
                }

                @Override
                public void report(Finding finding) {
                    findings.add(finding);
                }

                @Override
                public void note(Message line) {
                    notes.add(line);
                }

                @Override
                public void warn(Message line) {
                    warnings.add(line);
                }

                @Override
                public void fail(Message line) {
                    errors.add(line);
                }

                @Override
                public void metric(String relativePath, String name, double value) {
                    metrics.computeIfAbsent(relativePath, k -> new java.util.concurrent.ConcurrentHashMap<>())
                            .put(name, value);
                }
            };
            for (CorpusCheck check : corpusChecks) {
                try {
                    check.finish(sink);
                } catch (RuntimeException | StackOverflowError e) {
                    // No article is at fault: the run fails loudly, with every other finding and report still there.
                    errors.add(Message.of("engine.error.check-failed", check.getClass().getSimpleName(),
                            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
                }
            }
            return findings;
        }

        /**
         * What is reported of the raw findings: each at the level the user set (or dropped), without those an
         * inline comment suppresses (plus a finding per comment that suppresses nothing), and in changed-files
         * mode only those of changed articles or about changed files.
         */
        private List<Finding> reportable(List<Finding> raw) {
            Map<String, List<Finding>> byPath = new java.util.HashMap<>();
            for (Finding finding : raw) {
                levels.apply(finding).ifPresent(f -> byPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f));
            }
            suppressionsByPath.forEach((path, suppressions) -> byPath.putIfAbsent(path, new ArrayList<>()));
            List<Finding> kept = new ArrayList<>();
            Optional<Severity> unusedLevel = levels.severity(Suppressions.UNUSED.id());
            byPath.forEach((path, findings) -> {
                Suppressions suppressions = suppressionsByPath.get(path);
                List<Finding> remaining = suppressions == null || suppressions.isEmpty() ? findings
                        : suppressions.filter(findings);
                if (suppressions != null && !suppressions.isEmpty() && unusedLevel.isPresent()) {
                    remaining = new ArrayList<>(remaining);
                    remaining.addAll(suppressions.unused(path, levels.knownIds(), levels.enabledIds(), unusedLevel.get()));
                }
                remaining.stream().filter(this::inScope).forEach(kept::add);
            });
            return kept;
        }

        /** Changed-files mode: a finding of a changed article, or one about a file the change touched. */
        private boolean inScope(Finding finding) {
            return configuration.changeSet().map(change -> change.isChanged(finding.path())
                    || finding.targets().stream().anyMatch(change::touches)).orElse(true);
        }

        private Finding checkFailed(String relative, Object check, Throwable e) {
            return ArticleReader.problem(relative, 1, 1, Message.of("article.unreadable.check-failed",
                    check.getClass().getSimpleName(), e.getClass().getSimpleName()));
        }

        /** Writes the index; returns why it could not, or null. */
        private Message saveIndex() {
            try {
                index.save(configuration.indexFile().get(), indexKey);
                return null;
            } catch (java.io.IOException | RuntimeException e) {
                return Message.of("engine.warning.index-unwritable", configuration.indexFile().get(),
                        String.valueOf(e.getMessage()));
            }
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
