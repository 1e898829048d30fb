package io.github.articlecheck.read;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.config;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.FrontMatter;
import io.github.articlecheck.core.SourceText;
import io.github.articlecheck.core.ValueLocation;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TOML ({@code +++}) and JSON ({@code {…}}) front matter, as Hugo reads them: the same tree, positions and rules as
 * YAML's.
 */
class TomlAndJsonFrontMatterTest {
    private static final String SCHEMA = String.join("\n",
            "$schema: https://json-schema.org/draft/2020-12/schema",
            "type: object",
            "required: [title, date]",
            "additionalProperties: false",
            "properties:",
            "  title: {type: string}",
            "  date: {type: string, format: date}",
            "  publishDate: {type: string, format: date-time}",
            "  tags: {type: array, items: {enum: [hugo, toml, json]}}",
            "  params: {type: object}",
            "");

    @TempDir
    Path directory;
    private RunSettings settings;

    @BeforeEach
    void schema() throws IOException {
        Path schema = directory.resolve("page.schema.yaml");
        Files.writeString(schema, SCHEMA);
        settings = config().frontMatterSchema(schema).build();
    }

    private static FrontMatter parse(String text) {
        return FrontMatterParser.parse(new SourceText(text)).orElseThrow();
    }

    @Test
    void tomlIsReadWithAPositionForEveryKeyAndValue() {
        FrontMatter toml = parse("+++\ntitle = \"Les communs\"\ndate = 2024-07-19\ntags = [\"hugo\", \"toml\"]\n"
                + "[params]\n  \"résumé\" = \"x\"\n+++\n\nBody\n");
        assertEquals(FrontMatter.Format.TOML, toml.format());
        assertEquals("Les communs", toml.data().orElseThrow().get("title").asString());
        assertEquals("2024-07-19", toml.data().orElseThrow().get("date").asString(), "a TOML date is its ISO text");
        assertEquals(new ValueLocation(3, 1, 3, 8), toml.location("/date").orElseThrow());
        assertEquals(new ValueLocation(4, 17, 4, 17), toml.location("/tags/1").orElseThrow());
        assertEquals(new ValueLocation(5, 1, 5, 1), toml.location("/params").orElseThrow());
        assertEquals(new SourceText("+++\ntitle = \"Les communs\"\ndate = 2024-07-19\ntags = [\"hugo\", \"toml\"]\n"
                + "[params]\n  \"résumé\" = \"x\"\n+++\n").length(), toml.endOffset(), "the body starts after the closing +++");
    }

    @Test
    void tomlDatesAndTimesAreTypedAsTheSchemaFormatsExpect() {
        assertEquals(List.of(), lines(check(settings,
                "+++\ntitle = \"A\"\ndate = 2024-07-19\npublishDate = 2024-07-19T10:00:00+02:00\n+++\n")));
        assertEquals(List.of("4:15 frontmatter.format publishDate: '2024-07-19T10:00:00' is not a valid date-time"
                + " (YYYY-MM-DDThh:mm:ss with a time zone)"),
                lines(check(settings, "+++\ntitle = \"A\"\ndate = 2024-07-19\npublishDate = 2024-07-19T10:00:00\n+++\n")),
                "a local date-time has no offset: not an RFC 3339 date-time");
    }

    @Test
    void tomlSchemaFindingsSitAtTheKeyOrTheValueWithDidYouMean() {
        assertEquals(List.of(
                "1:1 frontmatter.required missing required key 'title': add it to the front matter (did you mean 'titel' on line 2?)",
                "2:1 frontmatter.unknown-key key 'titel' is not allowed by the schema (did you mean 'title'?)",
                "4:17 frontmatter.enum tags[1]: 'yaml' is not one of: hugo, toml, json"),
                lines(check(settings, "+++\ntitel = \"A\"\ndate = 2024-07-19\ntags = [\"hugo\", \"yaml\"]\n+++\n")));
    }

    @Test
    void tomlSyntaxErrorsAreInPlainWordsAtTheParsersPosition() {
        assertEquals(List.of("3:1 frontmatter.syntax this key must be quoted in TOML: only A–Z, a–z, 0–9, _ and -"
                + " may be written bare (write \"résumé\" = …)"),
                lines(check(config().build(), "+++\ntitle = \"A\"\nrésumé = \"x\"\n+++\n")));
        assertEquals(List.of("1:1 frontmatter.syntax front matter opened with '+++' on line 1 is never closed: add a"
                + " line '+++' after its last key"), lines(check(config().build(), "+++\ntitle = \"A\"\n")));
        List<String> unclosed = lines(check(config().build(), "+++\ntitle = \"A\n+++\n"));
        assertEquals(1, unclosed.size(), unclosed.toString());
        assertTrue(unclosed.get(0).startsWith("2:"), unclosed.toString());
    }

    @Test
    void aTomlKeyGivenTwiceIsADuplicateKeyNotASyntaxError() {
        assertEquals(List.of("3:1 frontmatter.duplicate-key key 'title' is given twice (first on line 2): keep one"),
                lines(check(config().build(), "+++\ntitle = \"A\"\ntitle = \"B\"\n+++\n")));
    }

    @Test
    void tomlNestedTooDeeplyIsRefusedBeforeParsing() {
        String deep = "+++\nx = " + "[".repeat(5000) + "]".repeat(5000) + "\n+++\n";
        List<String> found = lines(check(config().build(), deep));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("nested too deeply (over 64 levels)"), found.toString());
    }

    @Test
    void jsonObjectIsFrontMatterWithPositionsAndDuplicates() {
        String text = "{\n  \"title\": \"Les communs\",\n  \"date\": \"2024-07-19\",\n  \"tags\": [\"json\"]\n}\n\nBody\n";
        FrontMatter json = parse(text);
        assertEquals(FrontMatter.Format.JSON, json.format());
        assertEquals(new ValueLocation(3, 3, 3, 11), json.location("/date").orElseThrow());
        assertEquals(new ValueLocation(4, 12, 4, 12), json.location("/tags/0").orElseThrow());
        assertEquals(text.indexOf("\nBody") , json.endOffset(), "the body starts on the line after the closing brace");
        assertEquals(List.of(), lines(check(settings, text)));
        assertEquals(List.of("3:3 frontmatter.duplicate-key key 'title' is given twice (first on line 2): keep one"),
                lines(check(settings, "{\n  \"title\": \"A\",\n  \"title\": \"B\",\n  \"date\": \"2024-07-19\"\n}\n")));
        assertEquals(List.of("3:11 frontmatter.format date: '2024-02-30' is not a valid date (YYYY-MM-DD, a real calendar day)"),
                lines(check(settings, "{\n  \"title\": \"A\",\n  \"date\": \"2024-02-30\"\n}\n")));
    }

    @Test
    void brokenJsonIsOneSyntaxFindingAndTemplatesAtTheTopAreNotJson() {
        List<String> broken = lines(check(settings, "{\n  \"title\": \"A\"\n  \"date\": \"2024-07-19\"\n}\n"));
        assertEquals(1, broken.size(), broken.toString());
        assertTrue(broken.get(0).startsWith("3:3 frontmatter.syntax JSON cannot be read: "), broken.toString());
        assertTrue(FrontMatterParser.parse(new SourceText("{{< figure src=\"a.png\" >}}\n")).isEmpty());
        assertTrue(FrontMatterParser.parse(new SourceText("{% include note.html %}\n")).isEmpty());
        assertEquals(List.of("1:1 frontmatter.syntax front matter opened with '{' on line 1 is never closed: add the"
                + " closing '}' on its own line"), lines(check(config().build(), "{\n  \"title\": \"A\"\n")));
    }

    @Test
    void frenchMessagesForTomlToo() {
        assertEquals("ce nom de champ doit être entre guillemets en TOML : seuls A–Z, a–z, 0–9, _ et - peuvent"
                + " s'écrire sans (écrivez \"résumé\" = …)", io.github.articlecheck.core.Messages.of(java.util.Locale.FRENCH)
                .render(parse("+++\nrésumé = 1\n+++\n").problem().orElseThrow().message()));
        assertTrue(TestArticles.ENGLISH.has("frontmatter.syntax.toml"));
    }
}
