package io.github.articlecheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.core.ChangeSet;
import io.github.articlecheck.core.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changed-files mode's view of git, on repositories the test makes. */
class GitChangesTest {
    @TempDir
    Path directory;

    private static void git(Path in, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=T", "-c", "user.email=t@example.org"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }

    private Path repository() throws Exception {
        Path repo = Files.createDirectories(directory.resolve("repo"));
        Files.createDirectories(repo.resolve("content"));
        Files.writeString(repo.resolve("content/a.md"), "---\ntitle: A\n---\nSee https://example.org/old\n");
        Files.writeString(repo.resolve("content/b.md"), "---\ntitle: B\n---\n");
        git(repo, "init", "-q", "-b", "main");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "base");
        return repo;
    }

    @Test
    void changedDeletedRenamedUntrackedAndAddedUrls() throws Exception {
        Path repo = repository();
        git(repo, "checkout", "-q", "-b", "change");
        Files.writeString(repo.resolve("content/a.md"), "---\ntitle: A\n---\nSee https://example.org/old and https://example.org/new\n");
        git(repo, "mv", "content/b.md", "content/c.md");
        git(repo, "commit", "-q", "-am", "change");
        Files.writeString(repo.resolve("content/d.md"), "---\ntitle: D\n---\nhttps://example.org/d\n");
        ChangeSet change = GitChanges.since(repo, "main");
        assertEquals(Set.of("content/a.md", "content/c.md", "content/d.md"), change.changed());
        assertEquals(Set.of("content/b.md"), change.deleted());
        assertTrue(change.addedUrl("content/a.md", "https://example.org/new"));
        assertTrue(!change.addedUrl("content/a.md", "https://example.org/old"), "on a modified line, but not added");
        assertTrue(change.addedUrl("content/d.md", "https://example.org/d"), "a new file: every line is added");
        assertTrue(change.description().startsWith("since main (merge base "), change.description());
    }

    @Test
    void contentLinesStartingWithPlusPlusOrMinusMinusAreChangedLines() throws Exception {
        Path repo = repository();
        git(repo, "checkout", "-q", "-b", "change");
        // The front matter's closing --- removed, and a line "++https://example.org/plus" added: both are content,
        // not the diff's file headers.
        Files.writeString(repo.resolve("content/a.md"), "---\ntitle: A\nSee https://example.org/old\n"
                + "++https://example.org/plus\n");
        git(repo, "commit", "-q", "-am", "change");
        ChangeSet change = GitChanges.since(repo, "main");
        assertTrue(change.addedUrl("content/a.md", "https://example.org/plus"), "an added line starting with ++");
        assertTrue(change.removedLines().get("content/a.md").lines().anyMatch(line -> line.equals("---")),
                "a removed line starting with --: " + change.removedLines());
    }

    @Test
    void clearConfigurationErrors() throws Exception {
        Path plain = Files.createDirectories(directory.resolve("plain"));
        assertTrue(assertThrows(ConfigurationException.class, () -> GitChanges.since(plain, "main")).getMessage()
                .startsWith("not a git checkout: the changed-files mode (since) needs the git repository of"));

        Path repo = repository();
        assertEquals("unknown git ref 'origin/nope' for since: fetch it first (git fetch origin) or check the name",
                assertThrows(ConfigurationException.class, () -> GitChanges.since(repo, "origin/nope")).getMessage());

        Files.writeString(repo.resolve("content/b.md"), "---\ntitle: B2\n---\n");
        git(repo, "commit", "-q", "-am", "second");
        git(directory, "clone", "-q", "--depth", "1", "file://" + repo.toAbsolutePath(), "shallow");
        ConfigurationException shallow = assertThrows(ConfigurationException.class,
                () -> GitChanges.since(directory.resolve("shallow"), "HEAD"));
        assertTrue(shallow.getMessage().startsWith("the git clone is shallow"), shallow.getMessage());
        assertTrue(shallow.getMessage().contains("fetch-depth: 0"), shallow.getMessage());
    }
}
