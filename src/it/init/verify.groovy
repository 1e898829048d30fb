// init wrote the schemas expected (compared byte for byte, after a second run with force), the plugin declaration,
// a summary; the adopted site passed, and the planted article failed on its three defects.
def read = { String path -> new File(basedir, path).getText('UTF-8') }
['sections', 'blog', 'docs', 'authors'].each { name ->
    def written = read("schemas/${name}.schema.yaml")
    def expected = read("expected/${name}.schema.yaml")
    assert written == expected : "schemas/${name}.schema.yaml differs from expected/${name}.schema.yaml:\n" + written
}
def snippet = read('target/articlecheck/init/pom-snippet.xml')
assert snippet.contains('<include>blog/**</include>')
assert snippet.indexOf('<include>docs/index.md</include>') < snippet.indexOf('<include>docs/**</include>') : 'the landing page first'
assert snippet.contains('<schema>schemas/docs.schema.yaml</schema>')
def log = read('build.log')
assert log.contains('[INFO] articlecheck init: read the front matter of 11 articles: 4 schemas')
assert log.contains('[INFO] articlecheck init: wrote schemas/blog.schema.yaml (4 articles: blog/**)')
// the invoker gives each project its own (empty) .mvn folder, as the wrapper does: init writes jvm.config there
// once (the run with force keeps it), so that Maven's own JVM runs on the quick compiler
assert read('.mvn/jvm.config') == '-XX:TieredStopAtLevel=1\n'
assert log.count('[INFO] articlecheck init: wrote .mvn/jvm.config (-XX:TieredStopAtLevel=1: ') == 1
assert log.contains('[INFO] articlecheck init: checking with these schemas gives 0 findings in 11 articles; per rule:')
def findings = log.readLines().findAll { it =~ /^\[ERROR\] content\// }.collect { (it =~ /^\[ERROR\] (\S+: \S+)/)[0][1] }
assert findings == [
    'content/blog/planted.md:3:7: frontmatter.format',
    'content/blog/planted.md:4:11: frontmatter.enum',
    'content/blog/planted.md:5:7: frontmatter.length',
] : findings
