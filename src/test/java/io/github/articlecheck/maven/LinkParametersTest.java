package io.github.articlecheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.links.SitePreset;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The link parameters of the check goal, mapped to the engine's options. */
class LinkParametersTest {

    private static CheckMojo mojo() {
        CheckMojo mojo = new CheckMojo();
        mojo.frontMatterLinks = List.of("image", " cover ");
        mojo.sitePreset = "hugo";
        mojo.linkCacheMaxAge = "24h";
        mojo.linkTimeout = "20s";
        mojo.linkDeadline = "60s";
        mojo.linkBudget = "10m";
        mojo.linkConcurrency = 64;
        mojo.linkConcurrencyPerHost = 16;
        mojo.linkRetries = 2;
        mojo.linkCache = new File("/tmp/cache.json");
        return mojo;
    }

    @Test
    void mapsEveryParameter() {
        CheckMojo mojo = mojo();
        mojo.mavenOffline = true;
        mojo.acceptStatus = List.of("403", "2\\d\\d");
        mojo.excludeLinks = List.of("^https://internal\\.");
        HostHeader header = new HostHeader();
        header.setHost("API.example.org");
        header.setName("Authorization");
        header.setValue("Bearer x");
        mojo.hostHeaders = List.of(header);
        mojo.pluginVersion = "1.2.3";
        LinkOptions options = LinkParameters.toOptions(mojo);
        assertEquals(List.of("image", "cover"), options.frontMatterLinkKeys());
        assertEquals(SitePreset.HUGO, options.sitePreset());
        assertTrue(options.offline(), "Maven's -o turns the link phase offline");
        assertEquals(Duration.ofHours(24), options.cacheMaxAge());
        assertEquals(Duration.ofMinutes(10), options.phaseBudget());
        assertEquals(2, options.acceptStatus().size());
        assertEquals(Map.of("api.example.org", Map.of("Authorization", "Bearer x")), options.hostHeaders());
        assertTrue(options.userAgent().startsWith("articlecheck/1.2.3 "), options.userAgent());
        assertTrue(options.cacheFile().isPresent());
    }

    @Test
    void noneDisablesTheCache() {
        CheckMojo mojo = mojo();
        mojo.linkCache = new File("none");
        assertTrue(LinkParameters.toOptions(mojo).cacheFile().isEmpty());
    }

    @Test
    void durations() {
        assertEquals(Duration.ofMillis(500), LinkParameters.duration("x", "500ms"));
        assertEquals(Duration.ofDays(2), LinkParameters.duration("x", "2d"));
        assertEquals(Duration.ofMinutes(90), LinkParameters.duration("x", "PT1H30M"));
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> LinkParameters.duration("linkTimeout", "soon"));
        assertEquals("linkTimeout 'soon' is not a duration: write 24h, 30m, 45s, 2d or 500ms", e.getMessage());
    }

    @Test
    void badRegularExpressionsAndPresetsAreConfigurationErrors() {
        CheckMojo mojo = mojo();
        mojo.excludeLinks = List.of("([unclosed");
        ConfigurationException regex = assertThrows(ConfigurationException.class, () -> LinkParameters.toOptions(mojo));
        assertTrue(regex.getMessage().startsWith("excludeLinks '([unclosed' is not a regular expression"), regex.getMessage());
        CheckMojo preset = mojo();
        preset.sitePreset = "gatsby";
        assertEquals("sitePreset 'gatsby' is not known: use hugo, jekyll, astro, mkdocs, mdn or none",
                assertThrows(ConfigurationException.class, () -> LinkParameters.toOptions(preset)).getMessage());
    }

    @Test
    void aSchemasEntrySetsItsFoldersFrontMatterLinks() {
        CheckMojo mojo = mojo();
        mojo.frontMatterLinksFrom = "site";
        SchemaSelection gallery = new SchemaSelection();
        gallery.setIncludes(List.of("gallery/**"));
        gallery.setFrontMatterLinks(List.of(" photo ", ""));
        gallery.setFrontMatterLinksFrom("article");
        SchemaSelection schemaOnly = new SchemaSelection();
        schemaOnly.setSchema(new File("schema.json"));
        mojo.schemas = List.of(gallery, schemaOnly);
        LinkOptions options = LinkParameters.toOptions(mojo);
        assertEquals(io.github.articlecheck.links.FrontMatterLinks.From.SITE, options.frontMatterLinksFrom());
        assertEquals(1, options.folderFrontMatterLinks().size(), "an entry with only a schema says nothing of links");
        var entry = options.folderFrontMatterLinks().get(0);
        assertEquals(java.util.Optional.of(List.of("photo")), entry.keys());
        assertEquals(java.util.Optional.of(io.github.articlecheck.links.FrontMatterLinks.From.ARTICLE), entry.from());
        gallery.setFrontMatterLinksFrom("root");
        assertThrows(ConfigurationException.class, () -> LinkParameters.toOptions(mojo));
    }
}
