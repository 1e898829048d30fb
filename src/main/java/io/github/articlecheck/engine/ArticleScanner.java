package io.github.articlecheck.engine;

import io.github.articlecheck.core.ContentPaths;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.PathPattern;
import io.github.articlecheck.read.ArticleReader;
import io.github.articlecheck.core.ConfigurationException;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the articles under the content directory that match the includes and not the excludes. Symbolic links
 * are followed (content repositories share folders that way); a loop is reported once and skipped.
 */
final class ArticleScanner {
    private final Path contentDirectory;
    private final Path baseDirectory;
    /** The content directory relative to the base directory, with a trailing '/': an article's path is this plus its own. */
    private final String contentPrefix;
    private final List<PathPattern> includes = new ArrayList<>();
    private final List<PathPattern> excludes = new ArrayList<>();
    private final List<PathPattern> extensionless = new ArrayList<>();
    /** Paths under the content directory, cut from their text. */
    private final ContentPaths contentPaths;
    /** The repository's .gitignore rules, or null when they are not followed. */
    private final GitIgnore gitIgnore;
    /** A name no real file has: a folder is excluded when a file of this name in it would be. */
    private static final String FOLDER_PROBE = "\u0000any/\u0000file.md";

    ArticleScanner(EngineConfiguration configuration) {
        this.contentDirectory = configuration.contentDirectory();
        this.contentPaths = new ContentPaths(contentDirectory);
        this.baseDirectory = configuration.baseDirectory();
        this.contentPrefix = !contentDirectory.startsWith(baseDirectory) ? null : contentDirectory.equals(baseDirectory) ? ""
                : ArticleReader.relativize(baseDirectory, contentDirectory) + "/";
        configuration.includes().forEach(p -> includes.add(PathPattern.of(p)));
        configuration.excludes().forEach(p -> excludes.add(PathPattern.of(p)));
        configuration.extensionlessIncludes().forEach(p -> extensionless.add(PathPattern.of(p)));
        this.gitIgnore = configuration.gitIgnore() ? GitIgnore.of(baseDirectory) : null;
    }

    /**
     * @param stamps path (relative to the base directory), size and modification time of each article as listed,
     *               so that the index can tell an
     *               unchanged article without asking the file system again
     */
    record Scan(List<Path> articles, Map<Path, Stamp> stamps, List<Finding> problems) {
    }

    /** A file's path relative to the base directory ('/'-separated), size and modification time (milliseconds). */
    record Stamp(String relativePath, long size, long modified) {
    }

    Scan scan() {
        return scan((file, stamp) -> { });
    }

    /**
     * Lists the articles, handing each to {@code listed} as it is found (in the walk's order, on this thread), so
     * that checking can start while the rest of the tree is still being listed: on a large site the walk is mostly
     * waiting for the file system.
     */
    Scan scan(java.util.function.BiConsumer<Path, Stamp> listed) {
        if (!Files.isDirectory(contentDirectory)) {
            throw new ConfigurationException("content directory " + contentDirectory
                    + " does not exist or is not a folder: set contentDirectory to the folder of your articles");
        }
        List<Path> articles = new ArrayList<>();
        Map<Path, Stamp> stamps = new HashMap<>();
        List<Finding> problems = new ArrayList<>();
        try {
            Files.walkFileTree(contentDirectory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                            // An excluded folder is not walked at all: its loops and unreadable files are not ours.
                            return folder.equals(contentDirectory) || !excludedFolder(contentRelative(folder))
                                    && (gitIgnore == null || !gitIgnore.ignored(folder, true))
                                    ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            String relative = attributes.isDirectory() ? null : contentRelative(file);
                            if (relative != null && (selected(relative) || extensionlessArticle(file, relative))
                                    && (gitIgnore == null || !gitIgnore.ignored(file, false))) {
                                Stamp stamp = new Stamp(contentPrefix == null ? ArticleReader.relativize(baseDirectory, file)
                                        : contentPrefix + relative, attributes.size(), attributes.lastModifiedTime().toMillis());
                                articles.add(file);
                                stamps.put(file, stamp);
                                listed.accept(file, stamp);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String relative = contentRelative(file);
                            if (PathPattern.anyMatches(excludes, relative) || excludedFolder(relative)) {
                                return FileVisitResult.CONTINUE;
                            }
                            Message why = e instanceof FileSystemLoopException ? Message.of("article.unreadable.link-loop")
                                    : ArticleReader.describe(e);
                            problems.add(ArticleReader.problem(ArticleReader.relativize(baseDirectory, file), 1, 1, why));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new ConfigurationException("cannot list " + contentDirectory + ": " + e.getMessage(), e);
        }
        Collections.sort(articles);
        return new Scan(articles, stamps, problems);
    }

    /** The walk resolves each path from the content directory's: its text starts with it. */
    private String contentRelative(Path file) {
        return contentPaths.relative(file);
    }

    /** A folder every file of which an exclude pattern matches ({@code drafts/**} excludes {@code drafts}). */
    private boolean excludedFolder(String relative) {
        return !relative.isEmpty() && PathPattern.anyMatches(excludes, relative + "/" + FOLDER_PROBE);
    }

    /**
     * A file without an extension in a folder whose such files are articles (a Jekyll collection document): one when
     * it starts with a front matter line, as Jekyll renders only those (the rest are copied as static files).
     */
    private boolean extensionlessArticle(Path file, String relative) {
        if (extensionless.isEmpty() || file.getFileName().toString().contains(".")
                || !PathPattern.anyMatches(extensionless, relative) || PathPattern.anyMatches(excludes, relative)) {
            return false;
        }
        byte[] start = new byte[3];
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return in.readNBytes(start, 0, 3) == 3 && start[0] == '-' && start[1] == '-' && start[2] == '-';
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: not known to be an article
        }
    }

    private boolean selected(String relative) {
        return PathPattern.anyMatches(includes, relative) && !PathPattern.anyMatches(excludes, relative);
    }
}
