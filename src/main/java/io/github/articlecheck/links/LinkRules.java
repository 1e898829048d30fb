package io.github.articlecheck.links;

import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.util.List;

/** The link rules, with their stable ids and default severities. */
public final class LinkRules {
    public static final RuleDescriptor FILE = RuleDescriptor.of("link.file", Severity.ERROR,
            "A local link points to a file that does not exist.",
            "Fix the path (the message names the file looked for and the closest existing one), or add the file.");
    public static final RuleDescriptor IMAGE = RuleDescriptor.of("link.image", Severity.ERROR,
            "An image (Markdown, HTML or front matter) points to a file that does not exist.",
            "Fix the path, or add the image under the article's folder or a site root.");
    public static final RuleDescriptor CASE = RuleDescriptor.of("link.case", Severity.ERROR,
            "The link's target exists only with different letter case: it works on macOS and Windows, not on Linux servers.",
            "Write the path with the file's exact letter case.");
    public static final RuleDescriptor ANCHOR = RuleDescriptor.of("link.anchor", Severity.ERROR,
            "A #fragment names no anchor (heading, {#id}, id or name attribute) in the target article.",
            "Use the heading's anchor id as the generator writes it (see anchorStyle), or add the anchor.");
    public static final RuleDescriptor EMPTY = RuleDescriptor.of("link.empty", Severity.ERROR,
            "A link has an empty destination: [text]() or href=\"\".", "Write the destination, or remove the link.");
    public static final RuleDescriptor REFERENCE = RuleDescriptor.of("link.reference", Severity.ERROR,
            "A reference link [text][label] whose label has no definition: it renders as plain text with brackets.",
            "Add '[label]: https://…' to the article, or fix the label.");
    public static final RuleDescriptor SYNTAX = RuleDescriptor.of("link.syntax", Severity.ERROR,
            "A malformed URL or mail address: mistyped scheme (ttps://), spaces, an invalid host.",
            "Fix the URL; encode spaces as %20.");
    public static final RuleDescriptor TRACKING = RuleDescriptor.of("link.tracking", Severity.WARNING,
            "A URL carries tracking parameters (utm_*, fbclid, gclid, ...).",
            "Use the clean URL the message gives.");
    public static final RuleDescriptor EXTERNAL = RuleDescriptor.of("link.external", Severity.ERROR,
            "An external link is broken: 404, 410, unknown host, connection refused, TLS failure, 5xx after retries.",
            "Update the URL (an archived copy may exist), or remove the link.");
    public static final RuleDescriptor UNVERIFIED = RuleDescriptor.of("link.unverified", Severity.WARNING,
            "An external link could not be verified: 401, 403 (bot protection), 429 after retries, 999, timeout.",
            "Check it by hand; add it to excludeLinks or acceptStatus if it is fine.");
    public static final RuleDescriptor REDIRECT = RuleDescriptor.of("link.redirect", Severity.WARNING,
            "An external link redirects permanently (301, 308).", "Use the final URL the message gives.");
    public static final RuleDescriptor BLOCKED = RuleDescriptor.of("link.blocked", Severity.WARNING,
            "An external link's host resolves to a loopback, private, link-local or other non-public address: not contacted.",
            "Link to a public address, or set allowPrivateAddresses for an intranet site.");
    public static final RuleDescriptor INSECURE = new RuleDescriptor("link.insecure", Severity.WARNING, false,
            "An http:// link whose https:// form works.", "Use https://.");

    public static final List<RuleDescriptor> ALL = List.of(FILE, IMAGE, CASE, ANCHOR, EMPTY, REFERENCE, SYNTAX,
            TRACKING, EXTERNAL, UNVERIFIED, REDIRECT, BLOCKED, INSECURE);

    private LinkRules() {
    }
}
