package io.github.articlecheck.run;

import io.github.articlecheck.core.AtomicFiles;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Messages;
import io.github.articlecheck.core.SourceText;
import io.github.articlecheck.core.TextEdit;
import io.github.articlecheck.core.TextEdits;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.read.ArticleReader;
import io.github.articlecheck.report.ConsoleLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fix goal: applies the edits that findings carry, for the rules whose fix is certain, then checks again and
 * puts back any file the fix made worse. A file is only touched when it was read and parsed without error; its
 * bytes are kept but for the edited ranges (BOM, line endings, final newline); external verdicts come from the
 * link cache only, so a fix never depends on a request made now.
 */
public final class FixRun {
    /** The rules whose edits are certain, in the order of the README. */
    public static final List<String> FIXABLE = List.of("link.tracking", "link.redirect", "link.case", "link.file",
            "link.image", "link.anchor", "footnote.order", "table.columns", "markdown.reversed-link",
            "markdown.emphasis-spaces", "text.invisible", "frontmatter.unknown-key", "style.term");
    /** A file with one of these was not read or parsed whole: nothing in it is edited. */
    private static final Set<String> NOT_PARSED = Set.of("article.unreadable", "article.too-complex",
            "frontmatter.syntax");

    private FixRun() {
    }

    /** Per rule, findings fixed; files changed; findings of fixable rules left, by reason. */
    public record Outcome(Map<String, Integer> fixedPerRule, List<String> changedFiles, Map<String, Integer> leftPerReason,
            Map<String, String> diffs) {
        public int fixed() {
            return fixedPerRule.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The rules to fix: {@code fixRules} when given (each must be fixable), else all of {@link #FIXABLE}. */
    public static List<String> rules(List<String> fixRules) {
        if (fixRules == null || fixRules.isEmpty()) {
            return FIXABLE;
        }
        for (String rule : fixRules) {
            if (!FIXABLE.contains(rule)) {
                throw new ConfigurationException("fixRules: " + rule + " has no certain fix; fixable rules: "
                        + String.join(", ", FIXABLE));
            }
        }
        return List.copyOf(fixRules);
    }

    public static Outcome fix(RunSettings given, List<String> rules, boolean dryRun, RunLog log) throws IOException {
        return fix(given, CheckCatalog::checks, rules, dryRun, log);
    }

    /** The fix goal with other checks than the catalogue's (a test's). */
    static Outcome fix(RunSettings given, java.util.function.Function<RunSettings, io.github.articlecheck.engine.Checks>
            checks, List<String> rules, boolean dryRun, RunLog log) throws IOException {
        RunSettings settings = given.withLinks(given.links().toBuilder().cacheOnly(true).build());
        java.util.function.Supplier<EngineResult> check = () -> new io.github.articlecheck.engine.Engine(
                settings.engine(), checks.apply(settings)).run();
        Messages messages = settings.messages();
        Path base = settings.engine().baseDirectory();
        EngineResult before = check.get();
        before.errors().forEach(error -> log.error(messages.render(error)));
        Set<String> notParsed = new TreeSet<>();
        Map<String, List<Finding>> byPath = new TreeMap<>();
        for (Finding finding : before.findings()) {
            if (NOT_PARSED.contains(finding.ruleId())) {
                notParsed.add(finding.path());
            }
            byPath.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(finding);
        }
        Map<String, Integer> left = new TreeMap<>();
        Map<String, byte[]> originals = new LinkedHashMap<>();
        Map<String, String> diffs = new LinkedHashMap<>();
        ArticleReader reader = settings.linkSettings().reader();
        for (Map.Entry<String, List<Finding>> entry : byPath.entrySet()) {
            String path = entry.getKey();
            List<Finding> fixable = entry.getValue().stream().filter(f -> rules.contains(f.ruleId())).toList();
            List<TextEdit> edits = fixable.stream().flatMap(f -> f.edits().stream())
                    .toList();
            long withoutEdit = fixable.stream().filter(f -> f.edits().isEmpty()).count();
            count(left, "fix.left.no-certain-fix", (int) withoutEdit);
            int withEdit = fixable.size() - (int) withoutEdit;
            if (withEdit == 0) {
                continue;
            }
            if (notParsed.contains(path)) {
                count(left, "fix.left.not-parsed", withEdit);
                continue;
            }
            if (settings.engine().changeSet().map(change -> !change.isChanged(path)).orElse(false)) {
                count(left, "fix.left.not-changed", withEdit);
                continue;
            }
            Path file = base.resolve(path);
            ArticleReader.Text read = reader.readText(file);
            if (read.text().isEmpty()) {
                count(left, "fix.left.not-parsed", withEdit);
                continue;
            }
            SourceText source = new SourceText(read.text().get());
            Optional<List<TextEdits.Span>> spans = TextEdits.resolve(source, edits);
            if (spans.isEmpty()) {
                log.warn(messages.text("fix.conflict", path));
                count(left, "fix.left.conflict", withEdit);
                continue;
            }
            String fixed = TextEdits.apply(source.text(), spans.get());
            if (fixed.equals(source.text())) {
                continue;
            }
            diffs.put(path, TextEdits.unifiedDiff(path, source, spans.get()));
            if (!dryRun) {
                // strict UTF-8 decodes and encodes back to the same bytes: the original needs no second read
                String bom = read.byteOrderMark() ? "\uFEFF" : "";
                originals.put(path, (bom + source.text()).getBytes(StandardCharsets.UTF_8));
                byte[] written = (bom + fixed).getBytes(StandardCharsets.UTF_8);
                try {
                    AtomicFiles.writeBinary(file, out -> out.write(written));
                } catch (IOException | RuntimeException e) {
                    restore(base, originals); // no half-fixed site: what was written is put back
                    throw e;
                }
            }
        }
        Map<String, Integer> fixedPerRule = new TreeMap<>();
        List<String> changed = new ArrayList<>(diffs.keySet());
        if (dryRun) {
            diffs.values().forEach(log::info);
            for (String path : changed) {
                byPath.get(path).stream().filter(f -> applied(f, rules))
                        .forEach(f -> fixedPerRule.merge(f.ruleId(), 1, Integer::sum));
            }
        } else if (!originals.isEmpty()) {
            EngineResult after;
            try {
                after = check.get();
            } catch (RuntimeException e) {
                restore(base, originals);
                throw e;
            }
            if (!after.errors().isEmpty()) {
                // the second check did not finish: nothing it says can vouch for a fix
                after.errors().forEach(error -> log.error(messages.render(error)));
                restore(base, originals);
                log.warn(messages.text("fix.unverified", originals.size()));
                return new Outcome(Map.of(), List.of(), left, Map.of());
            }
            Map<String, List<Finding>> afterByPath = new HashMap<>();
            after.findings().forEach(f -> afterByPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f));
            for (String path : originals.keySet()) {
                List<Finding> now = afterByPath.getOrDefault(path, List.of());
                List<Finding> fresh = worse(byPath.get(path), now, rules);
                if (!fresh.isEmpty()) {
                    restore(base, Map.of(path, originals.get(path)));
                    changed.remove(path);
                    diffs.remove(path);
                    log.warn(messages.text("fix.rolled-back", path, fresh.size(),
                            ConsoleLine.of(messages, fresh.get(0))));
                    count(left, "fix.left.rolled-back", (int) byPath.get(path).stream()
                            .filter(f -> applied(f, rules)).count());
                    continue;
                }
                Map<String, Integer> remaining = countByRule(now);
                countByRule(byPath.get(path)).forEach((rule, count) -> {
                    int gone = count - remaining.getOrDefault(rule, 0);
                    if (rules.contains(rule) && gone > 0) {
                        fixedPerRule.merge(rule, gone, Integer::sum);
                    }
                });
            }
        }
        for (String path : changed) {
            log.info(messages.text(dryRun ? "fix.would-change" : "fix.changed", path));
        }
        fixedPerRule.forEach((rule, count) -> log.info(messages.text(dryRun ? "fix.rule-would" : "fix.rule", rule,
                count)));
        left.forEach((reason, count) -> log.info(messages.text(reason, count)));
        Outcome outcome = new Outcome(fixedPerRule, changed, left, diffs);
        log.info(messages.text(dryRun ? "fix.summary-dry-run" : "fix.summary", outcome.fixed(), changed.size()));
        return outcome;
    }

    /**
     * The findings that make the fixed file worse: of a rule that has more findings than before less those whose
     * fix was applied (a fix that brought a new problem, or one that did not remove its own finding). Counted per
     * rule, not per subject, because a fixed URL or label changes the subject of the other findings on it.
     */
    static List<Finding> worse(List<Finding> before, List<Finding> after, List<String> rules) {
        Map<String, Integer> allowed = countByRule(before);
        before.stream().filter(f -> applied(f, rules))
                .forEach(f -> allowed.merge(f.ruleId(), -1, Integer::sum));
        Map<String, Integer> now = countByRule(after);
        Set<String> seen = new java.util.HashSet<>();
        before.forEach(f -> seen.add(f.ruleId() + '\u0000' + f.subject()));
        List<Finding> worse = new ArrayList<>();
        for (Finding finding : after) {
            if (now.get(finding.ruleId()) > allowed.getOrDefault(finding.ruleId(), 0)) {
                worse.add(finding);
            }
        }
        // the newest first: the one whose subject was not there before says best what the fix broke
        worse.sort(java.util.Comparator.comparing(f -> seen.contains(f.ruleId() + '\u0000' + f.subject())));
        return worse;
    }

    /** A finding whose edit a fix of these rules applies. */
    private static boolean applied(Finding finding, List<String> rules) {
        return rules.contains(finding.ruleId()) && !finding.edits().isEmpty();
    }

    private static void restore(Path base, Map<String, byte[]> originals) throws IOException {
        for (Map.Entry<String, byte[]> original : originals.entrySet()) {
            AtomicFiles.writeBinary(base.resolve(original.getKey()), out -> out.write(original.getValue()));
        }
    }

    private static Map<String, Integer> countByRule(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        return counts;
    }

    private static void count(Map<String, Integer> counts, String key, int value) {
        if (value > 0) {
            counts.merge(key, value, Integer::sum);
        }
    }
}
