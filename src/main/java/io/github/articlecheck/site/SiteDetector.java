package io.github.articlecheck.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the generator of a content repository from its files, as {@code site=auto} asks, and reads its
 * configuration: Hugo ({@code hugo.*} or {@code config.*}), Jekyll ({@code _config.yml}), Astro
 * ({@code astro.config.*}), MkDocs ({@code mkdocs.yml}). Only Hugo's configuration is read so far; the others are
 * recognised and said to be not modelled yet, so their sites keep the behaviour of {@code site=none}.
 */
public final class SiteDetector {
    private static final List<String> ASTRO = List.of("astro.config.mjs", "astro.config.ts", "astro.config.js",
            "astro.config.mts", "astro.config.cjs");

    private SiteDetector() {
    }

    /** The site model for {@code requested} (null: auto) in the project at {@code base}. */
    public static SiteModel detect(Path base, Generator requested) {
        if (requested == Generator.NONE) {
            return SiteModel.none();
        }
        if (requested == null || requested == Generator.HUGO) {
            Optional<Path> hugo = HugoSite.configuration(base);
            if (hugo.isPresent()) {
                return HugoSite.read(base, hugo.get());
            }
        }
        if (requested == null || requested == Generator.JEKYLL) {
            Path jekyll = base.resolve("_config.yml");
            if (Files.isRegularFile(jekyll) || requested == Generator.JEKYLL) {
                return recognised(base, Generator.JEKYLL, jekyll);
            }
        }
        if (requested == null || requested == Generator.ASTRO) {
            Optional<Path> astro = ASTRO.stream().map(base::resolve).filter(Files::isRegularFile).findFirst();
            if (astro.isPresent() || requested == Generator.ASTRO) {
                return recognised(base, Generator.ASTRO, astro.orElse(base.resolve(ASTRO.get(0))));
            }
        }
        if (requested == null || requested == Generator.MKDOCS) {
            Path mkdocs = base.resolve("mkdocs.yml");
            if (Files.isRegularFile(mkdocs) || requested == Generator.MKDOCS) {
                return recognised(base, Generator.MKDOCS, mkdocs);
            }
        }
        return requested == Generator.HUGO
                ? new SiteModel(Generator.HUGO, Optional.empty(), List.of(), List.of(), Optional.empty(),
                        java.util.Map.of(), false, Optional.empty(), List.of(), false)
                : SiteModel.none();
    }

    /** A generator recognised but whose configuration is not read yet: said, and nothing guessed. */
    private static SiteModel recognised(Path base, Generator generator, Path file) {
        return new SiteModel(generator, Files.isRegularFile(file) ? Optional.of(base.relativize(file)) : Optional.empty(),
                List.of(), List.of(), Optional.empty(), java.util.Map.of(), false, Optional.empty(),
                List.of("the " + generator.label() + " site model is not built yet: links follow the files, as with"
                        + " site=none"), false);
    }
}
