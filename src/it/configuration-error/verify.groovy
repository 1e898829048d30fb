def log = new File(basedir, 'build.log').text
assert log.contains("articlecheck configuration error: unknown rule id 'frontmatter.requird' in <rules>; known ids: article.too-complex, article.unreadable,")
assert log.contains('frontmatter.required')
assert !log.contains('at io.github.articlecheck') : 'no stack trace reaches the user'
