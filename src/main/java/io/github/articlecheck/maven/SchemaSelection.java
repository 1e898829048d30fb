package io.github.articlecheck.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <schemas>} entry: articles matching {@code includes} (and not {@code excludes}), relative to the
 * content directory, must satisfy {@code schema}. Mutable because Maven fills it field by field.
 */
public class SchemaSelection implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private List<String> includes = new ArrayList<>();
    private List<String> excludes = new ArrayList<>();
    private File schema;
    private Integer titleLevel;
    private java.util.Map<String, String> rules;
    private List<String> frontMatterLinks;
    private String frontMatterLinksFrom;

    /** Front matter keys holding links in these articles (their layout's), instead of the run's. */
    public List<String> getFrontMatterLinks() {
        return frontMatterLinks;
    }

    public void setFrontMatterLinks(List<String> frontMatterLinks) {
        this.frontMatterLinks = frontMatterLinks;
    }

    /** Where these articles' relative front matter paths start: article, site or either. */
    public String getFrontMatterLinksFrom() {
        return frontMatterLinksFrom;
    }

    public void setFrontMatterLinksFrom(String frontMatterLinksFrom) {
        this.frontMatterLinksFrom = frontMatterLinksFrom;
    }

    /** Whether the entry says something about front matter links. */
    boolean setsFrontMatterLinks() {
        return frontMatterLinks != null || frontMatterLinksFrom != null;
    }

    /** Rule levels for these articles only ({@code <heading.increment>off</heading.increment>}). */
    public java.util.Map<String, String> getRules() {
        return rules;
    }

    public void setRules(java.util.Map<String, String> rules) {
        this.rules = rules;
    }

    public List<String> getIncludes() {
        return includes;
    }

    public void setIncludes(List<String> includes) {
        this.includes = includes;
    }

    public List<String> getExcludes() {
        return excludes;
    }

    public void setExcludes(List<String> excludes) {
        this.excludes = excludes;
    }

    public File getSchema() {
        return schema;
    }

    public void setSchema(File schema) {
        this.schema = schema;
    }

    /** The heading level the page template renders these articles' front matter title at (0: not rendered). */
    public Integer getTitleLevel() {
        return titleLevel;
    }

    public void setTitleLevel(Integer titleLevel) {
        this.titleLevel = titleLevel;
    }
}
