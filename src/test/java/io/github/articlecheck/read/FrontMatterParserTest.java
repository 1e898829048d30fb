package io.github.articlecheck.read;

import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.FrontMatterProblem;
import io.github.articlecheck.core.DuplicateKey;
import io.github.articlecheck.core.ValueLocation;
import io.github.articlecheck.core.FrontMatter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.core.SourceText;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FrontMatterParserTest {

    private static FrontMatter parse(String text) {
        return FrontMatterParser.parse(new SourceText(text)).orElseThrow();
    }

    @Test
    void noFrontMatterWhenTheFileDoesNotStartWithDashes() {
        assertTrue(FrontMatterParser.parse(new SourceText("# Title\n---\n")).isEmpty());
        assertTrue(FrontMatterParser.parse(new SourceText("----\na: 1\n----\n")).isEmpty());
    }

    @Test
    void typesValuesAsYaml12FromTheirRawText() {
        FrontMatter fm = parse("---\ndate: 2024-07-19\nanswer: no\nswitch: on\nzip: 010\ntime: 12:30\n"
                + "count: 12\nratio: 1.5\nflag: true\nnothing: ~\nquoted: \"42\"\nhex: 0x1F\n---\nbody\n");
        JsonNode data = fm.data().orElseThrow();
        assertEquals("2024-07-19", data.get("date").asString());
        assertTrue(data.get("date").isString());
        assertEquals("no", data.get("answer").asString());
        assertTrue(data.get("answer").isString());
        assertTrue(data.get("switch").isString());
        assertEquals("010", data.get("zip").asString());
        assertTrue(data.get("zip").isString());
        assertEquals("12:30", data.get("time").asString());
        assertEquals(12, data.get("count").asInt());
        assertTrue(data.get("count").isIntegralNumber());
        assertEquals(1.5, data.get("ratio").asDouble());
        assertTrue(data.get("flag").isBoolean());
        assertTrue(data.get("nothing").isNull());
        assertTrue(data.get("quoted").isString());
        assertEquals(31, data.get("hex").asInt());
    }

    /** Every first character that can start a YAML 1.2 null, boolean or number, and texts that only look close. */
    @Test
    void eachTypedFormIsTypedAndOtherTextStaysText() {
        FrontMatter fm = parse("---\na: Null\nb: TRUE\nc: False\nd: -7\ne: +3\nf: .5\ng: 0o17\nh: -1.5e3\n"
                + "i: nil\nj: Yes\nk: Array.prototype.map()\nl: 'null'\nm: _1\nn: x1\no: NULL\np: t\nq: null\nr: false\n---\n");
        JsonNode data = fm.data().orElseThrow();
        assertTrue(data.get("a").isNull());
        assertEquals(true, data.get("b").asBoolean());
        assertTrue(data.get("c").isBoolean());
        assertEquals(-7, data.get("d").asInt());
        assertEquals(3, data.get("e").asInt());
        assertEquals(0.5, data.get("f").asDouble());
        assertEquals(15, data.get("g").asInt());
        assertEquals(-1500.0, data.get("h").asDouble());
        for (String text : new String[] {"i", "j", "k", "l", "m", "n", "p"}) {
            assertTrue(data.get(text).isString(), text);
        }
        assertTrue(data.get("o").isNull());
        assertTrue(data.get("q").isNull());
        assertEquals(false, data.get("r").asBoolean(true));
    }

    @Test
    void recordsKeyAndValuePositionsInCodePoints() {
        FrontMatter fm = parse("---\ntitre: \"Les communs numériques\"\nrésumé: Nos observations\ncategories:\n  - articles\n---\n");
        assertEquals(new ValueLocation(3, 1, 3, 9), fm.location("/résumé").orElseThrow());
        assertEquals(new ValueLocation(5, 5, 5, 5), fm.location("/categories/0").orElseThrow());
    }

    @Test
    void positionsAfterAnEmojiCountItAsOneColumnAndSurrogatesOnlyInTheBodyChangeNothing() {
        // SnakeYAML's mark index counts code points; 🎉 is two UTF-16 chars: a key after it is still found
        FrontMatter emoji = parse("---\ntitle: \"Fête 🎉 du libre\"\ntags:\n  - 🎉 fête\n  - b\n"
                + "meta: {a: \"🎉\", b: 1}\n---\nbody 🎉\n");
        assertEquals(new ValueLocation(4, 5, 4, 5), emoji.location("/tags/0").orElseThrow());
        assertEquals(new ValueLocation(5, 5, 5, 5), emoji.location("/tags/1").orElseThrow());
        assertEquals(new ValueLocation(6, 16, 6, 19), emoji.location("/meta/b").orElseThrow());
        FrontMatter bodyOnly = parse("---\ntitle: Fête\ntags:\n  - a\n---\nbody 🎉 🎉\n");
        assertEquals(new ValueLocation(4, 5, 4, 5), bodyOnly.location("/tags/0").orElseThrow());
    }

    @Test
    void closingDelimiterEndsTheBlockAndTheBodyFollows() {
        String text = "---\ntitle: x\n---\n# Body\n";
        FrontMatter fm = parse(text);
        assertEquals(text.indexOf("# Body"), fm.endOffset());
        assertTrue(fm.problem().isEmpty());
    }

    @Test
    void emptyFrontMatterIsAnEmptyMapping() {
        FrontMatter fm = parse("---\n---\nbody");
        assertTrue(fm.isMapping());
        assertEquals(0, fm.data().orElseThrow().size());
    }

    @Test
    void unclosedBlockIsAProblemOnLineOne() {
        FrontMatter fm = parse("---\ntitle: x\n\nSome text\n");
        FrontMatterProblem problem = fm.problem().orElseThrow();
        assertEquals(1, problem.line());
        assertTrue(TestArticles.ENGLISH.render(problem.message()).contains("never closed"), TestArticles.ENGLISH.render(problem.message()));
    }

    @Test
    void tabInIndentationIsExplained() {
        FrontMatterProblem problem = parse("---\ntags:\n\t- a\n---\n").problem().orElseThrow();
        assertEquals(3, problem.line());
        assertEquals(1, problem.column());
        assertEquals("a tab is used for indentation; YAML allows only spaces there", TestArticles.ENGLISH.render(problem.message()));
    }

    @Test
    void unclosedQuoteIsExplained() {
        FrontMatterProblem problem = parse("---\ntitle: \"Les communs\ndate: 2024-01-01\n---\n").problem().orElseThrow();
        assertEquals("a quoted value is never closed: add the closing quote", TestArticles.ENGLISH.render(problem.message()));
    }

    @Test
    void colonInsideUnquotedValueIsExplained() {
        FrontMatterProblem problem = parse("---\ntitle: Les communs: vers une politique\n---\n").problem().orElseThrow();
        assertEquals(2, problem.line());
        assertEquals(19, problem.column());
        assertEquals("a value contains ': ' (colon and space): put the whole value in quotes", TestArticles.ENGLISH.render(problem.message()));
    }

    @Test
    void customAndJavaTagsAreRejected() {
        FrontMatterProblem problem = parse("---\nx: !!javax.script.ScriptEngineManager [a]\n---\n").problem().orElseThrow();
        assertEquals(2, problem.line());
        assertTrue(TestArticles.ENGLISH.render(problem.message()).startsWith("the YAML tag !!javax.script.ScriptEngineManager is not allowed"),
                TestArticles.ENGLISH.render(problem.message()));
        assertTrue(parse("---\nx: !custom 1\n---\n").problem().map(p -> TestArticles.ENGLISH.render(p.message())).orElseThrow().contains("!custom"));
    }

    @Test
    void duplicateKeysAreRecordedAtTheSecondOccurrence() {
        FrontMatter fm = parse("---\ntitle: a\nparams:\n  k: 1\n  k: 2\ntitle: b\n---\n");
        assertEquals(2, fm.duplicateKeys().size());
        assertEquals(new DuplicateKey("/params/k", 5, 3, 4), fm.duplicateKeys().get(0));
        assertEquals(new DuplicateKey("/title", 6, 1, 2), fm.duplicateKeys().get(1));
        assertEquals("a", fm.data().orElseThrow().get("title").asString());
    }

    @Test
    void billionLaughsIsStoppedQuickly() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        yaml.append("---\n");
        FrontMatter fm = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(yaml.toString()));
        assertTrue(fm.problem().isPresent());
        assertTrue(TestArticles.ENGLISH.render(fm.problem().get().message()).contains("aliases"), fm.problem().toString());
    }

    @Test
    void aliasChainsBelowTheAliasLimitCannotExpandWithoutBound() {
        StringBuilder yaml = new StringBuilder("---\na0: &a0 [x, x]\n");
        for (int i = 1; i <= 24; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        yaml.append("---\n");
        FrontMatter fm = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(yaml.toString()));
        assertTrue(fm.problem().map(p -> TestArticles.ENGLISH.render(p.message())).orElseThrow().contains("expands to more than"), fm.problem().toString());
    }

    @Test
    void deepNestingIsBounded() {
        String yaml = "---\nx: " + "[".repeat(500) + "]".repeat(500) + "\n---\n";
        FrontMatter fm = parse(yaml);
        assertTrue(fm.problem().isPresent());
    }

    @Test
    void aHundredThousandLineFrontMatterIsRead() {
        StringBuilder yaml = new StringBuilder("---\nitems:\n");
        for (int i = 0; i < 99_998; i++) {
            yaml.append("  - ").append(i).append('\n');
        }
        yaml.append("---\n");
        FrontMatter fm = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parse(yaml.toString()));
        assertTrue(fm.problem().isEmpty());
        assertEquals(99_998, fm.data().orElseThrow().get("items").size());
        assertEquals(new ValueLocation(100_000, 5, 100_000, 5), fm.location("/items/99997").orElseThrow());
    }

    @Test
    void nonMappingFrontMatterHasNonObjectData() {
        FrontMatter fm = parse("---\n- a\n- b\n---\n");
        assertFalse(fm.isMapping());
        assertTrue(fm.data().orElseThrow().isArray());
    }
}
