package io.github.articlecheck;

import io.github.articlecheck.core.Article;
import io.github.articlecheck.read.ArticleReader;
import io.github.articlecheck.engine.Engine;
import io.github.articlecheck.engine.EngineConfiguration;
import io.github.articlecheck.core.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Builds in-memory articles and runs the per-article checks on them. */
public final class TestArticles {
    public static final Path BASE = Path.of("/site").toAbsolutePath();

    private TestArticles() {
    }

    public static Article parse(String text) {
        return ArticleReader.parse(BASE.resolve("content/a.md"), "content/a.md", text);
    }

    public static EngineConfiguration.Builder config() {
        return EngineConfiguration.builder(BASE);
    }

    public static List<Finding> check(EngineConfiguration configuration, String text) {
        return new Engine(configuration).checkArticle(parse(text)).stream().sorted().collect(Collectors.toList());
    }

    public static List<Finding> check(String text) {
        return check(config().build(), text);
    }

    /** Findings as {@code line:column rule-id message}, for exact assertions. */
    public static List<String> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message())
                .collect(Collectors.toList());
    }

    public static List<String> only(String ruleId, List<Finding> findings) {
        return lines(findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList()));
    }
}
