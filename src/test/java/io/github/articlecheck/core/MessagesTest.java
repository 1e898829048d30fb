package io.github.articlecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two bundles are complete: same keys, and every key the code uses exists in both. */
class MessagesTest {
    /** A message key as written in the code: {@code Message.of("link.file.missing", …)}, references, rule ids. */
    private static final Pattern USED_KEY = Pattern.compile(
            "(?:Message\\.of|Message\\.reference|report|messages\\.text|Verdict\\.(?:broken|unverified))\\(\\s*(?:[^,()]*,\\s*)?\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern RULE = Pattern.compile("RuleDescriptor\\.(?:of|offByDefault)\\(\"([a-z]+\\.[a-z0-9-]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/io/github/articlecheck/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_fr.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeUsesAndEveryRuleHasItsText() throws IOException {
        Properties english = bundle("messages.properties");
        List<String> missing = new ArrayList<>();
        int used = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher key = USED_KEY.matcher(source);
                while (key.find()) {
                    used++;
                    if (!english.containsKey(key.group(1)) && !key.group(1).endsWith(".")) {
                        missing.add(file.getFileName() + ": " + key.group(1));
                    }
                }
                Matcher rule = RULE.matcher(source);
                while (rule.find()) {
                    for (String part : List.of(".summary", ".help")) {
                        if (!english.containsKey("rule." + rule.group(1) + part)) {
                            missing.add(file.getFileName() + ": rule." + rule.group(1) + part);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(true, used > 100, "the pattern finds the keys (" + used + ")");
    }

    @Test
    void argumentsPluralsAndReferencesRenderInEachLanguage() {
        Message message = Message.of("report.counts", 1, 0, 2);
        assertEquals("1 error, 0 warnings in 2 articles", Messages.english().render(message));
        assertEquals("1 erreur, 0 avertissement dans 2 articles", Messages.of(Locale.FRENCH).render(message));
        Message typed = Message.of("frontmatter.type.found", "date", Message.reference("frontmatter.type.name.string"),
                "une liste");
        assertEquals("date : du texte attendu, trouvé une liste", Messages.of(Locale.FRENCH).render(typed));
        assertEquals("date: expected text, found une liste", Messages.english().render(typed));
        assertEquals("no.such.key", Messages.english().render(Message.of("no.such.key")));
    }
}
