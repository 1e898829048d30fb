// Run alone, the report goal writes the HTML page and does not fail the build, whatever it found.
def page = new File(basedir, 'target/site/articlecheck.html')
assert page.isFile()
def html = page.text
assert html.contains('<p>2 errors, 1 warning in 1 article.</p>')
assert html.contains('<td>content/a.md:3:1</td><td>error</td><td>frontmatter.duplicate-key</td>')
assert html.contains('<td>link.image</td>')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
