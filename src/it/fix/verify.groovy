// Every defect was found, fixed byte for byte (BOM and CRLF kept), the second fix changed nothing, and the last
// check passed.
def bytes = { String path -> new File(basedir, path).bytes }
['article.md', 'windows.md'].each { name ->
    assert bytes("content/${name}") == bytes("expected/${name}") :
        "content/${name}:\n" + new File(basedir, "content/${name}").getText('UTF-8')
}
def log = new File(basedir, 'build.log').getText('UTF-8')
def rules = ['link.case', 'link.file', 'link.anchor', 'link.tracking', 'markdown.reversed-link',
             'markdown.emphasis-spaces', 'text.invisible', 'style.term', 'table.columns', 'footnote.order',
             'frontmatter.unknown-key']
rules.each { rule -> assert log =~ /(?m)^\[(ERROR|WARNING)\] content\/\S+: ${java.util.regex.Pattern.quote(rule)} / : "not found first: $rule" }
assert log.contains('[INFO] articlecheck fix (dry run: nothing written): 13 findings would be fixed in 2 files')
assert log.contains('+Voir [le site](https://example.org/page?id=3) et [le lien](https://example.org/r).')
assert log.contains('[INFO] articlecheck fix: 13 findings fixed in 2 files; run articlecheck:check for what is left')
assert log.contains('[INFO] articlecheck fix: 0 findings fixed in 0 files; run articlecheck:check for what is left')
assert log.contains('[INFO] articlecheck fix: footnote.order: 2 findings fixed')
