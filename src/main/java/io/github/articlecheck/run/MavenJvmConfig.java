package io.github.articlecheck.run;

import io.github.articlecheck.core.AtomicFiles;
import io.github.articlecheck.core.ContentPaths;
import io.github.articlecheck.core.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code .mvn/jvm.config} that {@code init} sets up for a content repository: Maven's own JVM on the quick
 * compiler ({@code -XX:TieredStopAtLevel=1}). A content repository's build is this plugin alone, a run is seconds long,
 * and the optimising compiler spends more CPU in it than it gives back (README, "Fast repeat runs": 0.4–0.6 s less
 * to start Maven, and the findings relayed sooner). Written only where it changes nothing else: Maven uses the first
 * {@code .mvn} folder found from the project upwards, so a new one below an existing one would hide that one's
 * {@code maven.config} and extensions (the project's own {@code .mvn}, the Maven Wrapper's, is fine). There, in a
 * folder that also builds Java, and for a {@code jvm.config} that exists, {@code init} only advises.
 */
final class MavenJvmConfig {
    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    /** Where Maven reads its JVM's options, from the folder its build starts in. */
    static final String FILE = ".mvn/jvm.config";

    private MavenJvmConfig() {
    }

    /** What init did about it: wrote the file, would write it (dry run), advised, or nothing (already there). */
    enum Outcome { WROTE, WOULD_WRITE, ADVISED, NOTHING }

    static Outcome setUp(Path base, boolean dryRun, Messages messages, RunLog log) throws IOException {
        Path own = base.toAbsolutePath().normalize().resolve(FILE);
        Path config = mavenFolder(base).map(folder -> folder.resolve("jvm.config")).orElse(own);
        String where = new ContentPaths(base).display(config);
        boolean exists = Files.isRegularFile(config);
        if (exists && Files.readString(config, StandardCharsets.UTF_8).contains("TieredStopAtLevel")) {
            return Outcome.NOTHING;
        }
        boolean javaSources = Files.isDirectory(base.resolve("src/main/java"))
                || Files.isDirectory(base.resolve("src/test/java"));
        // an existing file is never edited; a .mvn folder above would be hidden by a new one here
        if (exists || !config.equals(own) || javaSources) {
            log.info(messages.text("init.jvm-config.advice", QUICK_COMPILER, where));
            return Outcome.ADVISED;
        }
        if (dryRun) {
            log.info(messages.text("init.jvm-config.would-write", where, QUICK_COMPILER));
            return Outcome.WOULD_WRITE;
        }
        AtomicFiles.write(config, writer -> writer.write(QUICK_COMPILER + "\n"));
        log.info(messages.text("init.jvm-config.wrote", where, QUICK_COMPILER));
        return Outcome.WROTE;
    }

    /** The {@code .mvn} folder Maven would use for a build started in {@code base}: the first one upwards. */
    static Optional<Path> mavenFolder(Path base) {
        for (Path folder = base.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve(".mvn"))) {
                return Optional.of(folder.resolve(".mvn"));
            }
        }
        return Optional.empty();
    }
}
