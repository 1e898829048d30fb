def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] site: jekyll (_config.yml), ./, 1 static folder, 2 permalink rules, ids github, collections in content/,'
        + ' posts at /:categories/:year/:month/:day/:title/')
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] / && it.contains('.md:') }
def expected = [
    // index.md's traps stay silent: a kramdown IAL id, {% post_url %}, {::comment}, a Liquid highlight block
    // collections under collections_dir: content; permalinks resolve relative links as the browser does; notes/ is excluded
    "[ERROR] content/_docs/install/other-linux.md:7:16: link.file '../debian/' does not exist: no page is published at /docs/install/debian, and there is no file content/_docs/debian",
    "[ERROR] content/_docs/install/other-linux.md:7:47: link.anchor '#proposer-une-idee' is not an anchor of content/_docs/install/ubuntu.md (did you mean #proposer-une-idée?)",
    // permalink: pretty publishes posts as folders; /equipe/:name/ slugifies Jeanne.Dupont.md; output: false publishes nothing
    "[ERROR] content/_posts/2024-07-19-premier-billet.md:8:50: link.file '/nouvelles/2024/07/19/premier-billet.html' is not served: the page is published at /nouvelles/2024/07/19/premier-billet/, in that form only",
    "[ERROR] content/_posts/2024-07-19-premier-billet.md:8:112: link.file '/brouillons/idee/' does not exist: no page is published at /brouillons/idee, and there is no file brouillons/idee",
    // kramdown: [^a] and [^A] are two notes; a <table> is raw HTML to </table>, blank lines included; after
    // {::options parse_block_html="true" /} a <div>'s content is Markdown; an abbreviation and a table without a
    // separator line are no finding
    "[ERROR] index.md:40:1: heading.increment h4 follows h2 on line 7: use ### or add the missing level",
]
assert found == expected : "findings differ:\n" + found.join('\n')
assert log =~ /articlecheck: 5 errors, 0 warnings in 6 articles/
