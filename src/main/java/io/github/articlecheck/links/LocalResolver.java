package io.github.articlecheck.links;

import io.github.articlecheck.core.ContentPaths;
import io.github.articlecheck.core.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Resolves local link paths to files, the way a static site serves them: relative paths from the article's
 * folder, {@code /…} paths against the site roots in order, folder links to their index file, extension-less
 * links to {@code .md}/{@code .html} files. Letter case is compared exactly, segment by segment, from listings
 * of the folders, so a link that works only on a case-insensitive disk (macOS, Windows) is caught on any OS.
 */
final class LocalResolver {
    /** Tried, in order, for a link to a folder. */
    static final List<String> INDEX_FILES = List.of("index.md", "_index.md", "README.md", "index.html");
    /** Tried, in order, for a link whose last segment has no extension. */
    static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".html");

    private final Path baseDirectory;
    private final ContentPaths basePaths;
    private final Map<Path, Optional<Map<String, List<String>>>> listings = new ConcurrentHashMap<>();
    private final Map<Query, Resolution> resolved = new ConcurrentHashMap<>();

    LocalResolver(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
        this.basePaths = new ContentPaths(baseDirectory);
    }

    enum Status { FOUND, CASE_MISMATCH, MISSING }

    /**
     * @param file       the file found, the file whose case differs, or the first path tried when missing
     * @param actual     for a case mismatch, the path as it exists on disk
     * @param suggestion for a missing file, the closest existing name in the deepest existing folder, computed
     *                   only when asked: most missing candidates are just one of several tried
     */
    record Resolution(Status status, Path file, Optional<Path> actual,
            java.util.function.Supplier<Optional<Suggestion>> suggestion) {
    }

    /**
     * An existing file close to a missing one: {@code written} is the missing name as the link gives it (one
     * segment), {@code name} the existing one; {@code unique} when no other name is as close (a fix may apply it).
     */
    record Suggestion(Path file, String written, String name, boolean unique) {
    }

    private static final java.util.function.Supplier<Optional<Suggestion>> NO_SUGGESTION = Optional::empty;

    /**
     * A value computed when first asked, then kept: a resolution is remembered per query and many links miss the
     * same file, so its "did you mean" is computed once (two threads may both compute it: the same value).
     */
    private static final class Once<T> implements java.util.function.Supplier<T> {
        private final java.util.function.Supplier<T> compute;
        private volatile T value;

        Once(java.util.function.Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            T known = value;
            if (known == null) {
                known = compute.get();
                value = known;
            }
            return known;
        }
    }

    /**
     * Resolves {@code path} (decoded, no query or fragment) against each base folder in turn. Remembered: many
     * articles link to the same pages and images.
     */
    Resolution resolve(List<Path> bases, String path) {
        return resolved.computeIfAbsent(new Query(bases, path), query -> resolveOnDisk(bases, path));
    }

    private record Query(List<Path> bases, String path) {
    }

    private Resolution resolveOnDisk(List<Path> bases, String path) {
        Resolution first = null;
        Resolution caseMismatch = null;
        for (Path base : bases) {
            for (Path candidate : candidates(base, path)) {
                Resolution resolution = lookup(base, candidate);
                if (resolution.status() == Status.FOUND) {
                    return resolution;
                }
                if (resolution.status() == Status.CASE_MISMATCH && caseMismatch == null) {
                    caseMismatch = resolution;
                }
                if (first == null) {
                    first = resolution;
                }
            }
        }
        return caseMismatch != null ? caseMismatch : first;
    }

    private static List<Path> candidates(Path base, String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        Path direct = base.resolve(relative).normalize();
        List<Path> candidates = new ArrayList<>();
        candidates.add(direct);
        String last = direct.getFileName() == null ? "" : direct.getFileName().toString();
        boolean folderLink = relative.isEmpty() || relative.endsWith("/");
        if (!folderLink && !last.contains(".")) {
            for (String extension : EXTENSIONS) {
                candidates.add(direct.resolveSibling(last + extension));
            }
        }
        if (!folderLink && last.endsWith(".html")) {
            candidates.add(direct.resolveSibling(last.substring(0, last.length() - 5) + ".md"));
        }
        if (folderLink || !last.contains(".")) {
            for (String index : INDEX_FILES) {
                candidates.add(direct.resolve(index));
            }
        }
        return candidates;
    }

    /** Walks the candidate's segments below {@code base}, comparing names exactly. */
    private Resolution lookup(Path linkBase, Path candidate) {
        // Walk from the link's base folder, or from the project for links that climb out of it (../x).
        Path base = candidate.startsWith(linkBase) ? linkBase : candidate.startsWith(baseDirectory) ? baseDirectory : null;
        if (base == null) {
            boolean exists = Files.isRegularFile(candidate);
            return new Resolution(exists ? Status.FOUND : Status.MISSING, candidate, Optional.empty(), NO_SUGGESTION);
        }
        Path current = base;
        Path actual = base;
        boolean caseDiffers = false;
        Path segments = base.relativize(candidate);
        for (int index = 0; index < segments.getNameCount(); index++) {
            String name = segments.getName(index).toString();
            if (name.isEmpty()) {
                continue;
            }
            Optional<Map<String, List<String>>> listing = listing(current);
            List<String> sameIgnoringCase = listing.map(l -> l.get(name.toLowerCase(Locale.ROOT))).orElse(null);
            if (sameIgnoringCase == null) {
                Path folder = actual;
                // the segments after the missing one: a fix must lead to a file that exists, not just a folder
                Path rest = index + 1 < segments.getNameCount() ? segments.subpath(index + 1, segments.getNameCount())
                        : null;
                return new Resolution(Status.MISSING, candidate, Optional.empty(),
                        new Once<>(() -> listing.flatMap(l -> suggestion(folder, name, allNames(l), rest))));
            }
            String exact = sameIgnoringCase.contains(name) ? name : sameIgnoringCase.get(0);
            caseDiffers |= !exact.equals(name);
            current = current.resolve(exact);
            actual = actual.resolve(exact);
        }
        if (!Files.isRegularFile(actual)) {
            return new Resolution(Status.MISSING, candidate, Optional.empty(), NO_SUGGESTION);
        }
        return caseDiffers ? new Resolution(Status.CASE_MISMATCH, candidate, Optional.of(actual), NO_SUGGESTION)
                : new Resolution(Status.FOUND, candidate, Optional.empty(), NO_SUGGESTION);
    }

    private Optional<Map<String, List<String>>> listing(Path folder) {
        return listings.computeIfAbsent(folder, f -> {
            if (!Files.isDirectory(f)) {
                return Optional.empty();
            }
            Map<String, List<String>> names = new HashMap<>();
            try (Stream<Path> entries = Files.list(f)) {
                entries.forEach(e -> names.computeIfAbsent(e.getFileName().toString().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(e.getFileName().toString()));
            } catch (IOException e) {
                return Optional.empty();
            }
            return Optional.of(names);
        });
    }

    /**
     * The closest name in the folder; an extension-less link ("notifications-v2") is compared with file names'
     * stems, and its fix keeps it extension-less.
     */
    private static Optional<Suggestion> suggestion(Path folder, String name, List<String> names, Path rest) {
        Optional<String> best = Suggestions.closest(name, names);
        if (best.isPresent() || name.contains(".")) {
            return best.map(b -> new Suggestion(folder.resolve(b), name, b,
                    Suggestions.certain(name, b, names) && leadsToAFile(folder.resolve(b), rest)));
        }
        Map<String, String> byStem = new HashMap<>();
        for (String candidate : names) {
            int dot = candidate.lastIndexOf('.');
            byStem.putIfAbsent(dot > 0 ? candidate.substring(0, dot) : candidate, candidate);
        }
        return Suggestions.closest(name, byStem.keySet()).map(stem -> new Suggestion(folder.resolve(byStem.get(stem)),
                name, stem, Suggestions.certain(name, stem, byStem.keySet())
                        && leadsToAFile(folder.resolve(byStem.get(stem)), rest)));
    }

    private static boolean leadsToAFile(Path suggested, Path rest) {
        return rest == null ? Files.isRegularFile(suggested) || Files.isDirectory(suggested)
                : Files.isRegularFile(suggested.resolve(rest));
    }

    private static List<String> allNames(Map<String, List<String>> listing) {
        List<String> names = new ArrayList<>();
        listing.values().forEach(names::addAll);
        return names;
    }

    String display(Path path) {
        return basePaths.display(path);
    }
}
