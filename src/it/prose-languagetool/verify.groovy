// Prose checks with LanguageTool brought as a plugin dependency (language-fr), on a French article: the grammar and
// spelling errors of the prose are found at their positions, through the bold markers; the dictionary word
// (.articlecheck/dictionary-fr.txt), the code span, the URL and the fenced block are not prose.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[INFO] prose : LanguageTool 6.5 vérifie l'orthographe et la grammaire en : fr")
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] content\// }
assert found == [
    "[WARNING] content/communs.md:6:8: prose.grammar Un participe passé est attendu après l'auxiliaire avoir. Écrivez 'mangé' [R_VAVOIR_VINF]",
    "[WARNING] content/communs.md:6:35: prose.spelling Faute de frappe possible trouvée. Écrivez 'gouvernement', 'gouvernent' [FR_SPELLING_RULE]",
] : "findings differ:\n" + found.join('\n')
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/articlecheck/articlecheck.json'))
def spelling = json.findings.find { it.rule == 'prose.spelling' }
assert spelling.subject == 'FR_SPELLING_RULE'
assert spelling.edits[0].replacement == 'gouvernement'
