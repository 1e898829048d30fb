package io.github.articlecheck.maven;

import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.engine.Engine;
import io.github.articlecheck.engine.EngineResult;
import io.github.articlecheck.core.AtomicFiles;
import io.github.articlecheck.report.FindingsReport;
import io.github.articlecheck.report.HtmlReportDocument;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The findings as a page of the project site ({@code mvn site}): counts by rule and by article, and every finding
 * with its location and message. Run alone ({@code mvn articlecheck:report}) it writes the same page as HTML.
 * It reports; it never fails the build.
 */
@Mojo(name = "report", threadSafe = true, requiresProject = true)
public class ReportMojo extends AbstractArticlecheckMojo implements MavenReport {

    /** Where the standalone page is written (the site's output directory under mvn site). */
    @Parameter(property = "articlecheck.reportOutputDirectory", defaultValue = "${project.reporting.outputDirectory}")
    File reportOutputDirectory;

    @Override
    void run(RunSettings settings) throws MojoExecutionException {
        HtmlReportDocument document = new HtmlReportDocument();
        FindingsReport.render(settings.messages(), Articlecheck.findings(settings), document);
        File page = new File(reportOutputDirectory, getOutputName() + ".html");
        try {
            AtomicFiles.write(page.toPath(), writer -> writer.write(document.html()));
        } catch (IOException e) {
            throw new MojoExecutionException("articlecheck cannot write " + page + ": " + e.getMessage(), e);
        }
        getLog().info("articlecheck: report written to " + page);
    }

    /** Under mvn site: the page in the site's language when the locale parameter is left at its default. */
    @Override
    public void generate(Sink sink, Locale siteLocale) throws MavenReportException {
        if (skip) {
            return;
        }
        try {
            RunSettings.Builder builder = settings();
            if ((locale == null || locale.equals("en")) && siteLocale != null
                    && siteLocale.getLanguage().equals("fr")) {
                builder.locale("fr");
            }
            RunSettings settings = builder.build();
            FindingsReport.render(settings.messages(), Articlecheck.findings(settings), new SinkReportDocument(sink));
        } catch (ConfigurationException e) {
            throw new MavenReportException(configurationError(e).getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return "articlecheck";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "articlecheck";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Findings of articlecheck on the project's Markdown articles: front matter, structure and links.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && (contentDirectory == null || contentDirectory.isDirectory());
    }
}
