package io.github.articlecheck.links;

import io.github.articlecheck.engine.Verdict;
import io.github.articlecheck.engine.Checks;
import io.github.articlecheck.core.Message;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;

/**
 * One URL over HTTP, with the behaviour of a careful link checker: HEAD first and GET when HEAD is refused or
 * unreliable (remembered per host); redirects followed here, hop by hop, at most 10, loops detected, never from
 * https to http, each hop's address checked again; retries with exponential backoff and jitter on timeouts,
 * resets, 408, 429 and 5xx, honouring Retry-After; a deadline per URL. Hosts that resolve to non-public
 * addresses are not contacted unless allowed, so a pull request cannot use the checker to probe the CI network.
 */
final class HttpProbe {
    static final int MAX_REDIRECTS = 10;
    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    enum Kind { OK, BROKEN, UNVERIFIED, REDIRECT, BLOCKED }

    /**
     * The outcome for one URL. {@code detail} is the message of the finding without the URL, which is put first
     * among its arguments when it is reported ({@code link.verdict.*} keys take the URL as {0}).
     */
    record Verdict(Kind kind, Message detail, int status) {
        static Verdict ok(int status) {
            return new Verdict(Kind.OK, Message.of("link.verdict.ok"), status);
        }

        static Verdict broken(int status, String key, Object... args) {
            return new Verdict(Kind.BROKEN, Message.of(key, args), status);
        }

        static Verdict unverified(String key, Object... args) {
            return new Verdict(Kind.UNVERIFIED, Message.of(key, args), 0);
        }

        /**
         * Whether the verdict says something of the URL worth reusing in a later run. Not when the run itself cut
         * the check short (time budget spent, an internal error, an interruption): the next run must try again.
         */
        boolean cacheable() {
            return !List.of("link.verdict.budget", "link.verdict.internal-error", "link.verdict.interrupted")
                    .contains(detail.key());
        }
    }

    private final LinkOptions options;
    private final HttpClient client;
    private final Set<String> headUnsupported = ConcurrentHashMap.newKeySet();

    /** Resolves a host name to its addresses; a seam so tests can give a loopback server a public address. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Resolver resolver;

    HttpProbe(LinkOptions options) {
        this(options, InetAddress::getAllByName);
    }

    HttpProbe(LinkOptions options, Resolver resolver) {
        this(options, resolver, null);
    }

    /**
     * With {@code tls} the TLS context of the requests (a test's loopback HTTPS server, whose certificate the JDK's
     * default trust store does not know); null for the JDK's default.
     */
    HttpProbe(LinkOptions options, Resolver resolver, javax.net.ssl.SSLContext tls) {
        this.options = options;
        this.resolver = resolver;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1);
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.client = builder.build();
    }

    /** The state of one URL's check, kept between requests so that waiting never holds a worker or a host slot. */
    final class Attempt {
        /** Read the page (GET, first 2 MiB) to collect its anchors: some occurrence has a #fragment to check. */
        final boolean wantsAnchors;
        /** When the external phase's budget ends (System.nanoTime()). */
        final long budgetEnd;
        /** The URL's own deadline, counted from its first request (0 until then). */
        long deadline;
        String current;
        final Set<String> visited = new HashSet<>();
        String permanentTarget;
        boolean permanentSoFar = true;
        int attempt;
        boolean useGet;
        /** {@link System#nanoTime()} before which the next request must not start (Retry-After, backoff). */
        long notBefore;
        Verdict verdict;
        /** The ids and names of the page, when it was read for them; null otherwise. */
        Set<String> anchors;

        Attempt(String url, boolean wantsAnchors, long budgetEndNanos) {
            this.wantsAnchors = wantsAnchors && options.checkExternalAnchors();
            this.budgetEnd = budgetEndNanos;
            this.current = url.startsWith("//") ? "https:" + url : url;
            this.useGet = this.wantsAnchors;
        }

        private boolean finish(Verdict outcome) {
            verdict = outcome;
            return true;
        }

        /** Schedules the next attempt after {@code delay}; false when that would pass the deadline. */
        private boolean later(Duration delay) {
            long at = System.nanoTime() + delay.toNanos();
            if (at >= deadline) {
                return false;
            }
            notBefore = at;
            return true;
        }
    }

    Attempt start(String url, boolean wantsAnchors, long budgetEndNanos) {
        return new Attempt(url, wantsAnchors, budgetEndNanos);
    }

    /** Checks until a verdict (true) or until the next request must wait (false, see {@link Attempt#notBefore}). */
    boolean advance(Attempt a) {
        while (true) {
            URI uri;
            try {
                uri = URI.create(encodeForUri(a.current));
            } catch (IllegalArgumentException e) {
                return a.finish(Verdict.broken(0, "link.verdict.invalid-url", e.getMessage()));
            }
            String host = uri.getHost();
            if (host == null) {
                // java.net.URI (and so the JDK HTTP client) refuses some valid host names, e.g. with '_'
                return a.finish(Verdict.unverified("link.verdict.host-not-accepted"));
            }
            Verdict blocked = checkAddress(host);
            if (blocked != null) {
                return a.finish(blocked);
            }
            boolean get = a.useGet || headUnsupported.contains(host.toLowerCase(Locale.ROOT));
            if (a.deadline == 0) {
                // Counted from this URL's first request, not from the start of the phase: a URL that waited its turn
                // behind a slow host has its whole deadline.
                a.deadline = Math.min(a.budgetEnd, System.nanoTime() + options.urlDeadline().toNanos());
            }
            long remaining = a.deadline - System.nanoTime();
            if (remaining <= 0) {
                // The true reason: the phase's budget, or this URL's own deadline.
                return a.finish(a.deadline == a.budgetEnd
                        ? Verdict.unverified("link.verdict.budget")
                        : Verdict.unverified("link.verdict.deadline", options.urlDeadline().toSeconds()));
            }
            HttpResponse<InputStream> response;
            try {
                response = client.send(request(uri, get, remaining), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                if (a.attempt++ < options.retries() && a.later(backoff(a.attempt))) {
                    return false;
                }
                return a.finish(Verdict.unverified("link.verdict.timed-out", a.attempt));
            } catch (ConnectException e) {
                if (e.getMessage() == null || e.getMessage().toLowerCase(Locale.ROOT).contains("refused")) {
                    return a.finish(Verdict.broken(0, "link.verdict.refused"));
                }
                if (!get) {
                    a.useGet = true; // reset right after connecting: some servers drop HEAD requests so
                    continue;
                }
                if (a.attempt++ < options.retries() && a.later(backoff(a.attempt))) {
                    return false;
                }
                return a.finish(Verdict.unverified("link.verdict.connection-failed", String.valueOf(e.getMessage())));
            } catch (SSLException e) {
                return a.finish(Verdict.broken(0, "link.verdict.tls", String.valueOf(e.getMessage())));
            } catch (IOException e) {
                if (!get) {
                    a.useGet = true; // some servers reset HEAD requests
                    continue;
                }
                if (a.attempt++ < options.retries() && a.later(backoff(a.attempt))) {
                    return false;
                }
                return a.finish(Verdict.unverified("link.verdict.connection-failed", String.valueOf(e.getMessage())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return a.finish(Verdict.unverified("link.verdict.interrupted"));
            }
            int status = response.statusCode();
            Body body = readBody(response, get && a.wantsAnchors, Math.min(options.responseTimeout().toNanos(),
                    a.deadline - System.nanoTime()));
            if (body.timedOut()) {
                return a.finish(Verdict.unverified("link.verdict.body-timeout"));
            }
            if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
                String location = uri.resolve(encodeForUri(response.headers().firstValue("location").get())).toString();
                if (!a.visited.add(a.current) || a.visited.contains(location)) {
                    return a.finish(Verdict.broken(status, "link.verdict.redirect-loop", location));
                }
                if (a.visited.size() > MAX_REDIRECTS) {
                    return a.finish(Verdict.broken(status, "link.verdict.too-many-redirects", MAX_REDIRECTS));
                }
                if (a.current.startsWith("https:") && location.startsWith("http:")) {
                    return a.finish(Verdict.unverified("link.verdict.https-to-http", location));
                }
                a.permanentSoFar &= status == 301 || status == 308;
                a.permanentTarget = location;
                a.current = location;
                continue;
            }
            if (accepted(status) || status >= 200 && status < 300) {
                if (body.text() != null) {
                    a.anchors = anchorsOf(body.text()); // each occurrence's #fragment is checked against them
                }
                if (a.permanentTarget != null && a.permanentSoFar) {
                    return a.finish(new Verdict(Kind.REDIRECT, Message.of("link.verdict.permanent-redirect", a.permanentTarget), status));
                }
                return a.finish(Verdict.ok(status));
            }
            if (!get && (status == 405 || status == 501 || status == 403 || status == 404)) {
                if (status == 405 || status == 501) {
                    headUnsupported.add(host.toLowerCase(Locale.ROOT));
                }
                a.useGet = true;
                continue;
            }
            boolean retryable = status == 408 || status == 429 || status >= 500;
            if (retryable && a.attempt++ < options.retries()
                    && a.later(retryAfter(response).orElse(backoff(a.attempt)))) {
                return false;
            }
            return a.finish(verdictFor(status));
        }
    }

    private boolean accepted(int status) {
        String code = Integer.toString(status);
        return options.acceptStatus().stream().anyMatch(p -> p.matcher(code).matches());
    }

    private static Verdict verdictFor(int status) {
        switch (status) {
            case 401:
            case 403:
                return new Verdict(Kind.UNVERIFIED, Message.of("link.verdict.login", status), status);
            case 429:
                return new Verdict(Kind.UNVERIFIED, Message.of("link.verdict.too-many-requests"), status);
            case 999:
                return new Verdict(Kind.UNVERIFIED, Message.of("link.verdict.bot-protection"), status);
            case 404:
                return Verdict.broken(status, "link.verdict.not-found");
            case 410:
                return Verdict.broken(status, "link.verdict.gone");
            default:
                return status >= 500 ? Verdict.broken(status, "link.verdict.server-error", status)
                        : Verdict.broken(status, "link.verdict.status", status);
        }
    }

    private HttpRequest request(URI uri, boolean get, long remainingNanos) {
        Duration timeout = Duration.ofNanos(Math.min(remainingNanos, options.responseTimeout().toNanos()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout.isZero() ? Duration.ofMillis(1) : timeout)
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .method(get ? "GET" : "HEAD", HttpRequest.BodyPublishers.noBody());
        // Per-host headers (tokens, cookies) go to that host only: every redirect hop is a new request here.
        Map<String, String> extra = options.hostHeaders().get(uri.getHost().toLowerCase(Locale.ROOT));
        if (extra != null) {
            extra.forEach(builder::header);
        }
        return builder.build();
    }

    private static final java.util.regex.Pattern ANCHOR = java.util.regex.Pattern.compile(
            "\\s(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The values of every id and name attribute of a page. */
    static Set<String> anchorsOf(String body) {
        Set<String> anchors = new HashSet<>();
        java.util.regex.Matcher matcher = ANCHOR.matcher(body);
        while (matcher.find()) {
            String value = matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            anchors.add(value);
        }
        return anchors;
    }

    /** A page's text (null when not read), or that reading it took longer than allowed. */
    record Body(String text, boolean timedOut) {
    }

    /** Bytes of page bodies held at once by all workers: 16 MiB, so 8 pages of 2 MiB, whatever servers send. */
    static final int BYTES_IN_FLIGHT = 16 * 1024 * 1024;
    private static final java.util.concurrent.Semaphore BODY_MEMORY = new java.util.concurrent.Semaphore(BYTES_IN_FLIGHT);
    /** The most body bytes ever reserved at once: what the soak test holds against {@link #BYTES_IN_FLIGHT}. */
    static final java.util.concurrent.atomic.AtomicLong PEAK_BYTES_IN_FLIGHT = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "articlecheck-link-watchdog");
                thread.setDaemon(true);
                return thread;
            });

    /**
     * Reads at most 2 MiB of a page within {@code timeoutNanos}: the stream is closed when the time is up, so a server
     * that trickles a byte a second cannot hold a worker past its URL's deadline. The memory of all bodies read at
     * once is bounded by {@link #BYTES_IN_FLIGHT}.
     */
    private static Body readBody(HttpResponse<InputStream> response, boolean wanted, long timeoutNanos) {
        InputStream in = response.body();
        if (!wanted) {
            // Closing without reading ends the exchange: no body download, and no 40 ms delayed-ACK stall
            // that reusing the connection after a drained body meets on many small servers.
            closeQuietly(in);
            return new Body(null, false);
        }
        long start = System.nanoTime();
        try {
            if (timeoutNanos <= 0 || !BODY_MEMORY.tryAcquire((int) MAX_BODY_BYTES, timeoutNanos,
                    java.util.concurrent.TimeUnit.NANOSECONDS)) {
                closeQuietly(in);
                return new Body(null, true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(in);
            return new Body(null, true);
        }
        PEAK_BYTES_IN_FLIGHT.accumulateAndGet(BYTES_IN_FLIGHT - BODY_MEMORY.availablePermits(), Math::max);
        long left = timeoutNanos - (System.nanoTime() - start);
        java.util.concurrent.atomic.AtomicBoolean expired = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            closeQuietly(in);
        }, Math.max(1, left), java.util.concurrent.TimeUnit.NANOSECONDS);
        try {
            byte[] bytes = in.readNBytes((int) MAX_BODY_BYTES);
            return expired.get() ? new Body(null, true) : new Body(new String(bytes, StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            return new Body(null, expired.get());
        } finally {
            watchdog.cancel(false);
            closeQuietly(in);
            BODY_MEMORY.release((int) MAX_BODY_BYTES);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException e) {
            // closing is all that is asked
        }
    }

    /** Null when the host may be contacted; otherwise why not. */
    private Verdict checkAddress(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Verdict.broken(0, "link.verdict.unknown-host", host);
        } catch (SecurityException e) {
            return Verdict.unverified("link.verdict.unresolved-host", host);
        }
        if (options.allowPrivateAddresses()) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (AddressPolicy.isNonPublic(address)) {
                return new Verdict(Kind.BLOCKED, Message.of("link.verdict.non-public", address.getHostAddress()), 0);
            }
        }
        return null;
    }

    private Duration backoff(int attempt) {
        long base = 500L << Math.min(attempt - 1, 6);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("retry-after").map(HttpProbe::parseRetryAfter);
    }

    /** Retry-After in seconds or as an HTTP date, never negative, capped at {@link #MAX_RETRY_AFTER}. */
    static Duration parseRetryAfter(String header) {
        return java.util.Optional.of(header).map(value -> {
            try {
                return Duration.ofSeconds(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                try {
                    return Duration.between(java.time.Instant.now(),
                            ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                } catch (RuntimeException ignored) {
                    return Duration.ofSeconds(1);
                }
            }
        }).map(d -> d.isNegative() ? Duration.ZERO : d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d).get();
    }

    /** java.net.URI refuses spaces, accents and some characters browsers accept: percent-encode them. */
    static String encodeForUri(String url) {
        StringBuilder out = new StringBuilder();
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x7E || c <= 0x20 || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
