#!/usr/bin/env bash
# init and fix (both as dry runs: nothing is written in the corpora) on every repository of ../shared/corpora,
# through Maven, as a new user would run them: a copy of the corpus (so that `fix` for real may then write into it:
# mvn -f bench/work/init-fix/<corpus>/pom.xml articlecheck:fix) with a pom declaring the plugin with nothing but
# offline. Prints, per corpus, the schemas inferred, the first check's findings per rule, the
# outliers, and the edits fix would make per rule; the whole logs are kept in bench/work/init-fix/<corpus>.log.
# Usage: bench/run-init-fix-corpora.sh [corpus ...]      (first ./mvnw -B -o install -DskipTests)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
corpora="${CORPORA:-$root/../shared/corpora}"
work="$here/work/init-fix"
version="$("$root/mvnw" -q -o -f "$root/pom.xml" help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null)"
mkdir -p "$work"
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(hugodocs jekyll-docs astro-docs mkdocs-material mdn-de)
for name in "${names[@]}"; do
  corpus="$corpora/$name"
  dir="$work/$name"
  rm -rf "$dir" && cp -r "$corpus" "$dir"
  rm -f "$dir/pom.xml"
  cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$name</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.articlecheck</groupId><artifactId>articlecheck-maven-plugin</artifactId><version>$version</version>
    <configuration><offline>true</offline><index>none</index></configuration>
  </plugin></plugins></build>
</project>
POM
  log="$work/$name.log"
  "$root/mvnw" -B -o -f "$dir/pom.xml" -Darticlecheck.dryRun articlecheck:init articlecheck:fix > "$log" 2>&1 || true
  echo "== $name"
  grep -E "articlecheck init: (read|checking)|^\[INFO\] +[a-z0-9]+\.[a-z.-]+: [0-9]+$|things? to look at|^\[INFO\]   [^ ]" "$log" \
    | grep -v "from pom.xml" | sed 's/^\[INFO\] //' || true
  grep -E "^# Front matter of|^  - |enum:" "$log" | sed 's/^/    /' || true
  grep -E "articlecheck fix(:| \()" "$log" | grep -v "would fix " | sed 's/^\[INFO\] //' || true
done
