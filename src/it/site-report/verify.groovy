// Under mvn site, Maven's site plugin renders the report into the site with its skin.
def log = new File(basedir, 'build.log').text
assert log.contains('Generating "articlecheck" report')
def page = new File(basedir, 'target/site/articlecheck.html')
assert page.isFile()
def html = page.text
assert html.contains('frontmatter.duplicate-key')
assert html.contains('content/a.md:3:1')
assert new File(basedir, 'target/site/project-reports.html').text.contains('articlecheck')
