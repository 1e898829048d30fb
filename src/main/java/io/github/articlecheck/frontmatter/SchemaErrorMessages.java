package io.github.articlecheck.frontmatter;

import com.networknt.schema.Error;
import io.github.articlecheck.core.FieldPath;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.Suggestions;
import io.github.articlecheck.core.ValueLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Describes schema errors in the words of the front matter author: the field path, what was found, what is
 * expected, and "did you mean" when a key is close to a known one ({@code resume} vs {@code résumé}), as message
 * keys with arguments. Words that depend on the language (type names, formats) are message references.
 */
final class SchemaErrorMessages {
    private final JsonNode data;
    private final Set<String> knownProperties;
    private final Map<String, ValueLocation> locations;

    /**
     * One described error. {@code rename}, when present, is a key that a single close candidate says was meant:
     * the key as written ({@code from}), where it is, and what it should be ({@code to}).
     */
    record Described(Message message, String subject, Optional<Rename> rename) {
    }

    record Rename(String from, String to, ValueLocation location) {
    }

    SchemaErrorMessages(JsonNode data, Set<String> knownProperties, Map<String, ValueLocation> locations) {
        this.data = data;
        this.knownProperties = knownProperties;
        this.locations = locations;
    }

    Described describe(Error error, String pointer) {
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
                return plain(field, "frontmatter.type.found", field, expectedTypes(schemaValue), describeValue(value));
            case "enum":
                return plain(field, "frontmatter.enum.not-one-of", field, text(value), listValues(schemaValue));
            case "const":
                return plain(field, "frontmatter.enum.const", field, text(value), text(schemaValue));
            case "format":
                return plain(field, "frontmatter.format.invalid", field, text(value),
                        formatName(schemaValue.asString()));
            case "pattern":
                return plain(field, "frontmatter.pattern.mismatch", field, text(value), schemaValue.asString());
            case "minLength":
                return plain(field, "frontmatter.length.too-short", field, text(value), length(value),
                        schemaValue.asString());
            case "maxLength":
                return plain(field, "frontmatter.length.too-long", field, text(value), length(value),
                        schemaValue.asString());
            case "minItems":
                return plain(field, "frontmatter.length.too-few-items", field, value.size(), schemaValue.asString());
            case "maxItems":
                return plain(field, "frontmatter.length.too-many-items", field, value.size(), schemaValue.asString());
            default:
                // The validator's own English text: the rare keywords (minimum, oneOf...) have no wording of ours.
                return plain(field, "frontmatter.schema.other", field, error.getMessage());
        }
    }

    private static Described plain(String subject, String key, Object... args) {
        return new Described(Message.of(key, args), subject, Optional.empty());
    }

    private Described missing(String pointer, String key) {
        String subject = FieldPath.display(pointer.isEmpty() ? "/" + FieldPath.escape(key)
                : pointer + "/" + FieldPath.escape(key));
        JsonNode parent = data.at(pointer);
        Optional<String> close = Optional.empty();
        if (parent != null && parent.isObject()) {
            List<String> siblings = new ArrayList<>(parent.propertyNames());
            siblings.removeIf(knownProperties::contains);
            close = Suggestions.closest(key, siblings);
        }
        String where = pointer.isEmpty() ? "" : FieldPath.display(pointer);
        if (close.isEmpty()) {
            return new Described(pointer.isEmpty() ? Message.of("frontmatter.required.missing", key)
                    : Message.of("frontmatter.required.missing-under", key, where), subject, Optional.empty());
        }
        String name = close.get();
        ValueLocation location = locations.get(pointer + "/" + FieldPath.escape(name));
        Message message = pointer.isEmpty()
                ? Message.of("frontmatter.required.missing-did-you-mean", key, name,
                        location == null ? "?" : location.keyLine())
                : Message.of("frontmatter.required.missing-under-did-you-mean", key, where, name,
                        location == null ? "?" : location.keyLine());
        return new Described(message, subject,
                Optional.ofNullable(location).map(at -> new Rename(name, key, at)));
    }

    private Described unknown(String pointer, String key) {
        String subject = FieldPath.display(pointer + "/" + FieldPath.escape(key));
        Set<String> candidates = new HashSet<>(knownProperties);
        JsonNode parent = data.at(pointer);
        if (parent != null && parent.isObject()) {
            candidates.removeAll(parent.propertyNames()); // a key already present is not what was meant
        }
        Optional<String> close = Suggestions.closest(key, candidates);
        String scope = pointer.isEmpty() ? "" : FieldPath.display(pointer);
        if (close.isEmpty()) {
            return new Described(scope.isEmpty() ? Message.of("frontmatter.unknown-key.not-allowed", key)
                    : Message.of("frontmatter.unknown-key.not-allowed-under", key, scope), subject, Optional.empty());
        }
        ValueLocation location = locations.get(pointer + "/" + FieldPath.escape(key));
        return new Described(scope.isEmpty()
                ? Message.of("frontmatter.unknown-key.did-you-mean", key, close.get())
                : Message.of("frontmatter.unknown-key.under-did-you-mean", key, scope, close.get()), subject,
                Optional.ofNullable(location).filter(at -> Suggestions.certain(key, close.get(), candidates))
                        .map(at -> new Rename(key, close.get(), at)));
    }

    private static String expectedTypes(JsonNode types) {
        if (types.isArray()) {
            List<String> names = new ArrayList<>();
            types.forEach(t -> names.add(typeName(t.asString())));
            return String.join(Message.reference("frontmatter.type.or"), names);
        }
        return typeName(types.asString());
    }

    private static String typeName(String jsonType) {
        switch (jsonType) {
            case "string":
            case "array":
            case "object":
            case "integer":
            case "number":
            case "boolean":
            case "null":
                return Message.reference("frontmatter.type.name." + jsonType);
            default:
                return jsonType;
        }
    }

    private static String describeValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return Message.reference("frontmatter.type.value.empty");
        }
        if (value.isString()) {
            return Message.reference("frontmatter.type.value.text") + " " + text(value);
        }
        if (value.isArray()) {
            return Message.reference("frontmatter.type.name.array");
        }
        if (value.isObject()) {
            return Message.reference("frontmatter.type.name.object");
        }
        if (value.isBoolean()) {
            return Message.reference("frontmatter.type.value.boolean") + " " + value.asString();
        }
        return Message.reference("frontmatter.type.value.number") + " " + value.asString();
    }

    private static String formatName(String format) {
        switch (format) {
            case "date":
            case "date-time":
            case "email":
            case "uri":
                return Message.reference("frontmatter.format.name." + format);
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

    private static String text(JsonNode value) {
        if (value == null) {
            return "''";
        }
        return value.isString() ? "'" + value.asString() + "'" : value.toString();
    }
}
