package io.github.articlecheck.structure;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlecheck.core.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipeTableCheckTest {
    private static final String FM = "---\ntitle: Tables\n---\n";

    private static List<String> findings(String body) {
        return lines(check(FM + body));
    }

    @Test
    void regularTablesGiveNothing() {
        assertEquals(List.of(), findings("| a | b |\n| - | :-: |\n| 1 | 2 |\n| `x\\|y` | 3 |\n\nA|B|C\n:--|:--|:--\n`x`||`/`\n"));
    }

    @Test
    void bodyRowWithAnotherCellCount() {
        assertEquals(List.of(
                "6:1 table.columns this row has 3 cells but the header has 2: the extra cells are dropped; escape literal pipes as \\|",
                "7:1 table.columns this row has 1 cell but the header has 2: missing cells are left empty; escape literal pipes as \\|"),
                findings("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 1 |\n"));
    }

    @Test
    void headerAndDelimiterMismatchMeansNoTable() {
        assertEquals(List.of("5:1 table.delimiter the delimiter row has 3 cells but the header has 2: GFM renders no table"
                + " at all; give the delimiter row one '---' per header cell"), findings("Condition|Value\n:--|:--|:--\nx|y\n"));
    }

    @Test
    void pipeLinesWithoutDelimiterRowAreAWarning() {
        var found = check(FM + "| a | b |\n| 1 | 2 |\n");
        assertEquals(List.of("4:1 table.delimiter these 2 lines look like a table but render as text: add a delimiter row"
                + " such as | --- | --- | below the header row"), lines(found));
        assertEquals(Severity.WARNING, found.get(0).severity());
    }
}
