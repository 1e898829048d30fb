package io.github.articlecheck.writing;

import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.Report;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * {@code style.term}: a team's vocabulary in its prose ({@code e-mail} → {@code courriel}, {@code digital} →
 * {@code numérique}), from the terms file and the Vale styles ({@link StyleTerms}). Whole words, any case, the
 * replacement in the case of the word it replaces ({@code E-mail} → {@code Courriel}) and carried as an edit. Only
 * prose: never code, URLs, HTML or front matter. A term limited to some languages applies to an article in one of
 * them: its front matter {@code lang}/{@code language}, else a language folder in its path ({@code content/fr/…}),
 * else the {@code language} parameter.
 */
public final class StyleTermCheck implements ArticleCheck {
    public static final RuleDescriptor TERM = RuleDescriptor.of("style.term", Severity.WARNING);

    private final StyleTerms terms;
    private final String language;

    public StyleTermCheck(WritingSettings settings) {
        this.terms = settings.terms();
        this.language = settings.language();
    }

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(TERM);
    }

    @Override
    public String indexKey() {
        StringBuilder key = new StringBuilder("language=" + language);
        for (StyleTerms.Term term : terms.terms()) {
            key.append('|').append(term.pattern().pattern()).append('>').append(term.preferred()).append(':')
                    .append(term.message()).append(term.languages()).append(term.severity());
        }
        return key.toString();
    }

    @Override
    public void check(Article article, FindingSink sink) {
        if (terms.terms().isEmpty() || !sink.enabled(TERM)) {
            return;
        }
        String lang = ArticleLanguage.of(article, language);
        String text = article.source().text();
        List<int[]> prose = ProseSegments.of(article); // once: a style has hundreds of terms
        for (StyleTerms.Term term : terms.terms()) {
            if (!term.languages().isEmpty() && !term.languages().contains(lang)) {
                continue;
            }
            Matcher matcher = term.pattern().matcher(text);
            for (int[] segment : prose) {
                matcher.region(segment[0], segment[1]);
                while (matcher.find()) {
                    if (matcher.end() == matcher.start()) {
                        continue;
                    }
                    report(sink, term, matcher.group(), matcher.start(), matcher.end());
                }
            }
        }
    }

    private static void report(FindingSink sink, StyleTerms.Term term, String found, int start, int end) {
        String preferred = term.preferred();
        boolean certain = preferred != null && !preferred.isBlank() && !preferred.contains("|");
        String replacement = certain ? inCaseOf(found, preferred) : preferred;
        Report report = sink.at(start).to(end).subject(term.name()).severity(term.severity());
        if (certain) {
            report.replace(start, end, replacement);
        }
        if (term.message() != null && !term.message().isBlank()) {
            report.report(TERM, "style.term.custom", found, vale(term.message(), found, replacement));
        } else if (preferred != null && !preferred.isBlank()) {
            report.report(TERM, "style.term.replace", found, replacement);
        } else {
            report.report(TERM, "style.term.avoid", found);
        }
    }

    /** Vale's message placeholders: existence's one {@code %s} is the match; substitution's are replacement, match. */
    private static String vale(String message, String found, String replacement) {
        if (!message.contains("%s")) {
            return message;
        }
        String first = replacement != null ? replacement : found;
        String filled = message.replaceFirst("%s", java.util.regex.Matcher.quoteReplacement(first));
        return filled.replaceFirst("%s", java.util.regex.Matcher.quoteReplacement(found));
    }

    /** The preferred form written as the match is: Capitalised, UPPER CASE, or as given. */
    static String inCaseOf(String found, String preferred) {
        if (found.length() > 1 && found.equals(found.toUpperCase(Locale.ROOT))
                && !found.equals(found.toLowerCase(Locale.ROOT))) {
            return preferred.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(found.codePointAt(0)) && Character.isLowerCase(preferred.codePointAt(0))) {
            return preferred.substring(0, 1).toUpperCase(Locale.ROOT) + preferred.substring(1);
        }
        return preferred;
    }
}
