package io.github.articlecheck.engine;

import io.github.articlecheck.core.ContentHash;
import io.github.articlecheck.core.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one identity of a finding across runs, for the baseline, SARIF {@code partialFingerprints} and GitLab: its
 * rule, its article's path, its subject (the key, URL, label or anchor at fault) and, when the same subject is at
 * fault more than once in one article, its occurrence number in document order. Lines and wording take no part,
 * so moving text or switching the language keeps it.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** A finding's identity: what it is about, and which repeat of it. */
    public record Identity(String path, String rule, String subject, int occurrence) {
        public String fingerprint() {
            return Fingerprints.of(path, rule, subject, occurrence);
        }
    }

    public static String of(String path, String rule, String subject, int occurrence) {
        return ContentHash.of(rule + "\u0000" + path + "\u0000" + subject + "\u0000" + occurrence, 16);
    }

    /** The identities of findings, in the same order; {@code findings} must be sorted (as a run returns them). */
    public static List<Identity> identities(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<Identity> identities = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String key = finding.ruleId() + "\u0000" + finding.path() + "\u0000" + finding.subject();
            int occurrence = seen.merge(key, 1, Integer::sum);
            identities.add(new Identity(finding.path(), finding.ruleId(), finding.subject(), occurrence));
        }
        return identities;
    }

    /** The fingerprints of findings, in the same order. */
    public static List<String> of(List<Finding> findings) {
        return identities(findings).stream().map(Identity::fingerprint).toList();
    }
}
