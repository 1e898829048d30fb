def log = new File(basedir, 'build.log').text
def commands = log.readLines().findAll { it.startsWith('::') }
assert commands == [
    "::error file=content/broken.md,line=3,col=1,title=frontmatter.duplicate-key::key 'title' is given twice (first on line 2): keep one",
    "::error file=content/broken.md,line=6,col=5,title=link.image::'missing.png' does not exist: looked for content/missing.png",
    "::warning file=content/broken.md,line=6,col=1,title=image.alt::image 'missing.png' has no alternative text: describe it between the brackets of ![…](…)",
] : commands.join('\n')
def summary = new File(basedir, 'summary.md').text
assert summary.startsWith('## articlecheck')
assert summary.contains('| `link.image` | 1 | 0 |')
['articlecheck-result.xml', 'articlecheck.sarif', 'gl-code-quality-report.json', 'articlecheck.json', 'TEST-articlecheck.xml'].each {
    assert new File(basedir, "target/articlecheck/$it").isFile() : it
}
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/articlecheck/TEST-articlecheck.xml'))
assert junit.@failures == '1'
def gitlab = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/articlecheck/gl-code-quality-report.json'))
assert gitlab.size() == 3
assert gitlab.every { it.fingerprint && it.location.path == 'content/broken.md' }
