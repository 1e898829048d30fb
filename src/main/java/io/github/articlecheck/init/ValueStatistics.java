package io.github.articlecheck.init;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * What the values of one key (or of one list's items) look like across a group of articles, as the front matter
 * readers typed them: how many articles have it, their JSON types, the text values with the articles using each,
 * whether every text is a date, the lists' sizes, and the keys of nested objects, recursively.
 */
final class ValueStatistics {
    /** Examples kept per value and per missing key: enough to name in a to-do line. */
    static final int EXAMPLES = 3;

    int present;
    final Map<String, Integer> types = new TreeMap<>();
    /** Text values, with how many times each is used and in which articles (the first few). */
    final Map<String, Integer> texts = new TreeMap<>();
    final Map<String, TreeSet<String>> textArticles = new TreeMap<>();
    final Map<String, TreeSet<String>> typeArticles = new TreeMap<>();
    boolean allDates = true;
    boolean allDateTimes = true;
    int emptyLists;
    /** The items of list values, when there are any. */
    ValueStatistics items;
    /** The keys of object values, when there are any. */
    ObjectStatistics object;

    void add(JsonNode value, String article) {
        present++;
        String type = type(value);
        types.merge(type, 1, Integer::sum);
        example(typeArticles, type, article);
        if (value.isString()) {
            String text = value.asString();
            texts.merge(text, 1, Integer::sum);
            example(textArticles, text, article);
            // parsed only while every value so far was one: a title is tried once, not 14,000 times
            allDates = allDates && isDate(text);
            allDateTimes = allDateTimes && isDateTime(text);
        } else {
            allDates = false;
            allDateTimes = false;
        }
        if (value.isArray()) {
            if (value.isEmpty()) {
                emptyLists++;
            }
            for (JsonNode item : value) {
                if (items == null) {
                    items = new ValueStatistics();
                }
                items.add(item, article);
            }
        } else if (value.isObject()) {
            if (object == null) {
                object = new ObjectStatistics();
            }
            object.add(value, article);
        }
    }

    static String type(JsonNode value) {
        if (value.isNull()) {
            return "null";
        } else if (value.isBoolean()) {
            return "boolean";
        } else if (value.isIntegralNumber()) {
            return "integer";
        } else if (value.isNumber()) {
            return "number";
        } else if (value.isArray()) {
            return "array";
        } else if (value.isObject()) {
            return "object";
        }
        return "string";
    }

    private static void example(Map<String, TreeSet<String>> examples, String key, String article) {
        TreeSet<String> articles = examples.computeIfAbsent(key, k -> new TreeSet<>());
        articles.add(article);
        if (articles.size() > EXAMPLES) {
            articles.pollLast();
        }
    }

    /** JSON Schema's "date": RFC 3339 full-date. */
    static boolean isDate(String text) {
        if (text.length() != 10) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** JSON Schema's "date-time": RFC 3339, with a time zone ("2024-05-01T10:00:00+02:00"). */
    static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return text.indexOf('T') == 10 || text.indexOf('t') == 10;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The types as JSON Schema names them: integer and number together are number. */
    List<String> schemaTypes() {
        List<String> names = new ArrayList<>(types.keySet());
        if (names.contains("integer") && names.contains("number")) {
            names.remove("integer");
        }
        return names;
    }

    /** The keys of a group's front matters (or of nested objects), each with its values. */
    static final class ObjectStatistics {
        int count;
        final Map<String, ValueStatistics> keys = new TreeMap<>();
        private final List<String> articles = new ArrayList<>();
        private final Map<String, java.util.Set<String>> presentIn = new java.util.HashMap<>();

        void add(JsonNode object, String article) {
            count++;
            articles.add(article);
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                keys.computeIfAbsent(entry.getKey(), k -> new ValueStatistics()).add(entry.getValue(), article);
                presentIn.computeIfAbsent(entry.getKey(), k -> new java.util.HashSet<>()).add(article);
            }
        }

        /** The first articles (sorted) whose object lacks the key. */
        List<String> missingFrom(String key) {
            java.util.Set<String> having = presentIn.getOrDefault(key, java.util.Set.of());
            return articles.stream().filter(a -> !having.contains(a)).sorted().limit(EXAMPLES).toList();
        }
    }
}
