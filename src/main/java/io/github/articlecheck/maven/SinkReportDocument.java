package io.github.articlecheck.maven;

import io.github.articlecheck.report.ReportDocument;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/** The report rendered into a Maven site page through Doxia's sink. */
final class SinkReportDocument implements ReportDocument {
    private final Sink sink;
    private boolean inSection;

    SinkReportDocument(Sink sink) {
        this.sink = sink;
    }

    @Override
    public void title(String title) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
    }

    @Override
    public void section(String title) {
        closeSection();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title);
        sink.sectionTitle1_();
        inSection = true;
    }

    @Override
    public void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    @Override
    public void table(List<String> headers, List<List<String>> rows) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        for (String header : headers) {
            sink.tableHeaderCell();
            sink.text(header);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (List<String> row : rows) {
            sink.tableRow();
            for (String cell : row) {
                sink.tableCell();
                sink.text(cell);
                sink.tableCell_();
            }
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    @Override
    public void end() {
        closeSection();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private void closeSection() {
        if (inSection) {
            sink.section1_();
            inSection = false;
        }
    }
}
