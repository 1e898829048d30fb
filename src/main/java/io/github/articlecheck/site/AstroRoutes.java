package io.github.articlecheck.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pages Astro makes from {@code src/pages} (docs.astro.build/en/guides/routing): each {@code .astro},
 * {@code .md}, {@code .mdx} or {@code .html} file is a page at its path ({@code index} at its folder), an endpoint
 * {@code rss.xml.js} is the file it names; files and folders whose name starts with {@code _} are not routes. A path
 * with a bracketed parameter ({@code [slug].astro}) is a dynamic route whose pages only the code knows.
 */
final class AstroRoutes {
    private static final Pattern PAGE = Pattern.compile("\\.(astro|md|mdx|markdown|html)$");
    private static final Pattern ENDPOINT = Pattern.compile("^(.+\\.[a-z0-9]+)\\.(js|ts|mjs|mts)$");

    private AstroRoutes() {
    }

    static void collect(Path pages, List<String> routes, List<String> dynamic) {
        if (!Files.isDirectory(pages)) {
            return;
        }
        try (Stream<Path> files = Files.walk(pages, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                String relative = pages.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith("_") || relative.contains("/_")) {
                    return;
                }
                if (relative.contains("[")) {
                    if (PAGE.matcher(relative).find() || ENDPOINT.matcher(file.getFileName().toString()).matches()) {
                        dynamic.add("src/pages/" + relative);
                    }
                    return;
                }
                String name = file.getFileName().toString();
                java.util.regex.Matcher endpoint = ENDPOINT.matcher(name);
                if (endpoint.matches()) {
                    String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
                    routes.add("/" + folder + endpoint.group(1));
                } else if (PAGE.matcher(name).find()) {
                    String path = PAGE.matcher(relative).replaceFirst("");
                    if (path.equals("404")) {
                        routes.add("/404.html");
                        return;
                    }
                    path = path.equals("index") ? "" : path.endsWith("/index") ? path.substring(0, path.length() - 6) : path;
                    routes.add("/" + path + (path.isEmpty() ? "" : "/"));
                }
            });
        } catch (IOException | RuntimeException e) {
            // a pages folder that cannot be listed routes nothing we can know of
        }
    }
}
