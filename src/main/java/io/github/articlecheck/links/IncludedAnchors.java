package io.github.articlecheck.links;

import io.github.articlecheck.read.Anchors;
import io.github.articlecheck.read.ArticleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Anchors of a snippet included into a page by a Hugo include shortcode. Usually the snippet is itself an article
 * of the run; when it is excluded (headless {@code _common/} folders), it is read and parsed here, once.
 */
final class IncludedAnchors {
    private IncludedAnchors() {
    }

    static Set<String> of(Path snippet, Map<Path, Set<String>> anchors, ArticleReader reader) {
        Set<String> known = anchors.get(snippet);
        if (known != null) {
            return known;
        }
        Set<String> ids;
        try {
            String text = Files.readString(snippet, StandardCharsets.UTF_8);
            ids = LinkCheck.anchorIds(reader.parse(snippet, snippet.toString(), text, false));
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
        anchors.put(snippet, ids);
        return ids;
    }
}
