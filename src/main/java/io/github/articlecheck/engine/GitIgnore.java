package io.github.articlecheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * What the repository's {@code .gitignore} files ignore (build output, installed packages, generated pages): not
 * articles. Follows gitignore(5): the last matching pattern wins, {@code !} re-includes, a pattern with a slash
 * before its end is anchored to its file's folder, a trailing slash matches folders only, {@code **} spans folders;
 * a file in an ignored folder cannot be re-included (the scanner does not enter the folder). Read from the
 * repository root (the folder holding {@code .git}, else the project folder) down to each file's folder.
 */
final class GitIgnore {
    private final Path root;
    private final Map<Path, List<FolderRules>> chains = new ConcurrentHashMap<>();

    private GitIgnore(Path root) {
        this.root = root;
    }

    /** The ignore rules that apply under {@code baseDirectory}: from its git repository's root, or from itself. */
    static GitIgnore of(Path baseDirectory) {
        for (Path folder = baseDirectory; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(".git"))) {
                GitIgnore repository = new GitIgnore(folder);
                // A project the repository itself ignores (a copy under target/, as an integration test runs it) is
                // checked on purpose: only its own .gitignore files apply then.
                for (Path dir = baseDirectory; !dir.equals(folder); dir = dir.getParent()) {
                    if (repository.ignored(dir, true)) {
                        return new GitIgnore(baseDirectory);
                    }
                }
                return repository;
            }
        }
        return new GitIgnore(baseDirectory);
    }

    /** Whether git ignores this file or folder (an absolute path under the repository root). */
    boolean ignored(Path path, boolean folder) {
        if (!path.startsWith(root) || path.equals(root)) {
            return false;
        }
        if (path.getFileName().toString().equals(".git")) {
            return true;
        }
        Boolean verdict = null;
        // Deeper .gitignore files take precedence: the first folder (deepest) with a matching rule decides.
        String name = null;
        for (FolderRules folderRules : chain(path.getParent())) {
            List<Rule> rules = folderRules.rules();
            String relative = null;
            for (int i = rules.size() - 1; i >= 0; i--) {
                Rule rule = rules.get(i);
                if (rule.foldersOnly() && !folder) {
                    continue;
                }
                String subject;
                if (rule.nameOnly()) {
                    subject = name == null ? name = path.getFileName().toString() : name;
                } else {
                    subject = relative == null
                            ? relative = folderRules.folder().relativize(path).toString().replace('\\', '/') : relative;
                }
                if (rule.matches(subject)) {
                    verdict = !rule.negated();
                    break;
                }
            }
            if (verdict != null) {
                return verdict;
            }
        }
        return false;
    }

    /** A folder holding a .gitignore with rules, and those rules. */
    private record FolderRules(Path folder, List<Rule> rules) {
    }

    /**
     * The folders from {@code folder} up to the root whose .gitignore has rules, deepest first: known once per
     * folder, so a file in a tree with no .gitignore costs one lookup, not one per parent folder.
     */
    private List<FolderRules> chain(Path folder) {
        if (folder == null || !folder.startsWith(root)) {
            return List.of();
        }
        List<FolderRules> known = chains.get(folder);
        if (known != null) {
            return known;
        }
        List<FolderRules> above = folder.equals(root) ? List.of() : chain(folder.getParent());
        List<Rule> rules = read(folder);
        List<FolderRules> chain;
        if (rules.isEmpty()) {
            chain = above;
        } else {
            List<FolderRules> deeperFirst = new ArrayList<>();
            deeperFirst.add(new FolderRules(folder, rules));
            deeperFirst.addAll(above);
            chain = List.copyOf(deeperFirst);
        }
        chains.put(folder, chain);
        return chain;
    }

    private static List<Rule> read(Path folder) {
        Path file = folder.resolve(".gitignore");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Rule> rules = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Rule rule = Rule.parse(line);
                if (rule != null) {
                    rules.add(rule);
                }
            }
            return rules;
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(); // an unreadable .gitignore ignores nothing, as git then does
        }
    }

    /**
     * One rule: {@code pattern} matches the path relative to the rule's folder, or, when {@code nameOnly}, the file
     * name alone — for a pattern with no slash, no {@code **} and no bracket, which matches a path exactly when it
     * matches its last name ({@code raw-*.md}, {@code node_modules}): no path to relativize for each file.
     * {@code literalStart} is the text every match starts with (the glob up to its first wildcard, for a pattern
     * matched from the start of its subject), {@code literal} whether that is the whole pattern: most paths fail a
     * startsWith and never reach the regex (a Matcher per rule per file and folder was 3 % of a run on MDN).
     */
    record Rule(Pattern pattern, boolean negated, boolean foldersOnly, boolean nameOnly, String literalStart,
            boolean literal) {

        boolean matches(String subject) {
            if (literal) {
                return subject.equals(literalStart);
            }
            return subject.startsWith(literalStart) && pattern.matcher(subject).matches();
        }

        /** One line of a .gitignore, or null for a blank line or a comment. */
        static Rule parse(String line) {
            String text = stripTrailingSpaces(line);
            if (text.isEmpty() || text.startsWith("#")) {
                return null;
            }
            boolean negated = text.startsWith("!");
            if (negated || text.startsWith("\\!") || text.startsWith("\\#")) {
                text = text.substring(1);
            }
            boolean foldersOnly = text.endsWith("/");
            if (foldersOnly) {
                text = text.substring(0, text.length() - 1);
            }
            boolean anchored = text.contains("/");
            if (text.startsWith("/")) {
                text = text.substring(1);
            }
            if (text.isEmpty()) {
                return null;
            }
            boolean nameOnly = !anchored && !text.contains("**") && !text.contains("[");
            String regex = (anchored || nameOnly ? "" : "(?:.*/)?") + globToRegex(text);
            int wildcard = 0;
            while (wildcard < text.length() && "*?[\\".indexOf(text.charAt(wildcard)) < 0) {
                wildcard++;
            }
            boolean fromStart = anchored || nameOnly;
            String literalStart = fromStart ? text.substring(0, wildcard) : "";
            return new Rule(Pattern.compile(regex), negated, foldersOnly, nameOnly, literalStart,
                    fromStart && wildcard == text.length());
        }

        private static String stripTrailingSpaces(String line) {
            int end = line.length();
            while (end > 0 && line.charAt(end - 1) == ' ' && (end < 2 || line.charAt(end - 2) != '\\')) {
                end--;
            }
            return line.substring(0, end);
        }

        private static String globToRegex(String glob) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (c == '*' && glob.startsWith("**", i)) {
                    boolean wholeSegment = (i == 0 || glob.charAt(i - 1) == '/')
                            && (i + 2 == glob.length() || glob.charAt(i + 2) == '/');
                    if (wholeSegment && i + 2 == glob.length()) {
                        regex.append(".*"); // "a/**": everything inside a
                        i += 1;
                    } else if (wholeSegment) {
                        regex.append("(?:.*/)?"); // "**/b" and "a/**/b": zero or more folders
                        i += 2;
                    } else {
                        regex.append("[^/]*");
                        i += 1;
                    }
                } else if (c == '*') {
                    regex.append("[^/]*");
                } else if (c == '?') {
                    regex.append("[^/]");
                } else if (c == '[') {
                    int close = glob.indexOf(']', i + 2);
                    if (close < 0) {
                        regex.append("\\[");
                    } else {
                        String set = glob.substring(i + 1, close);
                        if (set.startsWith("!")) {
                            set = "^" + set.substring(1);
                        }
                        regex.append('[').append(set.replace("\\", "\\\\").replace("[", "\\[")).append(']');
                        i = close;
                    }
                } else if (c == '\\' && i + 1 < glob.length()) {
                    regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return regex.toString();
        }
    }
}
