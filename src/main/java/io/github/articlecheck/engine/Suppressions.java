package io.github.articlecheck.engine;

import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.core.IndexInput;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.IndexOutput;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.RawHtml;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions in the style markdownlint users know, written as HTML comments in the article:
 * {@code <!-- articlecheck-disable rule.id -->} … {@code <!-- articlecheck-enable rule.id -->},
 * {@code <!-- articlecheck-disable-next-line rule.id -->} and {@code <!-- articlecheck-disable-file rule.id -->}.
 * Without a rule id a directive applies to every rule. A directive that suppresses nothing is itself reported,
 * so stale ones get cleaned up.
 */
final class Suppressions {
    static final RuleDescriptor UNUSED = RuleDescriptor.of("suppression.unused", Severity.WARNING);

    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\s*articlecheck-(disable-next-line|disable-file|disable|enable)(?:\\s+([^\\n]*?))?\\s*");
    private static final String ALL = "*";

    private enum Kind { DISABLE, ENABLE, NEXT_LINE, FILE }

    private static final class Directive {
        final Kind kind;
        final List<String> rules;
        final int line;
        final int column;
        final int lastLine;
        boolean used;

        Directive(Kind kind, List<String> rules, int line, int column, int lastLine) {
            this.kind = kind;
            this.rules = rules;
            this.line = line;
            this.column = column;
            this.lastLine = lastLine;
        }

        boolean names(String ruleId) {
            return rules.contains(ALL) || rules.contains(ruleId);
        }

        String text() {
            String name = kind == Kind.NEXT_LINE ? "disable-next-line" : kind == Kind.FILE ? "disable-file"
                    : kind.name().toLowerCase(java.util.Locale.ROOT);
            return "articlecheck-" + name + (rules.contains(ALL) ? "" : " " + String.join(" ", rules));
        }
    }

    /** A disable directive's reach for one rule (or all): lines [from, to). */
    private record Span(Directive directive, String rule, int from, int to) {
    }

    private final List<Directive> directives;
    private final List<Span> spans = new ArrayList<>();

    private Suppressions(List<Directive> directives) {
        this.directives = directives;
        for (int i = 0; i < directives.size(); i++) {
            Directive directive = directives.get(i);
            for (String rule : directive.rules) {
                switch (directive.kind) {
                    case FILE:
                        spans.add(new Span(directive, rule, 1, Integer.MAX_VALUE));
                        break;
                    case NEXT_LINE:
                        spans.add(new Span(directive, rule, directive.lastLine + 1, directive.lastLine + 2));
                        break;
                    case DISABLE:
                        spans.add(new Span(directive, rule, directive.line, enableLine(i, rule)));
                        break;
                    default:
                        break;
                }
            }
        }
    }

    private int enableLine(int disableIndex, String rule) {
        for (int j = disableIndex + 1; j < directives.size(); j++) {
            Directive later = directives.get(j);
            if (later.kind == Kind.ENABLE && (later.rules.contains(ALL) || later.rules.contains(rule))) {
                return later.line;
            }
        }
        return Integer.MAX_VALUE;
    }

    static Suppressions of(Article article) {
        List<Directive> directives = new ArrayList<>();
        for (RawHtml.Comment comment : article.rawHtml().comments()) {
            Matcher matcher = DIRECTIVE.matcher(comment.text());
            if (!matcher.matches()) {
                continue;
            }
            Kind kind = switch (matcher.group(1)) {
                case "disable-next-line" -> Kind.NEXT_LINE;
                case "disable-file" -> Kind.FILE;
                case "disable" -> Kind.DISABLE;
                default -> Kind.ENABLE;
            };
            String ids = matcher.group(2) == null ? "" : matcher.group(2).trim();
            List<String> rules = ids.isEmpty() ? List.of(ALL) : Arrays.asList(ids.split("[\\s,]+"));
            int end = comment.start() + 4 + comment.text().length() + 3;
            directives.add(new Directive(kind, rules, article.source().line(comment.start()),
                    article.source().column(comment.start()), article.source().line(Math.max(comment.start(), end - 1))));
        }
        return new Suppressions(directives);
    }

    boolean isEmpty() {
        return directives.isEmpty();
    }

    /** Writes the directives to the index: an unchanged article's suppressions without reading it again. */
    void write(IndexOutput out) {
        out.writeInt(directives.size());
        for (Directive directive : directives) {
            out.writeInt(directive.kind.ordinal());
            out.writeInt(directive.line);
            out.writeInt(directive.column);
            out.writeInt(directive.lastLine);
            out.writeInt(directive.rules.size());
            directive.rules.forEach(out::writeString);
        }
    }

    static Suppressions read(IndexInput in) {
        int count = in.readInt();
        List<Directive> directives = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Kind kind = Kind.values()[in.readInt()];
            int line = in.readInt();
            int column = in.readInt();
            int lastLine = in.readInt();
            int ruleCount = in.readInt();
            List<String> rules = new ArrayList<>();
            for (int r = 0; r < ruleCount; r++) {
                rules.add(in.readString());
            }
            directives.add(new Directive(kind, rules, line, column, lastLine));
        }
        return new Suppressions(directives);
    }

    /** The same directives, none of them used yet: an index entry's copy for one run. */
    Suppressions fresh() {
        if (directives.isEmpty()) {
            return this;
        }
        List<Directive> copies = new ArrayList<>();
        for (Directive directive : directives) {
            copies.add(new Directive(directive.kind, directive.rules, directive.line, directive.column, directive.lastLine));
        }
        return new Suppressions(copies);
    }

    /**
     * Removes the findings a directive suppresses, marking those directives as used. One sweep down the lines:
     * spans enter when the sweep reaches their first line and leave after their last, so ten thousand directives
     * and ten thousand findings cost a sort, not a hundred million comparisons.
     */
    List<Finding> filter(List<Finding> findings) {
        if (spans.isEmpty() || findings.isEmpty()) {
            return new ArrayList<>(findings);
        }
        List<Span> byStart = new ArrayList<>(spans);
        byStart.sort(java.util.Comparator.comparingInt(Span::from));
        Integer[] order = new Integer[findings.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> findings.get(i).line()));
        java.util.PriorityQueue<Span> active = new java.util.PriorityQueue<>(java.util.Comparator.comparingInt(Span::to));
        boolean[] suppressed = new boolean[findings.size()];
        int next = 0;
        for (int index : order) {
            Finding finding = findings.get(index);
            while (next < byStart.size() && byStart.get(next).from() <= finding.line()) {
                active.add(byStart.get(next++));
            }
            while (!active.isEmpty() && active.peek().to() <= finding.line()) {
                active.poll();
            }
            for (Span span : active) {
                if (span.rule().equals(ALL) || span.rule().equals(finding.ruleId())) {
                    span.directive().used = true;
                    suppressed[index] = true;
                }
            }
        }
        List<Finding> kept = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (!suppressed[i]) {
                kept.add(findings.get(i));
            }
        }
        return kept;
    }

    /**
     * A {@code suppression.unused} finding for each directive that suppressed nothing (unless the rules it names
     * are all turned off) or names an unknown rule. Call after every finding of the article went through
     * {@link #filter}.
     */
    List<Finding> unused(String path, Set<String> knownRules, Set<String> enabledRules, Severity severity) {
        List<Finding> unused = new ArrayList<>();
        for (Directive directive : directives) {
            List<String> unknown = directive.rules.stream().filter(r -> !r.equals(ALL) && !knownRules.contains(r)).toList();
            if (!unknown.isEmpty()) {
                unused.add(Finding.at(path, directive.line, directive.column, UNUSED.id(), severity, directive.text(),
                        Message.of("suppression.unused.unknown-rule", directive.text(), unknown.size(),
                                String.join("', '", unknown))));
            } else if (directive.kind != Kind.ENABLE && !directive.used
                    && (directive.rules.contains(ALL) || directive.rules.stream().anyMatch(enabledRules::contains))) {
                unused.add(Finding.at(path, directive.line, directive.column, UNUSED.id(), severity, directive.text(),
                        Message.of("suppression.unused.nothing", directive.text())));
            }
        }
        return unused;
    }
}
