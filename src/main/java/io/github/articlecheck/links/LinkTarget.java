package io.github.articlecheck.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a link destination points at, classified as a checker needs it: external web URL, mail address, another
 * scheme, a fragment of the same article, a site-root path, a relative path, or a template expression.
 *
 * @param kind     the class
 * @param path     for local kinds: the decoded path without query and fragment ({@code ""} for a pure fragment);
 *                 for templated content references: the referenced content path
 * @param fragment the decoded fragment, or empty
 * @param scheme   the scheme, lower-case, or empty
 */
public record LinkTarget(Kind kind, String path, Optional<String> fragment, String scheme) {

    public enum Kind {
        EMPTY,
        EXTERNAL,
        MAILTO,
        OTHER_SCHEME,
        UNKNOWN_SCHEME,
        FRAGMENT,
        SITE_ROOT,
        RELATIVE,
        /** Hugo ref/relref or Jekyll link: {@code path} is a content path to check. */
        CONTENT_REFERENCE,
        /** Any other template expression: not guessed at. */
        TEMPLATED
    }

    /** Schemes that are links but not checked here. */
    public static final Set<String> KNOWN_SCHEMES = Set.of("tel", "ftp", "ftps", "sftp", "ssh", "git", "irc", "ircs",
            "news", "nntp", "sms", "data", "javascript", "file", "magnet", "xmpp", "matrix", "geo", "webcal", "feed",
            "callto", "facetime", "skype", "spotify", "steam", "vscode", "slack", "zoommtg", "urn", "doi", "bitcoin",
            "mms", "rtsp", "ws", "wss", "about", "chrome", "market", "itms-apps", "intent", "fax");

    private static final Pattern HUGO_REF = Pattern.compile(
            "\\{\\{[<%]\\s*(?:rel)?ref\\s+(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`|(\\S+))\\s*[>%]\\}\\}");
    private static final Pattern JEKYLL_LINK = Pattern.compile("\\{%\\s*(?:post_)?link\\s+([^%\\s]+)\\s*%\\}");
    /** jekyllrb.com/docs/liquid/tags/#linking-to-posts: {@code {% post_url 2010-07-21-name %}}, in _posts. */
    private static final Pattern JEKYLL_POST_URL = Pattern.compile("\\{%-?\\s*post_url\\s+/?([^%\\s]+)\\s*-?%\\}");

    /**
     * Jekyll's site-path outputs (jekyllrb.com/docs/liquid/filters): {@code {{ site.baseurl }}/x.png} and
     * {@code {{ "/x.png" | relative_url }}} (or {@code absolute_url}) name the site path {@code /x.png}; the base
     * URL they add is the site's own, so the path behind it is what is checked.
     */
    private static final Pattern JEKYLL_BASEURL = Pattern.compile("^\\{\\{-?\\s*site\\.baseurl\\s*-?\\}\\}(/.*)?$");
    private static final Pattern JEKYLL_URL_FILTER = Pattern.compile(
            "^\\{\\{-?\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*\\|\\s*(?:relative_url|absolute_url)\\s*-?\\}\\}(.*)$");

    public static LinkTarget classify(String destination, Set<String> extraSchemes) {
        String text = destination.trim();
        if (text.isEmpty()) {
            return new LinkTarget(Kind.EMPTY, "", Optional.empty(), "");
        }
        if (text.length() > 1 && text.charAt(0) == '{' && text.endsWith("}") && !text.startsWith("{{")
                && !text.startsWith("{%")) {
            return new LinkTarget(Kind.TEMPLATED, text, Optional.empty(), ""); // an MDX/JSX expression: {url}
        }
        if (text.contains("{{") || text.contains("{%")) {
            Matcher hugo = HUGO_REF.matcher(text);
            if (hugo.find()) {
                String ref = firstNonNull(hugo.group(1), hugo.group(2), hugo.group(3), hugo.group(4));
                return local(Kind.CONTENT_REFERENCE, ref + text.substring(hugo.end()));
            }
            Matcher baseurl = JEKYLL_BASEURL.matcher(text);
            if (baseurl.matches()) {
                return local(Kind.SITE_ROOT, baseurl.group(1) == null ? "/" : baseurl.group(1));
            }
            Matcher filter = JEKYLL_URL_FILTER.matcher(text);
            if (filter.matches()) {
                String path = firstNonNull(filter.group(1), filter.group(2), null, null) + filter.group(3);
                return local(Kind.SITE_ROOT, path.startsWith("/") ? path : "/" + path);
            }
            Matcher post = JEKYLL_POST_URL.matcher(text);
            if (post.find()) {
                return local(Kind.CONTENT_REFERENCE, "/_posts/" + post.group(1) + text.substring(post.end()));
            }
            Matcher jekyll = JEKYLL_LINK.matcher(text);
            if (jekyll.find()) {
                return local(Kind.CONTENT_REFERENCE, jekyll.group(1) + text.substring(jekyll.end()));
            }
            return new LinkTarget(Kind.TEMPLATED, text, Optional.empty(), "");
        }
        if (text.startsWith("//")) {
            return new LinkTarget(Kind.EXTERNAL, text, Optional.empty(), "https");
        }
        int colon = schemeEnd(text);
        if (colon > 0 && !looksLikeWindowsPath(text)) {
            String name = text.substring(0, colon).toLowerCase(Locale.ROOT);
            if (name.equals("http") || name.equals("https")) {
                return new LinkTarget(Kind.EXTERNAL, text, Optional.empty(), name);
            }
            if (name.equals("mailto")) {
                return new LinkTarget(Kind.MAILTO, text.substring(7), Optional.empty(), name);
            }
            boolean known = KNOWN_SCHEMES.contains(name) || extraSchemes.contains(name);
            return new LinkTarget(known ? Kind.OTHER_SCHEME : Kind.UNKNOWN_SCHEME, text, Optional.empty(), name);
        }
        if (text.startsWith("#")) {
            return new LinkTarget(Kind.FRAGMENT, "", Optional.of(decode(text.substring(1))), "");
        }
        return local(text.startsWith("/") ? Kind.SITE_ROOT : Kind.RELATIVE, text);
    }

    private static LinkTarget local(Kind kind, String text) {
        String withoutQuery = text;
        Optional<String> fragment = Optional.empty();
        int hash = withoutQuery.indexOf('#');
        if (hash >= 0) {
            fragment = Optional.of(decode(withoutQuery.substring(hash + 1)));
            withoutQuery = withoutQuery.substring(0, hash);
        }
        int query = withoutQuery.indexOf('?');
        if (query >= 0) {
            withoutQuery = withoutQuery.substring(0, query);
        }
        return new LinkTarget(kind, decode(withoutQuery), fragment, "");
    }

    /** Percent-decoding that leaves malformed escapes and '+' as written. */
    public static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /**
     * Where the URI scheme of {@code text} ends, RFC 3986's {@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"}:
     * the index of its colon, or -1. Scanned, not matched: it runs for each of MDN-de's 110,000 links.
     */
    static int schemeEnd(String text) {
        if (text.isEmpty() || !isAsciiLetter(text.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean looksLikeWindowsPath(String text) {
        return text.length() > 2 && Character.isLetter(text.charAt(0)) && text.charAt(1) == ':'
                && (text.charAt(2) == '\\' || text.charAt(2) == '/');
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return "";
    }
}
