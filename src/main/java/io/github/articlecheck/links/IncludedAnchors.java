package io.github.articlecheck.links;

import io.github.articlecheck.engine.ArticleReader;
import io.github.articlecheck.engine.EngineConfiguration;
import io.github.articlecheck.markdown.HeadingAnchors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Anchors of a snippet included into a page by a Hugo include shortcode. Usually the snippet is itself an article
 * of the run; when it is excluded (headless {@code _common/} folders), it is read and parsed here, once.
 */
final class IncludedAnchors {
    private IncludedAnchors() {
    }

    static Set<String> of(Path snippet, Map<Path, Set<String>> anchors, EngineConfiguration configuration) {
        Set<String> known = anchors.get(snippet);
        if (known != null) {
            return known;
        }
        Set<String> ids = new HashSet<>();
        try {
            String text = Files.readString(snippet, StandardCharsets.UTF_8);
            var article = ArticleReader.parse(snippet, snippet.toString(), text);
            HeadingAnchors.anchors(article.document(), configuration.anchorStyle())
                    .forEach(anchor -> ids.add(LinkCheck.normalizeFragment(anchor.id())));
            for (String line : text.split("\\r?\\n")) {
                if (!line.isBlank() && !line.startsWith(":") && !line.startsWith("#")) {
                    ids.add(LinkCheck.normalizeFragment(configuration.anchorStyle().slugOf(line.replaceAll("[`*_]", "").trim())));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
        anchors.put(snippet, ids);
        return ids;
    }
}
