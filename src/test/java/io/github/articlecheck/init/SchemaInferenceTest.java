package io.github.articlecheck.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.core.Messages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each inference decision, from front matters as the readers type them (JSON here: the same tree). */
class SchemaInferenceTest {
    private static final JsonMapper JSON = JsonMapper.shared();

    private static List<SchemaGroups.Group> infer(double threshold, String... frontMatters) {
        List<SchemaGroups.Sample> samples = new ArrayList<>();
        for (int i = 0; i < frontMatters.length; i++) {
            samples.add(new SchemaGroups.Sample("blog/post-" + (i + 10) + ".md", json(frontMatters[i])));
        }
        return SchemaGroups.infer(samples, threshold, 4);
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static String schema(String... frontMatters) {
        return infer(1, frontMatters).get(0).schema();
    }

    private static List<String> outliers(double threshold, String... frontMatters) {
        return infer(threshold, frontMatters).get(0).outliers().stream().map(Messages.english()::render).toList();
    }

    @Test
    void keysInEveryArticleAreRequiredAndEachKeySaysItsEvidence() {
        String schema = schema("{\"title\":\"A\",\"draft\":true}", "{\"title\":\"B\"}", "{\"title\":\"C\"}");
        assertTrue(schema.contains("""
                # in 100% of the 3 articles or more (requiredThreshold)
                required:
                  - title
                properties:
                  # 3 of 3 articles
                  title:
                    type: string
                  # 1 of 3 articles
                  draft:
                    type: boolean
                # some keys are in one article only: other keys are allowed
                """), schema);
    }

    @Test
    void aLowerThresholdRequiresAKeyMissingInAFewArticlesAndNamesThem() {
        String[] articles = new String[50];
        for (int i = 0; i < 50; i++) {
            articles[i] = i == 7 ? "{\"x\":1}" : "{\"x\":1,\"author\":\"Ana\"}";
        }
        assertTrue(infer(0.98, articles).get(0).schema().contains("required:\n  - x\n  - author\n"));
        assertEquals(List.of("author: required, but missing in 1 of 50 articles (blog/post-17.md): they get"
                + " frontmatter.required"), outliers(0.98, articles));
        assertEquals(List.of("author: optional, because it is missing in 1 of 50 articles (blog/post-17.md): add it"
                + " there, then make it required"), outliers(1, articles));
    }

    @Test
    void nullIsAllowedWhereItOccursAndTypesAreQuotedWhereYamlWouldReadNull() {
        String schema = schema("{\"summary\":null}", "{\"summary\":\"x\"}", "{\"summary\":\"y\"}");
        assertTrue(schema.contains("    # null in 1, string in 2\n    type: [\"null\", string]\n"), schema);
        assertTrue(schema("{\"a\":1}", "{\"a\":2.5}").contains("type: number\n"), "integers and decimals: number");
    }

    @Test
    void datesAndDateTimesGetTheirFormatOnlyWhenEveryValueIsOne() {
        assertTrue(schema("{\"date\":\"2024-01-02\"}", "{\"date\":\"2024-03-04\"}").contains("format: date\n"));
        assertTrue(schema("{\"date\":\"2024-01-02T10:00:00+02:00\"}", "{\"date\":\"2024-01-02T10:00:00Z\"}")
                .contains("format: date-time\n"));
        // Jekyll's "2024-01-02 10:00:00 +0200" is no RFC 3339 date-time: no format rather than a false one
        String mixed = schema("{\"date\":\"2024-01-02\"}", "{\"date\":\"2024-01-02 10:00:00 +0200\"}");
        assertFalse(mixed.contains("format"), mixed);
    }

    @Test
    void fewValuesEachUsedTwiceMakeAnEnumAndARareNearValueIsCalledATypo() {
        String schema = schema("{\"c\":\"divers\"}", "{\"c\":\"divers\"}", "{\"c\":\"divers\"}", "{\"c\":\"Divers\"}",
                "{\"c\":\"Divers\"}", "{\"c\":\"sport\"}", "{\"c\":\"sport\"}");
        assertTrue(schema.contains("""
                    # 3 values in 7, each used more than once (at most 4: maxEnumValues)
                    enum: ["Divers", "divers", "sport"]
                """), schema);
        assertEquals(List.of("c: 'Divers' in 2 articles (blog/post-13.md, blog/post-14.md): a typo of 'divers'"
                + " (3 articles)?"), outliers(1, "{\"c\":\"divers\"}", "{\"c\":\"divers\"}", "{\"c\":\"divers\"}",
                "{\"c\":\"Divers\"}", "{\"c\":\"Divers\"}", "{\"c\":\"sport\"}", "{\"c\":\"sport\"}"));
    }

    @Test
    void aValueUsedOnceStopsTheEnumAndIsNamedOnlyWhenItLooksLikeACommonOne() {
        String[] articles = {"{\"c\":\"news\"}", "{\"c\":\"news\"}", "{\"c\":\"news\"}", "{\"c\":\"releases\"}",
            "{\"c\":\"releases\"}", "{\"c\":\"releases\"}", "{\"c\":\"relases\"}", "{\"c\":\"zebra\"}"};
        String schema = schema(articles);
        assertFalse(schema.contains("enum:"), schema);
        assertTrue(schema.contains("    # 4 values, 2 used once: no enum\n"), schema);
        assertEquals(List.of("c: 'relases' in 1 article (blog/post-16.md): a typo of 'releases' (3 articles)?"),
                outliers(1, articles), "'zebra' is like no other value: no line");
    }

    @Test
    void listsNeverEmptyGetMinItemsAndTheirItemsAnEnum() {
        String schema = schema("{\"tags\":[\"go\",\"js\"]}", "{\"tags\":[\"go\"]}", "{\"tags\":[\"js\"]}");
        assertTrue(schema.contains("""
                  tags:
                    type: array
                    # never empty in 3 lists
                    minItems: 1
                    items:
                      type: string
                      # 2 values in 4, each used more than once (at most 4: maxEnumValues)
                      enum: ["go", "js"]
                """), schema);
        assertFalse(schema("{\"tags\":[]}", "{\"tags\":[\"go\"]}").contains("minItems"));
    }

    @Test
    void slugsGetAPatternOnlyWhenEveryValueIsOneAndTheShapeIsObvious() {
        assertTrue(schema("{\"s\":\"first-post\"}", "{\"s\":\"second\"}", "{\"s\":\"a-third-one\"}")
                .contains("pattern: \"^[a-z0-9]+(?:-[a-z0-9]+)*$\"\n"));
        assertFalse(schema("{\"s\":\"first-post\"}", "{\"s\":\"Second\"}", "{\"s\":\"a-third-one\"}")
                .contains("pattern"));
        assertFalse(schema("{\"s\":\"one\"}", "{\"s\":\"two\"}", "{\"s\":\"three\"}").contains("pattern"),
                "single words: no obvious shape");
    }

    @Test
    void aStableKeySetIsClosedAndNestedObjectsAreInferredTheSameWay() {
        String schema = schema("{\"t\":\"a\",\"sidebar\":{\"order\":1,\"label\":\"x\"}}",
                "{\"t\":\"b\",\"sidebar\":{\"order\":2}}", "{\"t\":\"c\",\"sidebar\":{\"order\":3,\"label\":\"y\"}}");
        assertTrue(schema.contains("""
                  sidebar:
                    type: object
                    # in 100% of the 3 objects or more (requiredThreshold)
                    required:
                      - order
                    properties:
                      # 3 of 3 objects
                      order:
                        type: integer
                      # 2 of 3 objects
                      label:
                        type: string
                    # 2 keys, each in 2 objects or more: a key not listed is a typo
                    additionalProperties: false
                  # 3 of 3 articles
                  t:
                    type: string
                # 2 keys, each in 2 articles or more: a key not listed is a typo
                additionalProperties: false
                """), schema);
    }

    @Test
    void anOddTypeInAFewArticlesIsNamed() {
        String[] articles = new String[21];
        for (int i = 0; i < 21; i++) {
            articles[i] = i == 3 ? "{\"version\":3.0}" : "{\"version\":\"3." + i + "\"}";
        }
        assertTrue(outliers(1, articles).contains("version: a number in 1 article (blog/post-13.md) where 20 have a"
                + " string"), outliers(1, articles).toString());
    }

    @Test
    void keysAndValuesAreWrittenSoYamlReadsThemBack() {
        assertEquals("\"résumé\"", SchemaInference.key("résumé"));
        assertEquals("title", SchemaInference.key("title"));
        assertEquals("\"yes\"", SchemaInference.key("yes"));
        assertEquals("\"a\\\"b\\\\c\\n\"", SchemaInference.quoted("a\"b\\c\n"));
    }

    @Test
    void foldersWithTheSameUsualKeysShareASchemaAndHugoSectionPagesHaveTheirOwn() {
        List<SchemaGroups.Sample> samples = List.of(
                new SchemaGroups.Sample("en/blog/a.md", json("{\"title\":\"A\",\"date\":\"2024-01-01\"}")),
                new SchemaGroups.Sample("fr/blog/b.md", json("{\"title\":\"B\",\"date\":\"2024-01-02\"}")),
                new SchemaGroups.Sample("en/news/c.md", json("{\"title\":\"C\",\"date\":\"2024-01-03\"}")),
                new SchemaGroups.Sample("en/docs/d.md", json("{\"title\":\"D\",\"weight\":1}")),
                new SchemaGroups.Sample("en/docs/_index.md", json("{\"title\":\"Docs\",\"cascade\":{}}")),
                new SchemaGroups.Sample("en/about.md", json("{\"title\":\"About\",\"menu\":\"main\"}")));
        List<SchemaGroups.Group> groups = SchemaGroups.infer(samples, 1, 12);
        assertEquals(List.of("sections [**/_index.*]", "blog [en/blog/**, en/news/**, fr/blog/**]",
                "pages [en/*]", "docs [en/docs/**]"),
                groups.stream().map(g -> g.name() + " " + g.includes()).toList());
    }

    @Test
    void aCollectionsLandingPageGetsTheSectionSchemaEvenWithoutKeysSoThePostsSchemaNeverAppliesToIt() {
        List<SchemaGroups.Sample> samples = List.of(
                new SchemaGroups.Sample("blog/index.md", json("{}")),
                new SchemaGroups.Sample("blog/posts/a.md", json("{\"date\":\"2024-01-01\"}")),
                new SchemaGroups.Sample("blog/posts/b.md", json("{\"date\":\"2024-01-02\"}")));
        List<SchemaGroups.Group> groups = SchemaGroups.infer(samples, 1, 12);
        assertEquals(List.of("sections [blog/index.md]", "blog [blog/**]"),
                groups.stream().map(g -> g.name() + " " + g.includes()).toList());
        assertTrue(groups.get(0).schema().endsWith("type: object\nproperties: {}\n"), groups.get(0).schema());
    }
}
