package io.github.articlecheck.read;

import io.github.articlecheck.core.MarkdownOptions;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kramdown article as CommonMark should see it (kramdown.gettalong.org/syntax.html#html-blocks): a block HTML
 * element that starts a line is raw HTML up to its matching end tag, blank lines included. The blank lines inside
 * such an element are joined to the next line (their line break becomes a space), so flexmark keeps one HTML block;
 * every offset stays, and positions are read from the original text.
 */
final class KramdownText {
    /** kramdown's block-level HTML elements that hold raw HTML (CommonMark's type-6 names, the common ones). */
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "details", "dialog",
            "div", "dl", "fieldset", "figure", "footer", "form", "header", "main", "nav", "ol", "section", "table", "ul");
    private static final Pattern START = Pattern.compile("(?m)^ {0,3}<([A-Za-z][A-Za-z0-9-]*)(?=[\\s>/])");

    /** A Liquid block tag alone on its line: {@code {% highlight ruby %}}, {@code {%- endcomment -%}}. */
    private static final Pattern LIQUID_LINE = Pattern.compile(
            "(?m)^[ \\t]*\\{%-?\\s*(highlight|endhighlight|comment|endcomment)\\b[^%]*-?%\\}[ \\t]*$");

    /** {@code {% raw %}} and {@code {% endraw %}}: Liquid prints what is between them as written, and the tags nothing. */
    private static final Pattern RAW_TAG = Pattern.compile("\\{%-?\\s*(?:end)?raw\\s*-?%\\}");
    /** A kramdown abbreviation definition ({@code *[HTML]: HyperText Markup Language}), which prints nothing. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?m)^ {0,3}\\*\\[[^\\]\\n]+\\]:.*$");

    private KramdownText() {
    }

    /**
     * Jekyll's Liquid blocks as Markdown should see them (Liquid runs first): {@code {% highlight x %}} …
     * {@code {% endhighlight %}} is code, so both tag lines become fences of the same length; a
     * {@code {% comment %}} … {@code {% endcomment %}} is removed by Liquid, so its text is blanked. Offsets stay.
     */
    private static final Pattern KRAMDOWN_EXTENSION = Pattern.compile(
            "\\{::(comment|nomarkdown)\\}(.*?)\\{:/(?:\\1)?\\}|\\{::options\\b[^}]*/\\}", Pattern.DOTALL);

    /**
     * kramdown's {@code {::comment}}…{@code {:/comment}} and {@code {::nomarkdown}}…{@code {:/nomarkdown}}
     * (kramdown.gettalong.org/syntax.html#extensions) hold no Markdown: their content is blanked, offsets kept.
     */
    static String extensions(String text, int bodyStart) {
        boolean abbreviations = text.indexOf("*[", bodyStart) >= 0;
        if (text.indexOf("{::", bodyStart) < 0 && !abbreviations) {
            return text;
        }
        char[] out = text.toCharArray();
        if (abbreviations) {
            // kramdown.gettalong.org/syntax.html#abbreviations: the definition line prints nothing
            Matcher abbreviation = ABBREVIATION.matcher(text);
            abbreviation.region(bodyStart, text.length());
            Fences fences = new Fences(text, bodyStart);
            while (abbreviation.find()) {
                if (!fences.inside(abbreviation.start())) {
                    java.util.Arrays.fill(out, abbreviation.start(), abbreviation.end(), ' ');
                }
            }
        }
        Matcher block = KRAMDOWN_EXTENSION.matcher(text);
        block.region(bodyStart, text.length());
        while (block.find()) {
            for (int i = block.start(); i < block.end(); i++) {
                if (out[i] != '\n' && out[i] != '\r') {
                    out[i] = ' ';
                }
            }
        }
        return new String(out);
    }

    static String liquidBlocks(String text, int bodyStart) {
        if (text.indexOf("{%", bodyStart) < 0) {
            return text;
        }
        char[] out = text.toCharArray();
        // Liquid runs over the whole file, fences included: the raw tags vanish, their content stays as written
        Matcher raw = RAW_TAG.matcher(text);
        raw.region(bodyStart, text.length());
        while (raw.find()) {
            java.util.Arrays.fill(out, raw.start(), raw.end(), ' ');
        }
        Matcher tag = LIQUID_LINE.matcher(text);
        tag.region(bodyStart, text.length());
        int commentStart = -1;
        while (tag.find()) {
            switch (tag.group(1)) {
                case "highlight", "endhighlight" -> {
                    int at = tag.start();
                    while (out[at] == ' ' || out[at] == '\t') {
                        at++;
                    }
                    for (int i = at; i < tag.end(); i++) {
                        out[i] = i < at + 3 ? '`' : ' ';
                    }
                }
                case "comment" -> commentStart = commentStart < 0 ? tag.start() : commentStart;
                default -> { // endcomment
                    if (commentStart >= 0) {
                        for (int i = commentStart; i < tag.end(); i++) {
                            if (out[i] != '\n' && out[i] != '\r') {
                                out[i] = ' ';
                            }
                        }
                        commentStart = -1;
                    }
                }
            }
        }
        return new String(out);
    }

    /** kramdown's {@code {::options key="value" /}} extension (kramdown.gettalong.org/syntax.html#extensions). */
    private static final Pattern OPTIONS = Pattern.compile("\\{::options\\b([^}]*)/?\\}");
    private static final Pattern OPTION = Pattern.compile("([a-z_]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s/]+))");

    /**
     * The options an article runs with: the site's, then {@code auto_ids} as its {@code {::options /}} say — a
     * converter option, so it holds for the whole page wherever it is written.
     */
    static MarkdownOptions documentOptions(String text, int bodyStart, MarkdownOptions site) {
        MarkdownOptions options = site;
        if (text.indexOf("{::options", bodyStart) < 0) {
            return options;
        }
        Matcher m = OPTIONS.matcher(text);
        m.region(bodyStart, text.length());
        while (m.find()) {
            String autoIds = option(m.group(1), "auto_ids");
            if (autoIds != null) {
                options = options.withAutoIds(!autoIds.equals("false"));
            }
        }
        return options;
    }

    /** The value of one option in a {@code {::options}} body; null when it is not set there. */
    private static String option(String body, String name) {
        Matcher option = OPTION.matcher(body);
        while (option.find()) {
            if (option.group(1).equals(name)) {
                return option.group(2) != null ? option.group(2) : option.group(3) != null ? option.group(3)
                        : option.group(4);
            }
        }
        return null;
    }

    /**
     * Whether block HTML is read as Markdown at {@code offset}: {@code parse_block_html} is a parser option, so a
     * {@code {::options parse_block_html="true" /}} holds from where it is written on.
     */
    private static boolean parseBlockHtmlAt(String text, int bodyStart, int offset, boolean site) {
        boolean value = site;
        int at = text.indexOf("{::options", bodyStart);
        if (at < 0 || at > offset) {
            return value;
        }
        Matcher m = OPTIONS.matcher(text);
        m.region(bodyStart, offset);
        while (m.find()) {
            String set = option(m.group(1), "parse_block_html");
            if (set != null) {
                value = set.equals("true");
            }
        }
        return value;
    }

    /**
     * Block HTML as kramdown reads it with {@code parse_block_html: false} (its default, and Jekyll's): raw up to
     * the matching end tag, blank lines included. With the option on (site-wide or by {@code {::options}}), or with
     * {@code markdown="1"} on the element, the content is Markdown; {@code markdown="0"} keeps it raw either way.
     * {@code written} is the text before the extensions were blanked, where the {@code {::options}} still are.
     */
    static String joinHtmlBlocks(String text, int bodyStart, MarkdownOptions options, String written) {
        char[] out = null;
        Matcher start = START.matcher(text);
        start.region(bodyStart, text.length());
        int from = bodyStart;
        Fences fences = new Fences(text, bodyStart);
        while (start.find(from)) {
            String name = start.group(1).toLowerCase(Locale.ROOT);
            int tagEnd = text.indexOf('>', start.end());
            String attributes = tagEnd > 0 ? text.substring(start.end(), tagEnd) : "";
            boolean markdownInside = attributes.matches("(?s).*\\bmarkdown\\s*=.*")
                    ? !attributes.matches("(?s).*\\bmarkdown\\s*=\\s*[\"']?0.*")
                    : parseBlockHtmlAt(written, bodyStart, start.start(), options.blockHtmlIsMarkdown());
            // markdown="1" (or "block", "span") asks kramdown to read the content as Markdown: not raw
            if (!BLOCK.contains(name) || markdownInside || fences.inside(start.start())) {
                from = start.end();
                continue;
            }
            int end = matchingEnd(text, name, start.end());
            if (end < 0) {
                from = start.end();
                continue;
            }
            for (int i = text.indexOf('\n', start.start()); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
                int next = i + 1;
                int lineEnd = text.indexOf('\n', next);
                if (lineEnd > 0 && lineEnd < end && text.substring(next, lineEnd).isBlank()) {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    out[lineEnd] = ' '; // the blank line and the next one become one line: the block goes on
                }
            }
            from = end;
            if (from >= text.length()) {
                break;
            }
        }
        return out == null ? text : new String(out);
    }

    /** The offset after the end tag matching an element opened before {@code from}, counting nested ones; -1: none. */
    private static int matchingEnd(String text, String name, int from) {
        Pattern tag = Pattern.compile("<(/?)" + name + "(?=[\\s>/])", Pattern.CASE_INSENSITIVE);
        Matcher m = tag.matcher(text);
        int depth = 1;
        int at = from;
        while (m.find(at)) {
            depth += m.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                int close = text.indexOf('>', m.end());
                return close < 0 ? text.length() : close + 1;
            }
            at = m.end();
        }
        return -1;
    }

    /**
     * Whether offsets are inside a fenced code block, asked in increasing order: each line is read once, so a page
     * with many HTML blocks costs time in proportion to its length.
     */
    /** Whether an offset is inside a fenced code block, asked in increasing offsets. */
    static final class Fences {
        private final String text;
        private int line;
        private boolean inside;

        Fences(String text, int bodyStart) {
            this.text = text;
            this.line = bodyStart;
        }

        boolean inside(int offset) {
            while (line < offset) {
                int end = text.indexOf('\n', line);
                end = end < 0 ? text.length() : end;
                String trimmed = text.substring(line, end).stripLeading();
                if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                    inside = !inside;
                }
                line = end + 1;
            }
            return inside;
        }
    }
}
