package io.github.articlecheck.frontmatter;

import io.github.articlecheck.read.FrontMatterParser;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.PathPattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The front matter schemas of a run, loaded and checked against the JSON Schema 2020-12 meta-schema once, and
 * chosen per article: the first {@code schemas} entry whose patterns match wins, {@code frontMatterSchema} is the
 * fallback. A broken schema is a configuration error, not a finding per article.
 */
final class SchemaSet {
    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

    /** A loaded schema with the property names it declares anywhere, for "did you mean". */
    record LoadedSchema(Path file, Schema schema, Set<String> propertyNames) {
    }

    private record Entry(List<PathPattern> includes, List<PathPattern> excludes, LoadedSchema schema) {
    }

    private final Path contentDirectory;
    private final List<Entry> entries = new ArrayList<>();
    private final Optional<LoadedSchema> fallback;

    SchemaSet(SchemaSettings configuration) {
        this.contentDirectory = configuration.contentDirectory();
        if (configuration.mappings().isEmpty() && configuration.fallback().isEmpty()) {
            // no schema: the validator's classes (a second of CPU at start-up, beside the first articles) stay unloaded
            this.fallback = Optional.empty();
            return;
        }
        Map<Path, LoadedSchema> loaded = new HashMap<>();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        Schema metaSchema = registry.getSchema(SchemaLocation.of(META_SCHEMA));
        for (SchemaMapping mapping : configuration.mappings()) {
            Path file = configuration.baseDirectory().resolve(mapping.schema()).normalize();
            LoadedSchema schema = loaded.computeIfAbsent(file, f -> load(registry, metaSchema, f));
            List<String> includes = mapping.includes().isEmpty() ? SchemaSettings.EVERY_ARTICLE : mapping.includes();
            entries.add(new Entry(includes.stream().map(PathPattern::of).toList(),
                    mapping.excludes().stream().map(PathPattern::of).toList(), schema));
        }
        this.fallback = configuration.fallback()
                .map(file -> loaded.computeIfAbsent(file, f -> load(registry, metaSchema, f)));
    }

    boolean isEmpty() {
        return entries.isEmpty() && fallback.isEmpty();
    }

    Optional<LoadedSchema> schemaFor(Path article) {
        String relative = contentDirectory.relativize(article.toAbsolutePath().normalize()).toString().replace('\\', '/');
        for (Entry entry : entries) {
            if (PathPattern.anyMatches(entry.includes(), relative) && !PathPattern.anyMatches(entry.excludes(), relative)) {
                return Optional.of(entry.schema());
            }
        }
        return fallback;
    }

    private static LoadedSchema load(SchemaRegistry registry, Schema metaSchema, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read front matter schema " + file + ": " + e.getMessage()
                    + "; check the path in frontMatterSchema or <schemas>", e);
        }
        JsonNode node = parse(file, text);
        if (!node.isObject() && !node.isBoolean()) {
            throw new ConfigurationException("front matter schema " + file + " is not a JSON Schema: its top level"
                    + " must be an object such as {\"type\": \"object\", \"properties\": {...}}");
        }
        List<Error> problems = metaSchema.validate(node);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("front matter schema " + file + " is not valid JSON Schema 2020-12: "
                    + problems.stream().limit(5).map(Error::toString).collect(Collectors.joining("; ")));
        }
        try {
            Schema schema = registry.getSchema(SchemaLocation.of(file.toUri().toString()), node);
            schema.initializeValidators();
            return new LoadedSchema(file, schema, propertyNames(node));
        } catch (RuntimeException e) {
            throw new ConfigurationException("front matter schema " + file + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return FrontMatterParser.readYamlDocument(text);
            }
            return JsonMapper.shared().readTree(text);
        } catch (JacksonException e) {
            throw new ConfigurationException("front matter schema " + file + " is not valid JSON: "
                    + e.getOriginalMessage() + locationOf(e), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("front matter schema " + file + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    private static Set<String> propertyNames(JsonNode schema) {
        Set<String> names = new HashSet<>();
        List<JsonNode> pending = new ArrayList<>(List.of(schema));
        while (!pending.isEmpty()) {
            JsonNode node = pending.remove(pending.size() - 1);
            if (node.isObject()) {
                JsonNode properties = node.get("properties");
                if (properties != null && properties.isObject()) {
                    names.addAll(properties.propertyNames());
                }
            }
            if (node.isContainer()) {
                for (Iterator<JsonNode> it = node.values().iterator(); it.hasNext();) {
                    pending.add(it.next());
                }
            }
        }
        return names;
    }
}
