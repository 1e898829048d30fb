package io.github.articlecheck.writing;

import static io.github.articlecheck.TestArticles.check;
import static io.github.articlecheck.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.articlecheck.core.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Characters that are not what the author wrote: garbled encodings and invisible controls. */
class TextCharactersCheckTest {
    private static final String FRONT = "---\ntitle: T\n---\n";

    private static List<String> found(String text, String rulePrefix) {
        return lines(check(text)).stream().filter(line -> line.contains(" " + rulePrefix)).toList();
    }

    @Test
    void utf8ReadAsWindows1252IsReportedWithTheCharacterMeant() {
        assertEquals(List.of(
                "2:12 text.mojibake 'Ã©' is 'é' garbled: UTF-8 read as Windows-1252 or Latin-1 and saved again; write 'é'",
                "4:6 text.mojibake 'â€™' is '’' garbled: UTF-8 read as Windows-1252 or Latin-1 and saved again; write '’'",
                "4:13 text.mojibake 'Ã©' is 'é' garbled: UTF-8 read as Windows-1252 or Latin-1 and saved again; write 'é'",
                "4:16 text.mojibake 'Ã©' is 'é' garbled: UTF-8 read as Windows-1252 or Latin-1 and saved again; write 'é'",
                "4:21 text.mojibake 'Â\u00a0' is '\u00a0' garbled: UTF-8 read as Windows-1252 or Latin-1 and saved"
                        + " again; write '\u00a0'",
                "4:25 text.mojibake 'Ã\u00a0' is 'à' garbled: UTF-8 read as Windows-1252 or Latin-1 and saved again;"
                        + " write 'à'"),
                found("---\ntitle: Le rÃ©seau\n---\nC'estâ€™ un Ã©tÃ©\u00a0? Â\u00a0: Ã\u00a0 voir\n", "text.mojibake"));
        Finding first = check("---\ntitle: T\n---\nL'Ã©tÃ©\n").stream()
                .filter(f -> f.ruleId().equals("text.mojibake")).findFirst().orElseThrow();
        assertEquals("é", first.edits().get(0).replacement());
    }

    @Test
    void theReplacementCharacterIsALostCharacter() {
        assertEquals(List.of("4:4 text.mojibake replacement character U+FFFD: a character was lost when the file was"
                + " converted; type the one meant"), found(FRONT + "Caf\uFFFD et th\u00e9\n", "text.mojibake")
                .subList(0, 1));
        // shown on purpose: alone between punctuation, or on a line naming it (MDN's TextDecoder.fatal page)
        assertEquals(List.of(), found(FRONT + "Ersetzt durch das Ersatzzeichen `U+FFFD` (\uFFFD).\n\n"
                + "Le caractère U+FFFD ressemble à ceci : \uFFFD, ou dans un mot : caf\uFFFD (U+FFFD).\n",
                "text.mojibake"));
    }

    @Test
    void frenchTypographyAndOtherLanguagesAreNoMojibake() {
        assertEquals(List.of(), found(FRONT + """
                « Voilà\u00a0» dit-il\u202f; « à\u00a0bientôt\u00a0» — São Paulo, ÅSA, Ärger, Âme, château€.

                L’été, c’est « là\u00a0» ou « voilà\u00a0», 20\u00a0°C, Œuvre, Ébène.

                `Ã©` in code is an example of mojibake, and so is:

                ```
                caf\u00c3\u00a9
                ```
                """, "text.mojibake"));
    }

    @Test
    void zeroWidthAndBidirectionalControlsAreReportedAndDeleted() {
        List<Finding> findings = check(FRONT + "Un\u200b mot et un lien\u202e inversé, puis \u2066isolé\u2069.\n");
        assertEquals(List.of(
                "4:3 text.invisible invisible character (U+200B ZERO WIDTH SPACE): readers cannot see it, search and"
                        + " copy-paste trip on it; delete it",
                "4:19 text.invisible invisible character (U+202E RIGHT-TO-LEFT OVERRIDE): readers cannot see it, search"
                        + " and copy-paste trip on it; delete it",
                "4:35 text.invisible invisible character (U+2066 LEFT-TO-RIGHT ISOLATE): readers cannot see it, search"
                        + " and copy-paste trip on it; delete it",
                "4:41 text.invisible invisible character (U+2069 POP DIRECTIONAL ISOLATE): readers cannot see it,"
                        + " search and copy-paste trip on it; delete it"),
                lines(findings).stream().filter(l -> l.contains("text.invisible")).toList());
        assertEquals("", findings.stream().filter(f -> f.ruleId().equals("text.invisible")).findFirst().orElseThrow()
                .edits().get(0).replacement());
    }

    @Test
    void joinersAndMarksWhereAScriptNeedsThemAndNoBreakSpacesStaySilent() {
        assertEquals(List.of(), found(FRONT + """
                Une famille 👨\u200d👩\u200d👧 et un drapeau 🏳️\u200d🌈.

                Persan : می\u200cخواهم ; hindi : क्\u200dष.

                中文\u200b搜索\u200b支持, ภาษา\u200bไทย (word boundaries for search and line breaks).

                Hébreu : שלום\u200f ; arabe : مرحبا\u200e.

                Espaces : 10\u00a0000, « citation\u202f», fin\u00a0!

                `code\u200b` is code.
                """, "text.invisible"));
    }
}
