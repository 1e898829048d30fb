def log = new File(basedir, 'build.log').text
assert log =~ /articlecheck: 0 errors, 0 warnings in 1 article \(\d+ ms\)/
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/articlecheck/articlecheck.sarif').isFile()
assert new File(basedir, 'target/articlecheck/articlecheck-result.xml').isFile()
