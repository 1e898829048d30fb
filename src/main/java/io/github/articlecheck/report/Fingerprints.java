package io.github.articlecheck.report;

import io.github.articlecheck.engine.ContentHash;
import io.github.articlecheck.engine.Finding;
import java.util.HashMap;
import java.util.Map;

/**
 * Stable identities of findings for tools that track them across runs (GitLab, GitHub code scanning): the rule,
 * the file and the message, not the line, so editing elsewhere in the file keeps them; the same finding repeated
 * in one file is numbered in order of appearance.
 */
final class Fingerprints {
    private final Map<String, Integer> seen = new HashMap<>();

    String of(Finding finding) {
        String identity = finding.ruleId() + "\u0000" + finding.path() + "\u0000" + finding.message();
        int occurrence = seen.merge(identity, 1, Integer::sum);
        return ContentHash.of(identity + "\u0000" + occurrence);
    }
}
