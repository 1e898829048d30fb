package io.github.articlecheck.run;

import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.Messages;
import io.github.articlecheck.core.Severity;
import io.github.articlecheck.engine.Baseline;
import io.github.articlecheck.engine.Checks;
import io.github.articlecheck.engine.Engine;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.engine.Verdict;
import io.github.articlecheck.report.ConsoleLine;
import io.github.articlecheck.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One run, with or without Maven: settings → engine → baseline → report files → CI outputs → verdict. Front ends
 * only translate their parameters into {@link RunSettings} and hand a {@link RunLog}; they decide nothing else.
 */
public final class Articlecheck {
    private Articlecheck() {
    }

    /** What a checking run gave: its findings (baselined ones removed), the files written and the verdict. */
    public record Outcome(EngineResult result, List<Path> reports, Verdict verdict, String failure) {
        /** Violations over the allowance, or a failure of the run itself (which never passes quietly). */
        public boolean failed() {
            return verdict.failed() || !result.errors().isEmpty();
        }
    }

    public static Engine engine(RunSettings settings) {
        return new Engine(settings.engine(), CheckCatalog.checks(settings));
    }

    /** The findings of a run, nothing written (the site report). */
    public static EngineResult findings(RunSettings settings) {
        return engine(settings).run();
    }

    /** The check goal: findings logged, reports and CI outputs written, the verdict computed. */
    public static Outcome check(RunSettings settings, RunLog log) throws IOException {
        return check(settings, CheckCatalog.checks(settings), log);
    }

    /** The check goal with other checks than the catalogue's (a front end's own, a test's). */
    public static Outcome check(RunSettings settings, Checks checks, RunLog log) throws IOException {
        Messages messages = settings.messages();
        settings.siteLines().forEach(log::info);
        settings.proseLine().ifPresent(line -> log.info(messages.render(line)));
        EngineResult result = new Engine(settings.engine(), checks).run();
        if (settings.baseline().filter(Files::isRegularFile).isPresent()) {
            result = compareWithBaseline(settings, messages, result, log);
        }
        ReportFormat.Writing reports = ReportFormat.startWriting(settings.formats(), messages, result,
                settings.engine().baseDirectory(), settings.toolVersion(), settings.violationSeverity(),
                settings.outputDirectory());
        boolean errors = log.isErrorEnabled();
        boolean warnings = log.isWarnEnabled(); // mvn -q: thousands of lines not even formatted
        for (Finding finding : result.findings()) {
            if (finding.severity() == Severity.ERROR && errors) {
                log.error(ConsoleLine.of(messages, finding));
            } else if (finding.severity() != Severity.ERROR && warnings) {
                log.warn(ConsoleLine.of(messages, finding));
            }
        }
        result.warnings().forEach(warning -> log.warn(messages.render(warning)));
        result.errors().forEach(error -> log.error(messages.render(error)));
        result.notes().forEach(note -> log.info(messages.render(note)));
        log.info(messages.render(Verdict.summary(result)));
        List<Path> written = reports.await();
        Path annotatedReport = written.stream().filter(p -> p.getFileName().toString().endsWith(".sarif")).findFirst()
                .orElse(written.isEmpty() ? settings.outputDirectory() : written.get(0));
        CiOutput.publish(messages, result, annotatedReport, settings.environment(), log);
        Verdict verdict = Verdict.of(result, settings.violationSeverity(), settings.maxAllowedViolations());
        String failure = result.errors().isEmpty() ? messages.render(verdict.failureMessage())
                : messages.text("run.incomplete", result.errors().size());
        if (!written.isEmpty()) {
            failure += ". " + messages.text("run.reports", written.stream().map(Path::toString)
                    .collect(Collectors.joining(", ")));
        }
        return new Outcome(result, written, verdict, failure);
    }

    /** The baseline goal: writes every current finding to the baseline file. */
    public static Baseline writeBaseline(RunSettings settings, Path file, RunLog log) throws IOException {
        Messages messages = settings.messages();
        EngineResult result = engine(settings).run();
        Baseline written = Baseline.of(result);
        written.write(file);
        log.info(messages.render(Verdict.summary(result)));
        log.info(messages.text("run.baseline-written", written.entries().size(), file));
        return written;
    }

    /**
     * Keeps only the findings that are not in the baseline, and says what the baseline covered. In changed-files
     * mode only the changed articles were checked, so entries of the others are not called fixed.
     */
    private static EngineResult compareWithBaseline(RunSettings settings, Messages messages, EngineResult result,
            RunLog log) {
        Path file = settings.baseline().orElseThrow();
        Baseline.Comparison comparison = Baseline.read(file).compare(result);
        if (comparison.baselined() > 0) {
            log.info(messages.text("run.baselined", comparison.baselined(), file));
        }
        long fixed = comparison.fixed().stream().filter(entry -> settings.engine().changeSet()
                .map(change -> change.isChanged(entry.path())).orElse(true)).count();
        if (fixed > 0) {
            log.info(messages.text("run.baseline-fixed", fixed));
        }
        return result.withFindings(comparison.fresh());
    }

    /**
     * The site goal: what the site model understood, then each article with the URL it is published at (first) and
     * the others it answers at, and the heading id style — so a user sees at once why a link resolves or not.
     */
    /** How the page template renders the article's front matter title, for the site goal. */
    private static String titleText(int level) {
        return switch (level) {
            case 0 -> "title not rendered";
            case io.github.articlecheck.structure.TitleLevels.WHEN_NO_H1 -> "title h1 unless the page has its own";
            default -> "title h" + level;
        };
    }

    private static String contentRelative(RunSettings settings, Path file) {
        Path content = settings.engine().contentDirectory();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(content) ? content.relativize(absolute).toString().replace('\\', '/') : "";
    }

    public static void describeSite(RunSettings settings, RunLog log) {
        List<String> lines = settings.siteLines();
        if (lines.isEmpty()) {
            log.info("site: none (no generator configuration found): links resolve as files");
        } else {
            lines.forEach(log::info);
        }
        log.info("site: heading ids " + (settings.engine().anchorStyle() instanceof io.github.articlecheck.read.AnchorStyle builtIn
                ? builtIn.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                : settings.engine().anchorStyle().toString()) + ", content " + settings.engine().contentDirectory());
        io.github.articlecheck.links.LinkSettings linkSettings = settings.linkSettings();
        io.github.articlecheck.links.SiteUrls urls = new io.github.articlecheck.links.SiteUrls(linkSettings);
        io.github.articlecheck.read.ArticleReader reader = linkSettings.reader();
        Engine engine = engine(settings);
        for (String path : engine.articlePaths()) {
            Path file = settings.engine().baseDirectory().resolve(path);
            io.github.articlecheck.read.ArticleReader.Text text = reader.readText(file);
            if (text.text().isEmpty()) {
                log.info(path + " (unreadable)");
                continue;
            }
            List<String> published = urls.of(reader.parse(file, path, text.text().get(), text.byteOrderMark()));
            log.info(path + (published.isEmpty() ? " (no URL: linked to as a file)" : " → " + String.join(", ", published))
                    + " · " + titleText(settings.titleLevels().levelOf(contentRelative(settings, file))));
        }
    }
}
