def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] site: mkdocs (mkdocs.yml), pages/, 1 static folder, 0 permalink rules, ids python-markdown')
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] pages\// }
def expected = [
    // docs_dir read from mkdocs.yml without evaluating its Python tag; ids as Python-Markdown's toc writes them
    // (#prerequis, accents dropped); a query-only link names its own page
    "[ERROR] pages/index.md:7:16: link.file 'guide/absent.md' does not exist: looked for pages/guide/absent.md",
]
assert found == expected : "findings differ:\n" + found.join('\n')
assert log =~ /articlecheck: 1 error, 0 warnings in 2 articles/
