def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] content/warned.md:4:14: frontmatter.enum categories[0]: 'divers' is not one of: articles, evenements, projets")
assert log =~ /articlecheck: 0 errors, 1 warning in 1 article \(\d+ ms\)/
assert log.contains('articlecheck found 1 violation (errors and warnings), more than the 0 allowed by maxAllowedViolations')
