package io.github.articlecheck.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.RecordingRunLog;
import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.CorpusCheck;
import io.github.articlecheck.core.IndexInput;
import io.github.articlecheck.core.IndexOutput;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.engine.Checks;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.CheckCatalog;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, failure 3: an exception in a cross-article check's collect, restore or finish is a finding on the
 * article (or, with no article at fault, a failure of the run), and every other finding and report is still there.
 */
class CorpusCheckIsolationTest {
    private static final RuleDescriptor RULE = RuleDescriptor.of("test.corpus", Severity.ERROR);

    @TempDir
    Path base;

    /** A corpus check that throws where it is told to. */
    private static final class Throwing implements CorpusCheck {
        private final String where;

        Throwing(String where) {
            this.where = where;
        }

        @Override
        public List<RuleDescriptor> rules() {
            return List.of(RULE);
        }

        @Override
        public String indexKey() {
            return ""; // where it throws must not empty the index: the restore test needs the first run's entries
        }

        @Override
        public Facts collect(Article article) {
            if (where.equals("collect") && article.relativePath().endsWith("b.md")) {
                throw new IllegalStateException("collect failed");
            }
            return out -> out.writeString(article.relativePath());
        }

        @Override
        public Facts read(IndexInput in) {
            String path = in.readString();
            return out -> out.writeString(path);
        }

        @Override
        public void restore(Facts facts) {
            if (where.equals("restore")) {
                throw new IllegalStateException("restore failed");
            }
        }

        @Override
        public void finish(CorpusFindingSink sink) {
            if (where.equals("finish")) {
                throw new IllegalStateException("finish failed");
            }
        }
    }

    private Articlecheck.Outcome run(String where, boolean index) throws IOException {
        Files.createDirectories(base.resolve("content"));
        Files.writeString(base.resolve("content/a.md"), "---\ntitle: A\ntitle: again\n---\n");
        Files.writeString(base.resolve("content/b.md"), "---\ntitle: B\n---\n");
        RunSettings settings = RunSettings.builder(base).links(LinkOptions.defaults().withOffline(true))
                .indexFile(index ? base.resolve("target/index.bin") : null).outputDirectory(base.resolve("target"))
                .cacheKey("test").build();
        Checks catalogue = CheckCatalog.checks(settings);
        List<CorpusCheck> corpus = new ArrayList<>(catalogue.corpusChecks());
        corpus.add(new Throwing(where));
        return Articlecheck.check(settings, new Checks(catalogue.articleChecks(), corpus), new RecordingRunLog());
    }

    private static List<String> lines(Articlecheck.Outcome outcome) {
        return outcome.result().findings().stream().map(f -> f.path() + ":" + f.line() + " " + f.ruleId() + " "
                + TestArticles.text(f)).toList();
    }

    @Test
    void aCollectThatThrowsIsAFindingOnItsArticle() throws IOException {
        Articlecheck.Outcome outcome = run("collect", false);
        assertEquals(List.of("content/a.md:3 frontmatter.duplicate-key key 'title' is given twice (first on line 2):"
                + " keep one", "content/b.md:1 article.unreadable could not be checked by Throwing:"
                + " IllegalStateException"), lines(outcome));
        assertTrue(Files.isRegularFile(base.resolve("target/articlecheck.sarif")));
    }

    @Test
    void aRestoreThatThrowsIsAFindingOnItsArticle() throws IOException {
        run("none", true);
        Articlecheck.Outcome outcome = run("restore", true);
        List<String> found = lines(outcome);
        assertTrue(found.contains("content/a.md:1 article.unreadable could not be checked by Throwing:"
                + " IllegalStateException"), found.toString());
        assertTrue(found.contains("content/a.md:3 frontmatter.duplicate-key key 'title' is given twice (first on line 2):"
                + " keep one"), "the index's findings are still reported: " + found);
    }

    @Test
    void aFinishThatThrowsFailsTheRunLoudlyWithEveryOtherFindingAndReport() throws IOException {
        Articlecheck.Outcome outcome = run("finish", false);
        assertEquals(List.of("content/a.md:3 frontmatter.duplicate-key key 'title' is given twice (first on line 2):"
                + " keep one"), lines(outcome));
        assertEquals(1, outcome.result().errors().size());
        assertEquals("articlecheck: Throwing failed (IllegalStateException: finish failed); its findings are"
                + " incomplete, so the run fails", TestArticles.ENGLISH.render(outcome.result().errors().get(0)));
        assertTrue(outcome.failed(), "never passes quietly");
        assertTrue(outcome.failure().startsWith("articlecheck could not complete the run (1 failure above)"),
                outcome.failure());
        assertTrue(Files.isRegularFile(base.resolve("target/articlecheck.sarif")), "reports are still written");
    }
}
