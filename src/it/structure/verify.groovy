// One defect of each structure rule: every expected path:line:column: rule-id line, and nothing else.
def log = new File(basedir, 'build.log').text
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] content\// }
    .collect { it.replaceFirst(/^\[(ERROR|WARNING)\] /, '') }
    .collect { (it =~ /^(\S+: \S+)/)[0][1] }
def expected = [
    'content/footnotes.md:5:12: footnote.order',
    'content/footnotes.md:5:46: footnote.undefined',
    'content/footnotes.md:5:60: footnote.order',
    'content/footnotes.md:9:1: footnote.position',
    'content/footnotes.md:14:1: footnote.duplicate',
    'content/footnotes.md:15:1: footnote.unused',
    'content/footnotes.md:16:1: footnote.empty',
    'content/headings.md:5:1: heading.multiple-h1',
    'content/headings.md:9:1: heading.increment',
    'content/headings.md:11:1: heading.duplicate-id',
    'content/headings.md:13:1: image.alt',
    'content/headings.md:15:1: image.alt',
    'content/headings.md:17:1: suppression.unused',
    'content/tables.md:7:1: table.columns',
    'content/tables.md:10:1: table.delimiter',
    'content/tables.md:13:1: table.delimiter',
    'content/tables.md:16:1: a11y.table-caption',
    'content/tables.md:18:10: table.html-stray',
    'content/tables.md:19:1: table.html-columns',
    'content/tables.md:21:1: table.html-stray',
    'content/tables.md:23:1: a11y.table-caption',
    'content/tables.md:23:1: table.html-header',
    'content/tables.md:23:1: table.html-unclosed',
    'content/tables.md:28:1: html.unclosed',
    'content/tables.md:30:1: html.stray',
    'content/tables.md:36:5: html.indented-code',
]
assert found == expected : "findings differ:\n" + found.join('\n')
assert log.contains("[ERROR] content/tables.md:18:10: table.html-stray <td> opened at 18:5 is closed by </th>: use </td>")
assert log.contains("[WARNING] content/tables.md:13:1: table.delimiter these 2 lines look like a table")
assert log =~ /articlecheck: 14 errors, 12 warnings in 4 articles/
