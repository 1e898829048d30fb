def log = new File(basedir, 'build.log').text
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] content\// }
def expected = [
    "[ERROR] content/article.md:3:8: link.image '/missing-cover.png' does not exist: looked for static/missing-cover.png",
    "[ERROR] content/article.md:8:11: link.file 'guide/nope.md' does not exist: looked for content/guide/nope.md",
    "[ERROR] content/article.md:8:43: link.image 'images/absent.png' does not exist: looked for content/images/absent.png",
    "[ERROR] content/article.md:8:70: link.case 'guide/schema.png' exists only as content/guide/Schema.png: letter case differs, which breaks on Linux servers and CI",
    "[ERROR] content/article.md:10:14: link.anchor '#donnees-ouvertes' is not an anchor of content/guide/index.md (did you mean #données-ouvertes?)",
    "[ERROR] content/article.md:10:47: link.empty empty link destination: the link goes nowhere; write the URL or path, or remove the link",
    "[ERROR] content/article.md:10:49: link.reference reference [nulle] is not defined: add '[nulle]: https://…' or fix the label",
    "[ERROR] content/article.md:10:75: link.syntax 'ttps://example.org' has an unknown scheme 'ttps:' (did you mean https:?)",
    "[WARNING] content/article.md:12:11: link.tracking tracking parameter utm_source: use https://example.org/?id=4",
]
assert found == expected : "findings differ:\n" + found.join('\n')
assert log.contains('links: 2 external URLs not checked (offline)')
assert log =~ /articlecheck: 8 errors, 1 warning in 2 articles/
