package io.github.articlecheck.frontmatter;

import io.github.articlecheck.article.Article;
import io.github.articlecheck.engine.ArticleCheck;
import io.github.articlecheck.engine.FindingSink;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.util.List;

/**
 * {@code frontmatter.duplicate-key}: a key given twice in the same mapping. Generators keep one of the two
 * silently (Hugo the last, some the first), so one value is lost without a word.
 */
public final class DuplicateKeyCheck implements ArticleCheck {
    public static final RuleDescriptor DUPLICATE_KEY = RuleDescriptor.of("frontmatter.duplicate-key", Severity.ERROR,
            "A front matter key is given twice.",
            "Keep one of the two entries; merge their values if both matter.");

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(DUPLICATE_KEY);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        article.frontMatter().ifPresent(frontMatter -> {
            for (DuplicateKey duplicate : frontMatter.duplicateKeys()) {
                sink.report(DUPLICATE_KEY.id(), duplicate.line(), duplicate.column(), "key '"
                        + FieldPath.display(duplicate.path()) + "' is given twice (first on line "
                        + duplicate.firstLine() + "): keep one");
            }
        });
    }
}
