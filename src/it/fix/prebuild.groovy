// A Windows editor's article, written here so that no Git setting changes its bytes: BOM, CRLF, no final newline.
def text = '\uFEFF---\r\ntitle: Windows\r\n---\r\nSee [x](https://example.org/?utm_medium=mail).\r\n\r\nB[^2] a[^1].\r\n\r\n[^1]: One.\r\n[^2]: Two.'
new File(basedir, 'content/windows.md').bytes = text.getBytes('UTF-8')
def expected = '\uFEFF---\r\ntitle: Windows\r\n---\r\nSee [x](https://example.org/).\r\n\r\nB[^1] a[^2].\r\n\r\n[^1]: Two.\r\n[^2]: One.'
new File(basedir, 'expected/windows.md').bytes = expected.getBytes('UTF-8')
return true
