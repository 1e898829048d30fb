package io.github.articlecheck.links;

/**
 * The one form of a URL path that the published-URL lookups key on: query and fragment cut, percent-decoding done,
 * {@code index.html}, {@code .html} and the trailing slash dropped, one leading slash. It runs for every link and
 * every published URL of a site (hundreds of thousands on MDN-de), so it is written by hand and copies nothing a
 * path already in that form does not need.
 */
final class UrlPathForms {
    private UrlPathForms() {
    }

    /** Trailing slash, {@code index.html} and {@code .html} do not change which page a URL names. */
    static String normalize(String url) {
        String path = url.trim();
        int cut = queryOrFragmentStart(path);
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        path = LinkTarget.decode(path);
        // "/a/index.html" names "/a/", "/a.html" names "/a" (checked by hand: this runs for every link of a site)
        if (path.endsWith("/index.html") || path.endsWith("/index.htm")) {
            path = path.substring(0, path.lastIndexOf("/index.htm") + 1);
        }
        if (path.endsWith(".html")) {
            path = path.substring(0, path.length() - 5);
        } else if (path.endsWith(".htm")) {
            path = path.substring(0, path.length() - 4);
        }
        return rooted(path);
    }

    /** {@code path} with one leading slash and no trailing one: itself when it is so already (most links are). */
    static String rooted(String path) {
        int start = leadingSlashes(path);
        int end = endBeforeSlashes(path, start);
        return start == 1 && end == path.length() ? path : "/" + path.substring(start, end);
    }

    static String stripSlashes(String path) {
        int start = leadingSlashes(path);
        return path.substring(start, endBeforeSlashes(path, start));
    }

    private static int leadingSlashes(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return start;
    }

    /** Where {@code path} ends without its trailing slashes, not before {@code start}. */
    private static int endBeforeSlashes(String path, int start) {
        int end = path.length();
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return end;
    }

    /** Where the query or the fragment of {@code url} starts (its first '?' or '#'), or -1. */
    static int queryOrFragmentStart(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                return i;
            }
        }
        return -1;
    }
}
