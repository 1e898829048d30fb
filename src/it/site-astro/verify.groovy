def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] site: astro (astro.config.mjs), src/content/docs/, 1 static folder, 0 permalink rules, ids github')
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] src\// }
def expected = [
    // Starlight publishes src/content/docs at the site root; public/ holds the static files; .mdx are articles
    "[ERROR] src/content/docs/en/guides/deploy.md:7:82: link.anchor '#nope' is not an anchor of src/content/docs/en/guides/install.md",
    "[ERROR] src/content/docs/en/index.mdx:9:19: link.file '/en/guides/missing/' does not exist: no page is published at /en/guides/missing, and there is no file public/en/guides/missing",
]
assert found == expected : "findings differ:\n" + found.join("\n")
assert log =~ /articlecheck: 2 errors, 0 warnings in 3 articles/
