package io.github.articlecheck.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text, hex, shortened: identities for articles (renames) and findings (fingerprints). */
public final class ContentHash {
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ContentHash() {
    }

    /** The hash of a file's content, or "unreadable" (a configuration check elsewhere says why). */
    public static String ofFile(java.nio.file.Path file) {
        try {
            return of(java.nio.file.Files.readString(file));
        } catch (java.io.IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    public static String of(String text) {
        return of(text, 16);
    }

    /** The first {@code bytes} bytes of the SHA-256, as hex. */
    public static String of(String text, int bytes) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)), 0, bytes);
    }

    /** A copy of one looked-up instance: looking the algorithm up costs more than hashing a short text. */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible); // every Java platform has SHA-256
            }
        }
    }
}
