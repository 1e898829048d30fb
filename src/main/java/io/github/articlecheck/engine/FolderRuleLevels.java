package io.github.articlecheck.engine;

import io.github.articlecheck.core.PathPattern;
import io.github.articlecheck.core.RuleLevel;
import java.util.List;
import java.util.Map;

/**
 * Rule levels for some articles only (a folder of checklist items where {@code heading.increment} is off): the
 * articles matching {@code includes} and not {@code excludes}, relative to the content directory, as
 * {@code <schemas>} entries are. They win over the run's own levels for those articles.
 */
public record FolderRuleLevels(List<String> includes, List<String> excludes, Map<String, RuleLevel> levels) {

    public FolderRuleLevels {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        levels = Map.copyOf(levels);
    }

    /** The entry with its patterns compiled once, for the level policy that asks for every finding. */
    Compiled compile() {
        return new Compiled(includes.stream().map(PathPattern::of).toList(),
                excludes.stream().map(PathPattern::of).toList(), levels);
    }

    record Compiled(List<PathPattern> includes, List<PathPattern> excludes, Map<String, RuleLevel> levels) {
        boolean covers(String contentRelativePath) {
            return PathPattern.anyMatches(includes, contentRelativePath)
                    && !PathPattern.anyMatches(excludes, contentRelativePath);
        }
    }
}
