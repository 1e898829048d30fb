def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] articlecheck: checking in a forked JVM (-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn160m -XX:MaxTenuringThreshold=0 -Xmx1g)')
// the forked JVM's log comes back at its level, accents intact
def found = log.readLines().findAll { it.startsWith('[ERROR] content/') || it.startsWith('[WARNING] content/') }
assert found.size() == 2 : found.join('\n')
assert found[0] == "[ERROR] content/article.md:5:38: link.file 'manquant-été.md' does not exist: looked for content/manquant-été.md"
assert found[1].startsWith('[WARNING] content/article.md:7:1: heading.increment')
assert log =~ /articlecheck: 1 errors?, 1 warnings? in 2 articles/
// its verdict is the goal's: the build fails with the check's own message
assert log.contains('articlecheck found 1 violation')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/articlecheck/articlecheck.json'))
assert json.findings*.rule == ['link.file', 'heading.increment']
assert json.findings[0].arguments == ['manquant-été.md', 'content/manquant-été.md']
assert !new File(basedir, 'target/articlecheck/fork-parameters.bin').exists()
