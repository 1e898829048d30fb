package io.github.articlecheck.read;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a site generator turns a heading into its anchor id. Each style is the generator's documented algorithm;
 * getting it wrong gives thousands of false broken anchors, so it is configurable.
 */
public enum AnchorStyle implements IdStyle {
    /** GitHub and Hugo's default: lower-case, punctuation removed, accents kept, each space → '-'. */
    GITHUB {
        @Override
        String slug(String text) {
            return GITHUB_REMOVED.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
        }
    },
    /** GitLab: like GitHub, then runs of hyphens collapsed. */
    GITLAB {
        @Override
        String slug(String text) {
            return GITHUB.slug(text).replaceAll("-{2,}", "-");
        }
    },
    /** kramdown (Jekyll): ASCII letters, digits, spaces and '-' only; leading non-letters dropped. */
    KRAMDOWN {
        @Override
        String slug(String text) {
            String id = text.replaceFirst("^[^a-zA-Z]+", "").replaceAll("[^a-zA-Z0-9 -]", "").replace(' ', '-')
                    .toLowerCase(Locale.ROOT);
            return id.isEmpty() ? "section" : id;
        }
    },
    /** Hugo's {@code github-ascii}: GitHub's rules with accents transliterated and other non-ASCII dropped. */
    ASCII {
        @Override
        String slug(String text) {
            String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .replaceAll("[^\\p{ASCII}]", "");
            return GITHUB.slug(ascii);
        }
    },

    /**
     * MkDocs (Python-Markdown's toc extension, its default slugify): accents decomposed and dropped, anything but
     * word characters, spaces and hyphens removed, lower-cased, runs of spaces and hyphens as one hyphen.
     */
    PYTHON_MARKDOWN {
        @Override
        String slug(String text) {
            String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
            return ascii.replaceAll("[^\\w\\s-]", "").trim().toLowerCase(Locale.ROOT).replaceAll("[-\\s]+", "-");
        }
    },
    /**
     * MDN Web Docs (rari's {@code anchorize}, crates/rari-md/src/anchor.rs): lower-cased, each space an underscore,
     * the characters {@code <>"$#%&+,/:;=?@[]^`{|}~')(\} removed, everything else kept (accents, hyphens, dashes);
     * an empty id is {@code sect1}; repeats get {@code _2}, {@code _3}…
     */
    MDN {
        @Override
        String slug(String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            StringBuilder id = new StringBuilder(lower.length());
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                if (c >= MDN_REJECTED.length || !MDN_REJECTED[c]) {
                    id.append(c == ' ' ? '_' : c);
                }
            }
            return id.length() == 0 ? "sect1" : id.toString();
        }

        @Override
        public String repeat(String base, int n) {
            return base + "_" + n;
        }
    },
    /**
     * A generator that writes no heading ids (plain CommonMark renderers, some templates): headings give no anchor,
     * so a link to a heading's text is broken and two equal headings are no conflict. Explicit {@code {#id}} stays.
     */
    NONE {
        @Override
        String slug(String text) {
            return "";
        }
    };

    /**
     * Looked up per character, not matched nor searched: MDN-de has 13,000 headings and terms, each slugged more
     * than once (a search of the list per character was 1 % of a run).
     */
    private static final boolean[] MDN_REJECTED = rejected("<>\"$#%&+,/:;=?@[]^`{|}~')(\\");
    private static final Pattern GITHUB_REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]");

    private static boolean[] rejected(String characters) {
        boolean[] table = new boolean[128];
        for (char c : characters.toCharArray()) {
            table[c] = true;
        }
        return table;
    }

    abstract String slug(String text);

    /** The id this style gives to a heading or term with this plain text. */
    public String slugOf(String text) {
        return slug(text);
    }

    public static AnchorStyle parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new io.github.articlecheck.core.ConfigurationException("anchorStyle '" + value
                    + "' is not known: use github, gitlab, kramdown, ascii, python-markdown, none or rule:…");
        }
    }
}
