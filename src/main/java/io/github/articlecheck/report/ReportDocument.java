package io.github.articlecheck.report;

import java.util.List;

/** The few things a human-readable report is made of; rendered as standalone HTML or into a Maven site. */
public interface ReportDocument {
    void title(String title);

    void section(String title);

    void paragraph(String text);

    void table(List<String> headers, List<List<String>> rows);

    void end();
}
