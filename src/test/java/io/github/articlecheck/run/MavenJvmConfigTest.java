package io.github.articlecheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.articlecheck.RecordingRunLog;
import io.github.articlecheck.core.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * init's {@code .mvn/jvm.config}: written for a content repository, never where Maven would read another
 * {@code .mvn} folder (bin/mvn's find_maven_basedir: the first one from the project upwards) or where Java is built.
 */
class MavenJvmConfigTest {
    @TempDir
    Path root;
    Path site;
    final RecordingRunLog log = new RecordingRunLog();

    @BeforeEach
    void aContentRepository() throws IOException {
        site = Files.createDirectories(root.resolve("site"));
        Files.writeString(site.resolve("pom.xml"), "<project/>");
    }

    private MavenJvmConfig.Outcome setUp(boolean dryRun) throws IOException {
        return MavenJvmConfig.setUp(site, dryRun, Messages.english(), log);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The one line init prints where it writes nothing: what to add, and where. */
    private static List<String> advice(String where) {
        return List.of("[INFO] articlecheck init: for faster runs, add -XX:TieredStopAtLevel=1 to " + where
                + " (unless this build also compiles and tests Java)");
    }

    @Test
    void aContentRepositoryGetsTheQuickCompilerOnceAndKeepsItsOwnFile() throws IOException {
        assertEquals(MavenJvmConfig.Outcome.WROTE, setUp(false));
        assertEquals("-XX:TieredStopAtLevel=1\n", Files.readString(site.resolve(".mvn/jvm.config")));
        assertEquals(List.of("[INFO] articlecheck init: wrote .mvn/jvm.config (-XX:TieredStopAtLevel=1: Maven starts"
                + " sooner and relays findings faster; delete it if this build also compiles Java)"), log.lines);

        assertEquals(MavenJvmConfig.Outcome.NOTHING, setUp(false), "a rerun finds it and says nothing");
        Files.writeString(site.resolve(".mvn/jvm.config"), "-Xmx2g -XX:TieredStopAtLevel=1\n");
        assertEquals(MavenJvmConfig.Outcome.NOTHING, setUp(false));
        assertEquals("-Xmx2g -XX:TieredStopAtLevel=1\n", Files.readString(site.resolve(".mvn/jvm.config")));
        assertEquals(1, log.lines.size());
    }

    @Test
    void aDryRunSaysWhatItWouldWriteAndWritesNothing() throws IOException {
        assertEquals(MavenJvmConfig.Outcome.WOULD_WRITE, setUp(true));
        assertFalse(Files.exists(site.resolve(".mvn")));
        assertEquals(List.of("[INFO] articlecheck init: would write .mvn/jvm.config (-XX:TieredStopAtLevel=1: Maven"
                + " starts sooner and relays findings faster)"), log.lines);
    }

    @Test
    void aMavenFolderAboveTheSiteIsNotHiddenByANewOneOnlyAdvisedOn() throws IOException {
        write(root.resolve(".mvn/maven.config"), "-B\n");
        assertEquals(MavenJvmConfig.Outcome.ADVISED, setUp(false));
        assertFalse(Files.exists(site.resolve(".mvn")), "Maven would stop reading the folder above");
        assertFalse(Files.exists(root.resolve(".mvn/jvm.config")), "another build's settings are not changed");
        assertEquals(advice(root.resolve(".mvn/jvm.config").toAbsolutePath().normalize().toString()), log.lines);
    }

    @Test
    void anExistingJvmConfigWithoutTheFlagIsKeptAndAdvisedOn() throws IOException {
        write(site.resolve(".mvn/jvm.config"), "-Xmx2g\n");
        assertEquals(MavenJvmConfig.Outcome.ADVISED, setUp(false));
        assertEquals("-Xmx2g\n", Files.readString(site.resolve(".mvn/jvm.config")));
        assertEquals(advice(".mvn/jvm.config"), log.lines);
    }

    @Test
    void theProjectsOwnMavenFolderTheWrappersGetsTheFile() throws IOException {
        write(site.resolve(".mvn/wrapper/maven-wrapper.properties"), "wrapperVersion=3.3.4\n");
        assertEquals(MavenJvmConfig.Outcome.WROTE, setUp(false));
        assertEquals("-XX:TieredStopAtLevel=1\n", Files.readString(site.resolve(".mvn/jvm.config")));
    }

    @Test
    void aFolderThatBuildsJavaIsOnlyAdvised() throws IOException {
        Files.createDirectories(site.resolve("src/main/java"));
        assertEquals(MavenJvmConfig.Outcome.ADVISED, setUp(false));
        assertFalse(Files.exists(site.resolve(".mvn")));
        assertEquals(advice(".mvn/jvm.config"), log.lines);
    }

    @Test
    void theAdviceIsInFrenchForAFrenchRun() throws IOException {
        Files.createDirectories(site.resolve("src/main/java"));
        MavenJvmConfig.setUp(site, false, Messages.of(Locale.FRENCH), log);
        assertEquals(List.of("[INFO] articlecheck init : pour des exécutions plus rapides, ajoutez"
                + " -XX:TieredStopAtLevel=1 à .mvn/jvm.config (sauf si ce build compile et teste aussi du Java)"),
                log.lines);
    }
}
