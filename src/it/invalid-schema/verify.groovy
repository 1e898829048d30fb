def log = new File(basedir, 'build.log').text
assert log =~ /articlecheck configuration error: front matter schema .*broken\.schema\.json is not valid JSON Schema 2020-12: .*required/
assert !log.contains('content/a.md') : 'a broken schema is a configuration error, not a finding per article'
