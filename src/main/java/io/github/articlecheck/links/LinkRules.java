package io.github.articlecheck.links;

import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.util.List;

/** The link rules, with their stable ids and default severities. */
public final class LinkRules {
    public static final RuleDescriptor FILE = RuleDescriptor.of("link.file", Severity.ERROR);
    public static final RuleDescriptor IMAGE = RuleDescriptor.of("link.image", Severity.ERROR);
    public static final RuleDescriptor CASE = RuleDescriptor.of("link.case", Severity.ERROR);
    public static final RuleDescriptor ANCHOR = RuleDescriptor.of("link.anchor", Severity.ERROR);
    public static final RuleDescriptor EMPTY = RuleDescriptor.of("link.empty", Severity.ERROR);
    public static final RuleDescriptor REFERENCE = RuleDescriptor.of("link.reference", Severity.ERROR);
    public static final RuleDescriptor SYNTAX = RuleDescriptor.of("link.syntax", Severity.ERROR);
    public static final RuleDescriptor TRACKING = RuleDescriptor.of("link.tracking", Severity.WARNING);
    public static final RuleDescriptor EXTERNAL = RuleDescriptor.of("link.external", Severity.ERROR);
    public static final RuleDescriptor UNVERIFIED = RuleDescriptor.of("link.unverified", Severity.WARNING);
    public static final RuleDescriptor REDIRECT = RuleDescriptor.of("link.redirect", Severity.WARNING);
    public static final RuleDescriptor BLOCKED = RuleDescriptor.of("link.blocked", Severity.WARNING);
    public static final RuleDescriptor INSECURE = RuleDescriptor.offByDefault("link.insecure", Severity.WARNING);

    public static final List<RuleDescriptor> ALL = List.of(FILE, IMAGE, CASE, ANCHOR, EMPTY, REFERENCE, SYNTAX,
            TRACKING, EXTERNAL, UNVERIFIED, REDIRECT, BLOCKED, INSECURE);

    private LinkRules() {
    }
}
