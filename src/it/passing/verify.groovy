def log = new File(basedir, 'build.log').text
assert log =~ /articlecheck: 0 errors, 4 warnings in 1 article \(\d+ ms\)/
// The sample's findings: its tracking link, and three of accessibility (judged true: its data table has no <caption>,
// the xkcd credit's text is its URL and opens a new window unannounced). Its images resolve, its links are all fine.
assert log.contains("[WARNING] contenu/articles/2024/communs-numeriques-en-vogue.md:76:1: a11y.table-caption data table without a title")
assert log.contains("[WARNING] contenu/articles/2024/communs-numeriques-en-vogue.md:134:45: a11y.link-text link text is the bare URL 'https://xkcd.com/2347/'")
assert log.contains("[WARNING] contenu/articles/2024/communs-numeriques-en-vogue.md:134:45: a11y.new-window link 'https://xkcd.com/2347/' opens a new window without saying so")
assert log.contains("[WARNING] contenu/articles/2024/communs-numeriques-en-vogue.md:123:1012: link.tracking tracking parameters utm_source, utm_campaign, utm_medium, utm_term: use https://www.polytechnique-insights.com/tribunes/societe/va-t-on-vers-une-regulation-mondiale-de-lia/")
assert log.contains('links: 28 external URLs not checked (offline)')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/articlecheck/articlecheck.sarif').isFile()
assert new File(basedir, 'target/articlecheck/articlecheck-result.xml').isFile()
