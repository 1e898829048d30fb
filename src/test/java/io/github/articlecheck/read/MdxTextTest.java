package io.github.articlecheck.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.articlecheck.TestArticles;
import io.github.articlecheck.links.LinkOptions;
import io.github.articlecheck.run.Articlecheck;
import io.github.articlecheck.run.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MDX read as MDX reads it (mdxjs.com/docs/what-is-mdx): ESM, JSX and expressions are not Markdown; every tag is JSX,
 * so {@code <details>} does not swallow the lines after it; indented code does not exist, and a fence may be indented
 * under a JSX child. Each reproducer is taken from withastro/docs.
 */
class MdxTextTest {
    @TempDir
    Path base;

    @Test
    void maskingKeepsEveryOffsetAndLine() {
        String text = "---\ntitle: T\n---\nimport Tabs from '~/Tabs.astro';\n\n<Tabs syncKey=\"pm\">\n  ## Inside\n</Tabs>\n";
        MdxText.Masked masked = MdxText.mask(text, 16);
        assertEquals(text.length(), masked.text().length());
        assertEquals(text.lines().count(), masked.text().lines().count());
        assertTrue(masked.text().contains("  ## Inside"), "the Markdown inside a component stays");
        assertTrue(!masked.text().contains("import") && !masked.text().contains("Tabs"), masked.text());
    }

    private List<String> findings(String mdx) throws IOException {
        Files.writeString(base.resolve("astro.config.mjs"), "export default {};\n");
        Path file = base.resolve("src/content/docs/en/page.mdx");
        Files.createDirectories(file.getParent());
        Files.writeString(file, mdx);
        return Articlecheck.engine(RunSettings.builder(base).site("auto").links(LinkOptions.defaults().withOffline(true))
                .build()).run().findings().stream().map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " "
                        + TestArticles.text(f)).toList();
    }

    /** withastro/docs upgrade-to/v2.mdx: a shell comment in a fence inside PackageManagerTabs is no heading. */
    @Test
    void componentsTheirIndentedFencesAndExpressionsAreNoFindings() throws IOException {
        assertEquals(List.of(), findings("---\ntitle: Upgrade\n---\nimport { Tabs, TabItem } from '@astrojs/starlight/components';\n\n"
                + "{/* a comment */}\n\n<Tabs>\n  <TabItem label=\"npm\">\n    ```shell\n    # Upgrade to Astro v2.x\n"
                + "    npm install astro@latest\n    ```\n  </TabItem>\n</Tabs>\n\n## Next\n\n[next](#next) [card]({url})\n"));
    }

    /** withastro/docs tutorial: code shown in <details> after <summary>, as MDX reads it, and an <img> without alt. */
    @Test
    void detailsDoesNotSwallowTheFenceAndHtmlElementsAreStillChecked() throws IOException {
        List<String> found = findings("---\ntitle: Tutorial\n---\n1. Add the template.\n\n    <details>\n"
                + "    <summary>Show the code</summary>\n    ```astro\n    <h1>{title}</h1>\n    <li><a href={url}>x</a></li>\n"
                + "    ```\n    </details>\n\n<img src=\"/logo.svg\" />\n");
        assertEquals(List.of("14:1 image.alt <img src=\"/logo.svg\"> has no alt attribute: add alt=\"description\""
                + " (alt=\"\" if the image is decorative)",
                "14:11 link.image '/logo.svg' does not exist: looked for public/logo.svg"), found,
                "a JSX <img> is an image: its alt required, its literal src checked");
    }
}
