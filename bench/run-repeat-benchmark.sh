#!/usr/bin/env bash
# Fast repeat runs: the whole `mvn articlecheck:check` on N generated articles, first from scratch (no index),
# then again with one article changed. Not part of `./mvnw verify`. Usage: bench/run-repeat-benchmark.sh [N]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
count="${1:-10000}"
corpus="$here/work/corpus-$count"
(cd "$root" && ./mvnw -B -q install -DskipTests -Dinvoker.skip=true)
version="$(cd "$root" && ./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)"
[ -d "$corpus" ] || python3 "$here/generate-articles.py" "$count" "$corpus" "$version"
check() {
  /usr/bin/time -f "%e %M" -o "$here/work/time.txt" "$root/mvnw" -B -q -o -f "$corpus/pom.xml" \
    "io.github.articlecheck:articlecheck-maven-plugin:$version:check" >/dev/null 2>&1 || true
  read -r seconds kilobytes < <(tail -n 1 "$here/work/time.txt")
  printf '%-48s %7s s %6d MB\n' "$1" "$seconds" "$((kilobytes / 1024))"
}
article="$corpus/contenu/articles/2015/article-00000.md"
for i in 1 2; do
  rm -rf "$corpus/target"
  check "first run, no index (run $i)"
  printf '\nUne phrase ajoutée au run %s.\n' "$i" >> "$article"
  check "second run, 1 article changed (run $i)"
  check "third run, nothing changed (run $i)"
done
