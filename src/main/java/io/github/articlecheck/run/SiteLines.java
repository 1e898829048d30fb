package io.github.articlecheck.run;

import io.github.articlecheck.site.Generator;
import io.github.articlecheck.site.SiteModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The site line of the log: what was understood of the site's configuration, and what was not. */
final class SiteLines {
    private SiteLines() {
    }

    /**
     * The one line that says what was understood of the site, and a line per part that was not, for the log:
     * {@code site: hugo (hugo.toml), content/en, 1 static folder, 2 permalink rules, ids github}.
     */
    static List<String> of(SiteModel site, Path base, Path content) {
        if (site.generator() == Generator.NONE && site.configuration().isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("site: " + site.generator().label() + site.configuration().map(file -> " (" + file + ")").orElse("")
                + ", " + relative(base, content) + ", " + site.staticFolders().size() + " static folder"
                + (site.staticFolders().size() == 1 ? "" : "s") + ", " + site.permalinks().size() + " permalink rule"
                + (site.permalinks().size() == 1 ? "" : "s") + site.headingIds().map(ids -> ", ids " + ids).orElse("")
                + rulesText(site.rules())
                + (site.markdown().describe().isEmpty() ? "" : ", " + site.markdown().describe())
                + (site.schemas().isEmpty() ? "" : ", front matter schema" + (site.schemas().size() == 1 ? " " : "s ")
                        + String.join(" ", site.schemas().values().stream().map(file -> relative(base, file)
                                .replaceFirst("/$", "")).sorted().toList()))
                + (site.linkLookup() ? ", links looked up by a render hook" : "")
                + (site.hookDestinations().isEmpty() ? "" : " (which handles " + String.join(", ", site.hookDestinations()
                        .stream().map(d -> "(" + d + ")").toList()) + " itself)"));
        site.notUnderstood().forEach(line -> lines.add("site: " + line));
        if (site.headingIds().filter("blackfriday"::equals).isPresent()) {
            lines.add("site: blackfriday heading ids are not modelled: set anchorStyle in the pom");
        }
        return lines;
    }

    /** What the generator's URL rules change from its defaults, for the site line. */
    private static String rulesText(io.github.articlecheck.core.SiteRules rules) {
        StringBuilder text = new StringBuilder();
        if (rules.languages().size() > 1) {
            text.append(", languages ").append(String.join(" ", rules.languages()))
                    .append(rules.defaultInSubdir() ? " (all in subfolders)" : "");
        }
        if (rules.uglyUrls() || !rules.uglySections().isEmpty()) {
            text.append(", ugly URLs").append(rules.uglySections().isEmpty() ? ""
                    : " in " + String.join(" ", new java.util.TreeSet<>(rules.uglySections())));
        }
        if (!rules.collectionsDir().isEmpty()) {
            text.append(", collections in ").append(rules.collectionsDir()).append('/');
        }
        rules.postPermalink().ifPresent(pattern -> text.append(", posts at ").append(pattern));
        if (!rules.basePath().isEmpty()) {
            text.append(", base ").append(rules.basePath());
        }
        if (rules.trailingSlash()) {
            text.append(", trailing slash always");
        }
        if (!rules.routes().isEmpty()) {
            text.append(", ").append(rules.routes().size()).append(" page route").append(rules.routes().size() == 1 ? "" : "s");
        }
        if (!rules.disabledKinds().isEmpty()) {
            java.util.Set<String> shown = new java.util.TreeSet<>(rules.disabledKinds());
            shown.remove("robotstxt"); // Hugo's default: not worth a word
            if (!shown.isEmpty()) {
                text.append(", no ").append(String.join(" ", shown)).append(" pages");
            }
        }
        return text.toString();
    }

    private static String relative(Path base, Path folder) {
        if (folder.equals(base)) {
            return "./";
        }
        return folder.startsWith(base) ? base.relativize(folder).toString().replace('\\', '/') + "/" : folder.toString();
    }
}
