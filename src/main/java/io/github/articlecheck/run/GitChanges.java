package io.github.articlecheck.run;

import io.github.articlecheck.core.ChangeSet;
import io.github.articlecheck.core.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The change of a pull request, from the {@code git} command line: files added, modified, renamed or deleted
 * between the merge base with a ref and the working tree (untracked files count as added), and the lines each
 * change added.
 */
public final class GitChanges {
    private GitChanges() {
    }

    static final int GIT_TIMEOUT_SECONDS = 60;

    public static ChangeSet since(Path baseDirectory, String ref) {
        String top = git(baseDirectory, "not a git checkout: the changed-files mode (since) needs the git"
                + " repository of " + baseDirectory, "rev-parse", "--show-toplevel").trim();
        Path root = Path.of(top);
        if ("true".equals(git(baseDirectory, "cannot read the git repository", "rev-parse", "--is-shallow-repository").trim())) {
            throw new ConfigurationException("the git clone is shallow, so the merge base with " + ref + " is unknown:"
                    + " fetch with full depth (actions/checkout with fetch-depth: 0, or git fetch --unshallow)");
        }
        git(baseDirectory, "unknown git ref '" + ref + "' for since: fetch it first (git fetch origin) or check the name",
                "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        String base = git(baseDirectory, "no merge base between HEAD and " + ref, "merge-base", "HEAD", ref).trim();
        Set<String> changed = new HashSet<>();
        Set<String> deleted = new HashSet<>();
        Set<String> added = new HashSet<>();
        String[] fields = git(baseDirectory, "git diff failed", "diff", "--name-status", "-M", "-z", base).split("\0");
        for (int i = 0; i < fields.length && !fields[i].isEmpty(); i++) {
            char status = fields[i].charAt(0);
            if (status == 'R' || status == 'C') {
                String from = fields[++i];
                String to = fields[++i];
                if (status == 'R') {
                    deleted.add(from);
                }
                changed.add(to);
            } else if (status == 'D') {
                deleted.add(fields[++i]);
            } else {
                String path = fields[++i];
                changed.add(path);
                if (status == 'A') {
                    added.add(path);
                }
            }
        }
        for (String untracked : git(baseDirectory, "git ls-files failed", "ls-files", "--others", "--exclude-standard",
                "-z", "--full-name").split("\0")) {
            if (!untracked.isEmpty()) {
                changed.add(untracked);
                added.add(untracked);
            }
        }
        Map<String, String> addedLines = new HashMap<>();
        Map<String, String> removedLines = new HashMap<>();
        for (String path : changed) {
            String key = relative(root, baseDirectory, path);
            if (added.contains(path)) {
                addedLines.put(key, read(root.resolve(path)));
            } else {
                String[] lines = diffLines(baseDirectory, base, root.resolve(path));
                addedLines.put(key, lines[0]);
                removedLines.put(key, lines[1]);
            }
        }
        return new ChangeSet("since " + ref + " (merge base " + base.substring(0, Math.min(7, base.length())) + ")",
                relativeAll(root, baseDirectory, changed), relativeAll(root, baseDirectory, deleted), addedLines, removedLines);
    }

    /** The added and the removed lines of a file since {@code base}. */
    private static String[] diffLines(Path baseDirectory, String base, Path file) {
        StringBuilder added = new StringBuilder();
        StringBuilder removed = new StringBuilder();
        boolean inHunk = false;
        for (String line : git(baseDirectory, "git diff failed", "diff", "-U0", base, "--", file.toString()).split("\n")) {
            // The "+++ b/x" and "--- a/x" file headers come before the first hunk; inside hunks, a line starting
            // with "+++" or "---" is content (an added "++x", a removed front matter "---").
            if (line.startsWith("@@")) {
                inHunk = true;
            } else if (inHunk && line.startsWith("+")) {
                added.append(line, 1, line.length()).append('\n');
            } else if (inHunk && line.startsWith("-")) {
                removed.append(line, 1, line.length()).append('\n');
            } else if (line.startsWith("diff ")) {
                inHunk = false;
            }
        }
        return new String[] {added.toString(), removed.toString()};
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static Set<String> relativeAll(Path root, Path baseDirectory, Set<String> paths) {
        Set<String> relative = new HashSet<>();
        paths.forEach(p -> relative.add(relative(root, baseDirectory, p)));
        return relative;
    }

    /** Git paths are relative to the repository root; findings' paths to the project base directory. */
    private static String relative(Path root, Path baseDirectory, String gitPath) {
        Path absolute = root.resolve(gitPath).normalize();
        Path base = baseDirectory.toAbsolutePath().normalize();
        try {
            base = base.toRealPath();
            absolute = root.toRealPath().resolve(gitPath).normalize();
        } catch (IOException e) {
            // keep the normalized paths
        }
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /** Runs git in {@code directory}; a failure becomes a configuration error with {@code failure} as the message. */
    private static String git(Path directory, String failure, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        try {
            // stderr is not read: discarded, it can never fill a pipe and block git. stdout is read on another
            // thread, so that the time limit holds even when git stops writing without exiting.
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            java.util.concurrent.CompletableFuture<byte[]> output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return readAll(process.getInputStream());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ConfigurationException(failure + " (git did not answer within " + GIT_TIMEOUT_SECONDS + " s)");
            }
            if (process.exitValue() != 0) {
                throw new ConfigurationException(failure);
            }
            try {
                return new String(output.get(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new ConfigurationException(failure + " (its output could not be read)", e);
            }
        } catch (IOException e) {
            throw new ConfigurationException("the changed-files mode (since) needs the git command line: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException(failure + " (interrupted)", e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
