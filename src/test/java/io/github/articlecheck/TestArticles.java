package io.github.articlecheck;

import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Messages;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.links.LinkRules;
import io.github.articlecheck.read.AnchorStyle;
import io.github.articlecheck.read.ArticleReader;
import io.github.articlecheck.report.ConsoleLine;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds articles and checks them through the production path: the text is written to {@code content/a.md} of a
 * fresh folder and the whole engine runs on it (links offline).
 */
public final class TestArticles {
    public static final Path BASE = Path.of("/site").toAbsolutePath();
    public static final Messages ENGLISH = Messages.english();

    private TestArticles() {
    }

    /** Writes a file under {@code base}, creating its folders: a site's files, in the tests that build one. */
    public static void write(Path base, String relative, String text) throws java.io.IOException {
        Path file = base.resolve(relative);
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, text);
    }

    public static Article parse(String text) {
        return new ArticleReader(BASE, AnchorStyle.GITHUB).parse(BASE.resolve("content/a.md"), "content/a.md", text,
                false);
    }

    /**
     * Settings for a site in a fresh temporary folder, no index, link rules off (their tests build sites of linked
     * files and run with links on); its path is the builder's base.
     */
    public static RunSettings.Builder config() {
        try {
            Path base = Files.createTempDirectory("articlecheck-test");
            CREATED.add(base);
            RunSettings.Builder builder = RunSettings.builder(base).links(LinkOptions.defaults().withOffline(true));
            LinkRules.ALL.forEach(rule -> builder.ruleLevel(rule.id(), io.github.articlecheck.core.RuleLevel.OFF));
            return builder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} as {@code content/a.md} under the settings' base folder and runs every check on it. */
    public static List<Finding> check(RunSettings settings, String text) {
        Path base = settings.engine().baseDirectory();
        try {
            Path file = base.resolve("content/a.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return Articlecheck.engine(settings).run().findings();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(base);
        }
    }

    public static List<Finding> check(String text) {
        return check(config().build(), text);
    }

    /** A finding's message in English. */
    public static String text(Finding finding) {
        return ENGLISH.render(finding.message());
    }

    /** {@code path:line:column: rule-id message}, in English. */
    public static String consoleLine(Finding finding) {
        return ConsoleLine.of(ENGLISH, finding);
    }

    /** Findings as {@code line:column rule-id message}, for exact assertions. */
    public static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + text(f))
                .collect(Collectors.toList());
    }

    public static List<String> only(String ruleId, List<Finding> findings) {
        return lines(findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList()));
    }

    /**
     * A finding whose message is the given English text: a key missing from the bundles renders as itself, so
     * report tests can state the message they expect.
     */
    public static Finding finding(String path, int line, int column, String ruleId,
            io.github.articlecheck.core.Severity severity, String text) {
        return Finding.at(path, line, column, ruleId, severity, text, new io.github.articlecheck.core.Message(text,
                List.of()));
    }

    /** Folders made by {@link #config()}: many settings are built without a {@link #check}, which deletes its own. */
    private static final java.util.Set<Path> CREATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(TestArticles::delete)));
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
