package io.github.articlecheck.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Everything the engine needs, fixed before a run starts. Built by the Maven layer or any other front end. */
public record EngineConfiguration(
        Path baseDirectory,
        Path contentDirectory,
        List<String> includes,
        List<String> excludes,
        List<Path> siteRoots,
        Optional<Path> frontMatterSchema,
        List<SchemaMapping> schemaMappings,
        boolean requireFrontMatter,
        Map<String, RuleLevel> ruleLevels,
        List<String> titleKeys,
        io.github.articlecheck.markdown.AnchorStyle anchorStyle,
        LinkOptions links,
        boolean contentHashes,
        Optional<ChangeSet> changeSet,
        Optional<Path> indexFile,
        String cacheKey,
        int threads) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown");
    public static final List<String> DEFAULT_TITLE_KEYS = List.of("title", "titre");

    public EngineConfiguration {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        siteRoots = List.copyOf(siteRoots);
        schemaMappings = List.copyOf(schemaMappings);
        ruleLevels = Map.copyOf(ruleLevels);
        titleKeys = List.copyOf(titleKeys);
        if (threads < 1) {
            throw new ConfigurationException("threads must be at least 1");
        }
    }

    /**
     * Whether findings of one article alone (per-article rules, unused suppressions) are reported for it: always,
     * except in changed-files mode for an article the change did not touch.
     */
    public boolean reportsOn(String relativePath) {
        return changeSet.map(change -> change.isChanged(relativePath)).orElse(true);
    }

    public static Builder builder(Path baseDirectory) {
        return new Builder(baseDirectory);
    }

    /** Fluent builder; unset values get the documented defaults. */
    public static final class Builder {
        private final Path baseDirectory;
        private Path contentDirectory;
        private List<String> includes = DEFAULT_INCLUDES;
        private List<String> excludes = List.of();
        private List<Path> siteRoots = new ArrayList<>();
        private Path frontMatterSchema;
        private List<SchemaMapping> schemaMappings = List.of();
        private boolean requireFrontMatter = true;
        private final Map<String, RuleLevel> ruleLevels = new LinkedHashMap<>();
        private List<String> titleKeys = DEFAULT_TITLE_KEYS;
        private io.github.articlecheck.markdown.AnchorStyle anchorStyle = io.github.articlecheck.markdown.AnchorStyle.GITHUB;
        private LinkOptions links = LinkOptions.defaults();
        private boolean contentHashes;
        private ChangeSet changeSet;
        private Path indexFile;
        private String cacheKey = "articlecheck";
        private int threads = Runtime.getRuntime().availableProcessors();

        private Builder(Path baseDirectory) {
            this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
            this.contentDirectory = this.baseDirectory.resolve("content");
        }

        public Builder contentDirectory(Path value) {
            contentDirectory = baseDirectory.resolve(value).normalize();
            return this;
        }

        public Builder includes(List<String> value) {
            if (value != null && !value.isEmpty()) {
                includes = value;
            }
            return this;
        }

        public Builder excludes(List<String> value) {
            excludes = value == null ? List.of() : value;
            return this;
        }

        public Builder siteRoots(List<Path> value) {
            siteRoots = value == null ? List.of() : value;
            return this;
        }

        public Builder frontMatterSchema(Path value) {
            frontMatterSchema = value;
            return this;
        }

        public Builder schemaMappings(List<SchemaMapping> value) {
            schemaMappings = value == null ? List.of() : value;
            return this;
        }

        public Builder requireFrontMatter(boolean value) {
            requireFrontMatter = value;
            return this;
        }

        public Builder ruleLevel(String ruleId, RuleLevel level) {
            ruleLevels.put(ruleId, level);
            return this;
        }

        public Builder titleKeys(List<String> value) {
            if (value != null && !value.isEmpty()) {
                titleKeys = value;
            }
            return this;
        }

        public Builder anchorStyle(io.github.articlecheck.markdown.AnchorStyle value) {
            anchorStyle = value;
            return this;
        }

        public Builder links(LinkOptions value) {
            links = value;
            return this;
        }

        /** Hash each article's content (the baseline needs it to follow renamed articles). */
        public Builder contentHashes(boolean value) {
            contentHashes = value;
            return this;
        }

        /** Changed-files mode: check what the change touches (see {@link ChangeSet}). */
        public Builder changeSet(ChangeSet value) {
            changeSet = value;
            return this;
        }

        /** Where the index of the last run is kept, so unchanged articles are not read again; null for none. */
        public Builder indexFile(Path value) {
            indexFile = value;
            return this;
        }

        /** What else the results depend on (the plugin version): a change empties the index. */
        public Builder cacheKey(String value) {
            cacheKey = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public EngineConfiguration build() {
            List<Path> roots = new ArrayList<>();
            for (Path root : siteRoots) {
                roots.add(baseDirectory.resolve(root).normalize());
            }
            if (roots.isEmpty()) {
                roots.add(baseDirectory);
            }
            return new EngineConfiguration(baseDirectory, contentDirectory, includes, excludes, roots,
                    Optional.ofNullable(frontMatterSchema).map(p -> baseDirectory.resolve(p).normalize()),
                    schemaMappings, requireFrontMatter, ruleLevels, titleKeys, anchorStyle, links, contentHashes,
                    Optional.ofNullable(changeSet), Optional.ofNullable(indexFile).map(p -> baseDirectory.resolve(p).normalize()),
                    cacheKey, threads);
        }
    }
}
