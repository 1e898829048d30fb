package io.github.articlecheck.links;

import io.github.articlecheck.core.Finding;
import io.github.articlecheck.core.CorpusCheck;
import io.github.articlecheck.core.IndexInput;
import io.github.articlecheck.core.IndexOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the link check takes from one article: its anchors, included snippets, published URLs, the findings that
 * need no other file, its local links and its external links. It depends on the article alone, so the index can
 * keep it for an unchanged article; resolving links across articles is redone from these facts on every run.
 */
final class LinkFacts implements CorpusCheck.Facts {
    /** A local link: the destination to resolve (the site path for a link under baseUrl) and where it is written. */
    record Link(String target, LinkOccurrence occurrence) {
    }

    private final Path file;
    private final String path;
    private final Set<String> anchors;
    private final List<Path> includes;
    private final List<String> urls;
    private final Optional<String> pageUrl;
    private final List<Finding> pending = new ArrayList<>();
    private final List<Link> local = new ArrayList<>();
    private ExternalLinks external = new ExternalLinks();
    private int templated;
    /** Hugo: 0 a rendered page; 1 a page Hugo does not render; 2 also all pages below it (a cascade). */
    private int unrendered;

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

    List<Finding> pending() {
        return pending;
    }

    List<Link> local() {
        return local;
    }

    ExternalLinks external() {
        return external;
    }

    void addExternal(LinkOccurrence link) {
        external.add(link.destination(), ExternalLinkChecker.key(link.destination()), link.line(), link.column(), link.image());
    }

    int templated() {
        return templated;
    }

    int unrendered() {
        return unrendered;
    }

    void unrendered(int value) {
        unrendered = value;
    }

    void addTemplated() {
        templated++;
    }

    @Override
    public void write(IndexOutput out) {
        out.writeString(path); // the file is the base directory's path: not written
        writeStrings(out, anchors);
        writeStrings(out, includes.stream().map(Path::toString).toList());
        writeStrings(out, urls);
        out.writeString(pageUrl.orElse(""));
        out.writeInt(pending.size());
        pending.forEach(out::writeFinding);
        out.writeInt(local.size());
        for (Link link : local) {
            out.writeString(link.target());
            write(out, link.occurrence());
        }
        external.write(out);
        out.writeInt(templated);
        out.writeInt(unrendered);
    }

    /**
     * Reads what {@link #write} wrote. In small methods on purpose: this runs for every article of a large site,
     * and one big method with its loops took the JIT compiler half a second of CPU on each run.
     */
    static LinkFacts read(IndexInput in, Path baseDirectory) {
        String path = in.readString();
        LinkFacts facts = new LinkFacts(baseDirectory.resolve(path), path, readAnchors(in),
                readIncludes(in), readStrings(in), readPageUrl(in));
        readPending(in, facts);
        readLocal(in, facts);
        facts.external = ExternalLinks.read(in);
        facts.templated = in.readInt();
        facts.unrendered = in.readInt();
        return facts;
    }

    private static Set<String> readAnchors(IndexInput in) {
        return Set.copyOf(readStrings(in)); // compact: one array, no entry objects
    }

    private static List<Path> readIncludes(IndexInput in) {
        List<String> names = readStrings(in);
        if (names.isEmpty()) {
            return List.of();
        }
        List<Path> includes = new ArrayList<>(names.size());
        for (String name : names) {
            includes.add(Path.of(name));
        }
        return includes;
    }

    private static Optional<String> readPageUrl(IndexInput in) {
        String pageUrl = in.readString();
        return pageUrl.isEmpty() ? Optional.empty() : Optional.of(pageUrl);
    }

    private static void readPending(IndexInput in, LinkFacts facts) {
        for (int i = in.readInt(); i > 0; i--) {
            facts.pending.add(in.readFinding(facts.path));
        }
    }

    private static void readLocal(IndexInput in, LinkFacts facts) {
        for (int i = in.readInt(); i > 0; i--) {
            String target = in.readString();
            facts.local.add(new Link(target, readOccurrence(in)));
        }
    }

    private static void writeStrings(IndexOutput out, java.util.Collection<String> strings) {
        out.writeInt(strings.size());
        strings.forEach(out::writeString);
    }

    private static List<String> readStrings(IndexInput in) {
        int count = in.readInt();
        List<String> strings = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            strings.add(in.readString());
        }
        return strings;
    }

    private static void write(IndexOutput out, LinkOccurrence link) {
        out.writeString(link.destination());
        out.writeInt(link.line());
        out.writeInt(link.column());
        out.writeBoolean(link.image());
        out.writeBoolean(link.frontMatter());
    }

    private static LinkOccurrence readOccurrence(IndexInput in) {
        return new LinkOccurrence(in.readString(), in.readInt(), in.readInt(), in.readBoolean(), in.readBoolean());
    }
}
