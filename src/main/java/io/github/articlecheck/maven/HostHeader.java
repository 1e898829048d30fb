package io.github.articlecheck.maven;

/** One {@code <hostHeader>}: a header sent to one host only (for instance a token), never to another origin. */
public class HostHeader implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private String host;
    private String name;
    private String value;

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
