package io.github.articlecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report files, the index and the cache get the permissions an ordinary write gives, and no temporary is left. */
class AtomicFilesTest {
    @TempDir
    Path directory;

    @Test
    void aNewFileGetsTheSamePermissionsAsAnOrdinaryWrite() throws IOException {
        assumeTrue(Files.getFileStore(directory).supportsFileAttributeView("posix"));
        Path ordinary = directory.resolve("ordinary.txt");
        Files.writeString(ordinary, "x");
        Path atomic = directory.resolve("report.xml");
        AtomicFiles.write(atomic, writer -> writer.write("<r/>"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(atomic),
                "not 0600: CI uploaders and other users read reports");
        assertEquals("<r/>", Files.readString(atomic));
        try (var files = Files.list(directory)) {
            assertEquals(List.of("ordinary.txt", "report.xml"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(Files.getFileStore(directory).supportsFileAttributeView("posix"));
        Path target = directory.resolve("index.bin");
        Files.writeString(target, "old");
        Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(target, chosen);
        AtomicFiles.writeBinary(target, out -> out.write(new byte[] {1, 2}));
        assertEquals(chosen, Files.getPosixFilePermissions(target));
    }
}
