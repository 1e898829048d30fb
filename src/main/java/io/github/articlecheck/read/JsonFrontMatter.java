package io.github.articlecheck.read;

import io.github.articlecheck.core.DuplicateKey;
import io.github.articlecheck.core.FieldPath;
import io.github.articlecheck.core.FrontMatter;
import io.github.articlecheck.core.FrontMatterProblem;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.SourceText;
import io.github.articlecheck.core.ValueLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON front matter: a JSON object at the top of the file, as Hugo reads it (its lexer counts braces outside
 * strings to find the object's end, then the body starts on the next line). Only an object that looks like one
 * — {@code {} followed by a quoted key or {@code }} — opens front matter, so {@code {{< shortcode >}}} or
 * {@code {% include %}} at the top of an article stay Markdown. Parsed with Jackson's streaming parser, which gives
 * the position of every key and value; a key given twice is a {@code frontmatter.duplicate-key} finding.
 */
final class JsonFrontMatter implements FrontMatterFormat {
    private static final int MAX_NESTING = 64;
    private final JsonNodeFactory factory = JsonNodeFactory.instance;

    @Override
    public boolean opens(SourceText source) {
        String text = source.text();
        if (!text.startsWith("{")) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '"' || c == '}';
            }
        }
        return false;
    }

    @Override
    public FrontMatter read(SourceText source) {
        String text = source.text();
        int end = objectEnd(text);
        if (end < 0) {
            return unreadable(text.length(), new FrontMatterProblem(1, 1, Message.of("frontmatter.syntax.unclosed-json")));
        }
        int bodyStart = end;
        if (bodyStart < text.length() && text.charAt(bodyStart) == '\r') {
            bodyStart++;
        }
        if (bodyStart < text.length() && text.charAt(bodyStart) == '\n') {
            bodyStart++;
        }
        String json = text.substring(0, end);
        if (json.codePointCount(0, json.length()) > YamlFrontMatter.MAX_CODE_POINTS) {
            return unreadable(bodyStart, new FrontMatterProblem(1, 1, Message.of("frontmatter.syntax.too-large",
                    YamlFrontMatter.MAX_CODE_POINTS)));
        }
        Map<String, ValueLocation> locations = new HashMap<>();
        List<DuplicateKey> duplicates = new ArrayList<>();
        try (JsonParser parser = JsonMapper.shared().createParser(json)) {
            parser.nextToken();
            locations.put("", new ValueLocation(1, 1, 1, 1));
            JsonNode data = value(parser, source, "", 0, locations, duplicates);
            return new FrontMatter(FrontMatter.Format.JSON, 0, bodyStart, 1, Optional.empty(), Optional.of(data),
                    Map.copyOf(locations), List.copyOf(duplicates));
        } catch (TooDeep e) {
            return unreadable(bodyStart, new FrontMatterProblem(e.line, e.column,
                    Message.of("frontmatter.syntax.too-deep", MAX_NESTING)));
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int offset = at == null || at.getCharOffset() < 0 ? 0 : (int) Math.min(at.getCharOffset(), json.length());
            return unreadable(bodyStart, new FrontMatterProblem(source.line(offset), source.column(offset),
                    Message.of("frontmatter.syntax.json", firstLine(e.getOriginalMessage()))));
        }
    }

    private JsonNode value(JsonParser parser, SourceText source, String pointer, int depth,
            Map<String, ValueLocation> locations, List<DuplicateKey> duplicates) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            if (depth >= MAX_NESTING) {
                int offset = offset(parser.currentTokenLocation());
                throw new TooDeep(source.line(offset), source.column(offset));
            }
        }
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = factory.objectNode();
            Map<String, Integer> firstLines = new HashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                int keyOffset = offset(parser.currentTokenLocation());
                parser.nextToken();
                int valueOffset = offset(parser.currentTokenLocation());
                String child = pointer + "/" + FieldPath.escape(key);
                Integer first = firstLines.putIfAbsent(key, source.line(keyOffset));
                if (first != null) {
                    duplicates.add(new DuplicateKey(child, source.line(keyOffset), source.column(keyOffset), first));
                    value(parser, source, child, depth + 1, new HashMap<>(), new ArrayList<>()); // the first one counts
                    continue;
                }
                locations.put(child, new ValueLocation(source.line(keyOffset), source.column(keyOffset),
                        source.line(valueOffset), source.column(valueOffset)));
                object.set(key, value(parser, source, child, depth + 1, locations, duplicates));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = factory.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String child = pointer + "/" + index++;
                int at = offset(parser.currentTokenLocation());
                locations.put(child, new ValueLocation(source.line(at), source.column(at), source.line(at),
                        source.column(at)));
                array.add(value(parser, source, child, depth + 1, locations, duplicates));
            }
            return array;
        }
        switch (token) {
            case VALUE_STRING:
                return factory.stringNode(parser.getString());
            case VALUE_NUMBER_INT:
                return factory.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return factory.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return factory.booleanNode(true);
            case VALUE_FALSE:
                return factory.booleanNode(false);
            default:
                return factory.nullNode();
        }
    }

    /** Hugo's rule: the end of the object, counting braces outside strings; -1 when it never closes. */
    static int objectEnd(String text) {
        int level = 0;
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inQuote = !inQuote;
            } else if (!inQuote && c == '{') {
                level++;
            } else if (!inQuote && c == '}' && --level == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int offset(TokenStreamLocation location) {
        return location == null ? 0 : (int) Math.max(0, location.getCharOffset());
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static FrontMatter unreadable(int bodyStart, FrontMatterProblem problem) {
        return new FrontMatter(FrontMatter.Format.JSON, 0, bodyStart, 1, Optional.of(problem), Optional.empty(),
                Map.of(), List.of());
    }

    /** Nesting past the limit, at the position of the opening bracket. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        TooDeep(int line, int column) {
            super(null, null, false, false);
            this.line = line;
            this.column = column;
        }
    }
}
