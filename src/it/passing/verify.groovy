def log = new File(basedir, 'build.log').text
assert log =~ /articlecheck: 0 errors, 1 warning in 1 article \(\d+ ms\)/
// The sample's only finding: its tracking link. Its images resolve under the site root, its links are all fine.
assert log.contains("[WARNING] contenu/articles/2024/communs-numeriques-en-vogue.md:123:1012: link.tracking tracking parameters utm_source, utm_campaign, utm_medium, utm_term: use https://www.polytechnique-insights.com/tribunes/societe/va-t-on-vers-une-regulation-mondiale-de-lia/")
assert log.contains('links: 28 external URLs not checked (offline)')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/articlecheck/articlecheck.sarif').isFile()
assert new File(basedir, 'target/articlecheck/articlecheck-result.xml').isFile()
