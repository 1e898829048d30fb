package io.github.articlecheck.run;

/** Where a run's lines go: the Maven log, a terminal. Findings at ERROR or WARNING, the rest at INFO. */
public interface RunLog {
    void error(String line);

    void warn(String line);

    void info(String line);

    /** False when errors are hidden: thousands of finding lines are then not even formatted. */
    default boolean isErrorEnabled() {
        return true;
    }

    default boolean isWarnEnabled() {
        return true;
    }
}
