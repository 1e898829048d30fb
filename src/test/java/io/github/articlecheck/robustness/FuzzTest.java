package io.github.articlecheck.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.SourceText;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, proof 1: mutated real articles through the whole engine, in batches. Properties: no exception escapes
 * the engine; every finding's line:column exists in its file; no article costs more than its budget; findings are
 * the same whatever the thread count and the order of the files; no article overflows the stack (caught, an overflow
 * is reported, but where it happens depends on the JIT, so the same input passed locally and failed in CI). Deterministic (seeded); about a minute by default;
 * {@code -Darticlecheck.fuzz.inputs=100000} (and {@code .seed}) runs longer. A failing input is shrunk to a minimal
 * one, written to {@code target/fuzz-failures/}, and belongs then in {@code src/test/resources/fuzz-regressions/},
 * which every run replays.
 */
class FuzzTest {
    private static final int INPUTS = Integer.getInteger("articlecheck.fuzz.inputs", 10_000);
    private static final long SEED = Long.getLong("articlecheck.fuzz.seed", 20261129L);
    private static final int BATCH = 24;
    /** What one article may cost, checks included, on a slow CI machine: the structural limits keep it far below. */
    private static final long ARTICLE_BUDGET_MILLIS = 10_000;
    private static final String[] TOKENS = {"---\n", "+++\n", "{\n", "|", "| --- |\n", "<table>", "</table>", "<td>",
        "</tr>", "[^", "[^1]", "]: ", "{#", "}", "<!-- articlecheck-disable", " -->", "```\n", "> ", "- ", "1. ", "#",
        "## ", "\n\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u0000", "\uFEFF", "İ", "<script>", "</script>",
        "[x](", ")", "![", "](", "%00", "%ZZ", "http://[::1]:99999/", "{{< ref \"", "\" >}}", "{% link ", " %}",
        "&anchor a", "*a", "<<: *a\n", "title: ", ": ", "\t", "'", "\"", "\\", "<div>", "</div>", "<img src=x>"};

    @TempDir
    Path directory;

    @Test
    void mutatedArticlesNeverBreakTheRunOrMisplaceAFinding() throws IOException {
        List<String> seeds = seeds();
        Random random = new Random(SEED);
        List<String> batch = new ArrayList<>();
        int done = 0;
        while (done < INPUTS) {
            batch.add(mutate(seeds.get(random.nextInt(seeds.size())), random));
            done++;
            if (batch.size() == BATCH || done == INPUTS) {
                checkBatch(batch);
                batch.clear();
            }
        }
    }

    @Test
    void everyKeptRegressionCaseHoldsTheProperties() throws IOException {
        Path kept = Path.of("src/test/resources/fuzz-regressions");
        if (!Files.isDirectory(kept)) {
            return;
        }
        try (Stream<Path> files = Files.list(kept)) {
            for (Path file : files.sorted().toList()) {
                checkBatch(List.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)));
            }
        }
    }

    /** Texts are byte strings (ISO-8859-1 holds any byte), so that invalid UTF-8 is an input like any other. */
    private static List<String> seeds() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/test/resources/fuzz-seeds", "src/test/resources/samples", "src/it")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".mdx"))
                        .filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(files::add);
            }
        }
        List<String> seeds = new ArrayList<>();
        for (Path file : files) {
            seeds.add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        }
        return seeds;
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations; m++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
            switch (random.nextInt(9)) {
                case 0 -> { // flip a byte
                    if (text.length() > 0) {
                        int i = Math.min(at, text.length() - 1);
                        text.setCharAt(i, (char) (text.charAt(i) ^ (1 << random.nextInt(8))));
                    }
                }
                case 1 -> text.setLength(Math.min(at, text.length())); // truncate
                case 2, 3 -> text.insert(at, utf8(TOKENS[random.nextInt(TOKENS.length)]));
                case 4 -> { // deep nesting
                    String[] nests = {"> ", "- ", "<div>", "[", "  - ", "1. "};
                    text.insert(at, utf8(nests[random.nextInt(nests.length)]).repeat(1 + random.nextInt(400)));
                }
                case 5 -> text.insert(at, "x".repeat(1 + random.nextInt(20_000))); // a long line
                case 6 -> text.insert(at, (char) (0x80 + random.nextInt(0x80))); // invalid UTF-8 byte
                case 7 -> { // line endings mixed
                    String[] endings = {"\n", "\r", "\r\n", utf8("\u2028")};
                    String ending = endings[random.nextInt(endings.length)];
                    for (int i = 0; i < text.length(); i++) {
                        if (text.charAt(i) == '\n' && random.nextInt(3) == 0) {
                            text.replace(i, i + 1, ending);
                            i += ending.length() - 1;
                        }
                    }
                }
                default -> { // a long label, or an alias bomb in the front matter
                    text.insert(at, random.nextBoolean() ? "[" + "a".repeat(1 + random.nextInt(5_000)) + "]"
                            : "a: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b]\n");
                }
            }
        }
        return text.toString();
    }

    /** A string's UTF-8 bytes, as the byte string texts are made of. */
    private static String utf8(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private void checkBatch(List<String> articles) throws IOException {
        String problem = problem(articles);
        if (problem == null) {
            return;
        }
        for (String article : articles) {
            if (problem(List.of(article)) != null) {
                String minimal = shrink(article);
                Path out = Path.of("target/fuzz-failures");
                Files.createDirectories(out);
                Path file = out.resolve("failure-" + Integer.toHexString(minimal.hashCode()) + ".md");
                Files.write(file, minimal.getBytes(StandardCharsets.ISO_8859_1));
                fail(problem(List.of(minimal)) + "\nminimal input (" + minimal.length() + " bytes) written to " + file);
            }
        }
        fail(problem + " (only in a batch of " + articles.size() + ")");
    }

    /** Delta debugging: drop ever smaller chunks while the input still fails. */
    private String shrink(String input) throws IOException {
        String current = input;
        for (int chunk = Math.max(1, current.length() / 2); chunk >= 1; chunk /= 2) {
            boolean progress = true;
            while (progress) {
                progress = false;
                for (int start = 0; start + chunk <= current.length(); start += chunk) {
                    String candidate = current.substring(0, start) + current.substring(start + chunk);
                    if (problem(List.of(candidate)) != null) {
                        current = candidate;
                        progress = true;
                        break;
                    }
                }
            }
        }
        return current;
    }

    /** Why a set of articles breaks a property, or null. */
    private String problem(List<String> articles) throws IOException {
        EngineResult parallel;
        EngineResult single;
        long start = System.nanoTime();
        try {
            parallel = run(articles, 2, false);
            single = run(articles, 1, true);
        } catch (RuntimeException | StackOverflowError e) {
            return "the engine threw " + e;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > ARTICLE_BUDGET_MILLIS * articles.size()) {
            return "over budget: " + millis + " ms for " + articles.size() + " articles";
        }
        if (!parallel.findings().equals(single.findings())) {
            return "findings depend on threads or order:\n" + parallel.findings() + "\n" + single.findings();
        }
        for (Finding finding : parallel.findings()) {
            // a stack overflow lands at a depth the JIT decides: the same article is read in one run, lost in another
            if (finding.message().args().contains("StackOverflowError")) {
                return "the stack overflowed: " + finding;
            }
            String text = decoded(articles.get(Integer.parseInt(finding.path().replaceAll("\\D", ""))));
            SourceText source = new SourceText(text);
            int lines = Math.max(1, source.lineCount());
            if (finding.line() > lines || finding.column() > lineLength(source, finding.line()) + 1) {
                return "finding outside its file: " + finding + " (" + lines + " lines; line "
                        + finding.line() + " has " + lineLength(source, Math.min(finding.line(), lines)) + " characters)";
            }
        }
        return null;
    }

    private static int lineLength(SourceText source, int line) {
        if (line > source.lineCount()) {
            return 0;
        }
        String text = source.lineText(line);
        return text.codePointCount(0, text.length());
    }

    /** The text as the reader sees it: UTF-8 decoded (invalid bytes replaced), BOM dropped. */
    private static String decoded(String bytes) {
        String text = new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Runs every article in its own file (a000.md…), in one order or the reverse, with links offline. */
    private EngineResult run(List<String> articles, int threads, boolean reversed) throws IOException {
        Path base = Files.createTempDirectory(directory, "run");
        Path content = Files.createDirectories(base.resolve("content"));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        if (reversed) {
            java.util.Collections.reverse(order);
        }
        for (int i : order) {
            Files.write(content.resolve(String.format("a%03d.md", i)), articles.get(i).getBytes(StandardCharsets.ISO_8859_1));
        }
        try {
            return Articlecheck.engine(RunSettings.builder(base).threads(threads).cacheKey("fuzz")
                    .links(LinkOptions.defaults().withOffline(true)).build()).run();
        } finally {
            delete(base);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
