package io.github.articlecheck.links;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the link check takes from one article: its anchors, included snippets, published URLs, the findings that
 * need no other file, its local links and its external links. It depends on the article alone, so the index can
 * keep it for an unchanged article; resolving links across articles is redone from these facts on every run.
 */
final class LinkFacts {
    /** A local link: the destination to resolve (the site path for a link under baseUrl) and where it is written. */
    record Link(String target, LinkOccurrence occurrence) {
    }

    private final Path file;
    private final String path;
    private final Set<String> anchors;
    private final List<Path> includes;
    private final List<String> urls;
    private final Optional<String> pageUrl;
    private final List<LinkCheck.Pending> pending = new ArrayList<>();
    private final List<Link> local = new ArrayList<>();
    private final List<LinkOccurrence> external = new ArrayList<>();
    private int templated;

    LinkFacts(Path file, String path, Set<String> anchors, List<Path> includes, List<String> urls, Optional<String> pageUrl) {
        this.file = file;
        this.path = path;
        this.anchors = anchors;
        this.includes = includes;
        this.urls = urls;
        this.pageUrl = pageUrl;
    }

    Path file() {
        return file;
    }

    String path() {
        return path;
    }

    Set<String> anchors() {
        return anchors;
    }

    List<Path> includes() {
        return includes;
    }

    List<String> urls() {
        return urls;
    }

    Optional<String> pageUrl() {
        return pageUrl;
    }

    List<LinkCheck.Pending> pending() {
        return pending;
    }

    List<Link> local() {
        return local;
    }

    List<LinkOccurrence> external() {
        return external;
    }

    int templated() {
        return templated;
    }

    void addTemplated() {
        templated++;
    }

    JsonNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode node = json.objectNode();
        node.put("file", file.toString());
        node.put("path", path);
        ArrayNode anchorArray = node.putArray("anchors");
        anchors.forEach(anchorArray::add);
        ArrayNode includeArray = node.putArray("includes");
        includes.forEach(p -> includeArray.add(p.toString()));
        ArrayNode urlArray = node.putArray("urls");
        urls.forEach(urlArray::add);
        pageUrl.ifPresent(u -> node.put("pageUrl", u));
        ArrayNode pendingArray = node.putArray("pending");
        for (LinkCheck.Pending finding : pending) {
            pendingArray.addArray().add(finding.ruleId()).add(finding.line()).add(finding.column()).add(finding.message());
        }
        ArrayNode localArray = node.putArray("local");
        for (Link link : local) {
            occurrence(localArray.addArray().add(link.target()), link.occurrence());
        }
        ArrayNode externalArray = node.putArray("external");
        for (LinkOccurrence link : external) {
            occurrence(externalArray.addArray(), link);
        }
        node.put("templated", templated);
        return node;
    }

    private static void occurrence(ArrayNode array, LinkOccurrence link) {
        array.add(link.destination()).add(link.offset()).add(link.line()).add(link.column()).add(link.image())
                .add(link.origin().name());
    }

    private static LinkOccurrence occurrence(JsonNode array, int from) {
        return new LinkOccurrence(array.get(from).asString(), array.get(from + 1).asInt(), array.get(from + 2).asInt(),
                array.get(from + 3).asInt(), array.get(from + 4).asBoolean(),
                LinkOccurrence.Origin.valueOf(array.get(from + 5).asString()));
    }

    static LinkFacts fromJson(JsonNode node) {
        Set<String> anchors = new HashSet<>();
        node.get("anchors").forEach(a -> anchors.add(a.asString()));
        List<Path> includes = new ArrayList<>();
        node.get("includes").forEach(i -> includes.add(Path.of(i.asString())));
        List<String> urls = new ArrayList<>();
        node.get("urls").forEach(u -> urls.add(u.asString()));
        String path = node.get("path").asString();
        LinkFacts facts = new LinkFacts(Path.of(node.get("file").asString()), path, anchors, includes, urls,
                node.has("pageUrl") ? Optional.of(node.get("pageUrl").asString()) : Optional.empty());
        for (JsonNode finding : node.get("pending")) {
            facts.pending.add(new LinkCheck.Pending(path, finding.get(0).asString(), finding.get(1).asInt(),
                    finding.get(2).asInt(), finding.get(3).asString()));
        }
        for (JsonNode link : node.get("local")) {
            facts.local.add(new Link(link.get(0).asString(), occurrence(link, 1)));
        }
        for (JsonNode link : node.get("external")) {
            facts.external.add(occurrence(link, 0));
        }
        facts.templated = node.get("templated").asInt();
        return facts;
    }
}
