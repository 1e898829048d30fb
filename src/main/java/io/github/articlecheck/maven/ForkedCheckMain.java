package io.github.articlecheck.maven;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The forked JVM's entry point: the check goal with the parameters Maven gave it ({@link MojoParameters}), its log
 * written as protocol lines ({@code E }, {@code W }, {@code I }, {@code D } then the escaped message; {@code F } the
 * failure) and its verdict as the exit code.
 */
public final class ForkedCheckMain {
    private static final long FLUSH_MILLIS = 100;

    private ForkedCheckMain() {
    }

    /** {@code args}: the parameters file, then the levels Maven shows (letters e, w, i, d). */
    public static void main(String[] args) {
        io.github.articlecheck.read.ReadingWarmUp.start(); // on the idle core while this thread sets up alone
        // Buffered, flushed by a timer and at the end: the 12,000 finding lines of MDN-de leave in 64 KB writes, not
        // one pipe write (and one wake-up of Maven's reading thread) each; a lone progress line still shows in 0.1 s.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        startFlushing(out);
        int exit;
        try {
            CheckMojo mojo = new CheckMojo();
            MojoParameters.read(Path.of(args[0]), mojo);
            mojo.fork = "false";
            mojo.setLog(new LineLog(out, args.length > 1 ? args[1] : "ewi"));
            mojo.execute();
            exit = ForkedCheck.PASSED;
        } catch (MojoFailureException e) {
            out.println("F " + ForkedCheck.encode(e.getMessage()));
            exit = ForkedCheck.FAILED;
        } catch (MojoExecutionException e) {
            out.println("F " + ForkedCheck.encode(e.getMessage()));
            exit = ForkedCheck.ERROR;
        } catch (Exception | StackOverflowError e) { // said in one line, never a stack trace
            out.println("F " + ForkedCheck.encode("articlecheck: the forked check stopped: " + e));
            exit = ForkedCheck.ERROR;
        }
        out.flush();
        System.exit(exit); // HTTP client threads must not keep the JVM alive
    }

    private static void startFlushing(PrintStream out) {
        Thread flusher = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(FLUSH_MILLIS);
                    synchronized (out) {
                        out.flush();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "articlecheck-fork-flush");
        flusher.setDaemon(true);
        flusher.start();
    }

    /** Maven's log interface written as protocol lines. */
    private static final class LineLog implements Log {
        private final PrintStream out;
        private final String levels;

        LineLog(PrintStream out, String levels) {
            this.out = out;
            this.levels = levels;
        }

        private void line(char level, CharSequence content, Throwable error) {
            String text = (content == null ? "" : content.toString())
                    + (error == null ? "" : (content == null ? "" : ": ") + error);
            synchronized (out) {
                out.println(level + " " + ForkedCheck.encode(text));
            }
        }

        @Override
        public boolean isDebugEnabled() {
            return levels.indexOf('d') >= 0;
        }

        @Override
        public void debug(CharSequence content) {
            line('D', content, null);
        }

        @Override
        public void debug(CharSequence content, Throwable error) {
            line('D', content, error);
        }

        @Override
        public void debug(Throwable error) {
            line('D', null, error);
        }

        @Override
        public boolean isInfoEnabled() {
            return levels.indexOf('i') >= 0;
        }

        @Override
        public void info(CharSequence content) {
            line('I', content, null);
        }

        @Override
        public void info(CharSequence content, Throwable error) {
            line('I', content, error);
        }

        @Override
        public void info(Throwable error) {
            line('I', null, error);
        }

        @Override
        public boolean isWarnEnabled() {
            return levels.indexOf('w') >= 0;
        }

        @Override
        public void warn(CharSequence content) {
            line('W', content, null);
        }

        @Override
        public void warn(CharSequence content, Throwable error) {
            line('W', content, error);
        }

        @Override
        public void warn(Throwable error) {
            line('W', null, error);
        }

        @Override
        public boolean isErrorEnabled() {
            return levels.indexOf('e') >= 0;
        }

        @Override
        public void error(CharSequence content) {
            line('E', content, null);
        }

        @Override
        public void error(CharSequence content, Throwable error) {
            line('E', content, error);
        }

        @Override
        public void error(Throwable error) {
            line('E', null, error);
        }
    }
}
