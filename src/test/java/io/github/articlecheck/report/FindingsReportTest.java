package io.github.articlecheck.report;

import io.github.articlecheck.TestArticles;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.frontmatter.FrontMatterSchemaCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsReportTest {

    @Test
    void standaloneHtmlHasCountsByRuleAndArticleAndEveryFindingEscaped() {
        EngineResult result = new EngineResult(List.of(
                TestArticles.finding("content/a.md", 6, 5, "frontmatter.enum", Severity.ERROR, "categories[0]: '<divers>' & co"),
                TestArticles.finding("content/b.md", 2, 1, "frontmatter.enum", Severity.WARNING, "x")), 3, 5,
                List.of(FrontMatterSchemaCheck.ENUM));
        HtmlReportDocument document = new HtmlReportDocument();
        FindingsReport.render(TestArticles.ENGLISH, result, document);
        String html = document.html();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<p>1 error, 1 warning in 3 articles.</p>"), html);
        assertTrue(html.contains("<tr><td>frontmatter.enum</td><td>1</td><td>1</td><td>A value is not one of the allowed values.</td></tr>"), html);
        assertTrue(html.contains("<tr><td>content/a.md</td><td>1</td><td>0</td></tr>"), html);
        assertTrue(html.contains("<td>content/a.md:6:5</td><td>error</td><td>frontmatter.enum</td><td>categories[0]: '&lt;divers&gt;' &amp; co</td>"), html);
        assertTrue(html.trim().endsWith("</html>"), html);
    }
}
