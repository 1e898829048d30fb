package io.github.articlecheck.read;

import io.github.articlecheck.core.Article;
import java.nio.file.Path;

/**
 * Reads a small built-in page once, on a thread of its own, while a forked check is still setting up. The fork spends
 * its first 0.3–0.4 s on the main thread alone (the parameters, the generator's configuration, the settings), then
 * its first articles wait while the workers load and initialise about 500 classes of flexmark, SnakeYAML and the
 * reader. Loaded here, on the core that is idle meanwhile, they are ready when the articles come: the fork on
 * hugodocs went from 2.01 to 1.91 s and from 1.81 to 1.69 s (medians of ten, alternated; on MDN-de the 0.1 s is
 * inside the noise). Not used in Maven's JVM, where it measured 0.1 s slower: there the classes Maven already
 * loaded and its C2 compiler leave no idle core. The page is a constant: nothing is read twice, reported or kept.
 */
public final class ReadingWarmUp {
    /** One of each construct that loads its own classes: front matter, headings, links, a table, HTML, notes. */
    static final String SAMPLE = """
            ---
            title: Warm-up
            tags: [a, b]
            date: 2024-01-02
            ---

            # Titre accentué

            Some *text*, **strong**, `code`, [a link](../other/#part "t") and ![an image](i.png).

            ## Section {#section}

            | A | B |
            | - | :-: |
            | 1 | [x][ref] |

            - item <span id="span">x</span>
              1. nested

            > quoted

            ```js
            const x = 1;
            ```

            <table><tr><td>cell</td></tr></table>

            Note[^1].

            [ref]: https://example.org/
            [^1]: The note.
            """;

    private ReadingWarmUp() {
    }

    /** Starts the warm-up; a daemon thread, so it never holds the JVM or the build. */
    public static Thread start() {
        Thread thread = new Thread(ReadingWarmUp::readQuietly, "articlecheck-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Reads the sample as an article; what it finds is the caller's to look at (tests) or to drop. */
    static Article readSample() {
        return new ArticleReader(Path.of(""), AnchorStyle.GITHUB)
                .parse(Path.of("warm-up.md"), "warm-up.md", SAMPLE, false);
    }

    private static void readQuietly() {
        try {
            readSample();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // only a head start: the run reads its articles itself and reports any problem there
        }
    }
}
