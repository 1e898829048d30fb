package io.github.articlecheck.read;

import io.github.articlecheck.core.FrontMatterProblem;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.Messages;
import io.github.articlecheck.core.DuplicateKey;
import io.github.articlecheck.core.ValueLocation;
import io.github.articlecheck.core.FrontMatter;
import io.github.articlecheck.core.SourceText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.JsonNode;

/**
 * YAML front matter: finds the {@code ---} delimited YAML block at the top of an article and parses it safely into a typed tree
 * with positions. SnakeYAML only composes the node tree (no Java objects, no custom types); typing is done by
 * {@link YamlTyping} from the raw text, as YAML 1.2 would.
 */
final class YamlFrontMatter implements FrontMatterFormat {
    /** Limits that keep a hostile front matter from exhausting memory or time. */
    static final int MAX_ALIASES = 50;
    static final int MAX_NESTING = 64;
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

    /** Schema files are the configuration, whose errors are in English like Maven's own. */
    private static final Messages ENGLISH = Messages.english();
    private static final Pattern DELIMITER = Pattern.compile("---[ \\t]*");
    private static final Pattern CLOSING = Pattern.compile("(---|\\.\\.\\.)[ \\t]*");


    @Override
    public boolean opens(SourceText source) {
        return source.text().startsWith("---") && DELIMITER.matcher(source.lineText(1)).matches();
    }

    /** The YAML block of {@code source}, which {@link #opens} it. */
    @Override
    public FrontMatter read(SourceText source) {
        int closingLine = findClosingLine(source);
        if (closingLine < 0) {
            FrontMatterProblem problem = new FrontMatterProblem(1, 1, Message.of("frontmatter.syntax.unclosed"));
            return new FrontMatter(FrontMatter.Format.YAML, 0, source.length(), 1, Optional.of(problem),
                    Optional.empty(), Map.of(), List.of());
        }
        int yamlEnd = source.lineStart(closingLine);
        int bodyStart = closingLine < source.lineCount() ? source.lineStart(closingLine + 1) : source.length();
        String yamlText = source.text().substring(0, yamlEnd);
        return compose(yamlText, bodyStart, new YamlPositions(source));
    }

    private static int findClosingLine(SourceText source) {
        for (int line = 2; line <= source.lineCount(); line++) {
            int start = source.lineStart(line);
            int end = source.lineEnd(line);
            // only a line starting with '-' or '.' may close it: no substring and matcher for each key's line
            if (end - start >= 3 && end - start < 64 && (source.chars()[start] == '-' || source.chars()[start] == '.')
                    && CLOSING.matcher(source.text().substring(start, end)).matches()) {
                return line;
            }
        }
        return -1;
    }

    private static FrontMatter compose(String yamlText, int bodyStart, YamlPositions positions) {
        Node root;
        try {
            root = YAML.get().compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = positions.line(mark);
            int column = positions.column(mark);
            return unreadable(bodyStart, new FrontMatterProblem(line, column, YamlMessages.explain(e)));
        } catch (YAMLException e) {
            return unreadable(bodyStart, new FrontMatterProblem(1, 1, YamlMessages.explain(e)));
        }
        Map<String, ValueLocation> locations = new HashMap<>();
        List<DuplicateKey> duplicates = new ArrayList<>();
        YamlTyping typing = new YamlTyping(locations, duplicates, positions);
        try {
            JsonNode data = typing.toJson(root);
            locations.putIfAbsent("", new ValueLocation(1, 1, 1, 1));
            return new FrontMatter(FrontMatter.Format.YAML, 0, bodyStart, 1, Optional.empty(), Optional.of(data),
                    Map.copyOf(locations),
                    List.copyOf(duplicates));
        } catch (YamlTyping.RejectedYamlException e) {
            return unreadable(bodyStart, e.problem());
        }
    }

    /**
     * Reads a whole YAML document (a schema file) with the same safe loader and typing as front matter.
     *
     * @throws IllegalArgumentException with a plain-words message when it cannot be read
     */
    static JsonNode readDocument(String yamlText) {
        try {
            return new YamlTyping(new HashMap<>(), new ArrayList<>(), new YamlPositions(new SourceText(yamlText)))
                    .toJson(newYaml().compose(new StringReader(yamlText)));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw new IllegalArgumentException(ENGLISH.render(YamlMessages.explain(e)) + where, e);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(ENGLISH.render(YamlMessages.explain(e)), e);
        } catch (YamlTyping.RejectedYamlException e) {
            throw new IllegalArgumentException(ENGLISH.render(e.problem().message()) + " at line " + e.problem().line(), e);
        }
    }

    private static FrontMatter unreadable(int bodyStart, FrontMatterProblem problem) {
        return new FrontMatter(FrontMatter.Format.YAML, 0, bodyStart, 1, Optional.of(problem), Optional.empty(), Map.of(),
                List.of());
    }

    /** A Yaml instance is not thread-safe but is reusable: one per worker thread saves its set-up per article. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(YamlFrontMatter::newYaml);

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported as findings, with both lines
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        DumperOptions dumperOptions = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options,
                new PlainTextResolver());
    }

    /** Resolves no implicit types: every plain scalar stays text, typed later by {@link YamlTyping}. */
    private static final class PlainTextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            // intentionally empty: YAML 1.1 implicit typing (yes/no booleans, octal 010, sexagesimal 12:30,
            // timestamps) is exactly what front matter authors do not expect
        }
    }
}
