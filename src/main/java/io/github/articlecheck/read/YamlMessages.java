package io.github.articlecheck.read;

import io.github.articlecheck.core.Message;
import java.util.Locale;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Turns SnakeYAML's parser wording into plain words that say what to fix. */
final class YamlMessages {
    private YamlMessages() {
    }

    static Message explain(YAMLException e) {
        if (!(e instanceof MarkedYAMLException)) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("exceeds the limit")) {
                return Message.of("frontmatter.syntax.too-large", YamlFrontMatter.MAX_CODE_POINTS);
            }
            if (message.toLowerCase(Locale.ROOT).contains("alias")) {
                return Message.of("frontmatter.syntax.too-many-aliases", YamlFrontMatter.MAX_ALIASES);
            }
            return Message.of("frontmatter.syntax.unreadable", firstLine(message));
        }
        MarkedYAMLException marked = (MarkedYAMLException) e;
        String problem = String.valueOf(marked.getProblem());
        String context = marked.getContext() == null ? "" : marked.getContext();
        if (problem.contains("'\\t(TAB)'") || problem.contains("\\t")) {
            return Message.of("frontmatter.syntax.tab");
        }
        if (problem.contains("end of stream") && context.contains("quoted scalar")) {
            return Message.of("frontmatter.syntax.unclosed-quote");
        }
        if (problem.contains("mapping values are not allowed")) {
            return Message.of("frontmatter.syntax.colon-in-value");
        }
        if (problem.contains("could not find expected ':'")) {
            return Message.of("frontmatter.syntax.not-a-pair");
        }
        if (problem.contains("expected <block end>")) {
            return Message.of("frontmatter.syntax.indentation");
        }
        if (problem.startsWith("Global tag is not allowed: ")) {
            return Message.of("frontmatter.syntax.tag", problem.substring("Global tag is not allowed: ".length())
                    .replace("tag:yaml.org,2002:", "!!"));
        }
        if (problem.contains("found undefined alias")) {
            return Message.of("frontmatter.syntax.undefined-alias");
        }
        if (problem.contains("nesting") || problem.contains("depth")) {
            return Message.of("frontmatter.syntax.too-deep", YamlFrontMatter.MAX_NESTING);
        }
        if (problem.contains("aliases")) {
            return Message.of("frontmatter.syntax.too-many-aliases", YamlFrontMatter.MAX_ALIASES);
        }
        if (problem.contains("found character '@'") || problem.contains("found character '`'")) {
            return Message.of("frontmatter.syntax.reserved-character");
        }
        String text = context.isEmpty() ? problem : problem + " (" + context + ")";
        return Message.of("frontmatter.syntax.yaml", text);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
