package io.github.articlecheck.engine;

import io.github.articlecheck.core.ChangeSet;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.RuleLevel;
import io.github.articlecheck.read.AnchorStyle;
import io.github.articlecheck.read.IdStyle;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the runner needs, fixed before a run starts: which files are articles, how they are read, the rule levels,
 * the changed-files scope and the index. What the checks need is given to the checks when they are made.
 */
public record EngineConfiguration(
        Path baseDirectory,
        Path contentDirectory,
        List<String> includes,
        List<String> excludes,
        IdStyle anchorStyle,
        Map<String, RuleLevel> ruleLevels,
        boolean contentHashes,
        Optional<ChangeSet> changeSet,
        Optional<Path> indexFile,
        String cacheKey,
        int threads,
        boolean gitIgnore,
        List<FolderRuleLevels> folderRuleLevels,
        io.github.articlecheck.core.MarkdownDialect markdownDialect,
        io.github.articlecheck.core.MarkdownOptions markdownOptions,
        List<String> extensionlessIncludes) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown");

    public EngineConfiguration {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        Objects.requireNonNull(anchorStyle, "anchorStyle");
        Objects.requireNonNull(markdownOptions, "markdownOptions");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        ruleLevels = Map.copyOf(ruleLevels);
        folderRuleLevels = List.copyOf(folderRuleLevels);
        extensionlessIncludes = List.copyOf(extensionlessIncludes);
        if (threads < 1) {
            throw new ConfigurationException("threads must be at least 1");
        }
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
        private IdStyle anchorStyle = AnchorStyle.GITHUB;
        private List<String> extensionlessIncludes = List.of();
        private io.github.articlecheck.core.MarkdownDialect markdownDialect =
                io.github.articlecheck.core.MarkdownDialect.COMMONMARK;
        private io.github.articlecheck.core.MarkdownOptions markdownOptions =
                io.github.articlecheck.core.MarkdownOptions.defaults();
        private final Map<String, RuleLevel> ruleLevels = new LinkedHashMap<>();
        private boolean contentHashes;
        private ChangeSet changeSet;
        private Path indexFile;
        private String cacheKey = "articlecheck";
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean gitIgnore = true;
        private final List<FolderRuleLevels> folderRuleLevels = new java.util.ArrayList<>();

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

        /** More patterns of files not to check (a site generator's unpublished files), after the user's. */
        public Builder addExcludes(List<String> value) {
            List<String> all = new java.util.ArrayList<>(excludes);
            all.addAll(value);
            excludes = all;
            return this;
        }

        /**
         * Folders (patterns relative to the content directory) whose files without an extension are articles when
         * they start with front matter: Jekyll renders a collection document whatever its name.
         */
        public Builder extensionlessIncludes(List<String> value) {
            extensionlessIncludes = value;
            return this;
        }

        /** The Markdown engine the site renders with (kramdown for Jekyll), from the site model. */
        /** The site's Markdown switches (its generator's configuration). */
        public Builder markdownOptions(io.github.articlecheck.core.MarkdownOptions value) {
            markdownOptions = value;
            return this;
        }

        public Builder markdownDialect(io.github.articlecheck.core.MarkdownDialect value) {
            markdownDialect = value;
            return this;
        }

        public Builder anchorStyle(IdStyle value) {
            anchorStyle = value;
            return this;
        }

        public Builder ruleLevel(String ruleId, RuleLevel level) {
            ruleLevels.put(ruleId, level);
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

        /** Rule levels for the articles of some folders, over the run's own. */
        public Builder folderRuleLevels(FolderRuleLevels value) {
            folderRuleLevels.add(value);
            return this;
        }

        /** Whether files the repository's .gitignore ignores are left out (true by default). */
        public Builder gitIgnore(boolean value) {
            gitIgnore = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Path baseDirectory() {
            return baseDirectory;
        }

        public Path contentDirectory() {
            return contentDirectory;
        }

        public EngineConfiguration build() {
            return new EngineConfiguration(baseDirectory, contentDirectory, includes, excludes, anchorStyle, ruleLevels,
                    contentHashes, Optional.ofNullable(changeSet),
                    Optional.ofNullable(indexFile).map(p -> baseDirectory.resolve(p).normalize()), cacheKey, threads,
                    gitIgnore, folderRuleLevels, markdownDialect, markdownOptions, extensionlessIncludes);
        }
    }
}
