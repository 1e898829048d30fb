package io.github.articlecheck.engine;

import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.CorpusCheck;
import java.util.List;

/** The checks a run uses, made by whoever composes the run (the runner names none of them). */
public record Checks(List<ArticleCheck> articleChecks, List<CorpusCheck> corpusChecks) {
    public Checks {
        articleChecks = List.copyOf(articleChecks);
        corpusChecks = List.copyOf(corpusChecks);
    }
}
