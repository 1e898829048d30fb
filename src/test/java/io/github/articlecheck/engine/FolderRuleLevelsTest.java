package io.github.articlecheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.RuleLevel;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule levels per folder: a folder of checklist items where heading.increment is off, another where it is a warning. */
class FolderRuleLevelsTest {
    private static final String SKIPS_A_LEVEL = "---\ntitle: T\n---\n## A\n\n#### B\n";

    private static List<String> run(RunSettings.Builder builder) throws IOException {
        Path base = builder.build().engine().baseDirectory();
        for (String path : List.of("content/checklists/item.md", "content/guides/page.md", "content/news/post.md")) {
            Path file = base.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, SKIPS_A_LEVEL);
        }
        return Articlecheck.engine(builder.build()).run().findings().stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.severity()).toList();
    }

    @Test
    void aFolderLevelWinsOverTheRunsOwnForItsArticlesOnly() throws IOException {
        RunSettings.Builder builder = TestArticles.config()
                .folderRuleLevels(new FolderRuleLevels(List.of("checklists/**"), List.of(),
                        Map.of("heading.increment", RuleLevel.OFF)))
                .folderRuleLevels(new FolderRuleLevels(List.of("news/**"), List.of(),
                        Map.of("heading.increment", RuleLevel.WARNING)));
        assertEquals(List.of("content/guides/page.md:6:1 heading.increment ERROR",
                "content/news/post.md:6:1 heading.increment WARNING"), run(builder));
    }

    @Test
    void aRuleOffForTheRunCanBeOnForOneFolder() throws IOException {
        RunSettings.Builder builder = TestArticles.config().ruleLevel("heading.increment", RuleLevel.OFF)
                .folderRuleLevels(new FolderRuleLevels(List.of("guides/**"), List.of("guides/old/**"),
                        Map.of("heading.increment", RuleLevel.WARNING)));
        assertEquals(List.of("content/guides/page.md:6:1 heading.increment WARNING"), run(builder));
    }

    @Test
    void anUnknownRuleIdInAFolderIsAConfigurationError() {
        RunSettings settings = TestArticles.config().folderRuleLevels(new FolderRuleLevels(List.of("**"), List.of(),
                Map.of("heading.incremnt", RuleLevel.OFF))).build();
        ConfigurationException error = assertThrows(ConfigurationException.class, () -> Articlecheck.engine(settings));
        assertEquals(true, error.getMessage().startsWith("unknown rule id 'heading.incremnt' in <schemas><rules>;"),
                error.getMessage());
    }
}
