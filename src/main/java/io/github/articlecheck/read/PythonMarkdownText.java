package io.github.articlecheck.read;

import io.github.articlecheck.core.Anchor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python-Markdown article as CommonMark should see it: the footnotes extension's inline pattern
 * ({@code \[\^([^\]]*)\]}, priority 175) runs before reference links (170), so in {@code [schema.json][^1]} the
 * {@code [^1]} is a citation. The brackets of the text before it are blanked, offsets kept, so flexmark reads a
 * footnote reference rather than a reference link labelled {@code ^1}.
 */
final class PythonMarkdownText {
    private static final Pattern TEXT_THEN_CITATION = Pattern.compile("\\[([^\\[\\]\\n]*)\\](?=\\[\\^[^\\]\\s]+\\])");

    /** An admonition ({@code !!! note "Title"}, collapsible {@code ???}, {@code ???+}) or a content tab ({@code === "Tab"}). */
    private static final Pattern BLOCK_MARKER = Pattern.compile(
            "(?m)^([ \\t]*(?:[-:](?: {1,3}|\\t))?)(?:(!!!\\+?|\\?\\?\\?\\+?)[ \\t]+[\\w\"]|(===\\+?)[ \\t]+\")");

    private PythonMarkdownText() {
    }

    /**
     * Admonitions (python-markdown.github.io/extensions/admonition) and pymdownx tabs hold Markdown indented four
     * spaces under their marker line, which CommonMark would read as indented code. The marker line becomes an empty
     * list item ({@code -} then spaces, same length): the indented lines are then its content, read as Markdown, with
     * every offset kept — and a {@code ===} line can no longer underline a heading.
     */
    static String blocks(String text, int bodyStart, io.github.articlecheck.core.MarkdownOptions options) {
        if (!options.admonitions() && !options.tabs()) {
            return text; // neither extension listed: the indented lines are code, as Python-Markdown reads them
        }
        if (text.indexOf("!!!", bodyStart) < 0 && text.indexOf("???", bodyStart) < 0 && text.indexOf("===", bodyStart) < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        Matcher marker = BLOCK_MARKER.matcher(text);
        marker.region(bodyStart, text.length());
        while (marker.find()) {
            // "  - " over the marker: the item's content starts four columns in, as the admonition's does, so the
            // lines indented four under the marker are its content (a fence there is a fence) and a line indented
            // less (a footnote definition) ends it, as in Python-Markdown
            int group = marker.group(2) != null ? 2 : 3;
            if (group == 2 ? !options.admonitions() : !options.tabs()) {
                continue;
            }
            int start = marker.start(group);
            if (marker.group(1).isBlank()) {
                out[start] = ' ';
                out[start + 1] = ' ';
                out[start + 2] = '-';
            } else {
                // after a list marker ("-   !!! note", a definition): "-   " — "  - " would put five spaces after
                // the outer marker, which CommonMark reads as indented code
                out[start] = '-';
                out[start + 1] = ' ';
                out[start + 2] = ' ';
            }
            out[start + 3] = ' ';
            if (marker.end(group) - start == 4) {
                out[start + 4] = '.'; // "???+ tip": the item's text must start at the fourth column too
            }
        }
        return new String(out);
    }

    /** A footnote definition line indented one to three spaces, or one whose text starts on the next line. */
    private static final Pattern DEFINITION = Pattern.compile("(?m)^( {0,3})\\[\\^[^\\]\\n]+\\]:([ \\t]*)$|^( {1,3})\\[\\^[^\\]\\n]+\\]:");

    /**
     * Footnote definitions as Python-Markdown's FootnoteBlockProcessor reads them
     * (python-markdown.github.io/extensions/footnotes): a definition indented up to three spaces starts a footnote at
     * the top level even after a list, since Python-Markdown continues a list item only with four spaces (CommonMark
     * would put {@code   [^1]:} inside the item, its four-space content then too shallow); and the lines right after an
     * empty {@code [^2]:} are its text, at any indent. The definition is moved to the line's start (its spaces put
     * after the colon), and an empty definition's line break becomes a space: same length, every later offset kept.
     */
    static String footnoteDefinitions(String text, int bodyStart) {
        if (text.indexOf("[^", bodyStart) < 0) {
            return text;
        }
        char[] out = null;
        Matcher definition = DEFINITION.matcher(text);
        definition.region(bodyStart, text.length());
        KramdownText.Fences fences = new KramdownText.Fences(text, bodyStart);
        while (definition.find()) {
            if (fences.inside(definition.start())) {
                continue;
            }
            out = out == null ? text.toCharArray() : out;
            String indent = definition.group(1) != null ? definition.group(1) : definition.group(3);
            int labelEnd = text.indexOf("]:", definition.start()) + 2;
            if (!indent.isEmpty()) {
                int length = indent.length();
                System.arraycopy(text.toCharArray(), definition.start() + length, out, definition.start(),
                        labelEnd - definition.start() - length);
                java.util.Arrays.fill(out, labelEnd - length, labelEnd, ' ');
            }
            int lineEnd = definition.group(1) != null ? definition.end() : -1;
            if (lineEnd >= 0 && lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
                int next = text.indexOf('\n', lineEnd + 1);
                String following = text.substring(lineEnd + 1, next < 0 ? text.length() : next);
                if (!following.isBlank() && following.length() - following.stripLeading().length() < 4) {
                    out[lineEnd] = ' '; // "[^2]:" then "  The text": one line, the text the note's first paragraph
                }
            }
        }
        return out == null ? text : new String(out);
    }

    static String citeFootnotes(String text, int bodyStart) {
        if (text.indexOf("][^", bodyStart) < 0) {
            return text;
        }
        Matcher m = TEXT_THEN_CITATION.matcher(text);
        m.region(bodyStart, text.length());
        char[] out = text.toCharArray();
        while (m.find()) {
            out[m.start()] = ' ';
            out[m.end() - 1] = ' ';
        }
        return new String(out);
    }

    /** A tab's marker line and its label: {@code === "Label"}, {@code ===+ "Label"}. */
    private static final Pattern TAB = Pattern.compile("(?m)^([ \\t]*)===\\+?[ \\t]+\"([^\"\\n]*)\"");
    /** pymdownx.emoji shortcodes, rendered as SVG or images, which the tab slug strips with the tags. */
    private static final Pattern EMOJI = Pattern.compile(":[a-z0-9+_-]+:");

    /**
     * The ids pymdownx.tabbed gives tabs when set to slugify (its TabbedTreeprocessor): the slug of the label's text
     * (emoji shortcodes render as tags, which are stripped), prefixed with the id of the heading the tab set follows
     * under {@code combine_header_slug} (only a heading in the same container: a set at the top level takes the last
     * top-level heading before it), then made unique among the page's ids as Python-Markdown's toc does
     * ({@code _1}, {@code _2}).
     */
    static java.util.List<Anchor> tabAnchors(String text, int bodyStart, java.util.List<Anchor> anchors,
            io.github.articlecheck.core.MarkdownOptions options) {
        if (!options.tabs() || options.tabIds().equals("none") || text.indexOf("===", bodyStart) < 0) {
            return java.util.List.of();
        }
        IdStyle slugs = options.tabSlugs().equals("python-markdown") ? AnchorStyle.PYTHON_MARKDOWN : AnchorStyle.GITHUB;
        java.util.Set<String> used = new java.util.HashSet<>();
        anchors.forEach(anchor -> used.add(anchor.id()));
        java.util.List<Anchor> tabs = new java.util.ArrayList<>();
        Matcher tab = TAB.matcher(text);
        tab.region(bodyStart, text.length());
        while (tab.find()) {
            String prefix = "";
            if (options.tabIds().equals("header") && tab.group(1).isEmpty()) {
                for (Anchor anchor : anchors) {
                    if (anchor.kind() == Anchor.Kind.HEADING && anchor.offset() < tab.start()
                            && (anchor.offset() == bodyStart || text.charAt(anchor.offset() - 1) == '\n')) {
                        prefix = anchor.id() + "-";
                    }
                }
            }
            String slug = slugs.slugOf(EMOJI.matcher(tab.group(2)).replaceAll("").trim());
            String id = unique(prefix + slug, used);
            tabs.add(new Anchor(id, id, tab.start(), Anchor.Kind.TAB));
        }
        return tabs;
    }

    /** Python-Markdown toc's unique(): {@code id}, else {@code id_1}, {@code id_2}… */
    private static String unique(String id, java.util.Set<String> used) {
        String candidate = id;
        for (int n = 1; candidate.isEmpty() || used.contains(candidate); n++) {
            candidate = id + "_" + n;
        }
        used.add(candidate);
        return candidate;
    }
}
