package io.github.articlecheck.links;

import io.github.articlecheck.core.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Syntax of external URLs and mail addresses, as browsers accept them: underscores in host names
 * ({@code julien_p.gitlab.io}), IDN hosts, unencoded accents and parentheses in paths are valid; spaces, an
 * empty or malformed host, a bad port are not. (commons-validator's UrlValidator and java.net.URI both reject
 * real, working URLs of the first kind, so neither is used here.)
 */
public final class UrlSyntax {
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{M}\\p{N}_](?:[\\p{L}\\p{M}\\p{N}_-]*[\\p{L}\\p{M}\\p{N}_])?");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9A-Fa-f:.]+(%[\\w.~-]+)?]");
    private static final Pattern CONTROL = Pattern.compile("[\\s\\p{Cntrl}<>\"]");
    private static final List<String> TRACKING_EXACT = List.of("fbclid", "gclid", "dclid", "gbraid", "wbraid",
            "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking", "igshid",
            "yclid", "_ga", "_gl", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "wickedid", "mkt_tok",
            "s_cid", "ncid", "twclid", "ttclid", "li_fat_id", "epik", "srsltid", "sc_cid", "at_medium", "at_campaign");

    private UrlSyntax() {
    }

    /** Why {@code url} (http, https or protocol-relative) is malformed, or empty when it is fine. */
    public static Optional<String> problem(String url) {
        if (CONTROL.matcher(url).find()) {
            return Optional.of(Message.reference("url.problem.space"));
        }
        String rest;
        int colon = url.indexOf(':');
        if (url.startsWith("//")) {
            rest = url.substring(2);
        } else if (colon > 0 && url.startsWith("//", colon + 1)) {
            rest = url.substring(colon + 3);
        } else {
            return Optional.of("'" + url.substring(0, Math.max(0, colon) + 1) + "' " + Message.reference("url.problem.no-slashes"));
        }
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int index = rest.indexOf(c);
            if (index >= 0 && index < end) {
                end = index;
            }
        }
        String authority = rest.substring(0, end);
        int at = authority.lastIndexOf('@');
        String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
        String host = hostPort;
        if (!hostPort.startsWith("[")) {
            int portColon = hostPort.lastIndexOf(':');
            if (portColon >= 0) {
                host = hostPort.substring(0, portColon);
                String port = hostPort.substring(portColon + 1);
                if (!port.isEmpty() && (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535)) {
                    return Optional.of(Message.reference("url.problem.port") + " '" + port + "'");
                }
            }
        } else {
            int close = hostPort.indexOf(']');
            String port = close >= 0 && close + 1 < hostPort.length() && hostPort.charAt(close + 1) == ':'
                    ? hostPort.substring(close + 2) : "";
            if (!port.isEmpty() && (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535)) {
                return Optional.of(Message.reference("url.problem.port") + " '" + port + "'");
            }
            if (!IPV6.matcher(close < 0 ? hostPort : hostPort.substring(0, close + 1)).matches()) {
                return Optional.of(Message.reference("url.problem.ipv6") + " '" + hostPort + "'");
            }
        }
        if (host.isEmpty()) {
            return Optional.of(Message.reference("url.problem.no-host"));
        }
        String checkedHost = host;
        return hostProblem(checkedHost).map(p -> Message.reference("url.problem.host") + " '" + checkedHost + "' " + p);
    }

    static Optional<String> hostProblem(String host) {
        if (host.startsWith("[")) {
            return Optional.empty();
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (name.isEmpty()) {
            return Optional.of(Message.reference("url.problem.empty"));
        }
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty()) {
                return Optional.of(Message.reference("url.problem.empty-label"));
            }
            if (label.length() > 63 || !isAsciiLabel(label) && !LABEL.matcher(label).matches()) {
                return Optional.of(Message.reference("url.problem.label") + " '" + label + "'");
            }
        }
        return Optional.empty();
    }

    /**
     * An ASCII label {@link #LABEL} matches, told without a matcher (most hosts): letters, digits, '_' and '-', not
     * at either end. False sends the label to the pattern, which decides.
     */
    private static boolean isAsciiLabel(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
            if (!word && (c != '-' || i == 0 || i == label.length() - 1)) {
                return false;
            }
        }
        return !label.isEmpty();
    }

    /** Why a mailto: address list is malformed, or empty when it is fine. */
    public static Optional<String> mailProblem(String addresses) {
        String list = addresses;
        int query = list.indexOf('?');
        if (query >= 0) {
            list = list.substring(0, query);
        }
        if (list.isBlank()) {
            return query >= 0 ? Optional.empty() : Optional.of(Message.reference("url.problem.no-address"));
        }
        for (String raw : list.split(",")) {
            String address = LinkTarget.decode(raw.trim());
            int at = address.lastIndexOf('@');
            if (at <= 0 || at == address.length() - 1 || address.contains(" ")) {
                return Optional.of("'" + address + "' " + Message.reference("url.problem.not-email"));
            }
            String domain = address.substring(at + 1);
            if (!domain.contains(".") || hostProblem(domain).isPresent()) {
                return Optional.of("'" + address + "' " + Message.reference("url.problem.domain") + " '" + domain + "'");
            }
        }
        return Optional.empty();
    }

    /** The tracking parameters of a URL's query string ({@code utm_*}, {@code fbclid}, …). */
    public static List<String> trackingParameters(String url) {
        List<String> found = new ArrayList<>();
        for (String parameter : queryParameters(url)) {
            String name = parameterName(parameter).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_EXACT.contains(name)) {
                found.add(parameterName(parameter));
            }
        }
        return found;
    }

    /** {@code url} without its tracking parameters, fragment kept. */
    public static String withoutTracking(String url) {
        int queryStart = url.indexOf('?');
        if (queryStart < 0) {
            return url;
        }
        int hash = url.indexOf('#', queryStart);
        String fragment = hash < 0 ? "" : url.substring(hash);
        List<String> kept = new ArrayList<>();
        for (String parameter : queryParameters(url)) {
            String name = parameterName(parameter).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING_EXACT.contains(name)) {
                kept.add(parameter);
            }
        }
        return url.substring(0, queryStart) + (kept.isEmpty() ? "" : "?" + String.join("&", kept)) + fragment;
    }

    private static List<String> queryParameters(String url) {
        int queryStart = url.indexOf('?');
        if (queryStart < 0) {
            return List.of();
        }
        int hash = url.indexOf('#', queryStart);
        String query = url.substring(queryStart + 1, hash < 0 ? url.length() : hash);
        List<String> parameters = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (!parameter.isEmpty()) {
                parameters.add(parameter);
            }
        }
        return parameters;
    }

    private static String parameterName(String parameter) {
        int equals = parameter.indexOf('=');
        return equals < 0 ? parameter : parameter.substring(0, equals);
    }
}
