package io.github.articlecheck.writing;

import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.Report;
import io.github.articlecheck.core.RuleDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * The prose engine when LanguageTool is on the classpath. The article's prose goes to LanguageTool as an
 * {@link AnnotatedText} built over the whole source: prose ranges as text, everything between them as markup with what
 * a reader hears in its place (a paragraph break between blocks, a space for a line break, "X" for a code span, nothing
 * for emphasis markers and link syntax), so every match comes back at the file's own offsets — through inline
 * markup, entities, CRLF and a BOM alike. One {@link JLanguageTool} per language and thread, made once and kept
 * for the next article, run and module ({@link #IDLE}).
 */
final class LanguageToolProse implements ProseCheck.Engine {
    private final List<String> disabledRules;
    private final Map<String, Dictionary> dictionaries;
    private final String dictionaryKey;
    /**
     * Idle instances per language and configuration, shared by the threads of a run and by the runs of one JVM (the
     * modules of a build, a test suite): a {@link JLanguageTool} is not thread-safe, so each thread borrows its own,
     * and building one loads thousands of rules (20 s for French on a 2-core machine), so none is built twice.
     */
    private static final Map<String, java.util.concurrent.ConcurrentLinkedQueue<JLanguageTool>> IDLE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The words and phrases of a project dictionary ({@code .articlecheck/dictionary-fr.txt}). */
    private record Dictionary(List<String> words, List<String> phrases, Set<String> lowerCase) {
    }

    private LanguageToolProse(List<String> disabledRules, Map<String, Dictionary> dictionaries, String dictionaryKey) {
        this.disabledRules = List.copyOf(disabledRules);
        this.dictionaries = dictionaries;
        this.dictionaryKey = dictionaryKey;
    }

    static LanguageToolProse create(Path dictionaryFolder, List<String> disabledRules) {
        Map<String, Dictionary> dictionaries = new TreeMap<>();
        StringBuilder key = new StringBuilder();
        if (dictionaryFolder != null && Files.isDirectory(dictionaryFolder)) {
            try (var files = Files.list(dictionaryFolder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith("dictionary-") && name.endsWith(".txt")) {
                        String lang = name.substring("dictionary-".length(), name.length() - 4).toLowerCase(Locale.ROOT);
                        List<String> entries = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                        dictionaries.put(lang, new Dictionary(entries.stream().filter(e -> !e.contains(" ")).toList(),
                                entries.stream().filter(e -> e.contains(" ")).toList(),
                                entries.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())));
                        key.append(lang).append('=').append(entries.hashCode()).append(';');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new LanguageToolProse(disabledRules == null ? List.of() : disabledRules, dictionaries, key.toString());
    }

    static String version() {
        return JLanguageTool.VERSION;
    }

    static List<String> languages() {
        return Languages.get().stream().map(Language::getShortCode).distinct().sorted().toList();
    }

    @Override
    public String indexKey() {
        return "LanguageTool " + JLanguageTool.VERSION + " " + languages() + " disabled=" + disabledRules
                + " dictionaries=" + dictionaryKey;
    }

    @Override
    public void check(Article article, String language, List<String> proseKeys, FindingSink sink) {
        String key = language + "|" + disabledRules + "|" + dictionaryKey;
        JLanguageTool tool = borrow(key, language);
        if (tool == null) {
            return; // no module for this language among the plugin's dependencies
        }
        String text = article.source().text();
        List<ProseSegments.Segment> segments = ProseSegments.withBlocks(article);
        List<RuleMatch> matches;
        try {
            matches = new java.util.ArrayList<>(tool.check(annotated(segments, text)));
            for (int[] value : frontMatterProse(article, proseKeys)) {
                // each value alone, as the sentence it is; its matches moved to the value's place in the file
                for (RuleMatch match : tool.check(text.substring(value[0], value[1]))) {
                    match.setOffsetPosition(match.getFromPos() + value[0], match.getToPos() + value[0]);
                    matches.add(match);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            IDLE.computeIfAbsent(key, k -> new java.util.concurrent.ConcurrentLinkedQueue<>()).offer(tool);
        }
        Dictionary dictionary = dictionaries.get(language);
        for (RuleMatch match : matches) {
            int from = match.getFromPos();
            int to = Math.min(match.getToPos(), text.length());
            if (from < 0 || from >= to) {
                continue;
            }
            String covered = text.substring(from, to);
            if (dictionary != null && dictionary.lowerCase().contains(covered.toLowerCase(Locale.ROOT))) {
                continue;
            }
            RuleDescriptor rule = ruleFor(match.getRule());
            if (acrossMarkup(segments, text, from, to)
                    || rule == ProseCheck.SPELLING && acronymOrNumbered(covered)
                    || match.getRule().getId().equals("UPPERCASE_SENTENCE_START") && startsListItemOrCell(segments, text, from)) {
                continue;
            }
            if (!sink.enabled(rule)) {
                continue;
            }
            List<String> suggestions = match.getSuggestedReplacements().stream().limit(3).toList();
            String message = match.getMessage().replaceAll("</?suggestion>", "'");
            Report report = sink.at(from).to(to).subject(match.getRule().getId());
            if (!suggestions.isEmpty()) {
                report.replace(from, to, suggestions.get(0));
                report.report(rule, "prose.match.suggestions", message, match.getRule().getId(),
                        suggestions.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")));
            } else {
                report.report(rule, "prose.match", message, match.getRule().getId());
            }
        }
    }

    /**
     * The values of the prose keys as {start, end} offsets in the file: one-line text values whose source, quotes
     * taken off, is exactly the value (a block scalar or an escaped string is left out rather than mispositioned).
     */
    static List<int[]> frontMatterProse(Article article, List<String> proseKeys) {
        List<int[]> values = new java.util.ArrayList<>();
        article.frontMatter().filter(f -> f.isMapping()).ifPresent(frontMatter -> {
            for (String key : proseKeys) {
                tools.jackson.databind.JsonNode value = frontMatter.data().get().get(key);
                if (value == null || !value.isString() || value.asString().isBlank()) {
                    continue;
                }
                frontMatter.location("/" + key.replace("~", "~0").replace("/", "~1")).ifPresent(at -> {
                    int start = article.source().offset(at.valueLine(), at.valueColumn());
                    int lineEnd = article.source().text().indexOf('\n', start);
                    String written = article.source().text().substring(start, lineEnd < 0
                            ? article.source().text().length() : lineEnd).stripTrailing();
                    String wanted = value.asString();
                    if (written.equals(wanted)) {
                        values.add(new int[] {start, start + wanted.length()});
                    } else if (written.length() == wanted.length() + 2 && written.substring(1, written.length() - 1)
                            .equals(wanted) && (written.charAt(0) == '"' || written.charAt(0) == '\'')) {
                        values.add(new int[] {start + 1, start + 1 + wanted.length()});
                    }
                });
            }
        });
        return values;
    }

    /** LanguageTool's categories onto the four rules; its spelling rules are spelling whatever their category. */
    static RuleDescriptor ruleFor(Rule rule) {
        if (rule.isDictionaryBasedSpellingRule()) {
            return ProseCheck.SPELLING;
        }
        String category = rule.getCategory() == null ? "" : rule.getCategory().getId().toString()
                .toUpperCase(Locale.ROOT);
        if (category.equals("TYPOS")) {
            return ProseCheck.SPELLING;
        }
        String id = rule.getId().toUpperCase(Locale.ROOT);
        // French spacing rules sit in a general category (FRENCH_WHITESPACE in MISC): their ids say what they are
        if (category.contains("TYPOGRAPH") || category.contains("PUNCTUATION") || category.contains("PONCTUATION")
                || id.contains("WHITESPACE") || id.contains("ESPACE") || id.contains("APOSTROPHE")
                || id.contains("GUILLEMET") || id.contains("TIRET") || id.contains("ELLIPSIS")) {
            return ProseCheck.TYPOGRAPHY;
        }
        if (category.contains("STYLE") || category.contains("REDUNDANCY") || category.contains("PLAIN_ENGLISH")
                || category.contains("REPETITION") || category.contains("CREATIVE") || category.contains("REGISTER")) {
            return ProseCheck.STYLE;
        }
        return ProseCheck.GRAMMAR;
    }

    private JLanguageTool borrow(String key, String code) {
        JLanguageTool idle = IDLE.computeIfAbsent(key, k -> new java.util.concurrent.ConcurrentLinkedQueue<>()).poll();
        if (idle != null) {
            return idle;
        }
        Language lang;
        try {
            lang = Languages.getLanguageForShortCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Language variant = lang.getDefaultLanguageVariant(); // "en" spells as en-US, as LanguageTool's own server
        JLanguageTool tool = new JLanguageTool(variant != null ? variant : lang);
        disabledRules.forEach(tool::disableRule);
        Dictionary dictionary = dictionaries.get(code);
        if (dictionary != null) {
            for (Rule rule : tool.getAllActiveRules()) {
                if (rule instanceof SpellingCheckRule spelling) {
                    spelling.addIgnoreTokens(dictionary.words());
                    spelling.acceptPhrases(dictionary.phrases());
                }
            }
        }
        return tool;
    }

    /**
     * A match over more than emphasis markers between two prose ranges ({@code Cyber**](https://…)} on the sample):
     * it reads a link's URL or a code span as words, never the author's text.
     */
    static boolean acrossMarkup(List<ProseSegments.Segment> segments, String text, int from, int to) {
        int previousEnd = -1;
        for (ProseSegments.Segment segment : segments) {
            if (segment.end() <= from) {
                previousEnd = segment.end();
                continue;
            }
            if (segment.start() >= to) {
                break;
            }
            if (previousEnd >= 0 && segment.start() > Math.max(previousEnd, from)) {
                String between = text.substring(Math.max(previousEnd, from), segment.start());
                if (!between.chars().allMatch(c -> c == '*' || c == '_' || c == '~' || Character.isWhitespace(c))) {
                    return true;
                }
            }
            previousEnd = segment.end();
        }
        return false;
    }

    /**
     * Words spelling checkers leave alone by default (LibreOffice's and Word's "ignore words in UPPERCASE" and "with
     * numbers"): acronyms (DINUM, ANCT) and references (H2O, 1M€) are names, not misspellings.
     */
    static boolean acronymOrNumbered(String word) {
        boolean letters = word.codePoints().anyMatch(Character::isLetter);
        return word.codePoints().anyMatch(Character::isDigit)
                || letters && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                        && word.codePoints().filter(Character::isLetter).count() > 1;
    }

    /** A list item or a table cell may start in lower case ("- biais de sélection"): no sentence starts there. */
    private static boolean startsListItemOrCell(List<ProseSegments.Segment> segments, String text, int from) {
        for (int i = 0; i < segments.size(); i++) {
            ProseSegments.Segment segment = segments.get(i);
            int firstWord = segment.start();
            while (firstWord < segment.end() && Character.isWhitespace(text.charAt(firstWord))) {
                firstWord++;
            }
            if (firstWord == from) {
                boolean first = i == 0 || segments.get(i - 1).block() != segment.block();
                Node block = segment.block();
                return first && block != null && (block.getParent() instanceof com.vladsch.flexmark.ast.ListItem
                        || block instanceof com.vladsch.flexmark.ext.tables.TableCell);
            }
        }
        return false;
    }

    /** The whole source as annotated text: prose as text, the rest as markup read as what a reader hears. */
    static AnnotatedText annotated(List<ProseSegments.Segment> segments, String text) {
        AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        int at = 0;
        Node previousBlock = null;
        for (ProseSegments.Segment segment : segments) {
            if (segment.start() > at) {
                String markup = text.substring(at, segment.start());
                builder.addMarkup(markup, heard(markup, previousBlock != null && previousBlock != segment.block()));
            } else if (previousBlock != null && previousBlock != segment.block()) {
                builder.addMarkup("", "\n\n");
            }
            addProse(builder, text.substring(segment.start(), segment.end()));
            at = segment.end();
            previousBlock = segment.block();
        }
        if (at < text.length()) {
            builder.addMarkup(text.substring(at), "");
        }
        return builder.build();
    }

    /** TeX math written in the text ({@code $x^2$}, {@code $$…$$}, KaTeX and MathJax on many sites) is no prose. */
    private static final java.util.regex.Pattern MATH = java.util.regex.Pattern.compile(
            "\\$\\$[^$]+\\$\\$|(?<![\\\\$\\w])\\$(?=\\S)[^$\\n]*\\S\\$(?![\\w$])");

    private static void addProse(AnnotatedTextBuilder builder, String prose) {
        java.util.regex.Matcher math = MATH.matcher(prose);
        int at = 0;
        while (math.find()) {
            if (math.start() > at) {
                builder.addText(prose.substring(at, math.start()));
            }
            builder.addMarkup(math.group(), "X");
            at = math.end();
        }
        if (at < prose.length()) {
            builder.addText(prose.substring(at));
        }
    }

    private static String heard(String markup, boolean newBlock) {
        if (newBlock) {
            return "\n\n";
        }
        if (markup.indexOf('`') >= 0) {
            return "X";
        }
        if (markup.equals("&nbsp;") || markup.equals("&#160;")) {
            return "\u00a0";
        }
        if (markup.indexOf('\n') >= 0 || markup.startsWith("&") || markup.startsWith("<br")) {
            return " ";
        }
        return "";
    }
}
