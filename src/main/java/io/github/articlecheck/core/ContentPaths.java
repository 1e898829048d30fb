package io.github.articlecheck.core;

import java.io.File;
import java.nio.file.Path;

/**
 * A file's path under the content directory, '/'-separated, for the walk, the link check and the heading check.
 * {@code Path.relativize} and {@code normalize} compare and copy the paths name by name (a path object per name:
 * 270 MB of garbage on MDN-de, where each article asked three times); a file the walk found under the content
 * directory has a path whose text starts with the directory's, so the rest of that text is the answer. Anything else
 * (a relative path, a {@code .} or {@code ..} name) goes the long way, with the same result.
 */
public final class ContentPaths {
    private final Path contentDirectory;
    private final String prefix;

    public ContentPaths(Path contentDirectory) {
        this.contentDirectory = contentDirectory;
        String text = contentDirectory.toString();
        this.prefix = text.endsWith(File.separator) ? text : text + File.separator;
    }

    /** {@code file}'s path under the content directory ("" for the directory itself), or null when not under it. */
    public String relative(Path file) {
        String text = file.toString();
        if (file.isAbsolute() && contentDirectory.isAbsolute() && text.startsWith(prefix) && text.length() > prefix.length()
                && !hasDotName(text)) {
            return text.substring(prefix.length()).replace('\\', '/');
        }
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(contentDirectory)) {
            return null;
        }
        return contentDirectory.relativize(absolute).toString().replace('\\', '/');
    }

    /**
     * How a finding names {@code file}: its path under the directory, else its absolute normalized path (both
     * '/'-separated).
     */
    public String display(Path file) {
        String relative = relative(file);
        return relative != null ? relative : file.toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    /** Whether a name of the path is {@code .} or {@code ..}, which {@code normalize} would resolve. */
    private static boolean hasDotName(String path) {
        char separator = File.separatorChar;
        for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
            boolean startsName = dot == 0 || path.charAt(dot - 1) == separator;
            int end = dot + 1 < path.length() && path.charAt(dot + 1) == '.' ? dot + 2 : dot + 1;
            if (startsName && (end == path.length() || path.charAt(end) == separator)) {
                return true;
            }
        }
        return false;
    }
}
