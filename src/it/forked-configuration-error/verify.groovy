def log = new File(basedir, 'build.log').text
assert log.contains('articlecheck: checking in a forked JVM')
// the same message as in Maven's JVM (configuration-error), from the fork
assert log.contains("articlecheck configuration error: unknown rule id 'frontmatter.requird' in <rules>; known ids: a11y.image-alt, a11y.link-text, a11y.link-text-ambiguous, a11y.new-window, a11y.table-caption, article.too-complex, article.unreadable,")
assert log.contains('frontmatter.required')
assert !log.contains('at io.github.articlecheck') : 'no stack trace reaches the user'
assert !log.contains('exit code') : 'a configuration error is the check\'s verdict, not a crash of the fork'
