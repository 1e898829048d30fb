package io.github.articlecheck.links;

import io.github.articlecheck.core.Durations;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.SiteRules;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How links are checked. Defaults are polite to remote hosts and safe for CI: no private addresses, a few
 * requests per host at a time, bounded time per URL and for the whole external phase.
 *
 * @param frontMatterLinkKeys   front matter keys whose values are links (images)
 * @param extraSchemes          URL schemes to accept without checking, beyond the well-known ones
 * @param baseUrl               the site's own absolute URL: links under it are checked locally, never fetched
 * @param sitePreset            the generator whose URL rules published links follow
 * @param permalinks            explicit URL pattern → source file rules
 * @param linkRenderHook        links go through a render hook that looks pages up (Hugo's GetPage): page paths
 *                              match whatever their letter case, relative paths also from the content root
 * @param checkExternal         whether external links are requested at all
 * @param offline               no network: external links are counted, not checked
 * @param allowPrivateAddresses contact loopback, private, link-local addresses too (tests, intranets)
 * @param cacheFile             persistent cache of external results, absent for none
 * @param cacheMaxAge           how long an OK result is reused
 * @param acceptStatus          status codes (regular expressions on the 3-digit code) that count as OK
 * @param excludeLinks          URLs matching any of these are not checked
 * @param checkExternalAnchors  GET HTML pages to check #fragments of external links
 * @param userAgent             User-Agent header
 * @param hostHeaders           extra headers per host name (lower-case), e.g. a token for one host only
 * @param maxConcurrency        requests in flight at once
 * @param maxPerHost            requests in flight per host
 * @param connectTimeout        per attempt
 * @param responseTimeout       per attempt, until the response headers
 * @param urlDeadline           total time for one URL, retries and redirects included
 * @param phaseBudget           total time for the external phase
 * @param retries               retries after the first attempt on timeouts, resets, 408, 429, 5xx
 * @param progress              where progress lines go (the Maven log), never null
 * @param siteRules             the generator's own URL rules, read by the site model (permalink patterns, ugly URLs,
 *                              languages, collections, taxonomies)
 * @param caseInsensitiveUrls   the host serves URLs whatever their letter case (IIS, some CDNs): a published URL
 *                              written in another case is no finding
 * @param frontMatterLinksFrom  where relative front matter paths ({@code image: img/x.jpg}) start by default
 * @param folderFrontMatterLinks per folder, the front matter link keys and where their paths start
 * @param cacheOnly             external verdicts only from the cache, never a request (the fix goal: a redirect is
 *                              fixed from what the last check saw)
 */
public record LinkOptions(
        List<String> frontMatterLinkKeys,
        Set<String> extraSchemes,
        Optional<String> baseUrl,
        SitePreset sitePreset,
        List<PermalinkRule> permalinks,
        boolean linkRenderHook,
        boolean checkExternal,
        boolean offline,
        boolean allowPrivateAddresses,
        Optional<Path> cacheFile,
        Duration cacheMaxAge,
        List<Pattern> acceptStatus,
        List<Pattern> excludeLinks,
        boolean checkExternalAnchors,
        String userAgent,
        Map<String, Map<String, String>> hostHeaders,
        int maxConcurrency,
        int maxPerHost,
        Duration connectTimeout,
        Duration responseTimeout,
        Duration urlDeadline,
        Duration phaseBudget,
        int retries,
        Consumer<String> progress,
        SiteRules siteRules,
        boolean caseInsensitiveUrls,
        FrontMatterLinks.From frontMatterLinksFrom,
        List<FrontMatterLinks> folderFrontMatterLinks,
        boolean cacheOnly) {

    public static final List<String> DEFAULT_FRONT_MATTER_LINK_KEYS = List.of("image", "cover", "cover.image", "thumbnail");
    // The defaults, written as users write them: the Maven parameters take their default values from these.
    public static final String DEFAULT_TIMEOUT = "20s";
    public static final String DEFAULT_DEADLINE = "60s";
    public static final String DEFAULT_BUDGET = "10m";
    public static final String DEFAULT_CACHE_MAX_AGE = "24h";
    public static final String DEFAULT_CONCURRENCY = "64";
    public static final String DEFAULT_CONCURRENCY_PER_HOST = "16";
    public static final String DEFAULT_RETRIES = "2";
    public static final String PROJECT_URL = "https://github.com/articlecheck/articlecheck-maven-plugin";

    /** The User-Agent of link requests: the tool, its version, and where to read about it. */
    public static String userAgent(String version) {
        return "articlecheck/" + version + " (+" + PROJECT_URL + ")";
    }

    public LinkOptions {
        frontMatterLinkKeys = List.copyOf(frontMatterLinkKeys);
        extraSchemes = Set.copyOf(extraSchemes);
        acceptStatus = List.copyOf(acceptStatus);
        excludeLinks = List.copyOf(excludeLinks);
        permalinks = List.copyOf(permalinks);
        hostHeaders = Map.copyOf(hostHeaders);
        folderFrontMatterLinks = List.copyOf(folderFrontMatterLinks);
        if (maxConcurrency < 1 || maxPerHost < 1) {
            throw new ConfigurationException("link concurrency limits must be at least 1");
        }
    }

    /** The defaults, the same as the Maven parameters': external links checked, 64 requests at a time, 16 per host. */
    public static LinkOptions defaults() {
        return new LinkOptions(DEFAULT_FRONT_MATTER_LINK_KEYS, Set.of(), Optional.empty(), SitePreset.NONE, List.of(),
                false, true, false, false, Optional.empty(), Durations.parse("linkCacheMaxAge", DEFAULT_CACHE_MAX_AGE),
                List.of(), List.of(), false, userAgent("unknown"), Map.of(), Integer.parseInt(DEFAULT_CONCURRENCY),
                Integer.parseInt(DEFAULT_CONCURRENCY_PER_HOST), Durations.parse("linkTimeout", DEFAULT_TIMEOUT),
                Durations.parse("linkTimeout", DEFAULT_TIMEOUT), Durations.parse("linkDeadline", DEFAULT_DEADLINE),
                Durations.parse("linkBudget", DEFAULT_BUDGET), Integer.parseInt(DEFAULT_RETRIES), line -> { },
                SiteRules.defaults(), false, FrontMatterLinks.From.EITHER, List.of(), false);
    }

    public LinkOptions withOffline(boolean value) {
        return toBuilder().offline(value).build();
    }

    /** A builder starting from these options: every other option kept. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** Fluent builder over the defaults; each setter names the option it sets. */
    public static final class Builder {
        private List<String> frontMatterLinkKeys;
        private Set<String> extraSchemes;
        private Optional<String> baseUrl;
        private SitePreset sitePreset;
        private List<PermalinkRule> permalinks;
        private boolean linkRenderHook;
        private boolean checkExternal;
        private boolean offline;
        private boolean allowPrivateAddresses;
        private Optional<Path> cacheFile;
        private Duration cacheMaxAge;
        private List<Pattern> acceptStatus;
        private List<Pattern> excludeLinks;
        private boolean checkExternalAnchors;
        private String userAgent;
        private Map<String, Map<String, String>> hostHeaders;
        private int maxConcurrency;
        private int maxPerHost;
        private Duration connectTimeout;
        private Duration responseTimeout;
        private Duration urlDeadline;
        private Duration phaseBudget;
        private int retries;
        private Consumer<String> progress;
        private SiteRules siteRules;
        private boolean caseInsensitiveUrls;
        private FrontMatterLinks.From frontMatterLinksFrom;
        private List<FrontMatterLinks> folderFrontMatterLinks;
        private boolean cacheOnly;

        private Builder(LinkOptions from) {
            frontMatterLinkKeys = from.frontMatterLinkKeys();
            extraSchemes = from.extraSchemes();
            baseUrl = from.baseUrl();
            sitePreset = from.sitePreset();
            permalinks = from.permalinks();
            linkRenderHook = from.linkRenderHook();
            checkExternal = from.checkExternal();
            offline = from.offline();
            cacheOnly = from.cacheOnly();
            allowPrivateAddresses = from.allowPrivateAddresses();
            cacheFile = from.cacheFile();
            cacheMaxAge = from.cacheMaxAge();
            acceptStatus = from.acceptStatus();
            excludeLinks = from.excludeLinks();
            checkExternalAnchors = from.checkExternalAnchors();
            userAgent = from.userAgent();
            hostHeaders = from.hostHeaders();
            maxConcurrency = from.maxConcurrency();
            maxPerHost = from.maxPerHost();
            connectTimeout = from.connectTimeout();
            responseTimeout = from.responseTimeout();
            urlDeadline = from.urlDeadline();
            phaseBudget = from.phaseBudget();
            retries = from.retries();
            progress = from.progress();
            siteRules = from.siteRules();
            caseInsensitiveUrls = from.caseInsensitiveUrls();
            frontMatterLinksFrom = from.frontMatterLinksFrom();
            folderFrontMatterLinks = from.folderFrontMatterLinks();
        }

        public Builder frontMatterLinkKeys(List<String> value) {
            frontMatterLinkKeys = value;
            return this;
        }

        public Builder extraSchemes(Set<String> value) {
            extraSchemes = value;
            return this;
        }

        public Builder baseUrl(Optional<String> value) {
            baseUrl = value;
            return this;
        }

        public Builder sitePreset(SitePreset value) {
            sitePreset = value;
            return this;
        }

        public Builder permalinks(List<PermalinkRule> value) {
            permalinks = value;
            return this;
        }

        public Builder linkRenderHook(boolean value) {
            linkRenderHook = value;
            return this;
        }

        public Builder checkExternal(boolean value) {
            checkExternal = value;
            return this;
        }

        /** External verdicts from the cache only: URLs it does not hold are not checked, and nothing is requested. */
        public Builder cacheOnly(boolean value) {
            cacheOnly = value;
            return this;
        }

        public Builder offline(boolean value) {
            offline = value;
            return this;
        }

        public Builder allowPrivateAddresses(boolean value) {
            allowPrivateAddresses = value;
            return this;
        }

        public Builder cacheFile(Optional<Path> value) {
            cacheFile = value;
            return this;
        }

        public Builder cacheMaxAge(Duration value) {
            cacheMaxAge = value;
            return this;
        }

        public Builder acceptStatus(List<Pattern> value) {
            acceptStatus = value;
            return this;
        }

        public Builder excludeLinks(List<Pattern> value) {
            excludeLinks = value;
            return this;
        }

        public Builder checkExternalAnchors(boolean value) {
            checkExternalAnchors = value;
            return this;
        }

        public Builder userAgent(String value) {
            userAgent = value;
            return this;
        }

        public Builder hostHeaders(Map<String, Map<String, String>> value) {
            hostHeaders = value;
            return this;
        }

        public Builder maxConcurrency(int value) {
            maxConcurrency = value;
            return this;
        }

        public Builder maxPerHost(int value) {
            maxPerHost = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        public Builder responseTimeout(Duration value) {
            responseTimeout = value;
            return this;
        }

        public Builder urlDeadline(Duration value) {
            urlDeadline = value;
            return this;
        }

        public Builder phaseBudget(Duration value) {
            phaseBudget = value;
            return this;
        }

        public Builder retries(int value) {
            retries = value;
            return this;
        }

        public Builder progress(Consumer<String> value) {
            progress = value;
            return this;
        }

        /** The generator's URL rules, from the site model. */
        public Builder siteRules(SiteRules value) {
            siteRules = value;
            return this;
        }

        public Builder caseInsensitiveUrls(boolean value) {
            caseInsensitiveUrls = value;
            return this;
        }

        /** Where relative front matter paths start, for articles no folder entry sets it for. */
        public Builder frontMatterLinksFrom(FrontMatterLinks.From value) {
            frontMatterLinksFrom = value;
            return this;
        }

        /** Per folder, the front matter link keys and where their paths start; the first matching entry wins. */
        public Builder folderFrontMatterLinks(List<FrontMatterLinks> value) {
            folderFrontMatterLinks = value;
            return this;
        }

        public LinkOptions build() {
            return new LinkOptions(frontMatterLinkKeys, extraSchemes, baseUrl, sitePreset, permalinks, linkRenderHook,
                    checkExternal, offline, allowPrivateAddresses, cacheFile, cacheMaxAge, acceptStatus, excludeLinks,
                    checkExternalAnchors, userAgent, hostHeaders, maxConcurrency, maxPerHost, connectTimeout,
                    responseTimeout, urlDeadline, phaseBudget, retries, progress, siteRules,
                    caseInsensitiveUrls, frontMatterLinksFrom, folderFrontMatterLinks, cacheOnly);
        }
    }
}
