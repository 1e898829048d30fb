package io.github.articlecheck.links;

import io.github.articlecheck.core.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published URL pattern and the source file that produces it, e.g. {@code /startups/:name} →
 * {@code content/_startups/:name.md}. Placeholders ({@code :name}) match one path segment.
 */
public record PermalinkRule(String url, String source, Pattern urlPattern, List<String> placeholders) {
    private static final Pattern PLACEHOLDER = Pattern.compile(":([A-Za-z][A-Za-z0-9]*)");

    public static PermalinkRule of(String url, String source) {
        if (url == null || source == null || url.isBlank() || source.isBlank()) {
            throw new ConfigurationException("a <permalink> needs a <url> pattern and a <source> path");
        }
        String pattern = "/" + url.trim().replaceAll("^/+|/+$", "");
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(pattern.substring(last, matcher.start())));
            regex.append("(?<").append(matcher.group(1)).append(">[^/]+)");
            names.add(matcher.group(1));
            last = matcher.end();
        }
        regex.append(Pattern.quote(pattern.substring(last))).append("(?:\\.html?)?");
        return new PermalinkRule(url, source.trim(), Pattern.compile(regex.toString()), List.copyOf(names));
    }
}
