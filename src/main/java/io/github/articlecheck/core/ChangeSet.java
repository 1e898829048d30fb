package io.github.articlecheck.core;

import java.util.Map;
import java.util.Set;

/**
 * What a pull request changed, for the changed-files mode: paths relative to the project base directory
 * ('/'-separated). Per-article rules run only on {@code changed} articles; cross-article findings are also kept
 * in other articles when their link points at a changed or deleted file (a deleted or renamed article, headings
 * that changed); external URLs are requested only when they occur on an {@code addedLines} line.
 *
 * @param description for the summary, e.g. "since origin/main (merge base 1a2b3c4)"
 * @param changed     added, modified and renamed-to files
 * @param deleted     deleted and renamed-from files
 * @param addedLines  per changed file, the text of its added lines (all lines for a new file)
 * @param removedLines per changed file, the text of the lines the change removed (a modified line is both)
 */
public record ChangeSet(String description, Set<String> changed, Set<String> deleted, Map<String, String> addedLines,
        Map<String, String> removedLines) {

    public ChangeSet {
        changed = Set.copyOf(changed);
        deleted = Set.copyOf(deleted);
        addedLines = Map.copyOf(addedLines);
        removedLines = Map.copyOf(removedLines);
    }

    public boolean isChanged(String path) {
        return changed.contains(path);
    }

    /** True when a link to this path is affected by the change. */
    public boolean touches(String path) {
        return changed.contains(path) || deleted.contains(path);
    }

    /** True when the change added the URL to that file: on an added line, and not on a line it replaced. */
    public boolean addedUrl(String path, String url) {
        String added = addedLines.get(path);
        return added != null && added.contains(url) && !removedLines.getOrDefault(path, "").contains(url);
    }
}
