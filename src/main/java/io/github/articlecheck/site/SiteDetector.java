package io.github.articlecheck.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the generator of a content repository from its files, as {@code site=auto} asks, and reads its
 * configuration: Hugo ({@code hugo.*} or {@code config.*}), Jekyll ({@code _config.yml}), Astro
 * ({@code astro.config.*}), MkDocs ({@code mkdocs.yml}). Hugo's configuration is read in full ({@link HugoSite});
 * of the others, the folders, URL rules and ids their configurations give ({@link OtherSites}, {@link MdnSite}).
 */
public final class SiteDetector {
    private static final List<String> ASTRO = List.of("astro.config.mjs", "astro.config.ts", "astro.config.js",
            "astro.config.mts", "astro.config.cjs");

    private SiteDetector() {
    }

    /** Where a site's source may sit in a project: its root, or a docs/site/website folder beside the pom. */
    private static final List<String> SOURCE_FOLDERS = List.of("", "docs", "site", "website");

    /** The site model for {@code requested} (null: auto) in the project at {@code base}. */
    public static SiteModel detect(Path base, Generator requested) {
        if (requested == Generator.NONE) {
            return SiteModel.none();
        }
        for (String folder : SOURCE_FOLDERS.subList(1, SOURCE_FOLDERS.size())) {
            Path source = base.resolve(folder);
            if (!hasConfiguration(base) && hasConfiguration(source)) {
                SiteModel model = detectIn(source, requested);
                return model.withConfiguration(model.configuration().map(file -> base.relativize(source.resolve(file))));
            }
        }
        return detectIn(base, requested);
    }

    private static boolean hasConfiguration(Path folder) {
        return Files.isDirectory(folder) && (HugoSite.configuration(folder).isPresent()
                || Files.isRegularFile(folder.resolve("_config.yml")) || Files.isRegularFile(folder.resolve("mkdocs.yml"))
                || ASTRO.stream().anyMatch(name -> Files.isRegularFile(folder.resolve(name))) || MdnSite.recognises(folder));
    }

    private static SiteModel detectIn(Path base, Generator requested) {
        if (requested == null || requested == Generator.HUGO) {
            Optional<Path> hugo = HugoSite.configuration(base);
            if (hugo.isPresent()) {
                return HugoSite.read(base, hugo.get());
            }
        }
        if (requested == null || requested == Generator.JEKYLL) {
            Path jekyll = base.resolve("_config.yml");
            if (Files.isRegularFile(jekyll) || requested == Generator.JEKYLL) {
                return OtherSites.jekyll(base, jekyll);
            }
        }
        if (requested == null || requested == Generator.ASTRO) {
            Optional<Path> astro = ASTRO.stream().map(base::resolve).filter(Files::isRegularFile).findFirst();
            if (astro.isPresent() || requested == Generator.ASTRO) {
                return OtherSites.astro(base, astro.orElse(base.resolve(ASTRO.get(0))));
            }
        }
        if (requested == null || requested == Generator.MKDOCS) {
            Path mkdocs = base.resolve("mkdocs.yml");
            if (Files.isRegularFile(mkdocs) || requested == Generator.MKDOCS) {
                return OtherSites.mkdocs(base, mkdocs);
            }
        }
        if ((requested == null || requested == Generator.MDN) && MdnSite.recognises(base)) {
            return MdnSite.read(base);
        }
        return requested == Generator.HUGO
                ? SiteModel.bare(Generator.HUGO)
                : SiteModel.none();
    }

}
