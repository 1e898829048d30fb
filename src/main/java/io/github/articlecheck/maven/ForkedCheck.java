package io.github.articlecheck.maven;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The check of a large site in a JVM of its own, started with flags made for a short batch job. In Maven's JVM a
 * first run on 14,594 pages spends more CPU in the C2 compiler than in checking (20 of 34 CPU-seconds) and G1 grows
 * the heap to 1.3 GB for a live set under 100 MB; a JVM with C1 only and a small fixed young generation does the
 * same run in about half the time and a third of the memory (README, "Benchmark"). The parallel collector with no
 * tenuring: what outlives one young collection is the run's link and anchor facts, kept to the end, so copying it
 * between survivor spaces five times over (what the serial collector did: 1.0 s of pauses on MDN-de) is wasted; the
 * articles in flight that get promoted with it are a few hundred kilobytes per collection. What the fork prints
 * comes back line by line, each at its level, and its verdict becomes the goal's. Sites of fewer than 200 Markdown
 * files are checked in Maven's JVM: there, starting a second JVM (0.5 s) costs what the compiler would (measured on
 * sites of 1, 100 and 900 files).
 */
final class ForkedCheck {
    /** Markdown files from which {@code fork=auto} forks. */
    static final int AUTO_THRESHOLD = 200;
    static final String DEFAULT_ARG_LINE =
            "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn160m -XX:MaxTenuringThreshold=0 -Xmx1g";
    /** Classes the plugin gets from Maven's own realm, not from its dependencies: their jars join the fork's path. */
    private static final List<String> IMPORTED_FROM_MAVEN = List.of("org.apache.maven.plugin.AbstractMojo",
            "org.slf4j.LoggerFactory");
    /** Exit codes of the forked JVM. */
    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int ERROR = 2;

    private ForkedCheck() {
    }

    /** What {@code fork} says: always, never, or by the number of Markdown files (auto). */
    private enum Mode { ALWAYS, NEVER, AUTO }

    private static Mode mode(String fork) {
        String value = fork == null ? "auto" : fork.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "always" -> Mode.ALWAYS;
            case "false", "never" -> Mode.NEVER;
            case "auto", "" -> Mode.AUTO;
            default -> throw new IllegalArgumentException("fork must be auto, true or false, not '" + fork + "'");
        };
    }

    /** Whether {@code fork} (auto, true, false) asks for a fork for this content directory. */
    static boolean wanted(String fork, Path contentDirectory) {
        return switch (mode(fork)) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> markdownFilesReach(contentDirectory, AUTO_THRESHOLD);
        };
    }

    /**
     * Whether {@code fork} asks for a fork before the settings say where the content is: {@code true}, or
     * {@code auto} with the threshold reached under the project's folder, not counting folders that hold no articles
     * of the site's (hidden ones, installed packages, the build's output). Counting too few only sends the decision
     * to {@link #wanted} once the settings are built; a value that is not auto, true or false is left to it too.
     */
    static boolean clearlyWanted(String fork, Path projectFolder, Path outputFolder) {
        Mode mode;
        try {
            mode = mode(fork);
        } catch (IllegalArgumentException e) {
            return false; // said by wanted(), as a configuration error, once the settings are built
        }
        if (mode != Mode.AUTO) {
            return mode == Mode.ALWAYS;
        }
        Path root = projectFolder.toAbsolutePath().normalize();
        Path buildOutput = outputFolder.toAbsolutePath().normalize().getParent();
        return markdownFilesReach(root, AUTO_THRESHOLD, EARLY_LOOK_FILES, folder -> {
            String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
            return name.startsWith(".") || NOT_CONTENT.contains(name) || folder.equals(buildOutput);
        });
    }

    /** Folders of a project that hold packages, not the site's pages (npm's, Bundler's --path vendor/bundle). */
    private static final Set<String> NOT_CONTENT = Set.of("node_modules", "vendor");
    /**
     * Files the early count looks at before it gives up: a code repository with a few pages under docs/ must not be
     * walked whole (the count under the content folder decides then). A site reaches 200 pages well before.
     */
    static final int EARLY_LOOK_FILES = 10_000;

    /** Counts Markdown files under {@code folder}, stopping at {@code threshold}: milliseconds on any site. */
    static boolean markdownFilesReach(Path folder, int threshold) {
        return markdownFilesReach(folder, threshold, Integer.MAX_VALUE, skipped -> false);
    }

    static boolean markdownFilesReach(Path folder, int threshold, int filesToLookAt,
            java.util.function.Predicate<Path> skipped) {
        int[] count = {0};
        int[] looked = {0};
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                            return !directory.equals(folder) && skipped.test(directory)
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                            if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdx")) {
                                count[0]++;
                            }
                            return count[0] >= threshold || ++looked[0] >= filesToLookAt ? FileVisitResult.TERMINATE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult.CONTINUE; // a loop or an unreadable folder: the check will say
                        }
                    });
        } catch (IOException e) {
            return false;
        }
        return count[0] >= threshold;
    }

    /**
     * The classpath of the plugin as Maven loaded it, and the Maven plugin API the goal's classes extend; empty when
     * it cannot be known (not loaded by Maven's class realms), and the check then runs in Maven's JVM.
     */
    static List<String> classpath(ClassLoader pluginLoader) {
        if (!(pluginLoader instanceof URLClassLoader urls)) {
            return List.of();
        }
        Set<String> entries = new LinkedHashSet<>();
        try {
            for (URL url : urls.getURLs()) {
                entries.add(new File(url.toURI()).getPath());
            }
            for (String imported : IMPORTED_FROM_MAVEN) {
                Class<?> type = Class.forName(imported, false, pluginLoader);
                entries.add(new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath());
            }
        } catch (URISyntaxException | ClassNotFoundException | IllegalArgumentException | NullPointerException
                | SecurityException e) {
            return List.of();
        }
        return List.copyOf(entries);
    }

    /**
     * Runs {@code mojo} (with {@code fork} off) in a new JVM and relays its log; throws what the goal would have.
     */
    static void run(CheckMojo mojo, List<String> classpath, String argLine, Path workFolder)
            throws MojoExecutionException, MojoFailureException {
        Log log = mojo.getLog();
        Path parameters = workFolder.resolve("fork-parameters.bin");
        try {
            MojoParameters.write(mojo, parameters);
        } catch (IOException e) {
            throw new MojoExecutionException("articlecheck cannot start its forked check: " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : (argLine == null ? "" : argLine).trim().split("\\s+")) {
            if (!argument.isEmpty()) {
                command.add(argument);
            }
        }
        log.info("articlecheck: checking in a forked JVM (" + String.join(" ", command.subList(1, command.size()))
                + "); <fork>false</fork> checks in Maven's JVM");
        // the same default charset as Maven's JVM, whatever the platform's: the fork must read as Maven would
        command.addAll(List.of("-Dfile.encoding=" + System.getProperty("file.encoding", "UTF-8"), "-cp",
                String.join(File.pathSeparator, classpath), ForkedCheckMain.class.getName(), parameters.toString(),
                levels(log)));
        Process process = null;
        try {
            process = new ProcessBuilder(command).start();
            Deque<String> errors = new ArrayDeque<>();
            Thread stderr = drain(process, errors);
            String failure = null;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    String outcome = relay(line, log);
                    failure = outcome == null ? failure : outcome;
                }
            }
            int exit = process.waitFor();
            stderr.join(5_000);
            switch (exit) {
                case PASSED -> {
                }
                case FAILED -> throw new MojoFailureException(failure == null ? "articlecheck failed" : failure);
                case ERROR -> throw new MojoExecutionException(failure == null ? "articlecheck failed" : failure);
                default -> throw new MojoExecutionException("articlecheck: the forked check ended with exit code "
                        + exit + (errors.isEmpty() ? "" : ": " + String.join(" | ", errors))
                        + ". A larger -Xmx in <forkArgLine>, or <fork>false</fork>, runs it differently");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("articlecheck cannot run its forked check: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("articlecheck: interrupted", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            try {
                Files.deleteIfExists(parameters);
            } catch (IOException e) {
                log.debug("articlecheck: " + parameters + " not deleted: " + e.getMessage());
            }
        }
    }

    /** Which levels Maven shows, so that the fork formats no line nobody will read (mvn -q on 10,000 findings). */
    private static String levels(Log log) {
        return (log.isErrorEnabled() ? "e" : "") + (log.isWarnEnabled() ? "w" : "") + (log.isInfoEnabled() ? "i" : "")
                + (log.isDebugEnabled() ? "d" : "");
    }

    /** Logs one protocol line; returns the failure text when the line carries it. */
    static String relay(String line, Log log) {
        if (line.length() < 2 || line.charAt(1) != ' ') {
            log.info(line); // not the protocol's: shown as it is
            return null;
        }
        String text = decode(line, 2);
        switch (line.charAt(0)) {
            case 'E' -> log.error(text);
            case 'W' -> log.warn(text);
            case 'I' -> log.info(text);
            case 'D' -> log.debug(text);
            case 'F' -> {
                return text;
            }
            default -> log.info(line);
        }
        return null;
    }

    private static Thread drain(Process process, Deque<String> lastLines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    synchronized (lastLines) {
                        lastLines.addLast(line);
                        if (lastLines.size() > 5) {
                            lastLines.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // the process is gone; its exit code says the rest
            }
        }, "articlecheck-fork-stderr");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** One log message as one protocol line: backslashes and line breaks escaped. */
    static String encode(CharSequence text) {
        return text.toString().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String decode(String text) {
        return decode(text, 0);
    }

    /**
     * The message encoded in {@code text} from {@code from}. A line without a backslash (nearly every finding) is cut
     * once: Maven's JVM relays the fork's lines one by one at the end of the run, while the fork still writes them.
     */
    static String decode(String text, int from) {
        if (text.indexOf('\\', from) < 0) {
            return text.substring(from);
        }
        StringBuilder out = new StringBuilder(text.length() - from);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
