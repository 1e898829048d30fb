def log = new File(basedir, 'build.log').text
assert log.contains('articlecheck: skipped')
assert !log.contains('content/bare.md')
assert log.contains('BUILD SUCCESS')
