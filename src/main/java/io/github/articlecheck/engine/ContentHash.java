package io.github.articlecheck.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text, hex, shortened: identities for articles (renames) and findings (fingerprints). */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String text) {
        return of(text, 16);
    }

    /** The first {@code bytes} bytes of the SHA-256, as hex. */
    public static String of(String text, int bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)), 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
