package io.github.articlecheck;

import io.github.articlecheck.run.RunLog;
import java.util.ArrayList;
import java.util.List;

/** A run log that keeps its lines, each prefixed with its level as Maven prints it. */
public final class RecordingRunLog implements RunLog {
    public final List<String> lines = new ArrayList<>();

    @Override
    public void error(String line) {
        lines.add("[ERROR] " + line);
    }

    @Override
    public void warn(String line) {
        lines.add("[WARNING] " + line);
    }

    @Override
    public void info(String line) {
        lines.add("[INFO] " + line);
    }
}
