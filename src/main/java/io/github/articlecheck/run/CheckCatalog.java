package io.github.articlecheck.run;

import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.CorpusCheck;
import io.github.articlecheck.engine.Checks;
import io.github.articlecheck.frontmatter.DuplicateKeyCheck;
import io.github.articlecheck.frontmatter.FrontMatterMissingCheck;
import io.github.articlecheck.frontmatter.FrontMatterSchemaCheck;
import io.github.articlecheck.frontmatter.FrontMatterSyntaxCheck;
import io.github.articlecheck.html.HtmlStructureCheck;
import io.github.articlecheck.html.IndentedHtmlCheck;
import io.github.articlecheck.links.LinkCheck;
import io.github.articlecheck.structure.FootnoteCheck;
import io.github.articlecheck.structure.HeadingCheck;
import io.github.articlecheck.structure.ImageAltCheck;
import io.github.articlecheck.structure.PipeTableCheck;
import io.github.articlecheck.writing.ImageAltQualityCheck;
import io.github.articlecheck.writing.LinkTextCheck;
import io.github.articlecheck.writing.ProseCheck;
import io.github.articlecheck.writing.ReadabilityCheck;
import io.github.articlecheck.writing.RenderedWrongCheck;
import io.github.articlecheck.writing.StyleTermCheck;
import io.github.articlecheck.writing.TextCharactersCheck;
import java.util.List;

/**
 * The one place where checks are listed and given their settings: adding a check is one class and one line here;
 * the runner ({@code engine}) names none of them.
 */
public final class CheckCatalog {
    private CheckCatalog() {
    }

    public static Checks checks(RunSettings settings) {
        List<ArticleCheck> articleChecks = List.of(
                new FrontMatterMissingCheck(settings.requireFrontMatter()),
                new FrontMatterSyntaxCheck(),
                new DuplicateKeyCheck(),
                new FrontMatterSchemaCheck(settings.schemas()),
                new FootnoteCheck(),
                new PipeTableCheck(),
                new HtmlStructureCheck(),
                new IndentedHtmlCheck(),
                new HeadingCheck(settings.titleKeys(), settings.titleLevels(), settings.engine().contentDirectory()),
                new ImageAltCheck(),
                new RenderedWrongCheck(),
                new TextCharactersCheck(),
                new LinkTextCheck(settings.writing()),
                new ImageAltQualityCheck(settings.writing()),
                new StyleTermCheck(settings.writing()),
                new ProseCheck(settings.writing().dictionaryFolder(), settings.writing().proseDisabledRules(),
                        settings.writing().language(), settings.writing().proseKeys()));
        io.github.articlecheck.core.RuleLevel readability = settings.engine().ruleLevels()
                .get(ReadabilityCheck.READABILITY.id());
        List<CorpusCheck> corpusChecks = List.of(new LinkCheck(settings.linkSettings()),
                new ReadabilityCheck(readability != null && readability != io.github.articlecheck.core.RuleLevel.OFF,
                        settings.writing().readabilityMinScore(), settings.writing().longSentenceWords(),
                        settings.writing().language()));
        return new Checks(articleChecks, corpusChecks);
    }
}
