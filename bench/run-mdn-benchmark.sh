#!/usr/bin/env bash
# Real content, side by side (issue 13): the whole `mvn articlecheck:check` on all of MDN-de with every rule (and with
# the link rules off), rumdl (`rumdl check --no-config --no-cache`) and markdownlint-cli2 (default rules) on the same
# files; then the plugin on hugodocs and astro-docs, with the fixed cost of a run taken apart. Each site is also run
# with the `.mvn/jvm.config` the README recommends for content repositories (Maven's JVM on the quick compiler).
# Median of RUNS runs (default 3): wall time, and the peak of the summed RSS of every process of the run (Maven and
# the forked check). Each tool starts from its own launcher, as the goal's commands name them: Maven's `mvn` (the
# Maven the wrapper installed) and rumdl's native binary; what the Maven Wrapper's script and npm's Node shim for rumdl
# add is measured apart.
# Not part of `./mvnw verify`.
# Usage: bench/run-mdn-benchmark.sh        (RUNS=1 for a quick look; SKIP_MARKDOWNLINT=1 to leave out its ~3 min runs)
# Needs: a JDK, node/npm (rumdl and markdownlint-cli2 come from the npm registry into bench/node_modules).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpora="$(cd "$root/../shared/corpora" && pwd)"
runs="${RUNS:-3}"
work="$here/work/mdn"
mkdir -p "$work"

echo "== building and installing the plugin; installing rumdl and markdownlint-cli2"
(cd "$root" && ./mvnw -B -q install -DskipTests -Dinvoker.skip=true)
(cd "$here" && npm install --no-audit --no-fund --silent)
version="$(cd "$root" && ./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)"
maven_home="$(cd "$root" && ./mvnw -B -q help:evaluate -Dexpression=maven.home -DforceStdout)"
mvn="$maven_home/bin/mvn"
rumdl="$(find "$here/node_modules/@rumdl" -type f -name rumdl -perm -u+x | head -1)"
[ -x "$mvn" ] && [ -x "$rumdl" ] || { echo "no mvn ($mvn) or rumdl binary ($rumdl)" >&2; exit 1; }

# project corpus-folder project-folder links(true|false) [version]: a Maven project over a corpus
source "$here/corpus-project.sh"

project "$corpora/mdn-de" "$work/mdn-de" true
project "$corpora/mdn-de" "$work/mdn-de-nolinks" false
project "$corpora/hugodocs" "$work/hugodocs" true
project "$corpora/astro-docs" "$work/astro-docs" true
project "$corpora/hugodocs" "$work/hugodocs-nolinks" false
project "$corpora/astro-docs" "$work/astro-docs-nolinks" false
# The same projects with the README's recommendation for content repositories, a .mvn/jvm.config that gives Maven's
# own JVM the quick compiler only (the forked check has it whatever the project says).
for site in mdn-de hugodocs astro-docs; do
  project "$corpora/$site" "$work/$site-jvmconfig" true
  mkdir -p "$work/$site-jvmconfig/.mvn" && echo "-XX:TieredStopAtLevel=1" > "$work/$site-jvmconfig/.mvn/jvm.config"
done
# the fixed cost: Maven alone (validate), and the plugin on a site of one article
mkdir -p "$work/one" && printf -- '---\ntitle: One\n---\n# One\n\nA [link](#one).\n' > "$work/one/index.md"
project "$work/one" "$work/one-project" true
project "$work/one" "$work/one-project-jvmconfig" true
mkdir -p "$work/one-project-jvmconfig/.mvn" && echo "-XX:TieredStopAtLevel=1" > "$work/one-project-jvmconfig/.mvn/jvm.config"
# The peers read the .md files copied elsewhere: the corpus' own .markdownlint*.jsonc name custom rules not installed.
if [ ! -d "$work/md/files" ]; then
  (cd "$corpora/mdn-de" && find files -name '*.md' -print0 | while IFS= read -r -d '' f; do
    mkdir -p "$work/md/$(dirname "$f")" && cp "$f" "$work/md/$f"; done)
fi
# The small sites' Markdown (and MDX) for the peers, copied the same way.
for site in hugodocs astro-docs; do
  if [ ! -d "$work/md-$site" ]; then
    (cd "$corpora/$site" && find . \( -name '*.md' -o -name '*.mdx' \) -not -path '*/node_modules/*' -print0 \
      | while IFS= read -r -d '' f; do mkdir -p "$work/md-$site/$(dirname "$f")" && cp "$f" "$work/md-$site/$f"; done)
  fi
done

declare -A walls rss
# Wall time, and the peak of the summed RSS of the command and every process it starts (Maven's JVM and the forked
# check's together), sampled every 500 ms.
# Bash builtins only: the sampler must not take CPU from a run that uses every core (an awk and a cat per process
# twice a second did: about 20 processes a second taken from the runs they measured).
rss_now=0
tree_rss_kb() { # pid: sets rss_now to the summed RSS of the process and its descendants, in kB
  local pids=("$1") i=0 file kids key value _ pid
  rss_now=0
  while [ $i -lt ${#pids[@]} ]; do
    for file in /proc/"${pids[$i]}"/task/*/children; do
      kids=()
      read -r -a kids 2>/dev/null < "$file" || true # no final newline: read reports EOF, the pids are read
      pids+=("${kids[@]}")
    done
    i=$((i + 1))
  done
  for pid in "${pids[@]}"; do
    while read -r key value _; do
      if [ "$key" = "VmRSS:" ]; then rss_now=$((rss_now + value)); break; fi
    done 2>/dev/null < "/proc/$pid/status" || true
  done
}
ended="$work/.ended"
measure() { # key, command...
  local key="$1"; shift
  local start end peak=0
  rm -f "$ended"
  start=$(date +%s.%N)
  # The command notes its own end: the sampler below looks twice a second, and its wake-up must not be the end
  # (it rounded every time up to the next half second).
  ( "$@" >/dev/null 2>&1 || true; date +%s.%N > "$ended" ) &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    tree_rss_kb "$pid"; [ "$rss_now" -gt "$peak" ] && peak=$rss_now
    sleep 0.5
  done
  wait "$pid" || true
  end=$(< "$ended")
  local seconds; seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  walls[$key]="${walls[$key]:-} $seconds"
  rss[$key]="${rss[$key]:-} $((peak / 1024))"
  printf '  %-38s %7s s %6d MB\n' "$key" "$seconds" "$((peak / 1024))"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
mvn_check() { (cd "$1" && rm -rf target && "$mvn" -B -q -o "io.github.articlecheck:articlecheck-maven-plugin:$version:check" "${@:2}"); }
mvn_validate() { (cd "$1" && "$mvn" -B -q -o validate); }
export -f mvn_check mvn_validate
export root version mvn

echo "== warm-up (file cache; JIT is not kept between runs)"
mvn_check "$work/mdn-de" >/dev/null 2>&1 || true
for i in $(seq 1 "$runs"); do
  echo "== run $i"
  # The goal's pair side by side, the first of them alternating from round to round: what ran just before a
  # command changes it on this machine (rumdl after the 20-second fork=false run came out slower than rumdl
  # started through Node right after it, which cannot be).
  if [ $((i % 2)) -eq 1 ]; then
    measure "articlecheck mdn-de" bash -c "mvn_check '$work/mdn-de'"
    measure "rumdl mdn-de" bash -c "cd '$work/md' && '$rumdl' check --no-config --no-cache ."
  else
    measure "rumdl mdn-de" bash -c "cd '$work/md' && '$rumdl' check --no-config --no-cache ."
    measure "articlecheck mdn-de" bash -c "mvn_check '$work/mdn-de'"
  fi
  measure "rumdl mdn-de, npm's shim" bash -c "cd '$work/md' && '$here/node_modules/.bin/rumdl' check --no-config --no-cache ."
  measure "articlecheck mdn-de no links" bash -c "mvn_check '$work/mdn-de-nolinks'"
  measure "articlecheck mdn-de, jvm.config" bash -c "mvn_check '$work/mdn-de-jvmconfig'"
  # the same in Maven's own JVM: what the forked check (fork=auto, 200 articles and more) saves
  measure "articlecheck mdn-de, fork=false" bash -c "mvn_check '$work/mdn-de' -Darticlecheck.fork=false"
  if [ -z "${SKIP_MARKDOWNLINT:-}" ]; then
    measure "markdownlint-cli2 mdn-de" bash -c "cd '$work/md' && '$here/node_modules/.bin/markdownlint-cli2' '**/*.md'"
  fi
  for site in hugodocs astro-docs; do
    measure "articlecheck $site" bash -c "mvn_check '$work/$site'"
    measure "articlecheck $site no links" bash -c "mvn_check '$work/$site-nolinks'"
    measure "articlecheck $site, jvm.config" bash -c "mvn_check '$work/$site-jvmconfig'"
    measure "rumdl $site" bash -c "cd '$work/md-$site' && '$rumdl' check --no-config --no-cache ."
    if [ -z "${SKIP_MARKDOWNLINT:-}" ]; then
      measure "markdownlint-cli2 $site" bash -c "cd '$work/md-$site' && '$here/node_modules/.bin/markdownlint-cli2' '**/*.{md,mdx}'"
    fi
  done
  measure "maven alone (validate)" bash -c "mvn_validate '$work/one-project'"
  # the launchers alone: Maven's script (which starts a JVM to probe a flag, then Maven's), the Maven Wrapper's
  # script in front of it (it hashes the distribution's URL one character at a time, a subshell each)
  measure "launcher: mvn -v" bash -c "'$mvn' -v"
  measure "launcher: ./mvnw -v" bash -c "cd '$root' && ./mvnw -v"
  measure "articlecheck one article" bash -c "mvn_check '$work/one-project'"
  measure "maven alone, jvm.config" bash -c "mvn_validate '$work/one-project-jvmconfig'"
  measure "articlecheck one article, jvm.config" bash -c "mvn_check '$work/one-project-jvmconfig'"
done

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
printf '| %-38s | %-22s | %-10s | %-14s |\n' "run (median of $runs)" "wall, s (runs)" "median, s" "peak RSS, MB"
for key in "articlecheck mdn-de" "articlecheck mdn-de no links" "articlecheck mdn-de, jvm.config" \
    "articlecheck mdn-de, fork=false" "rumdl mdn-de" "rumdl mdn-de, npm's shim" "markdownlint-cli2 mdn-de" \
    "articlecheck hugodocs" "articlecheck hugodocs no links" "articlecheck hugodocs, jvm.config" "rumdl hugodocs" \
    "markdownlint-cli2 hugodocs" \
    "articlecheck astro-docs" "articlecheck astro-docs no links" "articlecheck astro-docs, jvm.config" "rumdl astro-docs" \
    "markdownlint-cli2 astro-docs" \
    "maven alone (validate)" "launcher: mvn -v" "launcher: ./mvnw -v" \
    "articlecheck one article" "maven alone, jvm.config" "articlecheck one article, jvm.config"; do
  [ -n "${walls[$key]:-}" ] || continue
  printf '| %-38s | %-22s | %-10s | %-14s |\n' "$key" "${walls[$key]# }" "$(echo "${walls[$key]}" | median)" \
    "$(echo "${rss[$key]}" | median)"
done
