def log = new File(basedir, 'build.log').text
def expected = [
    "[ERROR] content/bare.md:1:1: frontmatter.missing no front matter: start the file with a '---' line, the keys (title, date, ...) and a closing '---'",
    "[ERROR] content/broken.md:3:7: frontmatter.format date: '2024-13-45' is not a valid date (YYYY-MM-DD, a real calendar day)",
    "[ERROR] content/broken.md:5:5: frontmatter.enum categories[0]: 'divers' is not one of: articles, evenements, projets",
    "[ERROR] content/broken.md:6:1: frontmatter.duplicate-key key 'title' is given twice (first on line 2): keep one",
    "[ERROR] content/syntax.md:4:1: frontmatter.syntax a quoted value is never closed: add the closing quote",
]
def found = log.readLines().findAll { it.startsWith('[ERROR] content/') }
assert found == expected : "console lines differ:\n" + found.join('\n')
assert log =~ /articlecheck: 5 errors, 0 warnings in 4 articles \(\d+ ms\)/
assert log.contains('articlecheck found 5 violations (errors), more than the 0 allowed by maxAllowedViolations')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/articlecheck/articlecheck.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 5 // a file without front matter: frontmatter.missing alone
def enumResult = results.find { it.ruleId == 'frontmatter.enum' }
assert enumResult.locations[0].physicalLocation.artifactLocation.uri == 'content/broken.md'
assert enumResult.locations[0].physicalLocation.region.startLine == 5
assert enumResult.locations[0].physicalLocation.region.startColumn == 5
assert sarif.runs[0].tool.driver.rules.find { it.id == 'frontmatter.enum' }.help.text

def checkstyle = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/articlecheck/articlecheck-result.xml'))
assert checkstyle.name() == 'checkstyle'
assert checkstyle.file.size() == 3
def dup = checkstyle.file.error.find { it.@source == 'articlecheck.frontmatter.duplicate-key' }
assert dup.@line == '6'
assert dup.@severity == 'error'
assert dup.@message == "key 'title' is given twice (first on line 2): keep one"
