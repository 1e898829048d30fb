package io.github.articlecheck.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinkTargetTest {
    /** The regex the scan replaced: RFC 3986's scheme, then a colon. */
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);

    @Test
    void theSchemeScanEndsWhereTheRfc3986RegexDoes() {
        List<String> targets = List.of("https://example.org", "HTTP://x", "mailto:a@b.c", "tel:+33", "git+ssh://h/r",
                "a.b-c+d:rest", "x:", ":nothing", "1http://x", "ht tp://x", "h_t:x", "/docs/a:b", "a/b:c", "#top:x",
                "c:\\Windows", "C:/x", "", "é:x", "ab\u00e9:x", "javascript:void(0)", "a:\nb", "urn:isbn:1",
                "page.md", "no-colon-at-all", "x-y.z+w");
        for (String target : targets) {
            Matcher regex = SCHEME.matcher(target);
            int expected = regex.matches() ? regex.end(1) : -1;
            assertEquals(expected, LinkTarget.schemeEnd(target), target);
        }
    }

    @Test
    void aSchemeIsReadCaseInsensitivelyAndAWindowsPathIsNotOne() {
        assertEquals(LinkTarget.Kind.EXTERNAL, LinkTarget.classify("HTTPS://example.org/a", Set.of()).kind());
        assertEquals(LinkTarget.Kind.MAILTO, LinkTarget.classify("mailto:a@b.c", Set.of()).kind());
        assertEquals(LinkTarget.Kind.OTHER_SCHEME, LinkTarget.classify("tel:+33123", Set.of()).kind());
        assertEquals(LinkTarget.Kind.UNKNOWN_SCHEME, LinkTarget.classify("htps://example.org", Set.of()).kind());
        assertEquals(LinkTarget.Kind.OTHER_SCHEME, LinkTarget.classify("vscode:extension/x", Set.of("vscode")).kind());
        assertEquals(LinkTarget.Kind.RELATIVE, LinkTarget.classify("c:/Users/x.md", Set.of()).kind());
        assertEquals(LinkTarget.Kind.RELATIVE, LinkTarget.classify("a/b:c.md", Set.of()).kind());
    }
}
