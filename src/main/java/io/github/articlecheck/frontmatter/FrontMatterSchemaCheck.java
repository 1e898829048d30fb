package io.github.articlecheck.frontmatter;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.github.articlecheck.article.Article;
import io.github.articlecheck.engine.ArticleCheck;
import io.github.articlecheck.engine.Background;
import io.github.articlecheck.engine.EngineConfiguration;
import io.github.articlecheck.engine.FindingSink;
import io.github.articlecheck.engine.RuleDescriptor;
import io.github.articlecheck.engine.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Validates the typed front matter against the article's JSON Schema and maps each error back to the YAML
 * position of the offending key or value. A file without front matter is validated as an empty mapping, so a
 * schema that requires keys still fails it.
 */
public final class FrontMatterSchemaCheck implements ArticleCheck {
    private static final String HELP = "Change the front matter to satisfy the schema, or change the schema.";
    public static final RuleDescriptor REQUIRED = rule("frontmatter.required", "A key the schema requires is missing.");
    public static final RuleDescriptor TYPE = rule("frontmatter.type", "A value has the wrong type (text, number, list, ...).");
    public static final RuleDescriptor ENUM = rule("frontmatter.enum", "A value is not one of the allowed values.");
    public static final RuleDescriptor FORMAT = rule("frontmatter.format", "A value is not a valid date, date-time, email or URI.");
    public static final RuleDescriptor PATTERN = rule("frontmatter.pattern", "A value does not match the schema's pattern.");
    public static final RuleDescriptor LENGTH = rule("frontmatter.length", "A text or list is too short or too long.");
    public static final RuleDescriptor UNKNOWN_KEY = rule("frontmatter.unknown-key", "A key the schema does not allow.");
    public static final RuleDescriptor SCHEMA = rule("frontmatter.schema", "Any other schema violation (minimum, oneOf, ...).");

    private static final Map<String, RuleDescriptor> BY_KEYWORD = Map.ofEntries(
            Map.entry("required", REQUIRED),
            Map.entry("dependentRequired", REQUIRED),
            Map.entry("type", TYPE),
            Map.entry("enum", ENUM),
            Map.entry("const", ENUM),
            Map.entry("format", FORMAT),
            Map.entry("pattern", PATTERN),
            Map.entry("minLength", LENGTH),
            Map.entry("maxLength", LENGTH),
            Map.entry("minItems", LENGTH),
            Map.entry("maxItems", LENGTH),
            Map.entry("additionalProperties", UNKNOWN_KEY),
            Map.entry("unevaluatedProperties", UNKNOWN_KEY));

    /** Loading the schemas (and the validator's classes) takes a third of a second: it overlaps the file listing. */
    private final CompletableFuture<SchemaSet> schemas;

    public FrontMatterSchemaCheck(EngineConfiguration configuration) {
        this.schemas = Background.start("articlecheck-schemas", () -> new SchemaSet(configuration));
    }

    @Override
    public void awaitReady() {
        Background.join(schemas);
    }

    private static RuleDescriptor rule(String id, String summary) {
        return RuleDescriptor.of(id, Severity.ERROR, summary, HELP);
    }

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(REQUIRED, TYPE, ENUM, FORMAT, PATTERN, LENGTH, UNKNOWN_KEY, SCHEMA);
    }

    @Override
    public void check(Article article, FindingSink sink) {
        SchemaSet loaded = Background.join(schemas);
        if (loaded.isEmpty()) {
            return;
        }
        Optional<SchemaSet.LoadedSchema> schema = loaded.schemaFor(article.file());
        if (schema.isEmpty()) {
            return;
        }
        Optional<FrontMatter> frontMatter = article.frontMatter();
        if (frontMatter.isPresent() && !frontMatter.get().isMapping()) {
            return; // unreadable or not a mapping: frontmatter.syntax already says why
        }
        JsonNode data = frontMatter.flatMap(FrontMatter::data).orElseGet(JsonNodeFactory.instance::objectNode);
        SchemaErrorMessages messages = new SchemaErrorMessages(data, schema.get().propertyNames(),
                frontMatter.map(FrontMatter::locations).orElse(Map.of()));
        for (Error error : schema.get().schema().validate(data)) {
            RuleDescriptor rule = BY_KEYWORD.getOrDefault(error.getKeyword(), SCHEMA);
            if (!sink.enabled(rule.id())) {
                continue;
            }
            String pointer = pointer(error.getInstanceLocation());
            String message = messages.describe(error, pointer);
            Optional<YamlLocation> location = frontMatter.flatMap(f -> f.location(positionPointer(error, pointer)));
            if (location.isEmpty() || pointer.isEmpty() && rule == REQUIRED) {
                sink.report(rule.id(), frontMatter.map(FrontMatter::openingLine).orElse(1), 1, message);
            } else if (rule == UNKNOWN_KEY || rule == REQUIRED) {
                sink.report(rule.id(), location.get().keyLine(), location.get().keyColumn(), message);
            } else {
                sink.report(rule.id(), location.get().valueLine(), location.get().valueColumn(), message);
            }
        }
    }

    /** Unknown keys are reported at the key itself; missing ones at the mapping that should hold them. */
    private static String positionPointer(Error error, String pointer) {
        if ("additionalProperties".equals(error.getKeyword()) || "unevaluatedProperties".equals(error.getKeyword())) {
            return error.getProperty() == null ? pointer : pointer + "/" + YamlTyping.escape(error.getProperty());
        }
        return pointer;
    }

    static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append('/').append(element instanceof Integer ? element.toString() : YamlTyping.escape(String.valueOf(element)));
        }
        return out.toString();
    }
}
