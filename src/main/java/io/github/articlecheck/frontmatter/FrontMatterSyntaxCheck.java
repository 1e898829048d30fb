package io.github.articlecheck.frontmatter;

import io.github.articlecheck.article.Article;
import io.github.articlecheck.engine.ArticleCheck;
import io.github.articlecheck.engine.FindingSink;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code frontmatter.syntax}: YAML that cannot be read, or that is not a mapping of keys. */
public final class FrontMatterSyntaxCheck implements ArticleCheck {
    public static final RuleDescriptor SYNTAX = RuleDescriptor.of("frontmatter.syntax", Severity.ERROR,
            "The front matter is not readable YAML, or not a mapping of keys.",
            "Fix the YAML at the position given: indent with spaces, close quotes, quote values that contain ': ',"
                    + " and close the block with a '---' line.");

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(SYNTAX);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        article.frontMatter().ifPresent(frontMatter -> {
            frontMatter.problem().ifPresent(p -> sink.report(SYNTAX.id(), p.line(), p.column(), p.message()));
            frontMatter.data().filter(data -> !data.isObject()).ifPresent(data -> sink.report(SYNTAX.id(),
                    frontMatter.openingLine(), 1, "front matter is " + describe(data)
                            + ", not a mapping of keys: write one 'key: value' per line"));
        });
    }

    private static String describe(JsonNode data) {
        if (data.isArray()) {
            return "a list";
        }
        if (data.isNull()) {
            return "null";
        }
        return "a single value";
    }
}
