package io.github.articlecheck.report;

import io.github.articlecheck.TestArticles;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.read.ArticleReader;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.frontmatter.FrontMatterSchemaCheck;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportsTest {
    @TempDir
    Path base;

    private EngineResult result() {
        List<RuleDescriptor> rules = List.of(ArticleReader.UNREADABLE, FrontMatterSchemaCheck.ENUM);
        return new EngineResult(List.of(
                TestArticles.finding("content/été/a b.md", 6, 5, "frontmatter.enum", Severity.ERROR,
                        "categories[0]: 'divers' is not one of: articles, \"evenements\" & <projets>"),
                TestArticles.finding("content/z.md", 1, 1, "article.unreadable", Severity.WARNING, "binary file")),
                2, 12, rules);
    }

    @Test
    void sarifIsValidAgainstTheSarif210Schema() throws Exception {
        Path target = base.resolve("target/articlecheck/articlecheck.sarif");
        SarifReport.write(TestArticles.ENGLISH, result(), base, "0.1.0-SNAPSHOT", target);
        JsonNode sarif = JsonMapper.shared().readTree(Files.readString(target));
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(SchemaLocation.of("https://json.schemastore.org/sarif-2.1.0.json"),
                            JsonMapper.shared().readTree(in));
        }
        List<Error> errors = schema.validate(sarif);
        assertEquals(List.of(), errors);
        assertTrue(!schema.validate(JsonMapper.shared().readTree("{\"version\":\"3.0\",\"runs\":[{}]}")).isEmpty(),
                "the schema must reject a malformed log, or this test proves nothing");

        JsonNode run = sarif.get("runs").get(0);
        assertEquals("articlecheck", run.at("/tool/driver/name").asString());
        assertEquals("frontmatter.enum", run.at("/tool/driver/rules/1/id").asString());
        assertTrue(run.at("/tool/driver/rules/1/help/text").asString().length() > 10);
        assertEquals("error", run.at("/tool/driver/rules/1/defaultConfiguration/level").asString());
        JsonNode first = run.get("results").get(0);
        assertEquals("frontmatter.enum", first.get("ruleId").asString());
        assertEquals(1, first.get("ruleIndex").asInt());
        assertEquals("content/%C3%A9t%C3%A9/a%20b.md", first.at("/locations/0/physicalLocation/artifactLocation/uri").asString());
        assertEquals("content/2015/a-b_c.v2.md", SarifReport.relativeUri("content/2015/a-b_c.v2.md"));
        assertEquals("content/a%23b%25.md", SarifReport.relativeUri("content/a#b%.md"));
        assertEquals("%SRCROOT%", first.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asString());
        assertEquals(6, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(5, first.at("/locations/0/physicalLocation/region/startColumn").asInt());
        assertEquals("warning", run.get("results").get(1).get("level").asString());
        assertEquals("unicodeCodePoints", run.get("columnKind").asString());
        assertTrue(run.at("/originalUriBaseIds/%SRCROOT%/uri").asString().endsWith("/"));
    }

    @Test
    void checkstyleXmlHasOneFileElementPerArticleWithEscapedMessages() throws Exception {
        Path target = base.resolve("target/articlecheck/articlecheck-result.xml");
        CheckstyleReport.write(TestArticles.ENGLISH, result(), base, target);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(target.toFile());
        Element root = xml.getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        NodeList files = root.getElementsByTagName("file");
        assertEquals(2, files.getLength());
        Element file = (Element) files.item(0);
        assertEquals(base.resolve("content/été/a b.md").toString(), file.getAttribute("name"));
        Element error = (Element) file.getElementsByTagName("error").item(0);
        assertEquals("6", error.getAttribute("line"));
        assertEquals("5", error.getAttribute("column"));
        assertEquals("error", error.getAttribute("severity"));
        assertEquals("articlecheck.frontmatter.enum", error.getAttribute("source"));
        assertEquals("categories[0]: 'divers' is not one of: articles, \"evenements\" & <projets>", error.getAttribute("message"));
        assertEquals("warning", ((Element) ((Element) files.item(1)).getElementsByTagName("error").item(0)).getAttribute("severity"));
    }

    @Test
    void emptyResultGivesValidEmptyReports() throws Exception {
        EngineResult empty = new EngineResult(List.of(), 3, 1, List.of(ArticleReader.UNREADABLE));
        Path sarif = base.resolve("r/articlecheck.sarif");
        Path checkstyle = base.resolve("r/articlecheck-result.xml");
        SarifReport.write(TestArticles.ENGLISH, empty, base, "1.0", sarif);
        CheckstyleReport.write(TestArticles.ENGLISH, empty, base, checkstyle);
        assertEquals(0, JsonMapper.shared().readTree(Files.readString(sarif)).at("/runs/0/results").size());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(checkstyle.toFile());
        assertEquals(0, xml.getElementsByTagName("file").getLength());
    }

    @Test
    void ruleNamesArePascalCase() {
        assertEquals("FrontmatterUnknownKey", SarifReport.ruleName("frontmatter.unknown-key"));
    }
}
