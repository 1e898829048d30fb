package io.github.articlecheck.report;

import java.util.List;

/** A standalone HTML page, for {@code mvn articlecheck:report} without a site. */
public final class HtmlReportDocument implements ReportDocument {
    private final StringBuilder html = new StringBuilder();
    private boolean inSection;

    @Override
    public void title(String title) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>").append(escape(title))
                .append("</title>\n<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                        + "th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}</style>\n"
                        + "</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
    }

    @Override
    public void section(String title) {
        closeSection();
        html.append("<section>\n<h2>").append(escape(title)).append("</h2>\n");
        inSection = true;
    }

    @Override
    public void paragraph(String text) {
        html.append("<p>").append(escape(text)).append("</p>\n");
    }

    @Override
    public void table(List<String> headers, List<List<String>> rows) {
        html.append("<table>\n<tr>");
        headers.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    @Override
    public void end() {
        closeSection();
        html.append("</body>\n</html>\n");
    }

    private void closeSection() {
        if (inSection) {
            html.append("</section>\n");
            inSection = false;
        }
    }

    public String html() {
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
