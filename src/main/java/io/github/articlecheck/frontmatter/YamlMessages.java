package io.github.articlecheck.frontmatter;

import java.util.Locale;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns SnakeYAML's parser wording into plain words that say what to fix. */
final class YamlMessages {
    private YamlMessages() {
    }

    static String explain(YAMLException e) {
        if (!(e instanceof MarkedYAMLException)) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("exceeds the limit")) {
                return "front matter is too large (over " + FrontMatterParser.MAX_CODE_POINTS
                        + " characters): move the data out of the front matter";
            }
            if (message.toLowerCase(Locale.ROOT).contains("alias")) {
                return "front matter uses too many aliases (over " + FrontMatterParser.MAX_ALIASES
                        + "): expand them or simplify the YAML";
            }
            return "front matter cannot be read: " + firstLine(message);
        }
        MarkedYAMLException marked = (MarkedYAMLException) e;
        String problem = String.valueOf(marked.getProblem());
        String context = marked.getContext() == null ? "" : marked.getContext();
        if (problem.contains("'\\t(TAB)'") || problem.contains("\\t")) {
            return "a tab is used for indentation; YAML allows only spaces there";
        }
        if (problem.contains("end of stream") && context.contains("quoted scalar")) {
            return "a quoted value is never closed: add the closing quote";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "a value contains ': ' (colon and space): put the whole value in quotes";
        }
        if (problem.contains("could not find expected ':'")) {
            return "a line is not a 'key: value' pair: add the missing ':' or close an open quote";
        }
        if (problem.contains("expected <block end>")) {
            return "indentation is inconsistent: align this line with the other keys of its level";
        }
        if (problem.startsWith("Global tag is not allowed: ")) {
            return "the YAML tag " + problem.substring("Global tag is not allowed: ".length()).replace("tag:yaml.org,2002:", "!!")
                    + " is not allowed in front matter: remove it";
        }
        if (problem.contains("found undefined alias")) {
            return "an alias (*name) refers to an anchor (&name) that is not defined";
        }
        if (problem.contains("nesting") || problem.contains("depth")) {
            return "front matter is nested too deeply (over " + FrontMatterParser.MAX_NESTING + " levels)";
        }
        if (problem.contains("aliases")) {
            return "front matter uses too many aliases (over " + FrontMatterParser.MAX_ALIASES
                    + "): expand them or simplify the YAML";
        }
        if (problem.contains("found character '@'") || problem.contains("found character '`'")) {
            return "a value starts with a reserved character (@ or `): put the value in quotes";
        }
        String text = context.isEmpty() ? problem : problem + " (" + context + ")";
        return "YAML cannot be read: " + text;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
