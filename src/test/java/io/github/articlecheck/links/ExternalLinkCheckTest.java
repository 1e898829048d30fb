package io.github.articlecheck.links;

import io.github.articlecheck.run.RunSettings;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.articlecheck.engine.Engine;
import io.github.articlecheck.engine.EngineResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External links against an HTTP server this test starts on 127.0.0.1; never the internet. */
class ExternalLinkCheckTest {
    private static final String FM = "---\ntitle: T\n---\n";

    @TempDir
    Path base;
    private HttpServer server;
    private String root;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> authorizationSeen = new CopyOnWriteArrayList<>();
    private final List<String> progress = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::handle);
        server.start();
        root = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String key = exchange.getRequestMethod() + " " + path;
        int count = hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null) {
            authorizationSeen.add(exchange.getRequestHeaders().getFirst("Host") + " " + authorization);
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        switch (path) {
            case "/ok", "/ok2", "/final", "/shared" -> send(exchange, 200, "<h1 id=\"sec\">ok</h1>");
            case "/404" -> send(exchange, 404, "");
            case "/410" -> send(exchange, 410, "");
            case "/403" -> send(exchange, 403, "");
            case "/500-then-200" -> send(exchange, hits.get(path).get() == 1 ? 500 : 200, "");
            case "/always-500" -> send(exchange, 500, "");
            case "/301" -> redirect(exchange, 301, "/final");
            case "/308" -> redirect(exchange, 308, "/final");
            case "/302a" -> redirect(exchange, 302, "/302b");
            case "/302b" -> redirect(exchange, 302, "/final");
            case "/loop-a" -> redirect(exchange, 302, "/loop-b");
            case "/loop-b" -> redirect(exchange, 302, "/loop-a");
            case "/to-localhost" -> redirect(exchange, 302, "http://localhost:" + server.getAddress().getPort() + "/ok");
            case "/429" -> {
                if (hits.get(path).get() == 1) {
                    exchange.getResponseHeaders().add("Retry-After", "1");
                    send(exchange, 429, "");
                } else {
                    send(exchange, 200, "");
                }
            }
            case "/head405" -> send(exchange, head ? 405 : 200, "");
            case "/slow" -> {
                sleep(3_000);
                send(exchange, 200, "");
            }
            case "/big" -> {
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    if (!head) {
                        byte[] chunk = "<p>padding</p>".repeat(1000).getBytes(StandardCharsets.UTF_8);
                        for (int i = 0; i < 400 && count > 0; i++) { // about 5.6 MB, over the 2 MiB cap
                            out.write(chunk);
                        }
                        out.write("<h2 id=\"late\">late</h2>".getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException expected) {
                    // the checker stops reading at its cap
                }
            }
            default -> send(exchange, 404, "");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LinkOptions options(boolean allowPrivate, Optional<Path> cache, boolean anchors,
            Map<String, Map<String, String>> headers, int retries) {
        return LinkOptions.builder().allowPrivateAddresses(allowPrivate).cacheFile(cache).checkExternalAnchors(anchors)
                .userAgent("articlecheck-test").hostHeaders(headers).maxConcurrency(8).maxPerHost(4)
                .connectTimeout(Duration.ofSeconds(2)).responseTimeout(Duration.ofSeconds(1))
                .urlDeadline(Duration.ofSeconds(8)).phaseBudget(Duration.ofSeconds(60)).retries(retries)
                .progress(progress::add).build();
    }

    private LinkOptions options() {
        return options(true, Optional.empty(), false, Map.of(), 2);
    }

    private EngineResult check(LinkOptions options, String... articles) throws IOException {
        for (int i = 0; i < articles.length; i++) {
            Path file = base.resolve("content/a" + i + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, FM + articles[i]);
        }
        return Articlecheck.engine(RunSettings.builder(base).links(options).build()).run();
    }

    private static List<String> lines(EngineResult result) {
        return result.findings().stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId()
                + " " + f.severity().label() + " " + TestArticles.text(f)).collect(Collectors.toList());
    }

    @Test
    void verdictsForEachKindOfAnswer() throws IOException {
        String body = String.join("\n\n", "[a](" + root + "/ok)", "[b](" + root + "/404)", "[c](" + root + "/410)",
                "[d](" + root + "/500-then-200)", "[e](" + root + "/301)", "[f](" + root + "/308)",
                "[g](" + root + "/302a)", "[h](" + root + "/loop-a)", "[i](" + root + "/429)",
                "[j](" + root + "/head405)", "[k](" + root + "/403)", "[l](" + root + "/always-500)") + "\n";
        List<String> found = lines(check(options(), body));
        String p = root;
        assertEquals(List.of(
                "content/a0.md:6:5 link.external error '" + p + "/404' is broken: 404 not found",
                "content/a0.md:8:5 link.external error '" + p + "/410' is gone: 410",
                "content/a0.md:12:5 link.redirect warning '" + p + "/301' redirects permanently: use " + p + "/final",
                "content/a0.md:14:5 link.redirect warning '" + p + "/308' redirects permanently: use " + p + "/final",
                "content/a0.md:18:5 link.external error '" + p + "/loop-a' redirects in a loop (back to " + p + "/loop-a)",
                "content/a0.md:24:5 link.unverified warning '" + p + "/403' answered 403 (login or bot protection): check it by hand",
                "content/a0.md:26:5 link.external error '" + p + "/always-500' answered 500 (server error) after retries"), found);
        assertEquals(2, hits.get("/500-then-200").get(), "retried once after the 500");
        assertEquals(2, hits.get("/429").get(), "retried after Retry-After");
        assertEquals(1, hits.get("HEAD /head405").get());
        assertEquals(1, hits.get("GET /head405").get(), "HEAD refused with 405, then GET");
        assertEquals(3, hits.get("/always-500").get(), "first attempt and 2 retries");
    }

    @Test
    void eachDistinctUrlIsRequestedOnceAndEveryOccurrenceReported() throws IOException {
        String shared = "[x](" + root + "/shared) [y](" + root + "/shared#frag) [z](" + root.replace("127.0.0.1", "127.0.0.1")
                + "/404)\n";
        List<String> found = lines(check(options(), shared, shared, shared));
        assertEquals(1, hits.get("/shared").get());
        assertEquals(1, hits.get("/404").get() == 1 ? 1 : hits.get("HEAD /404").get());
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.stream().allMatch(l -> l.contains("link.external error")), found.toString());
    }

    @Test
    void slowResponsesAreUnverifiedNotBroken() throws IOException {
        List<String> found = lines(check(options(true, Optional.empty(), false, Map.of(), 0), "[s](" + root + "/slow)\n"));
        assertEquals(List.of("content/a0.md:4:5 link.unverified warning '" + root + "/slow' timed out after 1 attempt"), found);
    }

    @Test
    void refusedConnectionIsBroken() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<String> found = lines(check(options(), "[r](http://127.0.0.1:" + port + "/x)\n"));
        assertEquals(List.of("content/a0.md:4:5 link.external error 'http://127.0.0.1:" + port
                + "/x' cannot be reached: connection refused"), found);
    }

    @Test
    void connectionResetIsRetriedThenUnverified() throws Exception {
        AtomicInteger accepted = new AtomicInteger();
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread resetter = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        accepted.incrementAndGet();
                        client.setSoLinger(true, 0); // RST instead of FIN
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            resetter.setDaemon(true);
            resetter.start();
            List<String> found = lines(check(options(true, Optional.empty(), false, Map.of(), 1),
                    "[r](http://127.0.0.1:" + socket.getLocalPort() + "/x)\n"));
            assertEquals(1, found.size(), found.toString());
            assertTrue(found.get(0).contains("link.unverified warning"), found.get(0));
            assertTrue(accepted.get() >= 3, "HEAD, GET, one retry: " + accepted.get());
        }
    }

    @Test
    void privateAddressesAreBlockedUnlessAllowed() throws IOException {
        List<String> found = lines(check(options(false, Optional.empty(), false, Map.of(), 0), "[p](" + root + "/ok)\n"));
        assertEquals(List.of("content/a0.md:4:5 link.blocked warning '" + root + "/ok' resolves to the non-public address"
                + " 127.0.0.1: not contacted (set allowPrivateAddresses to check it)"), found);
        assertEquals(null, hits.get("/ok"), "nothing was sent");
    }

    @Test
    void secretHeadersGoToTheirHostOnlyNotAcrossRedirects() throws IOException {
        Map<String, Map<String, String>> headers = Map.of("127.0.0.1", Map.of("Authorization", "Bearer secret"));
        List<String> found = lines(check(options(true, Optional.empty(), false, headers, 0), "[r](" + root + "/to-localhost)\n"));
        assertEquals(List.of(), found);
        assertEquals(1, hits.get("/ok").get(), "the redirect was followed to localhost");
        assertTrue(authorizationSeen.stream().allMatch(h -> h.startsWith("127.0.0.1")), authorizationSeen.toString());
        assertTrue(authorizationSeen.stream().noneMatch(h -> h.startsWith("localhost")), authorizationSeen.toString());
    }

    @Test
    void externalAnchorsAndTheBodyCap() throws IOException {
        String line = "[a](" + root + "/ok#sec) [b](" + root + "/ok2#nope) [c](" + root + "/big#late)\n";
        List<String> found = lines(check(options(true, Optional.empty(), true, Map.of(), 0), line));
        assertEquals(List.of(
                "content/a0.md:4:" + column(line, root + "/ok2#nope") + " link.external error '" + root
                        + "/ok2#nope' has no anchor '#nope' on the page",
                "content/a0.md:4:" + column(line, root + "/big#late") + " link.external error '" + root
                        + "/big#late' has no anchor '#late' on the page"), found);
    }

    /** The 1-based column of {@code text} in {@code line}: the position a finding must report, computed, not patched. */
    private static int column(String line, String text) {
        return line.indexOf(text) + 1;
    }

    @Test
    void eachFragmentOfOneUrlIsCheckedOnItsOwnOccurrence() throws IOException {
        String line = "[a](" + root + "/ok#nope) [b](" + root + "/ok#sec) [c](" + root + "/ok)\n";
        List<String> found = lines(check(options(true, Optional.empty(), true, Map.of(), 0), line));
        assertEquals(List.of("content/a0.md:4:" + column(line, root + "/ok#nope") + " link.external error '" + root
                + "/ok#nope' has no anchor '#nope' on the page"), found,
                "page#sec is fine and page has no fragment: only page#nope is reported, once, where it is");
        assertEquals(1, hits.get("/ok").get(), "one request for the three occurrences");
    }

    @Test
    void aCachedOkDoesNotHideAMissingAnchor() throws IOException {
        Path cache = base.resolve("cache/link-cache.json");
        String line = "[a](" + root + "/ok#nope)\n";
        assertEquals(List.of(), lines(check(options(true, Optional.of(cache), false, Map.of(), 0), line)),
                "anchors not checked: the page answers 200, cached as OK");
        List<String> found = lines(check(options(true, Optional.of(cache), true, Map.of(), 0), line));
        assertEquals(List.of("content/a0.md:4:5 link.external error '" + root + "/ok#nope' has no anchor '#nope' on"
                + " the page"), found, "with anchors checked, the cached OK is not enough");
    }

    @Test
    void aSpentBudgetIsNotCachedSoTheNextRunTriesAgain() throws IOException {
        Path cache = base.resolve("cache/link-cache.json");
        LinkOptions noTime = options(true, Optional.of(cache), false, Map.of(), 0).toBuilder().phaseBudget(Duration.ZERO)
                .build();
        List<String> spent = lines(check(noTime, "[a](" + root + "/ok)\n"));
        assertEquals(List.of("content/a0.md:4:5 link.unverified warning '" + root + "/ok' not checked: the time budget"
                + " of the external link phase ran out"), spent);
        assertEquals(List.of(), lines(check(options(true, Optional.of(cache), false, Map.of(), 0), "[a](" + root + "/ok)\n")),
                "the next run requests the URL instead of repeating 'budget ran out' from the cache");
        assertEquals(1, hits.get("/ok").get());
    }

    @Test
    void cacheReusesOkResultsAndRechecksBrokenOnes() throws IOException {
        Path cache = base.resolve("cache/link-cache.json");
        String body = "[a](" + root + "/ok) [b](" + root + "/404)\n";
        check(options(true, Optional.of(cache), false, Map.of(), 0), body);
        check(options(true, Optional.of(cache), false, Map.of(), 0), body);
        assertEquals(1, hits.get("/ok").get(), "OK result reused from the cache");
        assertEquals(2, hits.get("HEAD /404").get(), "broken result checked again");
        assertTrue(Files.readString(cache).contains("\"version\""));
    }

    @Test
    void corruptCacheIsIgnoredWithAWarning() throws IOException {
        Path cache = base.resolve("link-cache.json");
        Files.writeString(cache, "{not json");
        EngineResult result = check(options(true, Optional.of(cache), false, Map.of(), 0), "[a](" + root + "/ok)\n");
        assertEquals(List.of(), lines(result));
        assertTrue(result.warnings().stream().anyMatch(n -> TestArticles.ENGLISH.render(n).contains("cannot be read")), result.warnings().toString());
        assertTrue(Files.readString(cache).contains("\"OK\""), "rewritten");
    }

    @Test
    void offlineCountsAndProgressIsThrottled() throws IOException {
        EngineResult offline = check(options().withOffline(true), "[a](" + root + "/ok) [b](" + root + "/404)\n");
        assertEquals(List.of(), lines(offline));
        assertEquals(List.of("links: 2 external URLs not checked (offline)"),
                offline.notes().stream().map(TestArticles.ENGLISH::render).toList());
        assertEquals(null, hits.get("/ok"));

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add("[x" + i + "](" + root + "/ok?i=" + i + ")");
        }
        check(options(), String.join("\n\n", many) + "\n");
        assertTrue(progress.size() >= 1 && progress.size() <= 3, progress.toString());
        assertEquals("links: 60/60 checked, 0 broken", progress.get(progress.size() - 1));
    }

    /** A sink that records what the external checker reports, in English. */
    private static final class RecordingSink implements io.github.articlecheck.core.CorpusCheck.CorpusFindingSink {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final List<io.github.articlecheck.core.Finding> findings = new CopyOnWriteArrayList<>();
        final Set<String> enabled;

        RecordingSink(Set<String> enabled) {
            this.enabled = enabled;
        }

        @Override
        public boolean enabled(io.github.articlecheck.core.RuleDescriptor rule) {
            return enabled.contains(rule.id());
        }

        @Override
        public io.github.articlecheck.core.Report at(String path, int line, int column) {
            return new io.github.articlecheck.core.Report(path, null, line, column, this::report);
        }

        @Override
        public void report(io.github.articlecheck.core.Finding finding) {
            findings.add(finding);
            lines.add(finding.ruleId() + " " + TestArticles.text(finding));
        }

        @Override
        public void note(io.github.articlecheck.core.Message line) {
        }

        @Override
        public void warn(io.github.articlecheck.core.Message line) {
        }

        @Override
        public void fail(io.github.articlecheck.core.Message line) {
            lines.add("FAIL " + TestArticles.ENGLISH.render(line));
        }
    }

    private static Map<String, java.util.Queue<ExternalLinkChecker.Occurrence>> occurrences(String... urls) {
        Map<String, java.util.Queue<ExternalLinkChecker.Occurrence>> map = new java.util.LinkedHashMap<>();
        for (String url : urls) {
            map.computeIfAbsent(ExternalLinkChecker.key(url), k -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                    .add(new ExternalLinkChecker.Occurrence("a.md", 1, 1, url, false));
        }
        return map;
    }

    @Test
    void everyRedirectHopIsCheckedAgainForPrivateAddresses() {
        // The test server is on loopback: pretend 127.0.0.1 is a public address, so that only the redirect's
        // target (localhost) is seen as private, as a public site redirecting into the CI network would be.
        HttpProbe.Resolver resolver = host -> host.equals("127.0.0.1")
                ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})}
                : InetAddress.getAllByName(host);
        LinkOptions options = options(false, Optional.empty(), false, Map.of(), 0);
        RecordingSink sink = new RecordingSink(Set.of());
        new ExternalLinkChecker(options, new HttpProbe(options, resolver)).check(occurrences(root + "/to-localhost"), sink);
        assertEquals(1, sink.lines.size(), sink.lines.toString());
        assertTrue(sink.lines.get(0).startsWith("link.blocked '" + root + "/to-localhost' resolves to the non-public address 127.0.0.1"),
                sink.lines.get(0));
        assertEquals(null, hits.get("/ok"), "the redirect target was not contacted");
    }

    @Test
    void insecureLinksWhoseHttpsFormWorks() throws Exception {
        LinkOptions options = options();
        RecordingSink silent = new RecordingSink(Set.of("link.insecure"));
        // The plain test server has no TLS: the https form fails, so nothing is reported.
        new ExternalLinkChecker(options).check(occurrences(root + "/ok"), silent);
        assertEquals(List.of(), silent.lines);
        try (DualProtocolServer dual = new DualProtocolServer(base)) {
            String http = "http://127.0.0.1:" + dual.port() + "/page";
            RecordingSink sink = new RecordingSink(Set.of("link.insecure"));
            HttpProbe probe = new HttpProbe(options, InetAddress::getAllByName, dual.clientContext());
            new ExternalLinkChecker(options, probe).check(occurrences(http), sink);
            assertEquals(List.of("link.insecure '" + http + "' also works over https: use https://127.0.0.1:"
                    + dual.port() + "/page"), sink.lines);
            io.github.articlecheck.core.Finding insecure = sink.findings.get(0);
            assertEquals(List.of("a.md", 1, 1, "https://127.0.0.1:" + dual.port() + "/page"), List.of(insecure.path(),
                    insecure.line(), insecure.column(), insecure.edits().get(0).replacement()), "where, and its fix");
            RecordingSink off = new RecordingSink(Set.of());
            new ExternalLinkChecker(options, probe).check(occurrences(http), off);
            assertEquals(List.of(), off.lines, "off by default: not even requested");
        }
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDateIsCapped() {
        assertEquals(Duration.ofSeconds(3), HttpProbe.parseRetryAfter("3"));
        assertEquals(Duration.ofSeconds(30), HttpProbe.parseRetryAfter("3600"));
        assertEquals(Duration.ZERO, HttpProbe.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        String inTenSeconds = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(10));
        Duration parsed = HttpProbe.parseRetryAfter(inTenSeconds);
        assertTrue(parsed.getSeconds() >= 8 && parsed.getSeconds() <= 10, parsed.toString());
    }

    @Test
    void aLinkWorkerThatDiesFailsTheRunInsteadOfPassingQuietly() {
        // An OutOfMemoryError in a worker used to end as "time budget ran out" and a passing build.
        LinkOptions options = options();
        RecordingSink sink = new RecordingSink(Set.of("link.unverified"));
        HttpProbe dying = new HttpProbe(options, host -> {
            throw new OutOfMemoryError("test: the worker's heap is gone");
        });
        new ExternalLinkChecker(options, dying).check(occurrences(root + "/ok"), sink);
        assertEquals(List.of("FAIL links: a link checker thread died (OutOfMemoryError); the external links it held are"
                + " unverified, so the run fails", "link.unverified '" + root + "/ok' could not be checked:"
                + " OutOfMemoryError"), sink.lines);
    }
}
