package io.github.articlecheck.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, proof 2: the external link checker against servers that misbehave in every way seen in the field, all
 * on loopback and started by the test: slowloris headers, a server that never answers, endless and trickled bodies,
 * redirect loops, malformed status lines, huge headers, hundreds of URLs answering 429 on one host, and many ports.
 * The phase must end within its budget plus one timeout, with the documented verdicts and their true reasons, and
 * hold no more page bytes at once than {@link HttpProbe#BYTES_IN_FLIGHT}. Every server loop stops when the test
 * closes it, and each connection is bounded in time.
 */
class HostileServersSoakTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration DEADLINE = Duration.ofSeconds(3);
    private static final Duration BUDGET = Duration.ofSeconds(12);
    private static final long CONNECTION_LIMIT_MILLIS = 20_000;

    @TempDir
    Path base;
    private final List<ServerSocket> servers = new ArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hostile-server");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean stopped = new AtomicBoolean();

    @BeforeEach
    void startServers() throws IOException {
        for (int i = 0; i < 20; i++) {
            ServerSocket server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
            servers.add(server);
            pool.execute(() -> accept(server));
        }
    }

    @AfterEach
    void stopServers() throws IOException {
        stopped.set(true);
        for (ServerSocket server : servers) {
            server.close();
        }
        pool.shutdownNow();
    }

    private void accept(ServerSocket server) {
        while (!stopped.get()) {
            try {
                Socket socket = server.accept();
                pool.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        long end = System.currentTimeMillis() + CONNECTION_LIMIT_MILLIS;
        try (socket) {
            socket.setSoTimeout((int) CONNECTION_LIMIT_MILLIS);
            String path = requestPath(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            if (path.startsWith("/slowloris")) {
                out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
                while (!stopped.get() && System.currentTimeMillis() < end) {
                    out.write('X');
                    out.flush();
                    Thread.sleep(300);
                }
            } else if (path.startsWith("/silent")) {
                while (!stopped.get() && System.currentTimeMillis() < end) {
                    Thread.sleep(100);
                }
            } else if (path.startsWith("/endless")) {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = "<p>padding</p>".repeat(4096).getBytes(StandardCharsets.US_ASCII);
                while (!stopped.get() && System.currentTimeMillis() < end) {
                    out.write(chunk);
                }
            } else if (path.startsWith("/trickle")) {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                while (!stopped.get() && System.currentTimeMillis() < end) {
                    out.write('<');
                    out.flush();
                    Thread.sleep(200);
                }
            } else if (path.startsWith("/loop")) {
                out.write(("HTTP/1.1 302 Found\r\nLocation: " + path + "\r\nContent-Length: 0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
            } else if (path.startsWith("/badstatus")) {
                out.write("HTTP/1.1 abc\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else if (path.startsWith("/hugeheaders")) {
                StringBuilder head = new StringBuilder("HTTP/1.1 200 OK\r\n");
                for (int i = 0; i < 20_000; i++) {
                    head.append("X-Filler-").append(i).append(": ").append("y".repeat(40)).append("\r\n");
                }
                out.write(head.append("Content-Length: 0\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            } else if (path.startsWith("/busy")) {
                out.write("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client gave up, or the test stopped: the connection ends here
        }
    }

    private static String requestPath(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n' && line.length() < 8192) {
            line.append((char) c);
        }
        int state = 0; // skip the headers, to their blank line
        while (state < 2 && (c = in.read()) >= 0) {
            state = c == '\n' ? state + 1 : c == '\r' ? state : 0;
        }
        String[] parts = line.toString().split(" ");
        return parts.length > 1 ? parts[1] : "/";
    }

    private String url(int server, String path) {
        return "http://127.0.0.1:" + servers.get(server).getLocalPort() + path;
    }

    @Test
    void theExternalPhaseStaysWithinItsBudgetWithTrueReasonsWhateverServersDo() throws IOException {
        StringBuilder article = new StringBuilder("---\ntitle: Soak\n---\n");
        article.append("[a](").append(url(0, "/slowloris")).append(")\n\n");
        article.append("[b](").append(url(1, "/silent")).append(")\n\n");
        for (int i = 0; i < 12; i++) {
            article.append("[c](").append(url(2 + i % 3, "/endless/" + i + "#end")).append(")\n\n");
        }
        article.append("[d](").append(url(5, "/trickle#x")).append(")\n\n");
        article.append("[e](").append(url(6, "/loop/x")).append(")\n\n");
        article.append("[f](").append(url(7, "/badstatus")).append(")\n\n");
        article.append("[g](").append(url(8, "/hugeheaders")).append(")\n\n");
        for (int i = 0; i < 300; i++) {
            article.append("[h](").append(url(9, "/busy/" + i)).append(")\n\n");
        }
        for (int port = 10; port < 20; port++) {
            article.append("[i](").append(url(port, "/fine")).append(")\n\n");
        }
        Files.createDirectories(base.resolve("content"));
        Files.writeString(base.resolve("content/soak.md"), article);
        LinkOptions options = LinkOptions.builder().allowPrivateAddresses(true).checkExternalAnchors(true)
                .connectTimeout(TIMEOUT).responseTimeout(TIMEOUT).urlDeadline(DEADLINE).phaseBudget(BUDGET).retries(1)
                .maxConcurrency(32).maxPerHost(8).cacheFile(java.util.Optional.empty()).build();
        long start = System.nanoTime();
        EngineResult result = Articlecheck.engine(RunSettings.builder(base).links(options).build()).run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < BUDGET.plus(TIMEOUT).toMillis() + 3_000, "the whole run took " + millis + " ms");

        Map<String, String> byPath = new TreeMap<>();
        for (Finding finding : result.findings()) {
            String url = finding.subject();
            byPath.merge(url.replaceFirst("http://127.0.0.1:\\d+", "").replaceFirst("/\\d+(#|$)", "/N$1"),
                    finding.ruleId() + " " + TestArticles.text(finding).replace(url, "URL")
                            .replaceAll("\\d+ ms|\\(\\d+ s", "…"), (a, b) -> a);
        }
        assertTrue(byPath.get("/slowloris").startsWith("link.unverified 'URL' timed out"), byPath.toString());
        assertTrue(byPath.get("/silent").startsWith("link.unverified 'URL' timed out"), byPath.toString());
        assertEquals("link.external 'URL' has no anchor '#end' on the page", byPath.get("/endless/N#end"),
                "the first 2 MiB are read, then the page is judged");
        assertEquals("link.unverified 'URL' sent its page too slowly: not read within the time allowed for one request",
                byPath.get("/trickle#x"));
        assertTrue(byPath.get("/loop/x").startsWith("link.external 'URL' redirects in a loop"), byPath.toString());
        assertTrue(byPath.get("/badstatus").startsWith("link.unverified 'URL' connection failed"), byPath.toString());
        assertTrue(byPath.get("/hugeheaders").startsWith("link.unverified"), byPath.toString());
        long busy = result.findings().stream().filter(f -> f.subject().contains("/busy/")).count();
        assertEquals(300, busy, "every 429 URL is reported");
        assertTrue(result.findings().stream().filter(f -> f.subject().contains("/busy/"))
                .allMatch(f -> TestArticles.text(f).contains("answered 429 (too many requests) after retries")
                        || TestArticles.text(f).contains("time budget")),
                "429 answers are said to be 429, never 'timed out': " + byPath.get("/busy/N"));
        assertTrue(result.findings().stream().noneMatch(f -> f.subject().endsWith("/fine")), "the fine ports are fine");
        assertTrue(HttpProbe.PEAK_BYTES_IN_FLIGHT.get() <= HttpProbe.BYTES_IN_FLIGHT,
                "page bytes held at once: " + HttpProbe.PEAK_BYTES_IN_FLIGHT.get());
        assertEquals(List.of(), result.errors());
    }
}
