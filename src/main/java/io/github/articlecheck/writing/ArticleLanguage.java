package io.github.articlecheck.writing;

import io.github.articlecheck.core.Article;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The language an article is written in, for the checks that depend on it (prose, readability, language-bound
 * terms): its front matter {@code lang} or {@code language}, else a language folder in its path ({@code content/fr/…},
 * an ISO 639-1 code, with a region or not), else the run's (the site's default language, then the {@code language}
 * parameter). As a primary subtag in lower case ({@code fr-FR} → {@code fr}); empty when unknown.
 */
final class ArticleLanguage {
    private static final Set<String> ISO_LANGUAGES = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));
    private static final Pattern REGION = Pattern.compile("[-_][a-z0-9]+$");
    private static final Pattern SUBTAGS = Pattern.compile("[-_].*$");

    private ArticleLanguage() {
    }

    static String of(Article article, String fallback) {
        String declared = article.frontMatter().flatMap(f -> f.data()).filter(JsonNode::isObject).map(data -> {
            JsonNode value = data.has("lang") ? data.get("lang") : data.get("language");
            return value != null && value.isString() ? value.asString() : null;
        }).orElse(null);
        if (declared == null) {
            for (String segment : article.relativePath().split("/")) {
                if (segment.length() > 7) {
                    continue;
                }
                String primary = REGION.matcher(segment.toLowerCase(Locale.ROOT)).replaceFirst("");
                if (primary.length() == 2 && ISO_LANGUAGES.contains(primary)) {
                    declared = primary;
                    break;
                }
            }
        }
        String value = declared == null ? fallback : declared;
        return value == null ? "" : SUBTAGS.matcher(value.toLowerCase(Locale.ROOT)).replaceFirst("");
    }
}
