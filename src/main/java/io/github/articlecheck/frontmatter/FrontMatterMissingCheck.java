package io.github.articlecheck.frontmatter;

import io.github.articlecheck.article.Article;
import io.github.articlecheck.engine.ArticleCheck;
import io.github.articlecheck.engine.EngineConfiguration;
import io.github.articlecheck.engine.FindingSink;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.util.List;

/** {@code frontmatter.missing}: an article without a front matter block, when one is required. */
public final class FrontMatterMissingCheck implements ArticleCheck {
    public static final RuleDescriptor MISSING = RuleDescriptor.of("frontmatter.missing", Severity.ERROR,
            "The article has no YAML front matter block.",
            "Start the file with a line '---', the front matter keys (title, date, ...), and a closing '---'.");

    private final boolean required;

    public FrontMatterMissingCheck(EngineConfiguration configuration) {
        this.required = configuration.requireFrontMatter();
    }

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(MISSING);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        if (!required || article.frontMatter().isPresent()) {
            return;
        }
        if (article.source().text().isBlank()) {
            sink.report(MISSING.id(), 1, 1, "the file is empty: an article needs a front matter block"
                    + " ('---' lines around its keys) and content");
        } else {
            sink.report(MISSING.id(), 1, 1, "no front matter: start the file with a '---' line, the keys"
                    + " (title, date, ...) and a closing '---'");
        }
    }
}
