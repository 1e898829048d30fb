package io.github.articlecheck.frontmatter;

import io.github.articlecheck.core.FieldPath;
import io.github.articlecheck.core.ValueLocation;
import io.github.articlecheck.core.FrontMatter;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.Report;
import io.github.articlecheck.core.SourceText;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.Background;
import io.github.articlecheck.core.ContentHash;
import java.nio.file.Path;
import java.util.ArrayList;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
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
    public static final RuleDescriptor REQUIRED = RuleDescriptor.of("frontmatter.required", Severity.ERROR);
    public static final RuleDescriptor TYPE = RuleDescriptor.of("frontmatter.type", Severity.ERROR);
    public static final RuleDescriptor ENUM = RuleDescriptor.of("frontmatter.enum", Severity.ERROR);
    public static final RuleDescriptor FORMAT = RuleDescriptor.of("frontmatter.format", Severity.ERROR);
    public static final RuleDescriptor PATTERN = RuleDescriptor.of("frontmatter.pattern", Severity.ERROR);
    public static final RuleDescriptor LENGTH = RuleDescriptor.of("frontmatter.length", Severity.ERROR);
    public static final RuleDescriptor UNKNOWN_KEY = RuleDescriptor.of("frontmatter.unknown-key", Severity.ERROR);
    public static final RuleDescriptor SCHEMA = RuleDescriptor.of("frontmatter.schema", Severity.ERROR);

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

    private final SchemaSettings settings;

    public FrontMatterSchemaCheck(SchemaSettings settings) {
        this.settings = settings;
        this.schemas = Background.start("articlecheck-schemas", () -> new SchemaSet(settings));
    }

    @Override
    public String indexKey() {
        List<String> parts = new ArrayList<>(List.of("requireFrontMatter=" + settings.requireFrontMatter()));
        settings.fallback().ifPresent(file -> parts.add(file + "=" + ContentHash.ofFile(file)));
        for (SchemaMapping mapping : settings.mappings()) {
            Path file = settings.baseDirectory().resolve(mapping.schema()).normalize();
            parts.add(mapping.includes() + "|" + mapping.excludes() + "|" + file + "=" + ContentHash.ofFile(file));
        }
        return parts.toString();
    }

    @Override
    public void awaitReady() {
        Background.join(schemas);
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
        if (frontMatter.isEmpty() && settings.requireFrontMatter()) {
            return; // frontmatter.missing says it all: one problem, one finding
        }
        if (frontMatter.isPresent() && !frontMatter.get().isMapping()) {
            return; // unreadable or not a mapping: frontmatter.syntax already says why
        }
        JsonNode data = frontMatter.flatMap(FrontMatter::data).orElseGet(JsonNodeFactory.instance::objectNode);
        SchemaErrorMessages messages = new SchemaErrorMessages(data, schema.get().propertyNames(),
                frontMatter.map(FrontMatter::locations).orElse(Map.of()));
        for (Error error : schema.get().schema().validate(data)) {
            RuleDescriptor rule = BY_KEYWORD.getOrDefault(error.getKeyword(), SCHEMA);
            if (!sink.enabled(rule)) {
                continue;
            }
            String pointer = pointer(error.getInstanceLocation());
            SchemaErrorMessages.Described described = messages.describe(error, pointer);
            Optional<ValueLocation> location = frontMatter.flatMap(f -> f.location(positionPointer(error, pointer)));
            Report report;
            if (location.isEmpty() || pointer.isEmpty() && rule == REQUIRED) {
                report = sink.at(frontMatter.map(FrontMatter::openingLine).orElse(1), 1);
            } else if (rule == UNKNOWN_KEY || rule == REQUIRED) {
                report = sink.at(location.get().keyLine(), location.get().keyColumn());
            } else {
                report = sink.at(location.get().valueLine(), location.get().valueColumn());
            }
            described.rename().ifPresent(rename -> renameEdit(article, rename, report));
            report.subject(described.subject()).report(rule, described.message().key(),
                    described.message().args().toArray());
        }
    }

    /** The fix of a misspelt key: rename it where it is written, when it is written plainly (not quoted). */
    private static void renameEdit(Article article, SchemaErrorMessages.Rename rename, Report report) {
        SourceText source = article.source();
        int start = source.offset(rename.location().keyLine(), rename.location().keyColumn());
        if (source.text().startsWith(rename.from(), start)) {
            report.replace(start, start + rename.from().length(), rename.to());
        }
    }

    /** Unknown keys are reported at the key itself; missing ones at the mapping that should hold them. */
    private static String positionPointer(Error error, String pointer) {
        if ("additionalProperties".equals(error.getKeyword()) || "unevaluatedProperties".equals(error.getKeyword())) {
            return error.getProperty() == null ? pointer : pointer + "/" + FieldPath.escape(error.getProperty());
        }
        return pointer;
    }

    static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append('/').append(element instanceof Integer ? element.toString() : FieldPath.escape(String.valueOf(element)));
        }
        return out.toString();
    }
}
