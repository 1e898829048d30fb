package io.github.articlecheck.init;

import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the JSON Schema (2020-12, in YAML) that a group's front matters satisfy, each choice explained in a
 * comment with its evidence, and collects the outliers worth a look: the few articles that made a key optional,
 * the rare values that look like typos of common ones, the odd type. Deterministic: the same articles give the
 * same text, byte for byte.
 */
final class SchemaInference {
    /** A slug (lower-case words joined by hyphens), as written into a schema (JSON Schema's regex dialect has no possessive quantifier). */
    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");
    /** {@link #SLUG} as matched here: the same strings, its repeated group possessive (no recursion per part). */
    private static final Pattern SLUG_MATCHED = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*+$");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    /** Fewer articles than this say nothing about a shape or a closed key set. */
    private static final int MIN_EVIDENCE = 3;

    private final double requiredThreshold;
    private final int maxEnumValues;
    /** The to-do list: per key, what is odd about it (the message names the key). */
    private final List<Message> outliers = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    SchemaInference(double requiredThreshold, int maxEnumValues) {
        this.requiredThreshold = requiredThreshold;
        this.maxEnumValues = maxEnumValues;
    }

    List<Message> outliers() {
        return outliers;
    }

    /** The schema file's text, for the front matters of {@code description} (which folders, how many articles). */
    String schema(ValueStatistics.ObjectStatistics group, String description) {
        line(0, "# Front matter of " + description + ", inferred by articlecheck:init.");
        line(0, "# Every choice says its evidence; edit freely. init keeps this file unless -Darticlecheck.force.");
        line(0, "$schema: \"https://json-schema.org/draft/2020-12/schema\"");
        object(group, 0, "", "articles");
        return out.toString();
    }

    private void object(ValueStatistics.ObjectStatistics object, int indent, String path, String unit) {
        line(indent, "type: object");
        List<String> keys = new ArrayList<>(object.keys.keySet());
        // the most used keys first, then by name: the order a reader expects and the same on every run
        keys.sort(Comparator.comparingInt((String k) -> -object.keys.get(k).present).thenComparing(k -> k));
        int needed = (int) Math.ceil(requiredThreshold * object.count);
        List<String> required = keys.stream().filter(k -> object.keys.get(k).present >= needed).toList();
        String units = object.count == 1 ? unit.substring(0, unit.length() - 1) : unit; // "1 article"
        if (!required.isEmpty()) {
            line(indent, "# in " + percent(requiredThreshold) + " of the " + count(object.count) + " " + units
                    + " or more (requiredThreshold)");
            line(indent, "required:");
            required.forEach(k -> line(indent + 2, "- " + key(k)));
        }
        line(indent, keys.isEmpty() ? "properties: {}" : "properties:");
        for (String key : keys) {
            ValueStatistics values = object.keys.get(key);
            String name = path.isEmpty() ? key : path + "." + key;
            if (values.present < object.count && values.present >= needed) {
                outliers.add(Message.of("init.outlier.required-missing", name,
                        object.count - values.present, object.count, String.join(", ", object.missingFrom(key))));
            } else if (values.present < object.count && values.present >= 0.9 * object.count) {
                outliers.add(Message.of("init.outlier.optional", name, object.count - values.present,
                        object.count, String.join(", ", object.missingFrom(key))));
            }
            line(indent + 2, "# " + count(values.present) + " of " + count(object.count) + " " + units);
            line(indent + 2, key(key) + ":");
            value(values, indent + 4, name);
        }
        boolean closed = object.count >= MIN_EVIDENCE && object.keys.values().stream().allMatch(v -> v.present >= 2);
        if (closed) {
            line(indent, "# " + (keys.size() == 1 ? "1 key, in 2 " : keys.size() + " keys, each in 2 ") + unit
                    + " or more: a key not listed is a typo");
            line(indent, "additionalProperties: false");
        } else if (object.count >= MIN_EVIDENCE) {
            line(indent, "# some keys are in one " + unit.replaceAll("s$", "") + " only: other keys are allowed");
        }
    }

    private void value(ValueStatistics values, int indent, String name) {
        List<String> types = values.schemaTypes();
        oddTypes(values, name);
        // "null" quoted: a plain null in YAML is no type name but the null value
        if (types.equals(List.of("object"))) {
            object(values.object, indent, name, "objects"); // which says its type
            return;
        } else if (types.size() == 1) {
            line(indent, "type: " + typeName(types.get(0)));
        } else {
            line(indent, "# " + describeTypes(values));
            line(indent, "type: [" + String.join(", ", types.stream().map(SchemaInference::typeName).toList()) + "]");
        }
        if (types.equals(List.of("string")) || types.equals(List.of("null", "string"))) {
            text(values, indent, name);
        }
        if (types.contains("array")) {
            int lists = values.types.get("array");
            if (values.emptyLists == 0 && lists >= 2) {
                line(indent, "# never empty in " + count(lists) + " lists");
                line(indent, "minItems: 1");
            }
            if (values.items != null) {
                line(indent, "items:");
                value(values.items, indent + 2, name + "[]");
            }
        }
    }

    private void text(ValueStatistics values, int indent, String name) {
        int texts = values.texts.values().stream().mapToInt(Integer::intValue).sum();
        if (values.allDateTimes && texts > 0) {
            line(indent, "# every value a date and time with a time zone (RFC 3339)");
            line(indent, "format: date-time");
            return;
        }
        if (values.allDates && texts > 0) {
            line(indent, "# every value a date (YYYY-MM-DD)");
            line(indent, "format: date");
            return;
        }
        int distinct = values.texts.size();
        boolean fewValues = distinct <= maxEnumValues && texts >= 2 * distinct;
        if (fewValues && values.texts.values().stream().allMatch(n -> n >= 2)) {
            line(indent, "# " + count(distinct) + " values in " + count(texts) + ", each used more than once (at most "
                    + maxEnumValues + ": maxEnumValues)");
            List<String> allowed = new ArrayList<>(values.types.containsKey("null") ? List.of("null") : List.of());
            values.texts.keySet().stream().map(SchemaInference::quoted).forEach(allowed::add);
            line(indent, "enum: [" + String.join(", ", allowed) + "]");
            typos(values, name);
            return;
        }
        if (distinct <= maxEnumValues && texts >= 2 * distinct) {
            // few values, but some used once: no enum; the once-used ones that look like a common value are typos
            long once = values.texts.values().stream().filter(n -> n == 1).count();
            line(indent, "# " + count(distinct) + " values, " + once + " used once: no enum");
            typos(values, name);
        }
        if (texts >= MIN_EVIDENCE && values.texts.keySet().stream().allMatch(v -> SLUG_MATCHED.matcher(v).matches())
                && values.texts.keySet().stream().anyMatch(v -> v.indexOf('-') > 0)) {
            line(indent, "# every value a slug (lower-case words and hyphens)");
            line(indent, "pattern: " + quoted(SLUG.pattern()));
        }
    }

    /** Rare values that differ from a common one by case, accents or a letter or two: "a typo of 'divers'?". */
    private void typos(ValueStatistics values, String name) {
        for (Map.Entry<String, Integer> rare : values.texts.entrySet()) {
            List<String> common = values.texts.entrySet().stream()
                    .filter(e -> e.getValue() > rare.getValue() && !e.getKey().equals(rare.getKey()))
                    .map(Map.Entry::getKey).toList();
            Suggestions.closest(rare.getKey(), common).ifPresent(likely -> outliers.add(
                    Message.of("init.outlier.typo", name, rare.getKey(), rare.getValue(), likely,
                            values.texts.get(likely), String.join(", ", values.textArticles.get(rare.getKey())))));
        }
    }

    /** A type in a few articles where most have another: likely a mistake ("date: 2024" as a number). */
    private void oddTypes(ValueStatistics values, String name) {
        if (values.types.size() < 2) {
            return;
        }
        Map.Entry<String, Integer> main = values.types.entrySet().stream().max(Map.Entry.comparingByValue()).get();
        for (Map.Entry<String, Integer> type : values.types.entrySet()) {
            if (!type.getKey().equals(main.getKey()) && !type.getKey().equals("null")
                    && type.getValue() * 20 <= main.getValue()) {
                outliers.add(Message.of("init.outlier.type", name, type.getKey(), type.getValue(),
                        main.getKey(), main.getValue(), String.join(", ", values.typeArticles.get(type.getKey()))));
            }
        }
    }

    private static String typeName(String type) {
        return type.equals("null") ? "\"null\"" : type;
    }

    private static String describeTypes(ValueStatistics values) {
        List<String> parts = new ArrayList<>();
        values.types.forEach((type, n) -> parts.add(type + " in " + count(n)));
        return String.join(", ", parts);
    }

    private void line(int indent, String text) {
        out.append(" ".repeat(indent)).append(text).append('\n');
    }

    static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(double fraction) {
        double value = fraction * 100;
        return (value == Math.rint(value) ? Integer.toString((int) value) : String.format(Locale.ROOT, "%.1f", value))
                + "%";
    }

    /** A key as YAML reads it back: plain when it is a simple name, else double-quoted. */
    static String key(String name) {
        return PLAIN_KEY.matcher(name).matches() && !List.of("true", "false", "null", "yes", "no", "on", "off", "y", "n")
                .contains(name.toLowerCase(Locale.ROOT)) ? name : quoted(name);
    }

    /** A YAML double-quoted scalar (JSON string syntax, which YAML reads as is). */
    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == '\u2028' || c == '\u2029'
                            || c == '\ufeff') {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
