package io.github.articlecheck.structure;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.config;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlecheck.core.RuleLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class FootnoteCheckTest {
    private static final String FM = "---\ntitle: Notes\n---\n";

    private static List<String> findings(String body) {
        return lines(check(FM + body));
    }

    @Test
    void wellFormedFootnotesGiveNothing() {
        assertEquals(List.of(), findings("Un[^1] deux[^2] et [^1] encore.\n\n[^1]: Premier.\n[^2]: Second.\n"));
    }

    @Test
    void labelsMatchCaseInsensitivelyAndEditorialBracketsAreText() {
        assertEquals(List.of(), findings("Note[^Source] [...] [client/prestataire] [x]\n\n[^source]: Une source.\n"));
    }

    @Test
    void undefinedReference() {
        assertEquals(List.of("4:13 footnote.undefined footnote [^2] is not defined: add '[^2]: …' at the end of the article"),
                findings("Text[^1] and[^2].\n\n[^1]: One.\n").subList(0, 1));
    }

    @Test
    void unusedDefinition() {
        assertEquals(List.of("8:1 footnote.unused footnote [^2] is defined but never cited: its text is lost to readers;"
                + " cite it with [^2] or delete it"), findings("Text[^1].\n\n[^1]: One.\n\n[^2]: Two.\n"));
    }

    @Test
    void duplicateDefinitionIsReportedAtTheSecondWithTheFirstLine() {
        assertEquals(List.of("7:1 footnote.duplicate footnote [^A] is defined twice (first on line 6): give each note"
                + " its own label"), findings("Text[^a].\n\n[^a]: One.\n[^A]: Again.\n"));
    }

    @Test
    void emptyDefinition() {
        assertEquals(List.of("6:1 footnote.empty footnote [^1] has no text: write the note after ']:' or delete it"),
                findings("Text[^1].\n\n[^1]:\n"));
    }

    @Test
    void citationOrderGapsAndDefinitionOrder() {
        assertEquals(List.of(
                "4:2 footnote.order footnote [^2] is cited before [^1]: number notes in the order they are first cited"),
                findings("A[^2] B[^1].\n\n[^1]: One.\n\n[^2]: Two.\n"),
                "one out-of-order citation is one finding: renumbering also puts the definitions in order");
        assertEquals(List.of(
                "8:1 footnote.order definition of [^1] comes after [^2] but is cited before it: define notes in the order they are cited"),
                findings("A[^1] B[^2].\n\n[^2]: Two.\n\n[^1]: One.\n"),
                "citations in order, definitions not: the definitions are the cause");
        assertEquals(List.of("4:14 footnote.order footnote numbering skips 3: [^4] follows [^2]; renumber the notes"),
                findings("A[^1] B[^2] C[^4].\n\n[^1]: One.\n[^2]: Two.\n[^4]: Four.\n"));
        assertEquals(List.of(), findings("A[^b] B[^a].\n\n[^a]: Named labels carry no order.\n[^b]: B.\n"));
    }

    /** The text once the order finding's edits are applied, or the text itself when it carries none. */
    private static String renumbered(String body) {
        List<io.github.articlecheck.core.Finding> found = check(FM + body).stream()
                .filter(f -> f.ruleId().equals("footnote.order")).toList();
        io.github.articlecheck.core.SourceText source = new io.github.articlecheck.core.SourceText(FM + body);
        List<io.github.articlecheck.core.TextEdit> edits = found.stream().flatMap(f -> f.edits().stream()).toList();
        return io.github.articlecheck.core.TextEdits.apply(source.text(),
                io.github.articlecheck.core.TextEdits.resolve(source, edits).orElseThrow()).substring(FM.length());
    }

    @Test
    void theOrderFixFindsPythonMarkdownDefinitionsWhereTheyAreWrittenNotWhereTheReaderMovedThem() {
        // Python-Markdown reads "  [^2]:" at the top level; the reader moves it to the line's start, offsets kept
        String body = "A list:\n\n- item[^2]\n\n  [^2]:\n    The note.\n";
        io.github.articlecheck.run.RunSettings mkdocs = config().markdownDialect("python-markdown").build();
        List<io.github.articlecheck.core.Finding> found = check(mkdocs, FM + body).stream()
                .filter(f -> f.ruleId().equals("footnote.order")).toList();
        io.github.articlecheck.core.SourceText source = new io.github.articlecheck.core.SourceText(FM + body);
        String fixed = io.github.articlecheck.core.TextEdits.apply(source.text(), io.github.articlecheck.core.TextEdits
                .resolve(source, found.stream().flatMap(f -> f.edits().stream()).toList()).orElseThrow());
        assertEquals(FM + "A list:\n\n- item[^1]\n\n  [^1]:\n    The note.\n", fixed);
    }

    @Test
    void theOrderFixRenumbersByFirstCitationAndMovesDefinitionsOnlyWhenTheyAreOneRun() {
        assertEquals("A[^1] B[^2] A again[^1].\n\n[^1]: Two,\n    two lines.\n\n[^2]: One.\n",
                renumbered("A[^2] B[^1] A again[^2].\n\n[^1]: One.\n\n[^2]: Two,\n    two lines.\n"));
        assertEquals("A[^1] B[^2] C[^3].\n\n[^1]: One.\n[^2]: Two.\n[^3]: Four.\n",
                renumbered("A[^1] B[^2] C[^4].\n\n[^1]: One.\n[^2]: Two.\n[^4]: Four.\n"), "a gap closed");
        // text between the definitions: moving them would move it too, so no fix
        String between = "A[^2] B[^1].\n\n[^1]: One.\n\nMore text.\n\n[^2]: Two.\n";
        assertEquals(between, renumbered(between));
        // an unused note: renumbering would have to drop or keep it, which is the author's call
        String unused = "A[^2] B[^1].\n\n[^1]: One.\n[^2]: Two.\n[^3]: Never cited.\n";
        assertEquals(unused, renumbered(unused));
    }

    @Test
    void positionIsOffByDefaultAndFlagsDefinitionsInTheMiddle() {
        String body = "A[^1] B[^2].\n\n[^1]: One.\n\nMore text.\n\n[^2]: Two.\n";
        assertEquals(List.of(), findings(body));
        assertEquals(List.of("6:1 footnote.position footnote [^1] is defined in the middle of the article: move it to"
                + " the final block of notes"), lines(check(config().ruleLevel("footnote.position", RuleLevel.WARNING).build(), FM + body)));
    }
}
