def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] site: hugo (hugo.toml), content/, 1 static folder, 1 permalink rule, ids github-ascii')
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] content\// }
def expected = [
    // TOML, YAML and JSON front matter read alike: a key given twice in JSON
    "[ERROR] content/docs/guide.md:3:3: frontmatter.duplicate-key key 'title' is given twice (first on line 2): keep one",
    // published URLs from [permalinks] (:year/:month/:slug) and Hugo's pretty URLs: only what does not exist
    "[ERROR] content/posts/premier.md:14:17: link.file '/2024/07/absent/' does not exist: no page is published at /2024/07/absent, and there is no file static/2024/07/absent",
    "[ERROR] content/posts/premier.md:14:54: link.anchor '#nulle-part' is not an anchor of content/docs/guide.md",
]
assert found == expected : "findings differ:\n" + found.join('\n')
assert log =~ /articlecheck: 3 errors, 0 warnings in 4 articles/
