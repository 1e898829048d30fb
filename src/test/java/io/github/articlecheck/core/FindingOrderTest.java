package io.github.articlecheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings sort the same whatever order they were reported in: the order is total over everything they hold. */
class FindingOrderTest {
    private static Finding finding(int endColumn, Severity severity, List<TextEdit> edits, List<String> targets) {
        return new Finding("content/a.md", 3, 5, 3, endColumn, "link.file", severity,
                Message.of("link.file.missing", "x.md"), "x.md", edits, targets);
    }

    @Test
    void findingsThatDifferOnlyBeyondTheMessageStillHaveOneOrder() {
        List<Finding> findings = List.of(
                finding(9, Severity.ERROR, List.of(), List.of()),
                finding(7, Severity.ERROR, List.of(), List.of()),
                finding(7, Severity.WARNING, List.of(), List.of()),
                finding(7, Severity.ERROR, List.of(new TextEdit(3, 5, 3, 7, "y.md")), List.of()),
                finding(7, Severity.ERROR, List.of(), List.of("content/x.md")));
        List<Finding> forward = new ArrayList<>(findings);
        List<Finding> backward = new ArrayList<>(findings);
        Collections.reverse(backward);
        Collections.sort(forward);
        Collections.sort(backward);
        assertEquals(forward, backward);
        assertEquals(7, forward.get(0).endColumn());
        assertEquals(9, forward.get(forward.size() - 1).endColumn());
        for (int i = 1; i < forward.size(); i++) {
            assertNotEquals(0, forward.get(i - 1).compareTo(forward.get(i)), forward.get(i).toString());
        }
    }
}
