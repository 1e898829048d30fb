package io.github.articlecheck.links;

import io.github.articlecheck.core.TextEdit;
import java.util.Optional;

/**
 * The edits of local link findings, given only when certain: the published URL's letter case, the file's case on
 * disk, the one close name of a misspelt file.
 */
final class LinkEdits {
    private LinkEdits() {
    }

    /**
     * The fix of a misspelt file link: the missing segment replaced by the one close name, when there is one and
     * the segment is written once, as is, in the link (not percent-encoded).
     */
    static Optional<TextEdit> misspelt(LinkOccurrence at, LocalResolver.Suggestion suggestion) {
        String destination = at.destination();
        String suffix = suffix(destination);
        String path = destination.substring(0, destination.length() - suffix.length());
        int index = path.indexOf(suggestion.written());
        if (!suggestion.unique() || suggestion.written().isEmpty() || index < 0
                || path.indexOf(suggestion.written(), index + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(TextEdit.replaceOnLine(at.line(), at.column(), destination, path.substring(0, index)
                + suggestion.name() + path.substring(index + suggestion.written().length()) + suffix));
    }

    /**
     * The link written in the published URL's letter case, its slashes, query and fragment as written: only when
     * the two differ by letter case alone (the published key is normalized: its slashes say nothing).
     */
    static Optional<String> publishedCase(String destination, String published) {
        String suffix = suffix(destination);
        String written = destination.substring(0, destination.length() - suffix.length());
        String fixed = published;
        if (written.endsWith("/") && !fixed.endsWith("/")) {
            fixed += "/";
        }
        if (written.startsWith("/") && !fixed.startsWith("/")) {
            fixed = "/" + fixed;
        }
        return written.startsWith("/") && fixed.equalsIgnoreCase(written) && !fixed.equals(written)
                ? Optional.of(fixed + suffix) : Optional.empty();
    }

    /** The query and fragment of a destination ({@code ?a=b#c}), kept when its path is corrected. */
    static String suffix(String destination) {
        int end = destination.length();
        for (char c : new char[] {'?', '#'}) {
            int index = destination.indexOf(c);
            if (index >= 0 && index < end) {
                end = index;
            }
        }
        return destination.substring(end);
    }

    /**
     * The destination with each path segment written in the letter case of the file on disk, segment by segment
     * from the end; empty when the destination's segments cannot be matched to the file's (an encoded name).
     */
    static Optional<String> caseFixed(String destination, String actual) {
        String suffix = suffix(destination);
        String path = destination.substring(0, destination.length() - suffix.length());
        String[] written = path.split("/", -1);
        String[] real = actual.split("/");
        int r = real.length - 1;
        boolean changed = false;
        for (int w = written.length - 1; w >= 0 && r >= 0; w--) {
            String segment = written[w];
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                break;
            }
            if (segment.equalsIgnoreCase(real[r])) {
                changed |= !segment.equals(real[r]);
                written[w] = real[r];
            } else if (!real[r].regionMatches(true, 0, segment, 0, segment.length())) {
                return Optional.empty(); // an extension-less link to x.md: the name part is compared
            } else {
                String fixed = real[r].substring(0, segment.length());
                changed |= !segment.equals(fixed);
                written[w] = fixed;
            }
            r--;
        }
        return changed ? Optional.of(String.join("/", written) + suffix) : Optional.empty();
    }
}
