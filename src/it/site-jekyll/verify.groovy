def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] site: jekyll (_config.yml), ./, 1 static folder, 1 permalink rule, ids github')
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] / && it.contains('.md:') }
def expected = [
    // collection permalinks resolve relative links as the browser does; notes/ is excluded by _config.yml
    "[ERROR] _docs/install/other-linux.md:7:16: link.file '../debian/' does not exist: no page is published at /docs/install/debian, and there is no file _docs/debian",
    "[ERROR] _docs/install/other-linux.md:7:47: link.anchor '#proposer-une-idee' is not an anchor of _docs/install/ubuntu.md (did you mean #proposer-une-idée?)",
]
assert found == expected : "findings differ:\n" + found.join('\n')
assert log =~ /articlecheck: 2 errors, 0 warnings in 4 articles/
