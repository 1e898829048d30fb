def baseline = new File(basedir, 'articlecheck-baseline.json')
assert baseline.isFile()
def lines = baseline.readLines()
assert lines.findAll { it.contains('"rule":"frontmatter.duplicate-key"') }.size() == 2
def log = new File(basedir, 'build.log').text
assert log.contains('articlecheck: wrote 2 baseline entries to')
assert log.contains('articlecheck: 2 findings are in the baseline')
assert log.contains('articlecheck: 1 finding is in the baseline')
assert log.contains('articlecheck: 1 baseline entry is fixed: run articlecheck:baseline to shrink the file')
assert log.contains("[ERROR] content/new.md:3:1: frontmatter.duplicate-key key 'title' is given twice (first on line 2): keep one")
assert !log.contains("[ERROR] content/old.md")
