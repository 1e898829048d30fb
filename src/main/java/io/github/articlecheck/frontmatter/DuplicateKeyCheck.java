package io.github.articlecheck.frontmatter;

import io.github.articlecheck.core.FieldPath;
import io.github.articlecheck.core.DuplicateKey;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.util.List;

/**
 * {@code frontmatter.duplicate-key}: a key given twice in the same mapping. Generators keep one of the two
 * silently (Hugo the last, some the first), so one value is lost without a word.
 */
public final class DuplicateKeyCheck implements ArticleCheck {
    public static final RuleDescriptor DUPLICATE_KEY = RuleDescriptor.of("frontmatter.duplicate-key", Severity.ERROR);

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(DUPLICATE_KEY);
    }

    @Override
    public String indexKey() {
        return "";
    }

    @Override
    public void check(Article article, FindingSink sink) {
        article.frontMatter().ifPresent(frontMatter -> {
            for (DuplicateKey duplicate : frontMatter.duplicateKeys()) {
                sink.at(duplicate.line(), duplicate.column()).subject(FieldPath.display(duplicate.path()))
                        .report(DUPLICATE_KEY, "frontmatter.duplicate-key.twice", FieldPath.display(duplicate.path()),
                                duplicate.firstLine());
            }
        });
    }
}
