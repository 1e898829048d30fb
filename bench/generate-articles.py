#!/usr/bin/env python3
"""Generates N Markdown articles in the style of ../shared/samples (French text, YAML front matter with
accented keys, an embedded <style>, a raw HTML table split by a blank line, footnotes, pipe tables, external
links with tracking parameters) into a content repository with a pom.xml that runs articlecheck.

Usage: generate-articles.py N OUTPUT_DIR [PLUGIN_VERSION]
Deterministic (fixed seed): the same N gives the same files. About 1 article in 50 has a front matter defect.
"""
import os
import random
import sys

WORDS = ("communs numériques politique publique mobilité données ouvertes collectivités acteurs écosystème "
         "gouvernance financement logiciel libre souveraineté contribution territoire réseau projet usagers "
         "transport infrastructure coopération stratégie européenne nationale locale expérimentation").split()
CATEGORIES = ["articles", "evenements", "projets"]


def sentence(rng, n=14):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng, link_id, tracked=False):
    parts = [sentence(rng) for _ in range(4)]
    query = "?utm_source=blog&utm_medium=article" if tracked else ""
    parts.insert(2, f"Voir [la ressource {link_id}](https://example.org/ressources/{link_id}{query}).")
    return " ".join(parts)


def article(rng, index):
    defect = index % 50 == 7
    date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if not defect else "2024-02-30"
    category = rng.choice(CATEGORIES) if not defect else "divers"
    lines = [
        "---",
        f'titre: "Article {index} : {sentence(rng, 6)[:-1]}"',
        f"date: {date}",
        f"image: /contenu/articles/images/illustration-{index % 10}.svg",
        "",
        f"résumé: {sentence(rng, 12)}",
        "",
        "categories:",
        f"  - {category}",
        "tags:",
        "  - communs",
        f"  - {rng.choice(WORDS)}",
        "author: Marguerite Grandjean",
        "---",
        '<style type="text/css">',
        "",
        "table {",
        "    font-size: 80%;",
        "}",
        "</style>",
        "",
        paragraph(rng, index * 10, tracked=True),  # one tracking link per article, as in the sample
        "",
    ]
    for section in range(1, 7):
        lines += [f"## {section}. {sentence(rng, 5)[:-1]}", ""]
        for p in range(4):
            lines += [paragraph(rng, index * 10 + section) + f"[^{section}]" if p == 0 else paragraph(rng, p), ""]
        if section == 2:
            lines += ["<table>", "<tr><th>Acteur</th><th>Rôle</th></tr>",
                      f"<tr><td><b>{rng.choice(WORDS)}</b></td><td><i>{sentence(rng, 6)}</i></td></tr>", "",
                      "</table>", ""]
        if section == 3:
            lines += ["| Commun | Domaine | Contributeurs |", "|--------|---------|---------------|",
                      f"| {rng.choice(WORDS)} | {rng.choice(WORDS)} | {rng.randint(1, 40)} |", ""]
    for section in range(1, 7):
        lines.append(f"[^{section}]: {sentence(rng, 8)} [Source](https://example.org/source/{index}/{section}).")
    return "\n".join(lines) + "\n"


POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>generated-articles</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.articlecheck</groupId>
        <artifactId>articlecheck-maven-plugin</artifactId>
        <version>{version}</version>
        <configuration>
          <contentDirectory>contenu</contentDirectory>
          <siteRoots><siteRoot>.</siteRoot></siteRoots>
          <frontMatterSchema>article.schema.yaml</frontMatterSchema>
          <failOnViolation>false</failOnViolation>
          <!-- The benchmark machine has no internet: external links are counted, local ones checked. -->
          <offline>true</offline>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
"""


def main():
    count = int(sys.argv[1])
    out = sys.argv[2]
    version = sys.argv[3] if len(sys.argv) > 3 else "0.1.0-SNAPSHOT"
    rng = random.Random(20240719)
    for index in range(count):
        folder = os.path.join(out, "contenu", "articles", str(2015 + index % 10))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"article-{index:05d}.md"), "w", encoding="utf-8") as f:
            f.write(article(rng, index))
    images = os.path.join(out, "contenu", "articles", "images")
    os.makedirs(images, exist_ok=True)
    for i in range(10):
        with open(os.path.join(images, f"illustration-{i}.svg"), "w", encoding="utf-8") as f:
            f.write('<svg xmlns="http://www.w3.org/2000/svg"/>')
    with open(os.path.join(out, "pom.xml"), "w", encoding="utf-8") as f:
        f.write(POM.format(version=version))
    link_rules = ["file", "image", "case", "anchor", "empty", "reference", "syntax", "tracking", "external",
                  "unverified", "redirect", "blocked", "insecure"]
    rules_off = "".join(f"<link.{r}>off</link.{r}>" for r in link_rules)
    with open(os.path.join(out, "pom-nolinks.xml"), "w", encoding="utf-8") as f:
        f.write(POM.format(version=version).replace("<offline>true</offline>",
                                                      "<offline>true</offline>\n          <rules>" + rules_off + "</rules>"))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "examples", "blog", "schemas", "article.schema.yaml"), encoding="utf-8") as src:
        schema = src.read()
    with open(os.path.join(out, "article.schema.yaml"), "w", encoding="utf-8") as f:
        f.write(schema)


if __name__ == "__main__":
    main()
