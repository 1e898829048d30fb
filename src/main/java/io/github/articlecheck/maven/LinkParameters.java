package io.github.articlecheck.maven;

import io.github.articlecheck.core.Durations;
import io.github.articlecheck.core.ConfigurationException;
import io.github.articlecheck.core.PathPattern;
import io.github.articlecheck.links.FrontMatterLinks;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.links.PermalinkRule;
import io.github.articlecheck.links.SitePreset;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Maps the link parameters of {@link CheckMojo} to the engine's {@link LinkOptions}. */
final class LinkParameters {
    private LinkParameters() {
    }

    static LinkOptions toOptions(AbstractArticlecheckMojo mojo) {
        Map<String, Map<String, String>> headers = new HashMap<>();
        for (HostHeader header : list(mojo.hostHeaders)) {
            if (header.getHost() == null || header.getName() == null) {
                throw new ConfigurationException("a <hostHeader> needs a <host> and a <name>");
            }
            headers.computeIfAbsent(header.getHost().toLowerCase(Locale.ROOT), h -> new HashMap<>())
                    .put(header.getName(), header.getValue() == null ? "" : header.getValue());
        }
        String agent = mojo.userAgent == null || mojo.userAgent.isBlank() ? LinkOptions.userAgent(mojo.version())
                : mojo.userAgent;
        return LinkOptions.builder()
                .frontMatterLinkKeys(list(mojo.frontMatterLinks).stream().map(String::trim).filter(s -> !s.isEmpty()).toList())
                .extraSchemes(new HashSet<>(list(mojo.ignoredSchemes).stream().map(s -> s.trim().toLowerCase(Locale.ROOT))
                        .toList()))
                .baseUrl(Optional.ofNullable(mojo.baseUrl).filter(s -> !s.isBlank()))
                .sitePreset(SitePreset.parse(mojo.sitePreset))
                .permalinks(list(mojo.permalinks).stream().map(p -> PermalinkRule.of(p.getUrl(), p.getSource())).toList())
                .linkRenderHook(mojo.linkRenderHook)
                .caseInsensitiveUrls(mojo.caseInsensitiveUrls)
                .frontMatterLinksFrom(FrontMatterLinks.From.parse(mojo.frontMatterLinksFrom == null ? "either"
                        : mojo.frontMatterLinksFrom))
                .folderFrontMatterLinks(list(mojo.schemas).stream().filter(SchemaSelection::setsFrontMatterLinks)
                        .map(s -> new FrontMatterLinks(list(s.getIncludes()).stream().map(PathPattern::of).toList(),
                                list(s.getExcludes()).stream().map(PathPattern::of).toList(),
                                Optional.ofNullable(s.getFrontMatterLinks()).map(keys -> keys.stream().map(String::trim)
                                        .filter(k -> !k.isEmpty()).toList()),
                                Optional.ofNullable(s.getFrontMatterLinksFrom()).map(FrontMatterLinks.From::parse)))
                        .toList())
                .checkExternal(mojo.checkExternalLinks)
                .offline(mojo.offline || mojo.mavenOffline)
                .allowPrivateAddresses(mojo.allowPrivateAddresses)
                .cacheFile(Optional.ofNullable(mojo.linkCache).filter(f -> !f.getPath().isBlank()
                        && !List.of("none", "off").contains(f.getName().toLowerCase(Locale.ROOT))).map(java.io.File::toPath))
                .cacheMaxAge(duration("linkCacheMaxAge", mojo.linkCacheMaxAge))
                .acceptStatus(patterns("acceptStatus", mojo.acceptStatus))
                .excludeLinks(patterns("excludeLinks", mojo.excludeLinks))
                .checkExternalAnchors(mojo.checkExternalAnchors)
                .userAgent(agent)
                .hostHeaders(headers)
                .maxConcurrency(mojo.linkConcurrency)
                .maxPerHost(mojo.linkConcurrencyPerHost)
                .connectTimeout(duration("linkTimeout", mojo.linkTimeout))
                .responseTimeout(duration("linkTimeout", mojo.linkTimeout))
                .urlDeadline(duration("linkDeadline", mojo.linkDeadline))
                .phaseBudget(duration("linkBudget", mojo.linkBudget))
                .retries(mojo.linkRetries)
                .progress(mojo.getLog()::info)
                .build();
    }

    static Duration duration(String parameter, String text) {
        return Durations.parse(parameter, text);
    }

    private static List<Pattern> patterns(String parameter, List<String> expressions) {
        return list(expressions).stream().filter(e -> !e.isBlank()).map(expression -> {
            try {
                return Pattern.compile(expression.trim());
            } catch (PatternSyntaxException e) {
                throw new ConfigurationException(parameter + " '" + expression + "' is not a regular expression: "
                        + e.getDescription());
            }
        }).toList();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

}
