package io.github.articlecheck.frontmatter;

import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code frontmatter.syntax}: YAML that cannot be read, or that is not a mapping of keys. */
public final class FrontMatterSyntaxCheck implements ArticleCheck {
    public static final RuleDescriptor SYNTAX = RuleDescriptor.of("frontmatter.syntax", Severity.ERROR);

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(SYNTAX);
    }

    @Override
    public String indexKey() {
        return "";
    }

    @Override
    public void check(Article article, FindingSink sink) {
        article.frontMatter().ifPresent(frontMatter -> {
            frontMatter.problem().ifPresent(p -> sink.at(p.line(), p.column()).subject(p.message().key())
                    .report(SYNTAX, p.message().key(), p.message().args().toArray()));
            frontMatter.data().filter(data -> !data.isObject()).ifPresent(data -> sink.at(frontMatter.openingLine(), 1)
                    .subject("not-mapping").report(SYNTAX, "frontmatter.syntax.not-mapping", describe(data)));
        });
    }

    private static String describe(JsonNode data) {
        if (data.isArray()) {
            return Message.reference("frontmatter.syntax.kind.list");
        }
        if (data.isNull()) {
            return Message.reference("frontmatter.syntax.kind.null");
        }
        return Message.reference("frontmatter.syntax.kind.value");
    }
}
