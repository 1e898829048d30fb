// The writing and accessibility rules in a real build, in French, with a terms file and a Vale style: one defect of
// each kind in communs.md, and a page (contact.md) of French typography and code that must stay silent.
def log = new File(basedir, 'build.log').getText('UTF-8')
def found = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] content\// }
def expected = [
    "[WARNING] content/communs.md:5:18: style.term 'E-mail' n'est pas dans le style maison : écrivez 'Courriel'",
    "[WARNING] content/communs.md:5:27: a11y.link-text l'intitulé de lien 'cliquez ici' ne dit pas où mène le lien (RGAA 6.1, WCAG 2.4.4) : nommez la destination dans l'intitulé",
    "[WARNING] content/communs.md:5:56: a11y.link-text l'intitulé de lien 'par là' ne dit pas où mène le lien (RGAA 6.1, WCAG 2.4.4) : nommez la destination dans l'intitulé",
    "[WARNING] content/communs.md:7:4: markdown.reversed-link '(rapport)[https://example.org/rapport]' est un lien écrit à l'envers : la page affiche les crochets ; écrivez [rapport](https://example.org/rapport)",
    "[WARNING] content/communs.md:7:47: markdown.emphasis-spaces '** important **' s'affiche tel quel : les marques d'emphase doivent toucher le texte qu'elles marquent ; écrivez **important**",
    "[WARNING] content/communs.md:7:71: style.term 'digital' : Préférez « numérique » à « digital ».",
    "[WARNING] content/communs.md:9:5: text.mojibake 'Ã©' est un 'é' abîmé : de l'UTF-8 lu comme du Windows-1252 ou du Latin-1 puis réenregistré ; écrivez 'é'",
    "[WARNING] content/communs.md:9:11: text.invisible caractère invisible (U+200B ZERO WIDTH SPACE) : le lecteur ne le voit pas, la recherche et le copier-coller butent dessus ; supprimez-le",
    "[WARNING] content/communs.md:11:1: a11y.image-alt le texte alternatif 'IMG_2024.jpg' est un nom de fichier (RGAA 1.3, WCAG 1.1.1) : décrivez ce que montre l'image",
]
assert found == expected : "findings differ:\n" + found.join('\n')
assert log.contains('[INFO] style: 2 house style terms')
// Vale rule types other than existence and substitution are named once, never skipped silently
assert log.contains('[INFO] style: Vale rules of other types than existence and substitution are not supported: Maison.Phrases (occurrence)')
assert log.contains('0 erreur, 9 avertissements dans 2 articles')
assert log.contains('BUILD SUCCESS')
// no LanguageTool among this build's plugin dependencies: the prose rules say once how to enable them, nothing is downloaded
assert log.contains("[INFO] prose : la vérification de l'orthographe et de la grammaire (prose.*) a besoin de LanguageTool : ajoutez org.languagetool:language-fr")
assert !(log =~ /Download(ing|ed) from .*languagetool/)
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/articlecheck/articlecheck.json'))
def term = json.findings.find { it.rule == 'style.term' && it.subject == 'e-?mails?' }
assert term.edits[0].replacement == 'Courriel'
