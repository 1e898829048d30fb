package io.github.articlecheck.core;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files atomically: readers (CI uploaders, IDEs, the next run) never see a half-written file. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What to write. */
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        replace(target, temporary -> {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            }
        });
    }

    /** What to write, as bytes. */
    public interface BinaryContent {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    public static void writeBinary(Path target, BinaryContent content) throws IOException {
        replace(target, temporary -> {
            try (java.io.OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
        });
    }

    private interface Filler {
        void fill(Path temporary) throws IOException;
    }

    private static void replace(Path target, Filler filler) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = newTemporary(target.toAbsolutePath());
        try {
            filler.fill(temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new empty file beside the target, created the way an ordinary write creates one, so that it gets the
     * permissions the user's umask gives (Files.createTempFile would make it 0600, and the move would keep that).
     * When the target exists, its permissions are kept instead.
     */
    private static Path newTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temporary = target.resolveSibling(target.getFileName() + "." + Long.toHexString(System.nanoTime())
                    + Integer.toHexString(attempt) + ".tmp");
            try {
                Files.newOutputStream(temporary, java.nio.file.StandardOpenOption.CREATE_NEW).close();
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
                continue;
            }
            if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
            }
            return temporary;
        }
    }
}
