package io.github.articlecheck.engine;

import io.github.articlecheck.frontmatter.DuplicateKeyCheck;
import io.github.articlecheck.frontmatter.FrontMatterMissingCheck;
import io.github.articlecheck.frontmatter.FrontMatterSchemaCheck;
import io.github.articlecheck.frontmatter.FrontMatterSyntaxCheck;
import io.github.articlecheck.html.HtmlStructureCheck;
import io.github.articlecheck.html.IndentedHtmlCheck;
import io.github.articlecheck.structure.FootnoteCheck;
import io.github.articlecheck.structure.HeadingCheck;
import io.github.articlecheck.structure.ImageAltCheck;
import io.github.articlecheck.structure.PipeTableCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The one place where checks are registered. Adding a check: one class, one line here. */
public final class CheckRegistry {
    private static final List<Function<EngineConfiguration, ArticleCheck>> ARTICLE_CHECKS = List.of(
            FrontMatterMissingCheck::new,
            configuration -> new FrontMatterSyntaxCheck(),
            configuration -> new DuplicateKeyCheck(),
            FrontMatterSchemaCheck::new,
            configuration -> new FootnoteCheck(),
            configuration -> new PipeTableCheck(),
            configuration -> new HtmlStructureCheck(),
            configuration -> new IndentedHtmlCheck(),
            HeadingCheck::new,
            configuration -> new ImageAltCheck());

    private static final List<Function<EngineConfiguration, CorpusCheck>> CORPUS_CHECKS = List.of(
            io.github.articlecheck.links.LinkCheck::new);

    private CheckRegistry() {
    }

    public static List<ArticleCheck> articleChecks(EngineConfiguration configuration) {
        return ARTICLE_CHECKS.stream().map(factory -> factory.apply(configuration)).toList();
    }

    public static List<CorpusCheck> corpusChecks(EngineConfiguration configuration) {
        return CORPUS_CHECKS.stream().map(factory -> factory.apply(configuration)).toList();
    }

    /** Every rule the engine can report, in registration order, including the engine's own. */
    public static List<RuleDescriptor> allRules(List<ArticleCheck> articleChecks, List<CorpusCheck> corpusChecks) {
        List<RuleDescriptor> rules = new ArrayList<>();
        rules.add(EngineRules.UNREADABLE);
        rules.add(Suppressions.UNUSED);
        articleChecks.forEach(check -> rules.addAll(check.rules()));
        corpusChecks.forEach(check -> rules.addAll(check.rules()));
        return rules;
    }
}
