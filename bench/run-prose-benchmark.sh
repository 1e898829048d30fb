#!/usr/bin/env bash
# Prose checks with LanguageTool (issue 12): the whole `mvn articlecheck:check` with language-fr as a plugin dependency,
# on the French guides of astro-docs (31 articles) and on the sample article: a first run (no index), a repeat run
# with nothing changed, and a repeat run after one article changed. Prints wall times and the words of the files
# (`wc -w`, code included: an upper bound of the prose LanguageTool reads). Not part of `./mvnw verify`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpora="$(cd "$root/../shared/corpora" && pwd)"
samples="$(cd "$root/../shared/samples" && pwd)"
work="$here/work/prose"
(cd "$root" && ./mvnw -B -q install -DskipTests -Dinvoker.skip=true)
version="$(cd "$root" && ./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)"
lt="$(cd "$root" && ./mvnw -B -q help:evaluate -Dexpression=languagetool.version -DforceStdout)"

project() { # name, files...
  local dir="$work/$1"; shift
  rm -rf "$dir" && mkdir -p "$dir/content"
  cp "$@" "$dir/content/"
  cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$(basename "$dir")</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.articlecheck</groupId><artifactId>articlecheck-maven-plugin</artifactId><version>$version</version>
    <configuration><offline>true</offline><failOnViolation>false</failOnViolation><language>fr</language>
      <site>none</site><formats><format>json</format></formats>
      <includes><include>**/*.md</include><include>**/*.mdx</include></includes></configuration>
    <dependencies><dependency><groupId>org.languagetool</groupId><artifactId>language-fr</artifactId>
      <version>$lt</version></dependency></dependencies>
  </plugin></plugins></build>
</project>
POM
}
project astro-fr-guides $(find "$corpora/astro-docs/src/content/docs/fr/guides" -maxdepth 1 -name '*.md*' | sort)
project sample "$samples"/site/contenu/articles/2024/*.md

run() { # label, project
  local start end
  start=$(date +%s.%N)
  (cd "$work/$2" && "$root/mvnw" -B -q -o "io.github.articlecheck:articlecheck-maven-plugin:$version:check" >/dev/null 2>&1) || true
  end=$(date +%s.%N)
  local findings
  findings=$(python3 -c "import json,sys; d=json.load(open('$work/$2/target/articlecheck/articlecheck.json')); \
print(sum(1 for f in d['findings'] if f['rule'].startswith('prose.')))")
  printf '  %-44s %7.1f s  %5s prose findings\n' "$1" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" "$findings"
}
for name in astro-fr-guides sample; do
  words=$(cat "$work/$name"/content/* | wc -w)
  echo "== $name: $(ls "$work/$name/content" | wc -l) articles, $words words"
  rm -rf "$work/$name/target"
  run "first run (no index)" "$name"
  run "repeat, nothing changed (index)" "$name"
  first="$(ls "$work/$name"/content/* | head -1)"
  printf '\nUne phrase ajoutee.\n' >> "$first"
  run "repeat, one article changed" "$name"
done
