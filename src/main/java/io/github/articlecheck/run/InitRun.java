package io.github.articlecheck.run;

import io.github.articlecheck.core.AtomicFiles;
import io.github.articlecheck.core.ContentPaths;
import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Message;
import io.github.articlecheck.core.Messages;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.frontmatter.SchemaMapping;
import io.github.articlecheck.frontmatter.SchemaSettings;
import io.github.articlecheck.init.SchemaGroups;
import io.github.articlecheck.read.ArticleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The init goal: reads the site's front matters as a check does, writes a schema per group of articles that share
 * their keys, prints the plugin declaration to paste, then checks the site with those schemas and prints a to-do
 * list (findings per rule, and the outliers of each schema). Existing files are kept unless {@code force}; a dry
 * run writes nothing. A content repository also gets the {@code .mvn/jvm.config} of {@link MavenJvmConfig}.
 */
public final class InitRun {
    private InitRun() {
    }

    /**
     * @param requiredThreshold share of a group's articles a key must be in to be required (1: all)
     * @param maxEnumValues     most distinct values a text key may have to become an enum
     * @param schemaDirectory   where the schema files go
     * @param pluginVersion     the version the printed plugin declaration names
     */
    public record Options(double requiredThreshold, int maxEnumValues, Path schemaDirectory, boolean dryRun,
            boolean force, String pluginVersion) {
        public Options {
            if (requiredThreshold <= 0 || requiredThreshold > 1) {
                throw new io.github.articlecheck.core.ConfigurationException("requiredThreshold must be above 0 and at"
                        + " most 1 (1 = every article), not " + requiredThreshold);
            }
            if (maxEnumValues < 1) {
                throw new io.github.articlecheck.core.ConfigurationException("maxEnumValues must be at least 1, not "
                        + maxEnumValues);
            }
        }
    }

    /** The schemas inferred (file → text), the plugin declaration, the files written, and the first check. */
    public record Outcome(Map<Path, String> schemas, String pomSnippet, List<Path> written, EngineResult check) {
    }

    public static Outcome init(RunSettings settings, Options options, RunLog log) throws IOException {
        Messages messages = settings.messages();
        Path base = settings.engine().baseDirectory();
        List<SchemaGroups.Sample> samples = samples(settings);
        List<SchemaGroups.Group> groups = SchemaGroups.infer(samples, options.requiredThreshold(),
                options.maxEnumValues());
        log.info(messages.text("init.read", samples.size(), groups.size()));
        Map<Path, String> schemas = new java.util.LinkedHashMap<>();
        List<Path> written = new ArrayList<>();
        Path checkDirectory = options.dryRun() ? Files.createTempDirectory("articlecheck-init") : null;
        List<SchemaMapping> mappings = new ArrayList<>();
        try {
            for (SchemaGroups.Group group : groups) {
                Path file = options.schemaDirectory().resolve(group.name() + ".schema.yaml");
                schemas.put(file, group.schema());
                Path used = file;
                if (options.dryRun()) {
                    log.info("# " + display(base, file) + "\n" + group.schema());
                    used = checkDirectory.resolve(file.getFileName());
                    Files.writeString(used, group.schema(), StandardCharsets.UTF_8);
                } else if (Files.exists(file) && !options.force()) {
                    log.warn(messages.text("init.kept", display(base, file)));
                } else {
                    AtomicFiles.write(file, writer -> writer.write(group.schema()));
                    written.add(file);
                    log.info(messages.text("init.wrote", display(base, file), group.articles(),
                            String.join(", ", group.includes())));
                }
                mappings.add(new SchemaMapping(group.includes(), List.of(), used));
            }
            String snippet = pomSnippet(base, options, groups);
            log.info(messages.text("init.snippet") + "\n" + snippet);
            if (!options.dryRun()) {
                Path snippetFile = settings.outputDirectory().resolve("init/pom-snippet.xml");
                AtomicFiles.write(snippetFile, writer -> writer.write(snippet));
                written.add(snippetFile);
            }
            if (MavenJvmConfig.setUp(base, options.dryRun(), messages, log) == MavenJvmConfig.Outcome.WROTE) {
                written.add(base.resolve(MavenJvmConfig.FILE));
            }
            SchemaSettings inferred = new SchemaSettings(base, settings.engine().contentDirectory(),
                    Optional.empty(), mappings, settings.schemas().requireFrontMatter());
            EngineResult check = Articlecheck.findings(settings.withSchemas(inferred));
            summary(messages, check, groups, log);
            return new Outcome(schemas, snippet, written, check);
        } finally {
            if (checkDirectory != null) {
                try (var files = Files.list(checkDirectory)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(checkDirectory);
            }
        }
    }

    /** Each article's front matter that parsed as a mapping, read as the check reads it. */
    private static List<SchemaGroups.Sample> samples(RunSettings settings) {
        Path base = settings.engine().baseDirectory();
        Path content = settings.engine().contentDirectory();
        ArticleReader reader = settings.linkSettings().reader();
        List<SchemaGroups.Sample> samples = new ArrayList<>();
        for (String path : Articlecheck.engine(settings).articlePaths()) {
            Path file = base.resolve(path).toAbsolutePath().normalize();
            if (!file.startsWith(content)) {
                continue;
            }
            ArticleReader.Text text = reader.readText(file);
            if (text.text().isEmpty()) {
                continue;
            }
            String contentPath = content.relativize(file).toString().replace('\\', '/');
            // the front matter alone, as ArticleReader.parse reads it first: the Markdown body is not needed here
            Optional<io.github.articlecheck.core.FrontMatter> frontMatter = io.github.articlecheck.read.FrontMatterParser
                    .parse(new io.github.articlecheck.core.SourceText(text.text().get()));
            if (frontMatter.isPresent() && frontMatter.get().isMapping()) {
                samples.add(new SchemaGroups.Sample(contentPath, frontMatter.get().data().get()));
            } else if (frontMatter.isEmpty() && !settings.schemas().requireFrontMatter()) {
                // MkDocs: a page without front matter is checked as an empty one, so it counts against "required"
                samples.add(new SchemaGroups.Sample(contentPath, tools.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode()));
            }
        }
        samples.sort(Comparator.comparing(SchemaGroups.Sample::contentPath));
        return samples;
    }

    /** The plugin declaration with what the site model cannot read: the schemas. */
    static String pomSnippet(Path base, Options options, List<SchemaGroups.Group> groups) {
        StringBuilder xml = new StringBuilder();
        xml.append("<plugin>\n")
                .append("  <groupId>io.github.articlecheck</groupId>\n")
                .append("  <artifactId>articlecheck-maven-plugin</artifactId>\n")
                .append("  <version>").append(options.pluginVersion()).append("</version>\n")
                .append("  <executions>\n    <execution>\n      <goals>\n        <goal>check</goal>\n")
                .append("      </goals>\n    </execution>\n  </executions>\n");
        if (!groups.isEmpty()) {
            xml.append("  <configuration>\n    <schemas>\n");
            for (SchemaGroups.Group group : groups) {
                xml.append("      <schema>\n        <includes>\n");
                group.includes().forEach(include -> xml.append("          <include>").append(escape(include))
                        .append("</include>\n"));
                xml.append("        </includes>\n        <schema>")
                        .append(escape(display(base, options.schemaDirectory().resolve(group.name() + ".schema.yaml"))))
                        .append("</schema>\n      </schema>\n");
            }
            xml.append("    </schemas>\n  </configuration>\n");
        }
        return xml.append("</plugin>\n").toString();
    }

    private static void summary(Messages messages, EngineResult check, List<SchemaGroups.Group> groups, RunLog log) {
        Map<String, Long> perRule = check.findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        check.errors().forEach(error -> log.error(messages.render(error)));
        log.info(messages.text("init.check", check.findings().size(), check.articleCount()));
        perRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> log.info(messages.text("init.check-rule", e.getKey(), e.getValue())));
        for (SchemaGroups.Group group : groups) {
            if (!group.outliers().isEmpty()) {
                log.info(messages.text("init.outliers", group.name(), group.outliers().size()));
                for (Message outlier : group.outliers()) {
                    log.info("  " + messages.render(outlier));
                }
            }
        }
    }

    private static String display(Path base, Path file) {
        return new ContentPaths(base).display(file);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
