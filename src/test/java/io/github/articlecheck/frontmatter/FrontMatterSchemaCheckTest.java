package io.github.articlecheck.frontmatter;

import io.github.articlecheck.run.RunSettings;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.TestArticles;
import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.config;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.RuleLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontMatterSchemaCheckTest {
    private static final String SCHEMA = String.join("\n",
            "$schema: https://json-schema.org/draft/2020-12/schema",
            "type: object",
            "required: [titre, date, résumé]",
            "additionalProperties: false",
            "properties:",
            "  titre: {type: string, minLength: 5, maxLength: 40}",
            "  date: {type: string, format: date}",
            "  updated: {type: string, format: date-time}",
            "  résumé: {type: string}",
            "  email: {type: string, format: email}",
            "  site: {type: string, format: uri}",
            "  slug: {type: string, pattern: '^[a-z0-9-]+$'}",
            "  weight: {type: integer, minimum: 0}",
            "  draft: {type: boolean}",
            "  categories:",
            "    type: array",
            "    minItems: 1",
            "    maxItems: 2",
            "    items: {enum: [articles, evenements, projets]}",
            "  params:",
            "    type: object",
            "    required: [author]",
            "    properties:",
            "      author: {type: string}",
            "");

    @TempDir
    Path directory;
    private RunSettings configuration;

    @BeforeEach
    void writeSchema() throws IOException {
        Path schema = directory.resolve("article.schema.yaml");
        Files.writeString(schema, SCHEMA);
        configuration = config().frontMatterSchema(schema).build();
    }

    private List<String> findings(String frontMatter) {
        return lines(check(configuration, "---\n" + frontMatter + "---\nBody\n"));
    }

    private static final String VALID = "titre: Les communs\ndate: 2024-07-19\nrésumé: Nos observations\n";

    @Test
    void validFrontMatterPasses() {
        assertEquals(List.of(), findings(VALID + "categories:\n  - articles\nweight: 3\ndraft: false\n"
                + "email: a@example.org\nsite: https://example.org/x\nupdated: 2024-07-19T10:00:00Z\n"));
    }

    @Test
    void missingRequiredKeyPointsAtTheOpeningLineAndSuggestsTheMisspelling() {
        assertEquals(List.of(
                "1:1 frontmatter.required missing required key 'résumé': add it to the front matter (did you mean 'resume' on line 4?)",
                "4:1 frontmatter.unknown-key key 'resume' is not allowed by the schema (did you mean 'résumé'?)"),
                findings("titre: Les communs\ndate: 2024-07-19\nresume: Nos observations\n"));
    }

    @Test
    void aFileWithoutFrontMatterIsOneFindingWhenFrontMatterIsRequired() {
        assertEquals(List.of("1:1 frontmatter.missing no front matter: start the file with a '---' line, the keys"
                        + " (title, date, ...) and a closing '---'"),
                lines(check(configuration, "# Only a body\n")), "one problem, one finding: not one per required key");
    }

    @Test
    void aFileWithoutFrontMatterStillFailsRequiredKeysWhenFrontMatterIsOptional() throws IOException {
        Path schema = directory.resolve("optional.schema.yaml");
        Files.writeString(schema, SCHEMA);
        List<String> found = lines(check(config().frontMatterSchema(schema).requireFrontMatter(false).build(),
                "# Only a body\n"));
        assertEquals(List.of(
                "1:1 frontmatter.required missing required key 'date': add it to the front matter",
                "1:1 frontmatter.required missing required key 'résumé': add it to the front matter",
                "1:1 frontmatter.required missing required key 'titre': add it to the front matter"), found);
    }

    @Test
    void unknownKeyIsReportedAtTheKeyWithASuggestion() {
        assertEquals(List.of(
                "1:1 frontmatter.required missing required key 'titre': add it to the front matter (did you mean 'tilte' on line 2?)",
                "2:1 frontmatter.unknown-key key 'tilte' is not allowed by the schema (did you mean 'titre'?)"),
                findings("tilte: Les communs\ndate: 2024-07-19\nrésumé: x\n"));
        assertEquals(List.of("5:1 frontmatter.unknown-key key 'extra' is not allowed by the schema"),
                findings(VALID + "extra: x\n"));
    }

    @Test
    void enumViolationNamesTheFieldPathAndTheAllowedValues() {
        assertEquals(List.of("6:5 frontmatter.enum categories[0]: 'divers' is not one of: articles, evenements, projets"),
                findings(VALID + "categories:\n  - divers\n"));
    }

    @Test
    void typeViolationSaysWhatWasFound() {
        assertEquals(List.of("5:13 frontmatter.type categories: expected a list, found text 'articles'"),
                findings(VALID + "categories: articles\n"));
        assertEquals(List.of("5:9 frontmatter.type weight: expected an integer, found text 'heavy'"),
                findings(VALID + "weight: heavy\n"));
        assertEquals(List.of("5:8 frontmatter.type draft: expected true or false, found text 'no'"),
                findings(VALID + "draft: no\n"));
    }

    @Test
    void impossibleDatesFailFormatAndAreNeverRolledOver() {
        assertEquals(List.of("3:7 frontmatter.format date: '2024-13-45' is not a valid date (YYYY-MM-DD, a real calendar day)"),
                findings("titre: Les communs\ndate: 2024-13-45\nrésumé: x\n"));
        assertEquals(List.of("3:7 frontmatter.format date: '2024-02-30' is not a valid date (YYYY-MM-DD, a real calendar day)"),
                findings("titre: Les communs\ndate: 2024-02-30\nrésumé: x\n"));
        assertEquals(List.of(), findings("titre: Les communs\ndate: 2024-02-29\nrésumé: x\n"));
    }

    @Test
    void emailUriAndDateTimeFormatsAreChecked() {
        assertEquals(List.of(
                "5:8 frontmatter.format email: 'not-an-address' is not a valid email address",
                "6:7 frontmatter.format site: 'ht tp://x' is not a valid absolute URI (scheme://..., non-ASCII characters percent-encoded)",
                "7:10 frontmatter.format updated: '2024-07-19 25:00' is not a valid date-time (YYYY-MM-DDThh:mm:ss with a time zone)"),
                findings(VALID + "email: not-an-address\nsite: ht tp://x\nupdated: 2024-07-19 25:00\n"));
    }

    @Test
    void patternViolationGivesThePattern() {
        assertEquals(List.of("5:7 frontmatter.pattern slug: 'Les Communs' does not match the pattern ^[a-z0-9-]+$"),
                findings(VALID + "slug: Les Communs\n"));
    }

    @Test
    void lengthViolationsCountCharactersAndItems() {
        assertEquals(List.of("2:8 frontmatter.length titre: 'Été' is 3 characters long, at least 5 expected"),
                lines(check(configuration, "---\ntitre: Été\ndate: 2024-07-19\nrésumé: x\n---\n")));
        assertEquals(List.of("5:13 frontmatter.length categories: has 0 items, at least 1 expected"),
                findings(VALID + "categories: []\n"));
        assertEquals(List.of("5:13 frontmatter.length categories: has 3 items, at most 2 allowed"),
                findings(VALID + "categories: [articles, projets, evenements]\n"));
    }

    @Test
    void nestedRequiredKeyIsReportedAtItsParent() {
        assertEquals(List.of("5:1 frontmatter.required missing required key 'author': add it under 'params' (did you mean 'autor' on line 6?)"),
                findings(VALID + "params:\n  autor: x\n").subList(0, 1));
    }

    @Test
    void otherKeywordsAreFrontmatterSchema() {
        List<String> found = findings(VALID + "weight: -1\n");
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("5:9 frontmatter.schema weight: "), found.get(0));
    }

    @Test
    void ruleCanBeTurnedOffOrDowngraded() {
        Path schema = directory.resolve("article.schema.yaml");
        RunSettings off = config().frontMatterSchema(schema).ruleLevel("frontmatter.unknown-key", RuleLevel.OFF).build();
        assertEquals(List.of(), lines(check(off, "---\n" + VALID + "extra: 1\n---\n")));
        RunSettings warning = config().frontMatterSchema(schema)
                .ruleLevel("frontmatter.unknown-key", RuleLevel.WARNING).build();
        assertEquals(io.github.articlecheck.core.Severity.WARNING,
                check(warning, "---\n" + VALID + "extra: 1\n---\n").get(0).severity());
    }

    @Test
    void firstMatchingSchemaEntryWinsAndFrontMatterSchemaIsTheFallback() throws IOException {
        Path authors = directory.resolve("author.schema.json");
        Files.writeString(authors, "{\"type\":\"object\",\"required\":[\"nom\"]}");
        Path articles = directory.resolve("article.schema.yaml");
        RunSettings mapped = config()
                .schemaMappings(List.of(new SchemaMapping(List.of("a.md"), List.of(), authors),
                        new SchemaMapping(List.of("**/*.md"), List.of(), articles)))
                .build();
        assertEquals(List.of("1:1 frontmatter.required missing required key 'nom': add it to the front matter"),
                lines(check(mapped, "---\n" + VALID + "---\n")));
        RunSettings excluded = config()
                .schemaMappings(List.of(new SchemaMapping(List.of("**/*.md"), List.of("a.md"), authors)))
                .frontMatterSchema(articles)
                .build();
        assertEquals(List.of(), lines(check(excluded, "---\n" + VALID + "---\n")));
    }

    @Test
    void brokenSchemaFilesAreConfigurationErrors() throws IOException {
        Path notJson = directory.resolve("broken.json");
        Files.writeString(notJson, "{\"type\": \"object\",");
        ConfigurationException syntax = assertThrows(ConfigurationException.class,
                () -> check(config().frontMatterSchema(notJson).build(), "---\n---\n"));
        assertTrue(syntax.getMessage().startsWith("front matter schema " + notJson + " is not valid JSON"), syntax.getMessage());

        Path notSchema = directory.resolve("not-a-schema.json");
        Files.writeString(notSchema, "{\"type\": \"thing\", \"required\": \"title\"}");
        ConfigurationException invalid = assertThrows(ConfigurationException.class,
                () -> check(config().frontMatterSchema(notSchema).build(), "---\n---\n"));
        assertTrue(invalid.getMessage().startsWith("front matter schema " + notSchema + " is not valid JSON Schema 2020-12: "),
                invalid.getMessage());
        assertTrue(invalid.getMessage().contains("/required"), invalid.getMessage());

        Path missing = directory.resolve("missing.json");
        ConfigurationException absent = assertThrows(ConfigurationException.class,
                () -> check(config().frontMatterSchema(missing).build(), "---\n---\n"));
        assertTrue(absent.getMessage().startsWith("cannot read front matter schema " + missing), absent.getMessage());
    }
}
