package io.github.articlecheck.writing;

import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.read.FrontMatterParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A team's vocabulary, from a terms file ({@code terms}: a YAML list of {@code pattern}, {@code preferred}, optional
 * {@code message} and {@code languages}) and from the Vale styles it already has ({@code valeStyles}: a Vale
 * StylesPath, each folder a style, each {@code .yml} a rule). Of Vale's rule types, {@code existence} (tokens to
 * avoid) and {@code substitution} (a swap table) are read with their {@code message}, {@code level},
 * {@code ignorecase}, {@code nonword}; the others are listed, by name, as not supported. Read once, when the settings
 * are built: a broken file fails the run before any article is read.
 *
 * @param terms       every term, file order, the terms file first
 * @param unsupported Vale rules of other types, {@code Style.Rule (type)}
 */
public record StyleTerms(List<Term> terms, List<String> unsupported) {

    /**
     * One term.
     *
     * @param name      what findings name it by: the pattern, or the Vale rule ({@code Microsoft.Terms})
     * @param pattern   what to look for, word boundaries applied unless a Vale rule says {@code nonword}
     * @param preferred the replacement, or null for a term only to avoid (Vale existence); with a {@code |} (Vale's
     *                  alternatives) it is named, never applied
     * @param message   the team's own message, or null; Vale's {@code %s} take the match (and the replacement)
     * @param languages the languages it applies to (empty: all)
     * @param severity  Vale's level (error, or warning for warning and suggestion); warning for the terms file
     */
    public record Term(String name, Pattern pattern, String preferred, String message, Set<String> languages,
            Severity severity) {
        public Term {
            languages = Set.copyOf(languages);
        }
    }

    public StyleTerms {
        terms = List.copyOf(terms);
        unsupported = List.copyOf(unsupported);
    }

    public static StyleTerms none() {
        return new StyleTerms(List.of(), List.of());
    }

    /** The terms file and the Vale styles, either absent (null). */
    public static StyleTerms load(Path termsFile, Path valeStyles) {
        List<Term> terms = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        if (termsFile != null) {
            JsonNode list = yaml(termsFile);
            if (!list.isArray()) {
                throw new ConfigurationException("the terms file " + termsFile + " must be a YAML list of entries"
                        + " (- pattern: e-mail / preferred: courriel)");
            }
            int index = 0;
            for (JsonNode entry : list) {
                index++;
                String pattern = text(entry, "pattern");
                if (pattern == null || pattern.isBlank()) {
                    throw new ConfigurationException("the terms file " + termsFile + ": entry " + index
                            + " has no pattern");
                }
                Set<String> languages = new TreeSet<>();
                JsonNode langs = entry.get("languages");
                if (langs != null && langs.isArray()) {
                    langs.forEach(l -> languages.add(l.asString().toLowerCase(Locale.ROOT)));
                } else if (langs != null && langs.isString()) {
                    languages.add(langs.asString().toLowerCase(Locale.ROOT));
                }
                terms.add(new Term(pattern, compile(termsFile, pattern, true, true), text(entry, "preferred"),
                        text(entry, "message"), languages, Severity.WARNING));
            }
        }
        if (valeStyles != null) {
            vale(valeStyles, terms, unsupported);
        }
        return new StyleTerms(terms, unsupported);
    }

    private static void vale(Path stylesPath, List<Term> terms, List<String> unsupported) {
        if (!Files.isDirectory(stylesPath)) {
            throw new ConfigurationException("valeStyles " + stylesPath + " is not a folder (a Vale StylesPath)");
        }
        List<Path> rules;
        try (Stream<Path> files = Files.walk(stylesPath, 2)) {
            rules = files.filter(f -> f.getFileName().toString().endsWith(".yml")
                    && stylesPath.relativize(f).getNameCount() == 2).sorted().toList();
        } catch (IOException e) {
            throw new ConfigurationException("valeStyles " + stylesPath + " cannot be read: " + e.getMessage(), e);
        }
        for (Path file : rules) {
            String name = file.getParent().getFileName() + "." + file.getFileName().toString().replaceFirst("\\.yml$", "");
            JsonNode rule = yaml(file);
            String type = text(rule, "extends");
            boolean ignoreCase = rule.path("ignorecase").asBoolean(false);
            boolean nonword = rule.path("nonword").asBoolean(false);
            String message = text(rule, "message");
            Severity severity = "error".equalsIgnoreCase(text(rule, "level")) ? Severity.ERROR : Severity.WARNING;
            if ("existence".equals(type)) {
                List<String> tokens = new ArrayList<>();
                rule.path("tokens").forEach(token -> tokens.add(token.asString()));
                if (!tokens.isEmpty()) {
                    terms.add(new Term(name, compile(file, String.join("|", tokens), !nonword, ignoreCase), null,
                            message, Set.of(), severity));
                }
            } else if ("substitution".equals(type)) {
                JsonNode swap = rule.path("swap");
                for (String from : swap.propertyNames()) {
                    terms.add(new Term(name, compile(file, from, !nonword, ignoreCase), swap.get(from).asString(),
                            message, Set.of(), severity));
                }
            } else {
                unsupported.add(name + " (" + type + ")");
            }
        }
    }

    /** Case aware: a terms file's pattern matches in any case (the replacement takes the match's case). */
    private static Pattern compile(Path file, String pattern, boolean words, boolean ignoreCase) {
        String body = words ? "(?<![\\p{L}\\p{N}_])(?:" + pattern + ")(?![\\p{L}\\p{N}_])" : pattern;
        try {
            return Pattern.compile(body, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            throw new ConfigurationException(file + ": '" + pattern + "' is not a regular expression: "
                    + e.getDescription(), e);
        }
    }

    private static JsonNode yaml(Path file) {
        try {
            return FrontMatterParser.readYamlDocument(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException(file + " cannot be read as YAML: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node == null ? null : node.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }
}
