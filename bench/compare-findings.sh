#!/usr/bin/env bash
# No loss (issue 13): the JSON findings of the installed plugin on all five corpora, saved under a label and compared
# with another label's. Run `save before` on the commit before an optimisation and `save after` on it, then
# `compare before after`: every finding (path, position, rule, message, edits) must be the same; only the run's
# duration may differ. Not part of `./mvnw verify`.
# Usage: bench/compare-findings.sh save LABEL      (installs the plugin of the working tree first)
#        bench/compare-findings.sh compare LABEL1 LABEL2
#        bench/compare-findings.sh normalise LABEL      (a label saved before the comparison was of parsed JSON)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpora="$(cd "$root/../shared/corpora" && pwd)"
work="$here/work/findings"
corpusNames=(mdn-de hugodocs astro-docs jekyll-docs mkdocs-material)

# The report as data: parsed, its duration dropped, written again in one layout (a trailing comma left by the
# earlier `grep -v durationMillis` of saved labels is forgiven, so that labels saved before stay comparable).
normalise() {
  python3 -c '
import json, re, sys
text = re.sub(r",(\n\s*[}\]])", r"\1", sys.stdin.read())
report = json.loads(text)
report.get("summary", {}).pop("durationMillis", None)
print(json.dumps(report, ensure_ascii=False, indent=1))'
}

case "${1:-}" in
  normalise)
    for name in "${corpusNames[@]}"; do
      file="$work/${2:?a label}/$name.json"
      normalise < "$file" > "$file.tmp" && mv "$file.tmp" "$file"
    done ;;
  save)
    label="${2:?a label}"
    (cd "$root" && ./mvnw -B -q -o install -DskipTests -Dinvoker.skip=true -Djacoco.skip=true)
    version="$(cd "$root" && ./mvnw -B -q -o help:evaluate -Dexpression=project.version -DforceStdout)"
    source "$here/corpus-project.sh"
    mkdir -p "$work/$label"
    for name in "${corpusNames[@]}"; do
      project "$corpora/$name" "$work/projects/$name" true
      (cd "$work/projects/$name" && "$root/mvnw" -B -q -o \
        "io.github.articlecheck:articlecheck-maven-plugin:$version:check" >/dev/null 2>&1 || true)
      # the duration is the one field a faster run must change; the JSON is compared as data, not as layout
      normalise < "$work/projects/$name/target/articlecheck/articlecheck.json" > "$work/$label/$name.json"
      printf '  %-16s %6s findings\n' "$name" "$(grep -c '"rule"' "$work/$label/$name.json")"
    done ;;
  compare)
    status=0
    for name in "${corpusNames[@]}"; do
      if cmp -s "$work/${2:?a label}/$name.json" "$work/${3:?a label}/$name.json"; then
        printf '  %-16s identical\n' "$name"
      else
        printf '  %-16s DIFFERENT:\n' "$name"; diff "$work/$2/$name.json" "$work/$3/$name.json" | head -20; status=1
      fi
    done
    exit $status ;;
  *) sed -n '2,9p' "$0"; exit 2 ;;
esac
