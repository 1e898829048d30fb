package io.github.articlecheck.links;


import io.github.articlecheck.TestArticles;
import io.github.articlecheck.core.Message;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlSyntaxTest {

    @Test
    void realWorldUrlsAreValid() {
        for (String url : List.of("https://julien_p.gitlab.io/the-librery-slides/#/prologue",
                "https://wiki.lafabriquedesmobilites.fr/wiki/Registre_de_Preuve_de_Covoiturage_(RPC)",
                "https://fr.wikipedia.org/wiki/Données_ouvertes", "https://exämple.de/pfad", "http://localhost:8080/x",
                "//cdn.example.org/lib.js", "https://[2001:db8::1]:8443/", "https://user@example.org/",
                "https://example.org./trailing-dot")) {
            assertEquals(Optional.empty(), UrlSyntax.problem(url), url);
        }
    }

    @Test
    void malformedUrlsAreExplained() {
        assertEquals(Optional.of("contains a space or a control character: encode it (%20) or remove it"),
                UrlSyntax.problem("https://example.org/a b").map(TestArticles.ENGLISH::resolve));
        assertEquals(Optional.of("has no host name"), UrlSyntax.problem("https:///path").map(TestArticles.ENGLISH::resolve));
        assertEquals(Optional.of("host 'exa..mple.org' has an empty label (two dots in a row, or a leading dot)"),
                UrlSyntax.problem("https://exa..mple.org/").map(TestArticles.ENGLISH::resolve));
        assertEquals(Optional.of("host '-bad.org' has an invalid label '-bad'"), UrlSyntax.problem("https://-bad.org/").map(TestArticles.ENGLISH::resolve));
        assertEquals(Optional.of("has an invalid port '99999'"), UrlSyntax.problem("https://example.org:99999/").map(TestArticles.ENGLISH::resolve));
        assertEquals(Optional.of("'http:' must be followed by '//'"), UrlSyntax.problem("http:/example.org").map(TestArticles.ENGLISH::resolve));
    }

    /** The ASCII fast path says what the label pattern says, on ASCII labels and near misses. */
    @Test
    void hostLabelsAreJudgedAsThePatternJudgesThem() {
        java.util.regex.Pattern label = java.util.regex.Pattern.compile(
                "[\\p{L}\\p{M}\\p{N}_](?:[\\p{L}\\p{M}\\p{N}_-]*[\\p{L}\\p{M}\\p{N}_])?");
        for (String host : List.of("example", "a", "a-b", "-a", "a-", "-", "a--b", "_dmarc", "x_y", "A1", "9",
                "exämple", "é", "a b", "a+b", "a~b", "xn--bcher-kva", "a\u0301", "\u0661\u0662", "a-\u00e9")) {
            Optional<String> expected = label.matcher(host).matches() ? Optional.empty()
                    : Optional.of(Message.reference("url.problem.label") + " '" + host + "'");
            assertEquals(expected, UrlSyntax.hostProblem(host), host);
        }
    }

    @Test
    void mailAddresses() {
        assertEquals(Optional.empty(), UrlSyntax.mailProblem("contact@example.org?subject=Bonjour").map(TestArticles.ENGLISH::resolve));
        assertEquals(Optional.empty(), UrlSyntax.mailProblem("a@example.org,b@example.fr").map(TestArticles.ENGLISH::resolve));
        assertEquals(Optional.of("'contact.example.org' is not an email address (name@domain)"),
                UrlSyntax.mailProblem("contact.example.org").map(TestArticles.ENGLISH::resolve));
        assertEquals(Optional.of("'contact@localhost' has an invalid domain 'localhost'"), UrlSyntax.mailProblem("contact@localhost").map(TestArticles.ENGLISH::resolve));
    }

    @Test
    void trackingParametersAndTheCleanUrl() {
        String url = "https://example.org/a?id=3&utm_source=news&fbclid=xyz&x=1#part";
        assertEquals(List.of("utm_source", "fbclid"), UrlSyntax.trackingParameters(url));
        assertEquals("https://example.org/a?id=3&x=1#part", UrlSyntax.withoutTracking(url));
        assertEquals("https://example.org/", UrlSyntax.withoutTracking("https://example.org/?utm_medium=email&gclid=1"));
        assertEquals(List.of(), UrlSyntax.trackingParameters("https://example.org/?utm=1&source=x"));
    }

    @Test
    void classification() {
        Set<String> none = Set.of();
        assertEquals(LinkTarget.Kind.EXTERNAL, LinkTarget.classify("https://x.org", none).kind());
        assertEquals(LinkTarget.Kind.EXTERNAL, LinkTarget.classify("//x.org/a", none).kind());
        assertEquals(LinkTarget.Kind.MAILTO, LinkTarget.classify("mailto:a@b.org", none).kind());
        assertEquals(LinkTarget.Kind.OTHER_SCHEME, LinkTarget.classify("tel:+33123456789", none).kind());
        assertEquals(LinkTarget.Kind.UNKNOWN_SCHEME, LinkTarget.classify("ttps://x.org", none).kind());
        assertEquals(LinkTarget.Kind.OTHER_SCHEME, LinkTarget.classify("matrix2:room", Set.of("matrix2")).kind());
        LinkTarget fragment = LinkTarget.classify("#donn%C3%A9es-ouvertes", none);
        assertEquals(LinkTarget.Kind.FRAGMENT, fragment.kind());
        assertEquals(Optional.of("données-ouvertes"), fragment.fragment());
        LinkTarget root = LinkTarget.classify("/images/logo%20bleu.svg?v=2#x", none);
        assertEquals(LinkTarget.Kind.SITE_ROOT, root.kind());
        assertEquals("/images/logo bleu.svg", root.path());
        assertEquals(LinkTarget.Kind.RELATIVE, LinkTarget.classify("notifications-v2", none).kind());
        LinkTarget ref = LinkTarget.classify("{{< ref \"functions/foo.md#usage\" >}}", none);
        assertEquals(LinkTarget.Kind.CONTENT_REFERENCE, ref.kind());
        assertEquals("functions/foo.md", ref.path());
        assertEquals(Optional.of("usage"), ref.fragment());
        assertEquals(LinkTarget.Kind.CONTENT_REFERENCE, LinkTarget.classify("{% link _posts/2024-01-02-x.md %}", none).kind());
        assertEquals(LinkTarget.Kind.TEMPLATED, LinkTarget.classify("{{% eturl rss %}}", none).kind());
        assertEquals(LinkTarget.Kind.EMPTY, LinkTarget.classify("  ", none).kind());
    }

    @Test
    void urlKeysIgnoreFragmentAndHostCase() {
        assertEquals("https://example.org/A?x=1", ExternalLinkChecker.key("HTTPS://Example.ORG/A?x=1#frag"));
        assertEquals("https://example.org/A?x=1", ExternalLinkChecker.key("https://example.org/A?x=1"));
        assertEquals("https://Ann@example.org/", ExternalLinkChecker.key("https://Ann@Example.org/"));
        assertEquals("https://xn--exmple-cua.de/p", ExternalLinkChecker.key("https://exämple.de/p"));
        assertTrue(ExternalLinkChecker.key("//cdn.org/x").startsWith("https://cdn.org"));
    }

    @Test
    void nonPublicAddresses() throws Exception {
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1")) {
            assertTrue(AddressPolicy.isNonPublic(java.net.InetAddress.getByName(address)), address);
        }
        for (String address : List.of("93.184.216.34", "2001:4860:4860::8888", "100.128.0.1")) {
            assertEquals(false, AddressPolicy.isNonPublic(java.net.InetAddress.getByName(address)), address);
        }
    }
}
