package io.github.articlecheck.frontmatter;

import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.util.List;

/** {@code frontmatter.missing}: an article without a front matter block, when one is required. */
public final class FrontMatterMissingCheck implements ArticleCheck {
    public static final RuleDescriptor MISSING = RuleDescriptor.of("frontmatter.missing", Severity.ERROR);

    private final boolean required;

    public FrontMatterMissingCheck(boolean required) {
        this.required = required;
    }

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(MISSING);
    }

    @Override
    public String indexKey() {
        return "required=" + required;
    }

    @Override
    public void check(Article article, FindingSink sink) {
        if (!required || article.frontMatter().isPresent()) {
            return;
        }
        sink.at(1, 1).report(MISSING, article.source().text().isBlank() ? "frontmatter.missing.empty-file"
                : "frontmatter.missing.none");
    }
}
