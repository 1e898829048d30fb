// A git repository whose main branch holds the articles, then a change on top of it (as in a pull request).
def run(String... command) {
    def process = new ProcessBuilder(['git', '-c', 'user.name=IT', '-c', 'user.email=it@example.org'] + command.toList())
            .directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "git ${command.join(' ')} failed: ${output}"
    output
}
run('init', '-q', '-b', 'main')
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
run('add', '-A')
run('commit', '-q', '-m', 'base')
run('checkout', '-q', '-b', 'change')
// modified: a new defect and a new external link
new File(basedir, 'content/changed.md').text =
        '---\ntitle: Changed\ntitle: Twice\n---\n\nSee [the old page](https://example.org/old) and [a new one](https://example.org/new).\n'
// deleted, while linker.md (unchanged) still links to it
run('rm', '-q', 'content/deleted.md')
run('commit', '-q', '-am', 'change')
// untracked new article with a broken link
new File(basedir, 'content/new.md').text = '---\ntitle: New\n---\n\nSee [missing](missing.md).\n'
return true
