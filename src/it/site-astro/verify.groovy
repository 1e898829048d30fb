def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] site: astro (astro.config.mjs), src/content/docs/, 1 static folder, 0 permalink rules, ids github,'
        + ' trailing slash always, 1 page route, no {#id} on headings, front matter schema .astro/collections/docs.schema.json')
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] src\// }
def expected = [
    // .astro/collections/docs.schema.json, written by astro sync, is the docs collection's schema: YAML's 'no' is text
    "[ERROR] src/content/docs/en/guides/deploy.md:3:8: frontmatter.type draft: expected true or false, found text 'no'",
    // Starlight publishes src/content/docs at the site root; public/ holds the static files; .mdx are articles
    "[ERROR] src/content/docs/en/guides/deploy.md:11:82: link.anchor '#nope' is not an anchor of src/content/docs/en/guides/install.md",
    // astro:assets: <Image src={banner}> names the file its import gives, checked at the import
    "[ERROR] src/content/docs/en/index.mdx:7:21: link.image '../../../assets/banner.png' does not exist: looked for src/assets/banner.png",
    // an alt that names no content (a11y.image-alt): "Icon" tells a screen reader user nothing
    "[WARNING] src/content/docs/en/index.mdx:12:1: a11y.image-alt alternative text 'Icon' says nothing about the image (RGAA 1.3, WCAG 1.1.1): describe what it shows, or alt=\"\" if it is decorative",
    "[ERROR] src/content/docs/en/index.mdx:14:19: link.file '/en/guides/missing/' does not exist: no page is published at /en/guides/missing, and there is no file public/en/guides/missing",
    // trailingSlash: 'always' routes only /en/guides/install/; the MDX below it (import, JSX, an indented fence, <details>) is no finding
    "[ERROR] src/content/docs/en/index.mdx:14:83: link.file '/en/guides/install' is not served: the page is published at /en/guides/install/, in that form only",
    // an <Image> without alt (Astro requires one; alt="" marks a decorative image)
    "[WARNING] src/content/docs/en/index.mdx:38:1: image.alt <Image> '../../../assets/logo.svg' has no alt: add alt=\"description\" (alt=\"\" for a decorative image)",
]
assert found == expected : "findings differ:\n" + found.join("\n")
assert log =~ /articlecheck: 5 errors, 2 warnings in 3 articles/
