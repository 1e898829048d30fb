#!/usr/bin/env bash
# Side-by-side benchmark: the whole `mvn articlecheck:check` versus markdownlint-cli2 (default rules) on the
# same files. Not part of `./mvnw verify`. Usage: bench/run-benchmark.sh [ARTICLE_COUNT]   (default 10000)
# Needs: a JDK, python3, node/npm (markdownlint-cli2 is installed from the npm registry into bench/node_modules).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
count="${1:-10000}"
work="$here/work"
corpus="$work/corpus-$count"
hugodocs="$root/../shared/corpora/hugodocs"

echo "== building and installing the plugin"
(cd "$root" && ./mvnw -B -q install -DskipTests -Dinvoker.skip=true)
echo "== installing markdownlint-cli2"
(cd "$here" && npm install --no-audit --no-fund --silent)
version="$(cd "$root" && ./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)"

if [ ! -d "$corpus" ]; then
  echo "== generating $count articles into $corpus"
  python3 "$here/generate-articles.py" "$count" "$corpus" "$version"
fi

measure() { # label, command...
  local label="$1"; shift
  local out; out="$(mktemp)"
  /usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>&1 || true
  read -r seconds kilobytes < <(tail -n 1 "$out")
  printf '%-52s %8s s %8d MB\n' "$label" "$seconds" "$((kilobytes / 1024))"
  rm -f "$out"
}

mvn_check() { # pom file; a first run: no index of an earlier run
  rm -rf "$(dirname "$1")/target"
  "$root/mvnw" -B -q -o -f "$1" "io.github.articlecheck:articlecheck-maven-plugin:$version:check" \
    -Darticlecheck.failOnViolation=false
}
export -f mvn_check
export root version

echo "== warm-up (JIT and file cache are not what we measure)"
mvn_check "$corpus/pom.xml" >/dev/null 2>&1 || true

echo
printf '%-52s %10s %11s\n' "run" "wall" "peak RSS"
# pom-nolinks.xml turns the link rules off: the front matter and structure rules only.
for i in 1 2; do
  measure "articlecheck, $count generated articles (run $i)" bash -c "mvn_check '$corpus/pom.xml'"
  measure "  same, link rules off (run $i)" bash -c "mvn_check '$corpus/pom-nolinks.xml'"
  measure "markdownlint-cli2, $count generated articles (run $i)" \
    bash -c "cd '$corpus/contenu' && '$here/node_modules/.bin/markdownlint-cli2' '**/*.md'"
done
if [ -d "$hugodocs" ]; then
  for i in 1 2; do
    measure "articlecheck, hugodocs (993 files, run $i)" bash -c "mvn_check '$here/hugodocs/pom.xml'"
    measure "markdownlint-cli2, hugodocs (run $i)" \
      bash -c "cd '$hugodocs/content' && '$here/node_modules/.bin/markdownlint-cli2' '**/*.md'"
  done
fi
