package io.github.articlecheck.read;

import io.github.articlecheck.core.ConfigurationException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** How a generator turns a heading or a term into an anchor id, and how it tells repeats apart. */
public interface IdStyle {

    /** The id of a heading or term with this plain text. */
    String slugOf(String text);

    /** The id of the {@code n}-th occurrence (from 2) of {@code base}: {@code base-1} for GitHub and goldmark. */
    default String repeat(String base, int n) {
        return base + "-" + (n - 1);
    }

    /** A built-in style's name ({@code github}, {@code kramdown}…), or a rule: see {@link Rule#parse}. */
    static IdStyle parse(String value) {
        String text = value.trim();
        return text.startsWith("rule:") ? Rule.parse(text.substring(5)) : AnchorStyle.parse(text);
    }

    /**
     * Another generator's id rule, described: {@code rule:separator=_,keep=[\p{L}\p{N}_-],repeat=_{n},case=lower}.
     * Each character the {@code keep} class does not match is dropped (spaces first become the separator); runs of
     * separators become one; {@code repeat} gives the suffix of the n-th occurrence ({@code {n}} is 2, 3…;
     * {@code {n-1}} is 1, 2…). MDN: {@code rule:separator=_,repeat=_{n}} turns {@code ## Formale Syntax} into
     * {@code formale_syntax}, its repeat into {@code formale_syntax_2}.
     */
    record Rule(String separator, Pattern keep, String repeat, boolean lowerCase, String text) implements IdStyle {

        static Rule parse(String description) {
            String separator = "-";
            String keep = "[\\p{L}\\p{N}_-]";
            String repeat = "-{n-1}";
            boolean lower = true;
            for (String part : description.split(",(?![^\\[]*\\])")) {
                String[] pair = part.split("=", 2);
                String key = pair[0].trim();
                String val = pair.length > 1 ? pair[1].trim() : "";
                switch (key) {
                    case "separator" -> separator = val;
                    case "keep" -> keep = val;
                    case "repeat" -> repeat = val;
                    case "case" -> lower = !val.equalsIgnoreCase("keep");
                    case "" -> { }
                    default -> throw new ConfigurationException("anchorStyle rule: '" + key + "' is not known; use"
                            + " separator, keep, repeat or case");
                }
            }
            try {
                return new Rule(separator, Pattern.compile(keep), repeat, lower, description);
            } catch (PatternSyntaxException e) {
                throw new ConfigurationException("anchorStyle rule: keep=" + keep + " is not a character class: "
                        + e.getDescription());
            }
        }

        @Override
        public String slugOf(String text) {
            String cased = lowerCase ? text.trim().toLowerCase(java.util.Locale.ROOT) : text.trim();
            StringBuilder out = new StringBuilder();
            boolean afterSeparator = false;
            for (int i = 0; i < cased.length(); ) {
                int c = cased.codePointAt(i);
                String ch = new String(Character.toChars(c));
                if (Character.isWhitespace(c)) {
                    if (!afterSeparator) {
                        out.append(separator);
                        afterSeparator = true;
                    }
                } else if (keep.matcher(ch).matches()) {
                    out.append(ch);
                    afterSeparator = ch.equals(separator); // as before: a kept separator also ends a run
                }
                i += Character.charCount(c);
            }
            return out.toString();
        }

        @Override
        public String repeat(String base, int n) {
            return base + repeat.replace("{n-1}", Integer.toString(n - 1)).replace("{n}", Integer.toString(n));
        }

        @Override
        public String toString() {
            return "rule:" + text;
        }
    }
}
