def log = new File(basedir, 'build.log').text
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] content\// }
assert found == [
    "[ERROR] content/changed.md:3:1: frontmatter.duplicate-key key 'title' is given twice (first on line 2): keep one",
    "[ERROR] content/linker.md:5:27: link.file 'deleted.md' does not exist: looked for content/deleted.md",
    "[ERROR] content/new.md:5:15: link.file 'missing.md' does not exist: looked for content/missing.md",
] : found.join('\n')
assert !log.contains('content/untouched.md') : 'an unchanged article with an old defect is not reported'
assert log.contains('links: 1 external URL not checked (offline)') : 'only the URL the change added'
assert log =~ /changed-files mode since main \(merge base [0-9a-f]{7}\): 2 changed and 1 deleted file/
