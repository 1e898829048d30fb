package io.github.articlecheck.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything the index's content depends on besides the articles: the configuration (minus what only affects
 * how the run goes: threads, progress, the changed-files mode, the index itself), the schema files' contents, the
 * cross-article checks that run, and the plugin version. Hashed: the index records it and is emptied when it
 * differs.
 */
final class IndexKey {
    private IndexKey() {
    }

    static String of(EngineConfiguration configuration, List<CorpusCheck> corpusChecks) {
        LinkOptions links = configuration.links();
        List<Object> parts = new ArrayList<>(List.of(configuration.cacheKey(), configuration.baseDirectory(),
                configuration.contentDirectory(), configuration.includes(), configuration.excludes(),
                configuration.siteRoots(), configuration.frontMatterSchema(), configuration.requireFrontMatter(),
                new TreeMap<>(configuration.ruleLevels()), configuration.titleKeys(), configuration.anchorStyle(),
                links.frontMatterLinkKeys(), new TreeSet<>(links.extraSchemes()), links.baseUrl(), links.sitePreset(),
                links.linkRenderHook(), links.excludeLinks().stream().map(Pattern::pattern).toList()));
        for (PermalinkRule rule : links.permalinks()) {
            parts.add(rule.url() + "->" + rule.source());
        }
        for (SchemaMapping mapping : configuration.schemaMappings()) {
            parts.add(mapping.includes() + "|" + mapping.excludes() + "|" + mapping.schema() + "|" + fileHash(
                    configuration.baseDirectory().resolve(mapping.schema())));
        }
        configuration.frontMatterSchema().ifPresent(schema -> parts.add(fileHash(schema)));
        corpusChecks.forEach(check -> parts.add(check.getClass().getName()));
        return ContentHash.of(parts.toString());
    }

    private static String fileHash(Path file) {
        try {
            return ContentHash.of(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }
}
