package io.github.articlecheck.links;

import io.github.articlecheck.engine.Checks;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.Report;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.TextEdit;
import java.util.ArrayList;
import java.util.List;
import io.github.articlecheck.core.CorpusCheck.CorpusFindingSink;
import io.github.articlecheck.core.Severity;
import java.net.IDN;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks each distinct external URL once per run, however many articles use it, and reports every occurrence.
 * Work is spread over a global number of workers with a per-host limit (a worker never waits on a busy host
 * while another host has work); results come from the persistent cache when still fresh.
 */
final class ExternalLinkChecker {
    private final LinkOptions options;
    /** Made when the first URL is requested: the HTTP client's set-up (TLS) costs a quarter second. */
    private HttpProbe probe;

    /** Where an external URL is written. */
    record Occurrence(String path, int line, int column, String url, boolean image) {
    }

    ExternalLinkChecker(LinkOptions options) {
        this(options, null);
    }

    ExternalLinkChecker(LinkOptions options, HttpProbe probe) {
        this.options = options;
        this.probe = probe;
    }

    /** The identity of a URL for "requested once": fragment dropped, scheme and host lower-cased, IDN to ASCII. */
    static String key(String url) {
        String text = url.startsWith("//") ? "https:" + url : url;
        int hash = text.indexOf('#');
        if (hash >= 0) {
            text = text.substring(0, hash);
        }
        int schemeEnd = text.indexOf("://");
        int hostStart = schemeEnd + 3;
        int hostEnd = hostStart;
        while (hostEnd < text.length() && "/?".indexOf(text.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        if (text == url && lowerCaseAscii(text, hostEnd)) {
            return url; // the common case, without copying: already in canonical form
        }
        String authority = text.substring(hostStart, hostEnd);
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        String ascii;
        if (hostPort.startsWith("[") || hostPort.chars().allMatch(c -> c < 128)) {
            ascii = hostPort; // the common case: nothing for IDN to convert
        } else {
            try {
                ascii = IDN.toASCII(hostPort, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                ascii = hostPort;
            }
        }
        return text.substring(0, schemeEnd).toLowerCase(Locale.ROOT) + "://" + userInfo + ascii.toLowerCase(Locale.ROOT)
                + text.substring(hostEnd);
    }

    private static boolean lowerCaseAscii(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    static String host(String key) {
        try {
            URI uri = URI.create(HttpProbe.encodeForUri(key));
            return (uri.getHost() == null ? "" : uri.getHost()) + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    /** Checks each URL and reports its broken occurrences. Offline runs never get here: their URLs are only counted. */
    void check(Map<String, Queue<Occurrence>> urls, CorpusFindingSink sink) {
        if (options.cacheOnly()) {
            reportCached(urls, sink);
            return;
        }
        if (probe == null) {
            probe = new HttpProbe(options);
        }
        LinkCache cache = new LinkCache(options.cacheFile(), options.cacheMaxAge(), sink::warn);
        Map<String, HttpProbe.Verdict> verdicts = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, java.util.Set<String>> anchors = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Set<String> deaths = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Map<String, Deque<String>> byHost = new LinkedHashMap<>();
        for (String url : urls.keySet()) {
            // A cached verdict says nothing of the page's anchors: a URL whose #fragments must be checked is fetched.
            HttpProbe.Verdict cached = options.checkExternalAnchors() && wantsAnchors(urls.get(url)) ? null
                    : cache.get(url).orElse(null);
            if (cached != null) {
                verdicts.put(url, cached);
            } else {
                byHost.computeIfAbsent(host(url), h -> new ArrayDeque<>()).add(url);
            }
        }
        int toCheck = urls.size() - verdicts.size();
        long budgetEnd = System.nanoTime() + options.phaseBudget().toNanos();
        Progress progress = new Progress(toCheck, options);
        HostScheduler scheduler = new HostScheduler(byHost, options.maxPerHost(), probe, budgetEnd, urls);
        int workers = Math.max(1, Math.min(options.maxConcurrency(), toCheck));
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "articlecheck-links");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < workers; i++) {
            pool.execute(() -> {
                for (Work work = scheduler.next(); work != null; work = scheduler.next()) {
                    boolean done = true;
                    try {
                        if (System.nanoTime() > budgetEnd) {
                            work.attempt.verdict = HttpProbe.Verdict.unverified("link.verdict.budget");
                        } else {
                            done = probe.advance(work.attempt);
                        }
                        if (done) {
                            verdicts.put(work.url, work.attempt.verdict);
                            if (work.attempt.anchors != null) {
                                anchors.put(work.url, work.attempt.anchors);
                            }
                            progress.done(work.attempt.verdict);
                        }
                    } catch (RuntimeException e) {
                        verdicts.put(work.url, HttpProbe.Verdict.unverified("link.verdict.internal-error",
                                e.getClass().getSimpleName()));
                    } catch (Error e) {
                        // An OutOfMemoryError or the like: this URL is not verified, and the run must not pass quietly.
                        verdicts.put(work.url, HttpProbe.Verdict.unverified("link.verdict.internal-error",
                                e.getClass().getSimpleName()));
                        deaths.add(e.getClass().getSimpleName());
                        throw e;
                    } finally {
                        scheduler.release(work, done);
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(options.phaseBudget().toMillis() + options.urlDeadline().toMillis() + 5_000,
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        progress.finish();
        verdicts.forEach((url, verdict) -> {
            if (verdict.cacheable()) {
                cache.put(url, verdict);
            }
        });
        cache.save();
        deaths.forEach(error -> sink.fail(Message.of("links.error.worker-died", error)));
        report(urls, verdicts, anchors, sink);
        if (sink.enabled(LinkRules.INSECURE)) {
            reportInsecure(urls, verdicts, sink, budgetEnd);
        }
    }

    /**
     * The fix goal's external phase: the last check's verdicts from the cache, whatever their age, and no request
     * (not even {@code link.insecure}'s); a URL the cache does not hold is not checked at all.
     */
    private void reportCached(Map<String, Queue<Occurrence>> urls, CorpusFindingSink sink) {
        LinkCache cache = new LinkCache(options.cacheFile(), java.time.Duration.ofDays(36_500), sink::warn);
        Map<String, HttpProbe.Verdict> verdicts = new java.util.HashMap<>();
        Map<String, Queue<Occurrence>> known = new LinkedHashMap<>();
        urls.forEach((url, occurrences) -> cache.get(url).ifPresent(verdict -> {
            verdicts.put(url, verdict);
            known.put(url, occurrences);
        }));
        report(known, verdicts, Map.of(), sink);
    }

    /** {@code link.insecure}: an http:// link that works, whose https:// form works too. */
    private void reportInsecure(Map<String, Queue<Occurrence>> urls, Map<String, HttpProbe.Verdict> verdicts,
            CorpusFindingSink sink, long budgetEnd) {
        Map<String, Queue<Occurrence>> secure = new LinkedHashMap<>();
        urls.forEach((url, occurrences) -> {
            HttpProbe.Verdict verdict = verdicts.get(url);
            if (url.startsWith("http://") && verdict != null && verdict.kind() == HttpProbe.Kind.OK) {
                secure.put("https://" + url.substring(7), occurrences);
            }
        });
        for (Map.Entry<String, Queue<Occurrence>> entry : secure.entrySet()) {
            HttpProbe.Attempt attempt = probe.start(entry.getKey(), false, budgetEnd);
            while (!probe.advance(attempt)) {
                long wait = attempt.notBefore - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            if (attempt.verdict.kind() == HttpProbe.Kind.OK) {
                for (Occurrence at : entry.getValue()) {
                    String secureUrl = "https://" + at.url().substring("http://".length());
                    sink.at(at.path(), at.line(), at.column()).subject(at.url())
                            .edit(TextEdit.replaceOnLine(at.line(), at.column(), at.url(), secureUrl))
                            .report(LinkRules.INSECURE, "link.insecure.https-works", at.url(), secureUrl);
                }
            }
        }
    }

    /** Whether some occurrence of a URL names a #fragment (other than {@code #top} and text directives). */
    private static boolean wantsAnchors(Queue<Occurrence> occurrences) {
        for (Occurrence occurrence : occurrences) {
            if (fragment(occurrence.url()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The decoded #fragment of a URL, or null when it has none worth checking. */
    private static String fragment(String url) {
        int hash = url.indexOf('#');
        if (hash < 0 || hash == url.length() - 1) {
            return null;
        }
        String fragment = LinkTarget.decode(url.substring(hash + 1));
        return fragment.equals("top") || fragment.startsWith(":~:") ? null : fragment;
    }

    private void report(Map<String, Queue<Occurrence>> urls, Map<String, HttpProbe.Verdict> verdicts,
            Map<String, java.util.Set<String>> anchors, CorpusFindingSink sink) {
        for (Map.Entry<String, Queue<Occurrence>> entry : urls.entrySet()) {
            HttpProbe.Verdict verdict = verdicts.getOrDefault(entry.getKey(),
                    HttpProbe.Verdict.unverified("link.verdict.budget"));
            java.util.Set<String> ids = anchors.get(entry.getKey());
            if (ids != null) {
                // Each occurrence's own fragment, against the page's anchors: page#a and page#b are two questions.
                for (Occurrence at : entry.getValue()) {
                    String fragment = fragment(at.url());
                    if (fragment != null && !ids.contains(fragment)) {
                        sink.at(at.path(), at.line(), at.column()).subject(at.url()).report(LinkRules.EXTERNAL,
                                "link.verdict.no-anchor", at.url(), fragment);
                    }
                }
            }
            if (verdict.kind() == HttpProbe.Kind.OK) {
                continue;
            }
            RuleDescriptor rule = switch (verdict.kind()) {
                case BROKEN -> LinkRules.EXTERNAL;
                case REDIRECT -> LinkRules.REDIRECT;
                case BLOCKED -> LinkRules.BLOCKED;
                default -> LinkRules.UNVERIFIED;
            };
            for (Occurrence at : entry.getValue()) {
                List<Object> args = new ArrayList<>();
                args.add(at.url());
                args.addAll(verdict.detail().args());
                Report report = sink.at(at.path(), at.line(), at.column()).subject(at.url());
                if (verdict.kind() == HttpProbe.Kind.REDIRECT && !verdict.detail().args().isEmpty()) {
                    String target = verdict.detail().args().get(0);
                    int hash = at.url().indexOf('#');
                    report.edit(TextEdit.replaceOnLine(at.line(), at.column(), at.url(),
                            hash >= 0 && target.indexOf('#') < 0 ? target + at.url().substring(hash) : target));
                }
                report.report(rule, verdict.detail().key(), args.toArray());
            }
        }
    }

    /** A URL being checked, with its state between requests. */
    private record Work(String url, String host, HttpProbe.Attempt attempt) {
    }

    /**
     * Hands out work so that no host has more than {@code perHost} requests in flight. A URL waiting for its next
     * attempt (Retry-After, backoff) holds neither a worker nor a host slot: it goes back into the queue with the
     * time it may run again.
     */
    private static final class HostScheduler {
        private final Map<String, Deque<Work>> pending = new LinkedHashMap<>();
        private final Map<String, Integer> active = new HashMap<>();
        private final int perHost;
        private int remaining;

        HostScheduler(Map<String, Deque<String>> urlsByHost, int perHost, HttpProbe probe, long budgetEnd,
                Map<String, Queue<Occurrence>> occurrences) {
            this.perHost = perHost;
            urlsByHost.forEach((host, urls) -> {
                Deque<Work> works = new ArrayDeque<>();
                for (String url : urls) {
                    works.add(new Work(url, host, probe.start(url, wantsAnchors(occurrences.get(url)), budgetEnd)));
                }
                pending.put(host, works);
                remaining += works.size();
            });
        }

        synchronized Work next() {
            while (remaining > 0) {
                long now = System.nanoTime();
                long earliest = Long.MAX_VALUE;
                for (Map.Entry<String, Deque<Work>> host : pending.entrySet()) {
                    if (active.getOrDefault(host.getKey(), 0) >= perHost) {
                        continue;
                    }
                    for (java.util.Iterator<Work> it = host.getValue().iterator(); it.hasNext();) {
                        Work work = it.next();
                        if (work.attempt().notBefore <= now) {
                            it.remove();
                            active.merge(host.getKey(), 1, Integer::sum);
                            return work;
                        }
                        earliest = Math.min(earliest, work.attempt().notBefore);
                    }
                }
                try {
                    long waitMillis = earliest == Long.MAX_VALUE ? 0 : Math.max(1, (earliest - now) / 1_000_000);
                    wait(waitMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return null;
        }

        synchronized void release(Work work, boolean done) {
            active.merge(work.host(), -1, Integer::sum);
            if (done) {
                remaining--;
            } else {
                pending.get(work.host()).addLast(work);
            }
            notifyAll();
        }
    }

    /** An INFO line at most every 2 s when there are more than 50 URLs; never a line per link. */
    private static final class Progress {
        private final int total;
        private final LinkOptions options;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger broken = new AtomicInteger();
        private volatile long lastLine = System.nanoTime();

        Progress(int total, LinkOptions options) {
            this.total = total;
            this.options = options;
        }

        void done(HttpProbe.Verdict verdict) {
            int count = done.incrementAndGet();
            if (verdict.kind() == HttpProbe.Kind.BROKEN) {
                broken.incrementAndGet();
            }
            long now = System.nanoTime();
            if (total > 50 && now - lastLine > TimeUnit.SECONDS.toNanos(2)) {
                synchronized (this) {
                    if (now - lastLine > TimeUnit.SECONDS.toNanos(2)) {
                        lastLine = now;
                        options.progress().accept(line(count));
                    }
                }
            }
        }

        void finish() {
            if (total > 50) {
                options.progress().accept(line(done.get()));
            }
        }

        private String line(int count) {
            return String.format(Locale.ROOT, "links: %,d/%,d checked, %d broken", count, total, broken.get());
        }
    }

}
