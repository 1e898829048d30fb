def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] content/bare.md:1:1: frontmatter.missing no front matter")
assert log.contains('(failOnViolation is false: the build goes on)')
assert log.contains('BUILD SUCCESS')
