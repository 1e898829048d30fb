package io.github.articlecheck.links;

import io.github.articlecheck.core.Durations;
import io.github.articlecheck.core.ConfigurationException;
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
        Consumer<String> progress) {

    public static final List<String> DEFAULT_FRONT_MATTER_LINK_KEYS = List.of("image", "cover", "thumbnail");
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
                Durations.parse("linkBudget", DEFAULT_BUDGET), Integer.parseInt(DEFAULT_RETRIES), line -> { });
    }

    public LinkOptions withOffline(boolean value) {
        return new LinkOptions(frontMatterLinkKeys, extraSchemes, baseUrl, sitePreset, permalinks, linkRenderHook,
                checkExternal, value,
                allowPrivateAddresses,
                cacheFile, cacheMaxAge, acceptStatus, excludeLinks, checkExternalAnchors, userAgent, hostHeaders,
                maxConcurrency, maxPerHost, connectTimeout, responseTimeout, urlDeadline, phaseBudget, retries, progress);
    }
}
