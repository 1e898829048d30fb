package io.github.articlecheck.writing;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.ArticleCheck;
import io.github.articlecheck.core.FindingSink;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Characters that are not what the author wrote. {@code text.mojibake}: UTF-8 once decoded as Windows-1252 or
 * Latin-1 and saved again ({@code Ã©} for {@code é}, {@code â€™} for {@code ’}, {@code Â } for a no-break space),
 * found by re-encoding a suspect run to the bytes it came from and decoding them as UTF-8 — only when that gives a
 * Western letter or punctuation, so French {@code voilà » } (à, no-break space, ») is never taken for one — and the
 * replacement character U+FFFD, left where a character was lost. {@code text.invisible}: zero-width and
 * bidirectional control characters, except where a script needs them (a joiner inside an emoji sequence, a
 * non-joiner between Arabic or Indic letters, a direction mark beside Hebrew or Arabic); the no-break spaces of French
 * typography are visible spacing and never reported. Code spans and blocks are left alone: an article may show these
 * on purpose there.
 */
public final class TextCharactersCheck implements ArticleCheck {
    public static final RuleDescriptor MOJIBAKE = RuleDescriptor.of("text.mojibake", Severity.WARNING);
    public static final RuleDescriptor INVISIBLE = RuleDescriptor.of("text.invisible", Severity.WARNING);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(MOJIBAKE, INVISIBLE);
    }

    @Override
    public String indexKey() {
        return "";
    }

    @Override
    public void check(Article article, FindingSink sink) {
        String text = article.source().text();
        char[] chars = article.source().chars();
        List<int[]> code = null;
        CharsetEncoder encoder = null;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < '\u00C2') {
                continue; // below every suspect character: most of any text
            }
            boolean suspect = c >= '\u00C2' && c <= '\u00C5' || c == '\u00E2' || c == '\uFFFD'
                    || invisible(c) && !(c == '\uFEFF' && i == 0);
            if (!suspect) {
                continue;
            }
            if (code == null) {
                code = codeRanges(article);
            }
            if (inside(code, i)) {
                continue;
            }
            if (c == '\uFFFD') {
                if (sink.enabled(MOJIBAKE) && lostInAWord(text, i)) {
                    sink.at(i).to(i + 1).subject("U+FFFD").report(MOJIBAKE, "text.mojibake.replacement");
                }
            } else if (invisible(c)) {
                int end = i;
                while (end < text.length() && invisible(text.charAt(end))) {
                    end++;
                }
                if (sink.enabled(INVISIBLE) && !neededByScript(text, i, end)) {
                    String names = names(text.substring(i, end));
                    sink.at(i).to(end).subject(names).replace(i, end, "")
                            .report(INVISIBLE, "text.invisible", names);
                }
                i = end - 1;
            } else if (sink.enabled(MOJIBAKE)) {
                if (encoder == null) {
                    encoder = WINDOWS_1252.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT);
                }
                int end = mojibakeEnd(text, i, encoder);
                if (end > i) {
                    String written = text.substring(i, end);
                    String meant = decoded(written, encoder);
                    sink.at(i).to(end).subject(written).replace(i, end, meant)
                            .report(MOJIBAKE, "text.mojibake", written, meant);
                    i = end - 1;
                }
            }
        }
    }

    /**
     * A U+FFFD where a letter was lost ({@code Caf�}), not one an article shows on purpose: alone between
     * punctuation ({@code (�)}) or on a line that names it (MDN's TextDecoder pages: "`U+FFFD` (�)").
     */
    private static boolean lostInAWord(String text, int at) {
        boolean besideLetter = at > 0 && Character.isLetter(text.codePointBefore(at))
                || at + 1 < text.length() && Character.isLetter(text.codePointAt(at + 1));
        if (!besideLetter) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', at) + 1;
        int lineEnd = text.indexOf('\n', at);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return !line.toUpperCase(Locale.ROOT).contains("FFFD");
    }

    /** Zero-width (U+200B–U+200F), embedding and override (U+202A–U+202E), isolate (U+2066–U+2069) and BOM. */
    static boolean invisible(char c) {
        return c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\uFEFF';
    }

    /**
     * A joiner between emoji (👨‍👩‍👧), a non-joiner or joiner between letters of a script that shapes with them
     * (Persian, Hindi), a direction mark beside right-to-left letters: what they are for.
     */
    private static boolean neededByScript(String text, int start, int end) {
        int before = start > 0 ? text.codePointBefore(start) : -1;
        int after = end < text.length() ? text.codePointAt(end) : -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean needed = switch (c) {
                // Chinese, Japanese and Thai are written without spaces: a zero-width space marks a word boundary
                // for line breaking and search (mkdocs-material's "Chinese search support" post relies on it)
                case '\u200B' -> unspaced(before) || unspaced(after);
                case '\u200D' -> pictographic(before) || pictographic(after) || shaped(before) && shaped(after);
                case '\u200C' -> shaped(before) || shaped(after);
                case '\u200E', '\u200F' -> rightToLeft(before) || rightToLeft(after);
                default -> false;
            };
            if (!needed) {
                return false;
            }
        }
        return true;
    }

    private static boolean pictographic(int codePoint) {
        return codePoint >= 0x1F000 || codePoint >= 0x2600 && codePoint <= 0x27BF || codePoint == 0xFE0F;
    }

    /** Letters of scripts whose shaping the joiners change (not Latin, Greek or Cyrillic). */
    private static boolean shaped(int codePoint) {
        if (codePoint < 0 || !Character.isLetterOrDigit(codePoint) && Character.getType(codePoint)
                != Character.NON_SPACING_MARK && Character.getType(codePoint) != Character.COMBINING_SPACING_MARK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.GREEK
                && script != Character.UnicodeScript.CYRILLIC && script != Character.UnicodeScript.COMMON;
    }

    private static boolean unspaced(int codePoint) {
        if (codePoint < 0) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR || script == Character.UnicodeScript.TIBETAN;
    }

    private static boolean rightToLeft(int codePoint) {
        if (codePoint < 0) {
            return false;
        }
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /**
     * The end of a run that is UTF-8 bytes shown as Windows-1252 characters — a lead byte (Â Ã Ä Å: two bytes; â:
     * three) and its continuation bytes — decoding to Latin letters or punctuation; {@code start} when it is not.
     */
    private static int mojibakeEnd(String text, int start, CharsetEncoder encoder) {
        char lead = text.charAt(start);
        int length = lead == '\u00E2' ? 3 : 2;
        if (start + length > text.length()) {
            return start;
        }
        for (int k = 1; k < length; k++) {
            int b = windows1252Byte(text.charAt(start + k), encoder);
            if (b < 0x80 || b > 0xBF) {
                return start;
            }
        }
        String meant = decoded(text.substring(start, start + length), encoder);
        if (meant == null || meant.length() != 1) {
            return start;
        }
        char m = meant.charAt(0);
        boolean western = m >= '\u00A0' && m <= '\u024F' || m >= '\u2010' && m <= '\u203A' || m == '\u20AC'
                || m == '\u2122';
        return western ? start + length : start;
    }

    /** The byte Windows-1252 writes for {@code c} (C1 controls as Latin-1 has them), or -1. */
    private static int windows1252Byte(char c, CharsetEncoder encoder) {
        if (c >= '\u0080' && c <= '\u00FF') {
            return c;
        }
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(new char[] {c}));
            return bytes.remaining() == 1 ? bytes.get() & 0xFF : -1;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    private static String decoded(String written, CharsetEncoder encoder) {
        byte[] bytes = new byte[written.length()];
        for (int i = 0; i < written.length(); i++) {
            int b = windows1252Byte(written.charAt(i), encoder);
            if (b < 0) {
                return null;
            }
            bytes[i] = (byte) b;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String names(String run) {
        List<String> names = new ArrayList<>();
        run.chars().forEach(c -> names.add(String.format(Locale.ROOT, "U+%04X %s", c, Character.getName(c))));
        return String.join(", ", names);
    }

    private static List<int[]> codeRanges(Article article) {
        List<int[]> ranges = new ArrayList<>();
        for (Node node : article.nodes()) {
            if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                ranges.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            }
        }
        return ranges;
    }

    private static boolean inside(List<int[]> ranges, int offset) {
        for (int[] range : ranges) {
            if (offset >= range[0] && offset < range[1]) {
                return true;
            }
        }
        return false;
    }
}
