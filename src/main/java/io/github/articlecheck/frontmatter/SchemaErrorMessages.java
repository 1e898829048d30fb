package io.github.articlecheck.frontmatter;

import com.networknt.schema.Error;
import io.github.articlecheck.engine.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Writes schema errors in the words of the front matter author: the field path, what was found, what is
 * expected, and "did you mean" when a key is close to a known one ({@code resume} vs {@code résumé}).
 */
final class SchemaErrorMessages {
    private final JsonNode data;
    private final Set<String> knownProperties;
    private final Map<String, YamlLocation> locations;

    SchemaErrorMessages(JsonNode data, Set<String> knownProperties, Map<String, YamlLocation> locations) {
        this.data = data;
        this.knownProperties = knownProperties;
        this.locations = locations;
    }

    String describe(Error error, String pointer) {
        String field = FieldPath.display(pointer);
        JsonNode schemaValue = error.getSchemaNode();
        JsonNode value = error.getInstanceNode();
        switch (error.getKeyword()) {
            case "required":
            case "dependentRequired":
                return missing(pointer, error.getProperty());
            case "additionalProperties":
            case "unevaluatedProperties":
                return unknown(pointer, error.getProperty());
            case "type":
                return field + ": expected " + expectedTypes(schemaValue) + ", found " + describeValue(value);
            case "enum":
                return field + ": " + quote(value) + " is not one of: " + listValues(schemaValue);
            case "const":
                return field + ": " + quote(value) + " must be " + quote(schemaValue);
            case "format":
                return field + ": " + quote(value) + " is not a valid " + formatName(schemaValue.asString());
            case "pattern":
                return field + ": " + quote(value) + " does not match the pattern " + schemaValue.asString();
            case "minLength":
                return field + ": " + quote(value) + " is " + length(value) + " characters long, at least "
                        + schemaValue.asString() + " expected";
            case "maxLength":
                return field + ": " + quote(value) + " is " + length(value) + " characters long, at most "
                        + schemaValue.asString() + " allowed";
            case "minItems":
                return field + ": has " + value.size() + " item" + (value.size() == 1 ? "" : "s") + ", at least "
                        + schemaValue.asString() + " expected";
            case "maxItems":
                return field + ": has " + value.size() + " items, at most " + schemaValue.asString() + " allowed";
            default:
                return field + ": " + error.getMessage();
        }
    }

    private String missing(String pointer, String key) {
        String where = pointer.isEmpty() ? "add it to the front matter" : "add it under '" + FieldPath.display(pointer) + "'";
        StringBuilder message = new StringBuilder("missing required key '").append(key).append("': ").append(where);
        JsonNode parent = data.at(pointer);
        if (parent != null && parent.isObject()) {
            List<String> siblings = new ArrayList<>(parent.propertyNames());
            siblings.removeIf(knownProperties::contains);
            Optional<String> close = Suggestions.closest(key, siblings);
            close.ifPresent(name -> {
                YamlLocation location = locations.get(pointer + "/" + YamlTyping.escape(name));
                message.append(" (did you mean '").append(name).append("'")
                        .append(location == null ? "" : " on line " + location.keyLine()).append("?)");
            });
        }
        return message.toString();
    }

    private String unknown(String pointer, String key) {
        String scope = pointer.isEmpty() ? "" : " under '" + FieldPath.display(pointer) + "'";
        StringBuilder message = new StringBuilder("key '").append(key).append("' is not allowed").append(scope)
                .append(" by the schema");
        Set<String> candidates = new java.util.HashSet<>(knownProperties);
        JsonNode parent = data.at(pointer);
        if (parent != null && parent.isObject()) {
            candidates.removeAll(parent.propertyNames()); // a key already present is not what was meant
        }
        Suggestions.closest(key, candidates).ifPresent(name -> message.append(" (did you mean '").append(name).append("'?)"));
        return message.toString();
    }

    private static String expectedTypes(JsonNode types) {
        if (types.isArray()) {
            List<String> names = new ArrayList<>();
            types.forEach(t -> names.add(typeName(t.asString())));
            return String.join(" or ", names);
        }
        return typeName(types.asString());
    }

    private static String typeName(String jsonType) {
        switch (jsonType) {
            case "string":
                return "text";
            case "array":
                return "a list";
            case "object":
                return "a mapping";
            case "integer":
                return "an integer";
            case "number":
                return "a number";
            case "boolean":
                return "true or false";
            default:
                return jsonType;
        }
    }

    private static String describeValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return "an empty value";
        }
        if (value.isString()) {
            return "text " + quote(value);
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isBoolean()) {
            return "the boolean " + value.asString();
        }
        return "the number " + value.asString();
    }

    private static String formatName(String format) {
        switch (format) {
            case "date":
                return "date (YYYY-MM-DD, a real calendar day)";
            case "date-time":
                return "date-time (YYYY-MM-DDThh:mm:ss with a time zone)";
            case "email":
                return "email address";
            case "uri":
                return "absolute URI (scheme://..., non-ASCII characters percent-encoded)";
            default:
                return format;
        }
    }

    private static int length(JsonNode value) {
        String text = value.asString();
        return text.codePointCount(0, text.length());
    }

    private static String listValues(JsonNode values) {
        List<String> items = new ArrayList<>();
        values.forEach(v -> items.add(v.isString() ? v.asString() : v.toString()));
        return String.join(", ", items);
    }

    private static String quote(JsonNode value) {
        if (value == null) {
            return "''";
        }
        return value.isString() ? "'" + value.asString() + "'" : value.toString();
    }
}
