def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] site: hugo (hugo.toml), content/, 1 static folder, 1 permalink rule, ids github-ascii, languages fr en')
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] content\// }
def expected = [
    // guide.en.md is the English translation (gohugo.io/content-management/multilingual): published under /en/
    "[ERROR] content/docs/guide.en.md:5:104: link.file '/en/docs/absent/' does not exist: no page is published at /en/docs/absent, and there is no file static/en/docs/absent",
    // TOML, YAML and JSON front matter read alike: a key given twice in JSON
    "[ERROR] content/docs/guide.md:3:3: frontmatter.duplicate-key key 'title' is given twice (first on line 2): keep one",
    // a figure shortcode's src is an image (checked: /logo.svg is in static/) and its alt is required
    "[WARNING] content/docs/guide.md:12:1: image.alt figure shortcode '/logo.svg' has no alt: add alt=\"description\" to the shortcode",
    // the site's own image shortcode (layouts/_shortcodes/capture.html writes <img src=.Get "src" alt=.Get "alt">)
    "[WARNING] content/docs/guide.md:14:1: image.alt capture shortcode '/logo.svg' has no alt: add alt=\"description\" to the shortcode",
    "[ERROR] content/docs/guide.md:16:18: link.image '/capture-absente.png' does not exist: looked for static/capture-absente.png",
    // the highlight shortcode's content is code (its '# comment' no h1); encadre renders its inner Markdown
    // (.Page.RenderString), so its link is checked; the definition term has its id (autoDefinitionTermID)
    "[ERROR] content/docs/guide.md:24:45: link.anchor '#nulle-part' is not an anchor of content/docs/guide.en.md",
    // published URLs from [permalinks] (:year/:month/:slug) and Hugo's pretty URLs: only what does not exist
    "[ERROR] content/posts/premier.md:15:17: link.file '/2024/07/absent/' does not exist: no page is published at /2024/07/absent, and there is no file static/2024/07/absent",
    "[ERROR] content/posts/premier.md:15:54: link.anchor '#nulle-part' is not an anchor of content/docs/guide.md",
    // [taxonomies] names only 'themes': /themes/données/ exists, no /tags/ page does
    "[ERROR] content/posts/premier.md:17:98: link.file '/tags/ouvert/' does not exist: no page is published at /tags/ouvert, and there is no file static/tags/ouvert",
]
assert found == expected : "findings differ:\n" + found.join('\n')
assert log =~ /articlecheck: 7 errors, 2 warnings in 5 articles/
