def log = new File(basedir, 'build.log').text
assert log.contains("[INFO] site: mkdocs (mkdocs.yml), pages/, 1 static folder, 0 permalink rules, ids python-markdown, ugly URLs,"
        + " tab ids after their heading's\n")
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] pages\// }
def expected = [
    // use_directory_urls: false publishes guide/install.html; faq.md has no front matter, which MkDocs does not need;
    // { #v2 } (attr_list) sets a heading's id; [MkDocs][^1] cites the footnote, as Python-Markdown reads it
    "[ERROR] pages/guide/faq.md:8:23: link.file '/guide/install/' is not served: the page is published at /guide/install.html, in that form only",
    // Python-Markdown's extensions as listed: a content tab holds Markdown (its fence is code, its link is checked),
    // tabs have ids (pymdownx.tabbed slugify + combine_header_slug: #systeme-linux), a definition holds an
    // admonition, a footnote indented two spaces after a list belongs to the page
    "[ERROR] pages/guide/install.md:20:28: link.file 'windows.md' does not exist: looked for pages/guide/windows.md",
    "[ERROR] pages/guide/install.md:35:62: link.anchor '#systeme-mac' is not an anchor of this article",
    // docs_dir read from mkdocs.yml without evaluating its Python tag; ids as Python-Markdown's toc writes them
    // (#prerequis, accents dropped); a query-only link names its own page
    "[ERROR] pages/index.md:7:16: link.file 'guide/absent.md' does not exist: looked for pages/guide/absent.md",
]
assert found == expected : "findings differ:\n" + found.join('\n')
assert log =~ /articlecheck: 4 errors, 0 warnings in 3 articles/
