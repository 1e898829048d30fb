package io.github.articlecheck.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Ant/Maven-style path patterns ({@code **}{@code /*.md}, {@code drafts/**}) on '/'-separated relative paths:
 * {@code **}{@code /} matches zero or more folders, {@code *} anything but '/', {@code ?} one character.
 */
public final class PathPattern {
    private final String source;
    private final Pattern regex;
    /** For the common {@code **}{@code /*.md}: the ending every matching path has, checked without the regex. */
    private final String anyFolderSuffix;

    private PathPattern(String source) {
        this.source = source;
        String glob = source.trim().replace('\\', '/');
        this.regex = Pattern.compile(toRegex(glob));
        String rest = glob.startsWith("**/*") ? glob.substring(4) : null;
        this.anyFolderSuffix = rest != null && !rest.isEmpty() && rest.chars().noneMatch(c -> "*?/".indexOf(c) >= 0) ? rest : null;
    }

    public static PathPattern of(String pattern) {
        return new PathPattern(pattern);
    }

    public boolean matches(String relativePath) {
        return anyFolderSuffix != null ? relativePath.endsWith(anyFolderSuffix) : regex.matcher(relativePath).matches();
    }

    public static boolean anyMatches(List<PathPattern> patterns, String relativePath) {
        for (PathPattern pattern : patterns) {
            if (pattern.matches(relativePath)) {
                return true;
            }
        }
        return false;
    }

    private static String toRegex(String glob) {
        String pattern = glob.startsWith("/") ? glob.substring(1) : glob;
        if (pattern.endsWith("/")) {
            pattern = pattern + "**"; // a folder means everything in it, as in Maven
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                out.append("(?:.*/)?");
                i += 3;
            } else if (pattern.startsWith("**", i)) {
                out.append(".*");
                i += 2;
            } else if (c == '*') {
                out.append("[^/]*");
                i++;
            } else if (c == '?') {
                out.append("[^/]");
                i++;
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
