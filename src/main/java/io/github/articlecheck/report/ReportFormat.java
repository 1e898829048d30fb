package io.github.articlecheck.report;

import io.github.articlecheck.core.Messages;
import io.github.articlecheck.core.Background;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.core.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** The report files articlecheck can write, each for the tools that read it. */
public enum ReportFormat {
    /** Checkstyle XML: Jenkins warnings-ng, reviewdog, IDEs. */
    CHECKSTYLE(CheckstyleReport.FILE_NAME),
    /** SARIF 2.1.0: GitHub code scanning. */
    SARIF(SarifReport.FILE_NAME),
    /** GitLab Code Quality: the merge request widget. */
    GITLAB(GitlabCodeQualityReport.FILE_NAME),
    /** Plain JSON for scripts. */
    JSON(JsonReport.FILE_NAME),
    /** JUnit XML for CI tools that read only test reports. */
    JUNIT(JunitReport.FILE_NAME);

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("format '" + name + "' is not known; use one of: " + Arrays.stream(values())
                    .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    /**
     * Starts writing each report into {@code directory}, all at the same time and beside the caller (on a large
     * site each takes a few hundred milliseconds, as long as logging the findings); {@link Writing#await} gives the
     * files written, in the order given.
     */
    public static Writing startWriting(List<ReportFormat> formats, Messages messages, EngineResult result,
            Path baseDirectory, String toolVersion, Severity violationSeverity, Path directory) {
        List<CompletableFuture<Path>> writing = new ArrayList<>();
        for (ReportFormat format : formats) {
            writing.add(Background.start("articlecheck-report", () -> {
                try {
                    return format.write(messages, result, baseDirectory, toolVersion, violationSeverity, directory);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return new Writing(writing);
    }

    /** Reports being written. */
    public static final class Writing {
        private final List<CompletableFuture<Path>> reports;

        private Writing(List<CompletableFuture<Path>> reports) {
            this.reports = reports;
        }

        /** The files written, once all are; the first failure to write one. */
        public List<Path> await() throws IOException {
            List<Path> written = new ArrayList<>();
            try {
                for (CompletableFuture<Path> report : reports) {
                    written.add(Background.join(report));
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return written;
        }
    }

    /** Writes this report into {@code directory}; returns the file written. */
    public Path write(Messages messages, EngineResult result, Path baseDirectory, String toolVersion,
            Severity violationSeverity, Path directory) throws IOException {
        Path target = directory.resolve(fileName);
        switch (this) {
            case CHECKSTYLE -> CheckstyleReport.write(messages, result, baseDirectory, target);
            case SARIF -> SarifReport.write(messages, result, baseDirectory, toolVersion, target);
            case GITLAB -> GitlabCodeQualityReport.write(messages, result, target);
            case JSON -> JsonReport.write(messages, result, toolVersion, target);
            default -> JunitReport.write(messages, result, violationSeverity, target);
        }
        return target;
    }
}
