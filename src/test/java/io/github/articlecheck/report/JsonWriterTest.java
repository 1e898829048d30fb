package io.github.articlecheck.report;


import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reports' JSON (SARIF, JSON, GitLab): valid for any text, read back by a real parser as written. */
class JsonWriterTest {

    @Test
    void anyTextIsEscapedAndReadsBack() throws IOException {
        String awkward = "quote \" backslash \\ tab \t newline \n nul \u0000 bell \u0007 line sep \u2028 é 😀 </script>";
        StringWriter text = new StringWriter();
        new JsonWriter(text).beginObject()
                .property("text", awkward)
                .property("number", -42)
                .name("empty object").beginObject().endObject()
                .name("empty array").beginArray().endArray()
                .name("nested").beginArray().beginObject().property("a", 1).endObject().value("b").value(2).endArray()
                .endObject();
        JsonNode back = JsonMapper.shared().readTree(text.toString());
        assertEquals(awkward, back.get("text").asString());
        assertEquals(-42, back.get("number").asInt());
        assertEquals(0, back.get("empty object").size());
        assertEquals(0, back.get("empty array").size());
        assertEquals(1, back.at("/nested/0/a").asInt());
        assertEquals("b", back.at("/nested/1").asString());
        assertEquals(JsonMapper.shared().readTree("{\"text\":" + JsonMapper.shared().writeValueAsString(awkward)
                + ",\"number\":-42,\"empty object\":{},\"empty array\":[],\"nested\":[{\"a\":1},\"b\",2]}"), back);
    }

    @Test
    void outputIsIndentedOneMemberPerLine() throws IOException {
        StringWriter text = new StringWriter();
        new JsonWriter(text).beginObject().property("a", "x").name("b").beginArray().value(1).value(2).endArray().endObject();
        assertEquals("{\n  \"a\": \"x\",\n  \"b\": [\n    1,\n    2\n  ]\n}\n", text.toString());
    }

    @Test
    void anInlineObjectTakesOneLine() throws IOException {
        StringWriter text = new StringWriter();
        new JsonWriter(text).beginArray()
                .beginInlineObject().property("a", 1).name("b").beginObject().property("c", "d").endObject()
                .name("e").beginArray().value(1).value(2).endArray().endObject()
                .beginInlineObject().endObject()
                .beginObject().property("f", 3).endObject()
                .endArray();
        assertEquals("[\n  {\"a\": 1, \"b\": {\"c\": \"d\"}, \"e\": [1, 2]},\n  {},\n  {\n    \"f\": 3\n  }\n]\n",
                text.toString());
    }

    @Test
    void nullsAndFractionsReadBackAndNonFiniteNumbersStayValidJson() throws IOException {
        StringWriter text = new StringWriter();
        new JsonWriter(text).beginObject().property("subject", (String) null).property("grade", 7.25)
                .property("tiny", 1.0E-7).property("nan", Double.NaN).property("infinite", Double.NEGATIVE_INFINITY)
                .name("args").beginArray().value((String) null).value("x").endArray().endObject();
        JsonNode back = JsonMapper.shared().readTree(text.toString());
        assertEquals(true, back.get("subject").isNull());
        assertEquals(7.25, back.get("grade").asDouble());
        assertEquals(1.0E-7, back.get("tiny").asDouble());
        assertEquals("NaN", back.get("nan").asString());
        assertEquals("-Infinity", back.get("infinite").asString());
        assertEquals(true, back.at("/args/0").isNull());
        assertEquals("x", back.at("/args/1").asString());
    }

    @Test
    void deepContainersAreIndentedTwoSpacesPerLevel() throws IOException {
        StringWriter text = new StringWriter();
        JsonWriter json = new JsonWriter(text);
        for (int depth = 0; depth < 7; depth++) {
            json.beginArray();
        }
        json.value(1);
        for (int depth = 0; depth < 7; depth++) {
            json.endArray();
        }
        StringBuilder expected = new StringBuilder();
        for (int depth = 0; depth < 7; depth++) {
            expected.append(depth == 0 ? "" : "\n" + "  ".repeat(depth)).append('[');
        }
        expected.append("\n").append("  ".repeat(7)).append('1');
        for (int depth = 6; depth >= 0; depth--) {
            expected.append("\n").append("  ".repeat(depth)).append(']');
        }
        assertEquals(expected + "\n", text.toString());
    }
}
