def log = new File(basedir, 'build.log').text
assert log.contains('links: 2 external URLs not checked (offline)')
assert log =~ /articlecheck: 0 errors, 0 warnings in 1 article/
assert log.contains('BUILD SUCCESS')
