package io.github.articlecheck.read;

import io.github.articlecheck.core.DuplicateKey;
import io.github.articlecheck.core.FieldPath;
import io.github.articlecheck.core.FrontMatter;
import io.github.articlecheck.core.FrontMatterProblem;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.SourceText;
import io.github.articlecheck.core.ValueLocation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;
import org.tomlj.TomlVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * TOML front matter between {@code +++} lines, as Hugo ({@code hugo new} writes it) and Zola read it, parsed by
 * tomlj (TOML 1.0, a position for every key and array element). Dates and times are kept as their ISO text, so
 * that a schema checks them with {@code format: date} or {@code date-time} as it does YAML's. A key given twice,
 * which TOML forbids, is a {@code frontmatter.duplicate-key} finding, not a syntax error.
 */
final class TomlFrontMatter implements FrontMatterFormat {
    private static final Pattern DELIMITER = Pattern.compile("\\+\\+\\+[ \\t]*");
    /** tomlj's wording for a key defined twice: {@code a.b previously defined at line 3, column 1}. */
    private static final Pattern DUPLICATE = Pattern.compile("(.+) previously defined at line (\\d+), column (\\d+)");
    /** Deeper nesting is refused before parsing: the parser recurses on it. */
    private static final int MAX_NESTING = 64;
    private final JsonNodeFactory factory = JsonNodeFactory.instance;

    @Override
    public boolean opens(SourceText source) {
        return source.text().startsWith("+++") && DELIMITER.matcher(source.lineText(1)).matches();
    }

    @Override
    public FrontMatter read(SourceText source) {
        int closingLine = -1;
        for (int line = 2; line <= source.lineCount(); line++) {
            if (DELIMITER.matcher(source.lineText(line)).matches()) {
                closingLine = line;
                break;
            }
        }
        if (closingLine < 0) {
            return unreadable(source.length(), new FrontMatterProblem(1, 1, Message.of("frontmatter.syntax.unclosed-toml")));
        }
        int bodyStart = closingLine < source.lineCount() ? source.lineStart(closingLine + 1) : source.length();
        int tomlStart = source.lineStart(2);
        String toml = source.text().substring(Math.min(tomlStart, source.lineStart(closingLine)),
                source.lineStart(closingLine));
        if (toml.codePointCount(0, toml.length()) > YamlFrontMatter.MAX_CODE_POINTS) {
            return unreadable(bodyStart, new FrontMatterProblem(1, 1, Message.of("frontmatter.syntax.too-large",
                    YamlFrontMatter.MAX_CODE_POINTS)));
        }
        Optional<FrontMatterProblem> tooDeep = nestingProblem(source, toml);
        if (tooDeep.isPresent()) {
            return unreadable(bodyStart, tooDeep.get());
        }
        TomlParseResult result;
        try {
            result = Toml.parse(toml, TomlVersion.V1_0_0);
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(bodyStart, new FrontMatterProblem(1, 1, Message.of("frontmatter.syntax.toml",
                    e.getClass().getSimpleName())));
        }
        List<DuplicateKey> duplicates = new ArrayList<>();
        for (TomlParseError error : result.errors()) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(error.getMessage()));
            if (duplicate.matches()) {
                duplicates.add(new DuplicateKey(pointer(duplicate.group(1)), error.position().line() + 1,
                        error.position().column(), Integer.parseInt(duplicate.group(2)) + 1));
            } else {
                Message why = explain(error);
                int line = error.position().line() + 1;
                int column = error.position().column();
                if (why.key().equals("frontmatter.syntax.toml-bare-key") && line <= source.lineCount()) {
                    String text = source.lineText(line); // the key's start, not the character the parser stopped at
                    column = text.codePointCount(0, text.length() - text.stripLeading().length()) + 1;
                }
                return unreadable(bodyStart, new FrontMatterProblem(line, column, why));
            }
        }
        Map<String, ValueLocation> locations = new HashMap<>();
        locations.put("", new ValueLocation(1, 1, 1, 1));
        JsonNode data = table(result, "", source, locations);
        return new FrontMatter(FrontMatter.Format.TOML, 0, bodyStart, 1, Optional.empty(), Optional.of(data),
                Map.copyOf(locations), List.copyOf(duplicates));
    }

    private ObjectNode table(TomlTable table, String pointer, SourceText source, Map<String, ValueLocation> locations) {
        ObjectNode object = factory.objectNode();
        for (String key : table.keySet()) {
            List<String> path = List.of(key);
            String child = pointer + "/" + FieldPath.escape(key);
            TomlPosition at = table.inputPositionOf(path);
            if (at != null) {
                int line = at.line() + 1;
                int[] value = valuePosition(source, line, at.column());
                locations.put(child, new ValueLocation(line, at.column(), value[0], value[1]));
            }
            object.set(key, value(table.get(path), child, source, locations));
        }
        return object;
    }

    private JsonNode value(Object value, String pointer, SourceText source, Map<String, ValueLocation> locations) {
        if (value instanceof TomlTable) {
            return table((TomlTable) value, pointer, source, locations);
        }
        if (value instanceof TomlArray) {
            TomlArray array = (TomlArray) value;
            ArrayNode list = factory.arrayNode();
            for (int i = 0; i < array.size(); i++) {
                String child = pointer + "/" + i;
                TomlPosition at = array.inputPositionOf(i);
                if (at != null) {
                    locations.put(child, new ValueLocation(at.line() + 1, at.column(), at.line() + 1, at.column()));
                }
                list.add(value(array.get(i), child, source, locations));
            }
            return list;
        }
        if (value instanceof String) {
            return factory.stringNode((String) value);
        }
        if (value instanceof Long) {
            return factory.numberNode((Long) value);
        }
        if (value instanceof Double) {
            double number = (Double) value;
            return Double.isFinite(number) ? factory.numberNode(number) : factory.stringNode(Double.toString(number));
        }
        if (value instanceof Boolean) {
            return factory.booleanNode((Boolean) value);
        }
        if (value instanceof OffsetDateTime) {
            return factory.stringNode(((OffsetDateTime) value).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        if (value instanceof LocalDateTime) {
            // No offset: not an RFC 3339 date-time, so format: date-time rejects it, as it should.
            return factory.stringNode(((LocalDateTime) value).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        if (value instanceof LocalDate) {
            return factory.stringNode(((LocalDate) value).format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        if (value instanceof LocalTime) {
            return factory.stringNode(((LocalTime) value).format(DateTimeFormatter.ISO_LOCAL_TIME));
        }
        return factory.nullNode();
    }

    /**
     * Where the value of {@code key = value} starts: after the first {@code =} outside quotes on the key's line.
     * A table header ({@code [params]}) is its own value.
     */
    private static int[] valuePosition(SourceText source, int fileLine, int keyColumn) {
        if (fileLine > source.lineCount()) {
            return new int[] {fileLine, keyColumn};
        }
        String text = source.lineText(fileLine);
        int start = text.offsetByCodePoints(0, Math.min(keyColumn - 1, text.codePointCount(0, text.length())));
        char quote = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                int value = i + 1;
                while (value < text.length() && (text.charAt(value) == ' ' || text.charAt(value) == '\t')) {
                    value++;
                }
                return new int[] {fileLine, text.codePointCount(0, value) + 1};
            }
        }
        return new int[] {fileLine, keyColumn};
    }

    /** Brackets nested deeper than the limit, outside strings: refused in plain words, before the parser recurses. */
    private static Optional<FrontMatterProblem> nestingProblem(SourceText source, String toml) {
        int depth = 0;
        char quote = 0;
        int line = 2;
        int lineStart = 0;
        for (int i = 0; i < toml.length(); i++) {
            char c = toml.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                quote = quote == '"' || quote == '\'' ? 0 : quote; // basic strings end at the line
            } else if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                int end = toml.indexOf('\n', i);
                i = end < 0 ? toml.length() : end - 1;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    return Optional.of(new FrontMatterProblem(line, toml.codePointCount(lineStart, i) + 1,
                            Message.of("frontmatter.syntax.too-deep", MAX_NESTING)));
                }
            } else if (c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return Optional.empty();
    }

    private static Message explain(TomlParseError error) {
        String message = String.valueOf(error.getMessage());
        if (message.contains("expected . or =") || message.contains("a table key")) {
            return Message.of("frontmatter.syntax.toml-bare-key");
        }
        if (message.contains("Unexpected end of line") && message.contains("expected '")
                || message.contains("Unexpected end of input") && message.contains("\"")) {
            return Message.of("frontmatter.syntax.unclosed-quote");
        }
        if (message.contains("Unexpected end of line") && message.contains("a number")) {
            return Message.of("frontmatter.syntax.toml-no-value");
        }
        return Message.of("frontmatter.syntax.toml", message);
    }

    /** {@code params.tags} as a JSON pointer; tomlj names keys by their dotted path. */
    private static String pointer(String dottedKey) {
        StringBuilder out = new StringBuilder();
        for (String part : dottedKey.split("\\.")) {
            out.append('/').append(FieldPath.escape(part.replaceAll("^[\"']|[\"']$", "")));
        }
        return out.toString();
    }

    private static FrontMatter unreadable(int bodyStart, FrontMatterProblem problem) {
        return new FrontMatter(FrontMatter.Format.TOML, 0, bodyStart, 1, Optional.of(problem), Optional.empty(),
                Map.of(), List.of());
    }
}
