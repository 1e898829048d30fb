package io.github.articlecheck.init;

import io.github.articlecheck.core.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Splits a site's front matters into the groups that get one schema each: a collection or section (the first
 * folder under the content directory, under the language folder on a multilingual site), and folders whose
 * usual keys are the same share one schema. Then infers each group's schema.
 */
public final class SchemaGroups {
    /** A language folder of a multilingual site: "en", "fr", "pt-br", "zh-Hans". */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(-[A-Za-z]{2,4})?");
    private static final String ROOT = "";
    /**
     * List pages carry a section's keys, not an article's: Hugo's branch bundles ({@code _index.md}) and the
     * landing page of a collection ({@code blog/index.md}) are a group of their own.
     */
    private static final String SECTIONS = "\u0000sections";

    private SchemaGroups() {
    }

    /** One article's front matter, with its path relative to the content directory. */
    public record Sample(String contentPath, JsonNode frontMatter) {
    }

    /**
     * A schema to write: its file name's stem, the include patterns of the folders it covers (relative to the
     * content directory), how many articles it was inferred from, its text, and the outliers to look at.
     */
    public record Group(String name, List<String> includes, int articles, String schema, List<Message> outliers) {
    }

    public static List<Group> infer(List<Sample> samples, double requiredThreshold, int maxEnumValues) {
        Set<String> languages = languageFolders(samples);
        // folder → its articles, in a stable order
        Map<String, List<Sample>> folders = new TreeMap<>();
        Map<String, Set<String>> includes = new TreeMap<>();
        for (Sample sample : samples) {
            String path = sample.contentPath();
            String language = ROOT;
            int slash = path.indexOf('/');
            if (slash > 0 && languages.contains(path.substring(0, slash))) {
                language = path.substring(0, slash + 1);
                path = path.substring(slash + 1);
            }
            slash = path.indexOf('/');
            String folder = slash > 0 ? path.substring(0, slash) : ROOT;
            String include = folder.equals(ROOT) ? language + "*" : language + folder + "/**";
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            if (fileName.startsWith("_index.")) {
                folder = SECTIONS;
                include = "**/_index.*";
            } else if (slash > 0 && slash == path.lastIndexOf('/') && fileName.startsWith("index.")) {
                folder = SECTIONS; // a collection's own landing page (blog/index.md): a list, not an article
                include = language + path;
            }
            folders.computeIfAbsent(folder, f -> new ArrayList<>()).add(sample);
            includes.computeIfAbsent(folder, f -> new TreeSet<>()).add(include);
        }
        // folders with the same usual keys (in half their articles or more) share a schema; the section pages come
        // first and alone, since the first schema whose includes match an article is the one it gets
        Map<List<String>, List<String>> bySignature = new LinkedHashMap<>();
        if (folders.containsKey(SECTIONS)) {
            bySignature.put(List.of(SECTIONS), new ArrayList<>(List.of(SECTIONS)));
        }
        folders.entrySet().stream().filter(e -> !e.getKey().equals(SECTIONS))
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Sample>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> bySignature.computeIfAbsent(signature(e.getValue()), s -> new ArrayList<>())
                        .add(e.getKey()));
        List<Group> groups = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (Map.Entry<List<String>, List<String>> entry : bySignature.entrySet()) {
            List<String> members = entry.getValue();
            if (entry.getKey().isEmpty()) {
                continue; // no usual key: nothing to require, no schema worth writing
            }
            ValueStatistics.ObjectStatistics statistics = new ValueStatistics.ObjectStatistics();
            List<String> patterns = new ArrayList<>();
            for (String folder : members) {
                for (Sample sample : folders.get(folder)) {
                    statistics.add(sample.frontMatter(), sample.contentPath());
                }
                patterns.addAll(includes.get(folder));
            }
            patterns.sort(null);
            String name = unique(names, slug(members.get(0)));
            SchemaInference inference = new SchemaInference(requiredThreshold, maxEnumValues);
            String description = String.join(", ", patterns) + " (" + SchemaInference.count(statistics.count) + " "
                    + (statistics.count == 1 ? "article" : "articles") + ")";
            String text = inference.schema(statistics, description);
            groups.add(new Group(name, patterns, statistics.count, text,
                    inference.outliers()));
        }
        return groups;
    }

    /** First-level folders named like languages, when there are articles below them (not only beside). */
    private static Set<String> languageFolders(List<Sample> samples) {
        Set<String> languages = new TreeSet<>();
        for (Sample sample : samples) {
            String[] parts = sample.contentPath().split("/");
            if (parts.length >= 2 && LANGUAGE.matcher(parts[0]).matches()) {
                languages.add(parts[0]);
            }
        }
        return languages;
    }

    private static List<String> signature(List<Sample> articles) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Sample sample : articles) {
            sample.frontMatter().propertyNames().forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        List<String> usual = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count * 2 >= articles.size()) {
                usual.add(key);
            }
        });
        return usual;
    }

    private static String slug(String folder) {
        if (folder.equals(SECTIONS)) {
            return "sections";
        }
        if (folder.isEmpty()) {
            return "pages";
        }
        String slug = java.text.Normalizer.normalize(folder, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "pages" : slug;
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int i = 2; !names.add(candidate); i++) {
            candidate = name + "-" + i;
        }
        return candidate;
    }
}
