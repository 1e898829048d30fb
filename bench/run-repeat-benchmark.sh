#!/usr/bin/env bash
# Fast repeat runs: the whole `mvn articlecheck:check` on N generated articles, first from scratch (no index),
# then again after one article changed, and again with nothing changed. Not part of `./mvnw verify`.
# Each first run is followed by second runs of two kinds: a sentence appended (the findings stay the same) and a
# broken link inserted after the front matter (the findings change, and the body's line numbers shift).
# Every round runs twice: with the JVM's default options, and with the .mvn/jvm.config the README recommends
# for content repositories (-XX:TieredStopAtLevel=1). Prints each run and the medians of each setting.
# Usage: bench/run-repeat-benchmark.sh [N] [ROUNDS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
count="${1:-10000}"
rounds="${2:-3}"
corpus="$here/work/corpus-$count"
(cd "$root" && ./mvnw -B -q install -DskipTests -Dinvoker.skip=true)
version="$(cd "$root" && ./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)"
[ -d "$corpus" ] || python3 "$here/generate-articles.py" "$count" "$corpus" "$version"
article="$corpus/contenu/articles/2015/article-00000.md"
cp "$article" "$here/work/article-00000.orig"
trap 'cp "$here/work/article-00000.orig" "$article"; rm -rf "$corpus/.mvn"' EXIT
: > "$here/work/repeat-times.txt"
setting=default
check() {
  /usr/bin/time -f "%e %M" -o "$here/work/time.txt" "$root/mvnw" -B -q -o -f "$corpus/pom.xml" \
    "io.github.articlecheck:articlecheck-maven-plugin:$version:check" >/dev/null 2>&1 || true
  read -r seconds kilobytes < <(tail -n 1 "$here/work/time.txt")
  printf '%-10s %-52s %7s s %6d MB\n' "$setting" "$2" "$seconds" "$((kilobytes / 1024))"
  echo "$setting-$1 $seconds" >> "$here/work/repeat-times.txt"
}
for round in $(seq "$rounds"); do
  for setting in default jvm.config; do
    rm -rf "$corpus/.mvn"
    if [ "$setting" = jvm.config ]; then
      mkdir -p "$corpus/.mvn" && echo "-XX:TieredStopAtLevel=1" > "$corpus/.mvn/jvm.config"
    fi
    cp "$here/work/article-00000.orig" "$article"
    rm -rf "$corpus/target"
    check first "first run, no index (round $round)"
    printf '\nUne phrase ajoutée au tour %s.\n' "$round" >> "$article"
    check appended "second run, a sentence appended to 1 article"
    check unchanged "third run, nothing changed"
    # after the front matter's closing line: the body's lines shift, the front matter stays
    awk -v round="$round" '{ print } /^---$/ && ++fences == 2 { printf "\nVoir [la page](page-absente-%s.md).\n", round }' \
      "$article" > "$here/work/article.tmp"
    mv "$here/work/article.tmp" "$article"
    check broken "second run, a broken link added to 1 article"
  done
done
median() {
  awk -v kind="$1" '$1 == kind { print $2 }' "$here/work/repeat-times.txt" | sort -n \
    | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo
for setting in default jvm.config; do
  first="$(median "$setting-first")"
  for kind in appended broken unchanged; do
    value="$(median "$setting-$kind")"
    printf '%-10s median %-10s %6s s = %s of the first run (median %s s)\n' "$setting" "$kind" "$value" \
      "$(awk -v a="$value" -v b="$first" 'BEGIN { printf "%.2f", a / b }')" "$first"
  done
done
