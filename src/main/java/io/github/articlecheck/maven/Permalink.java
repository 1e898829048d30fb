package io.github.articlecheck.maven;

/** One {@code <permalink>}: a published URL pattern ({@code /startups/:name}) and its source file. */
public class Permalink implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private String url;
    private String source;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
