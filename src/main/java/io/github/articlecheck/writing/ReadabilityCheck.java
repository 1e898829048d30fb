package io.github.articlecheck.writing;

import io.github.articlecheck.core.Article;
import io.github.articlecheck.core.CorpusCheck;
import io.github.articlecheck.core.IndexInput;
import io.github.articlecheck.core.IndexOutput;
import io.github.articlecheck.core.RuleDescriptor;
import io.github.articlecheck.core.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code prose.readability} (off by default): per article, the Flesch reading ease for English (206.835 − 1.015 ×
 * words per sentence − 84.6 × syllables per word) or its French adaptation by Kandel and Moles (207 − 1.015 × words
 * per sentence − 73.6 × syllables per word), and the share of sentences longer than a configurable number of words.
 * A finding at the first line of the body when the score is below the threshold; every scored article's measures go
 * to the reports (JSON, site report per folder). Read from the prose only: a code block is no long sentence. A
 * corpus check so that its measures are kept in the index with the article and reach the reports on a repeat run.
 */
public final class ReadabilityCheck implements CorpusCheck {
    public static final RuleDescriptor READABILITY = RuleDescriptor.offByDefault("prose.readability",
            Severity.WARNING);
    /** A word; its hyphenated parts repeated possessively (the same words: nothing follows them in the pattern). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(?=\\s|$)|;");

    private final boolean enabled;
    private final double minimumScore;
    private final int longSentenceWords;
    private final String language;
    private final Queue<Measures> measured = new ConcurrentLinkedQueue<>();

    /** What one article measures: counted once, kept in the index. */
    record Measures(String path, int line, String language, int words, int sentences, int syllables,
            int longSentences) implements Facts {
        double score() {
            double perSentence = (double) words / Math.max(1, sentences);
            double perWord = (double) syllables / Math.max(1, words);
            return language.equals("fr") ? 207 - 1.015 * perSentence - 73.6 * perWord
                    : 206.835 - 1.015 * perSentence - 84.6 * perWord;
        }

        @Override
        public void write(IndexOutput out) {
            out.writeString(path);
            out.writeInt(line);
            out.writeString(language);
            out.writeInt(words);
            out.writeInt(sentences);
            out.writeInt(syllables);
            out.writeInt(longSentences);
        }
    }

    /** No measure for this article (not English or French, no prose, the rule off). */
    private record Nothing() implements Facts {
        @Override
        public void write(IndexOutput out) {
            out.writeString("");
        }
    }

    public ReadabilityCheck(boolean enabled, double minimumScore, int longSentenceWords, String language) {
        this.enabled = enabled;
        this.minimumScore = minimumScore;
        this.longSentenceWords = longSentenceWords;
        this.language = language == null ? "" : language;
    }

    @Override
    public List<RuleDescriptor> rules() {
        return List.of(READABILITY);
    }

    @Override
    public String indexKey() {
        return "enabled=" + enabled + " min=" + minimumScore + " long=" + longSentenceWords + " language=" + language;
    }

    @Override
    public Facts collect(Article article) {
        if (!enabled) {
            return new Nothing();
        }
        String lang = ArticleLanguage.of(article, language);
        if (!(lang.equals("en") || lang.equals("fr"))) {
            return new Nothing();
        }
        String text = article.source().text();
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        int longSentences = 0;
        int inSentence = 0;
        Object block = null;
        int firstLine = 0;
        for (ProseSegments.Segment segment : ProseSegments.withBlocks(article)) {
            if (segment.block() != block && inSentence > 0) { // a heading, an item, a cell ends its sentence
                sentences++;
                longSentences += inSentence > longSentenceWords ? 1 : 0;
                inSentence = 0;
            }
            block = segment.block();
            if (firstLine == 0) {
                firstLine = article.source().line(segment.start());
            }
            String prose = text.substring(segment.start(), segment.end());
            Matcher word = WORD.matcher(prose);
            Matcher end = SENTENCE_END.matcher(prose);
            int nextEnd = end.find() ? end.start() : Integer.MAX_VALUE;
            while (word.find()) {
                while (word.start() > nextEnd) {
                    if (inSentence > 0) {
                        sentences++;
                        longSentences += inSentence > longSentenceWords ? 1 : 0;
                        inSentence = 0;
                    }
                    nextEnd = end.find() ? end.start() : Integer.MAX_VALUE;
                }
                words++;
                inSentence++;
                syllables += syllables(word.group().toLowerCase(Locale.ROOT), lang);
            }
        }
        if (inSentence > 0) {
            sentences++;
            longSentences += inSentence > longSentenceWords ? 1 : 0;
        }
        if (words == 0) {
            return new Nothing();
        }
        Measures measures = new Measures(article.relativePath(), Math.max(1, firstLine), lang, words, sentences,
                syllables, longSentences);
        measured.add(measures);
        return measures;
    }

    /**
     * Syllables as the readability formulas were calibrated to count them: groups of vowels, less a final mute e
     * (English "make", French "page", "pages"); at least one per word, and a number counts as one.
     */
    static int syllables(String word, String language) {
        String vowels = language.equals("fr") ? "aeiouyàâäéèêëîïôöùûüÿœæ" : "aeiouy";
        int groups = 0;
        boolean inVowels = false;
        for (int i = 0; i < word.length(); i++) {
            boolean vowel = vowels.indexOf(word.charAt(i)) >= 0;
            if (vowel && !inVowels) {
                groups++;
            }
            inVowels = vowel;
        }
        boolean muteE = language.equals("fr") ? word.endsWith("e") || word.endsWith("es")
                : word.endsWith("e") && !word.endsWith("le") && !word.endsWith("ee");
        if (muteE && groups > 1) {
            groups--;
        }
        return Math.max(1, groups);
    }

    @Override
    public Facts read(IndexInput in) {
        String path = in.readString();
        if (path.isEmpty()) {
            return new Nothing();
        }
        return new Measures(path, in.readInt(), in.readString(), in.readInt(), in.readInt(), in.readInt(),
                in.readInt());
    }

    @Override
    public void restore(Facts facts) {
        if (facts instanceof Measures measures) {
            measured.add(measures);
        }
    }

    @Override
    public void finish(CorpusFindingSink sink) {
        for (Measures m : measured) {
            double score = Math.round(m.score() * 10) / 10.0;
            double longShare = Math.round(1000.0 * m.longSentences() / Math.max(1, m.sentences())) / 10.0;
            sink.metric(m.path(), "words", m.words());
            sink.metric(m.path(), "sentences", m.sentences());
            sink.metric(m.path(), "readability", score);
            sink.metric(m.path(), "longSentencesPercent", longShare);
            if (score < minimumScore && sink.enabled(READABILITY)) {
                sink.at(m.path(), m.line(), 1).subject(m.language()).report(READABILITY,
                        m.language().equals("fr") ? "prose.readability.kandel-moles" : "prose.readability.flesch",
                        score, minimumScore, longShare, longSentenceWords, m.words());
            }
        }
        measured.clear();
    }
}
