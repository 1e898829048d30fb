package io.github.articlecheck.links;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A loopback server that answers 200 to any request over plain HTTP and over TLS on the same port (it looks at the
 * first byte: 0x16 starts a TLS handshake), so that {@code http://127.0.0.1:P/x} and {@code https://127.0.0.1:P/x}
 * both work, as on a real host. Its certificate is made by the JDK's keytool for the test; {@link #clientContext}
 * trusts it. Bounded: one thread, each connection one request, stops when closed.
 */
final class DualProtocolServer implements AutoCloseable {
    private final ServerSocket socket;
    private final SSLContext serverContext;
    private final SSLContext clientContext;
    private final Thread thread;

    DualProtocolServer(Path directory) throws Exception {
        Path keystore = directory.resolve("test-keystore.p12");
        char[] password = "changeit".toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "test", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0 || !Files.isRegularFile(keystore)) {
            keytool.destroyForcibly();
            throw new IllegalStateException("keytool could not make the test certificate");
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, password);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keyManagers.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        clientContext = SSLContext.getInstance("TLS");
        clientContext.init(null, trust.getTrustManagers(), null);
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "dual-protocol-server");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    SSLContext clientContext() {
        return clientContext;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                connection.setSoTimeout(5_000);
                InputStream in = connection.getInputStream();
                int first = in.read();
                if (first < 0) {
                    continue;
                }
                Socket conversation = connection;
                if (first == 0x16) {
                    SSLSocket tls = (SSLSocket) serverContext.getSocketFactory().createSocket(connection,
                            new ByteArrayInputStream(new byte[] {(byte) first}), true);
                    tls.setUseClientMode(false);
                    tls.startHandshake();
                    conversation = tls;
                    answer(tls.getInputStream(), tls.getOutputStream());
                } else {
                    answer(in, conversation.getOutputStream());
                }
            } catch (IOException e) {
                // a client that went away, or the server closed: next connection
            }
        }
    }

    /** Reads the request head (to its blank line) and answers 200 with an empty body. */
    private static void answer(InputStream in, OutputStream out) throws IOException {
        int state = 0;
        for (int read = 0; read < 65_536 && state < 4; read++) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            state = c == '\r' && (state == 0 || state == 2) ? state + 1 : c == '\n' && (state == 1 || state == 3)
                    ? state + 1 : 0;
        }
        out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
