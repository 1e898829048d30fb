#!/usr/bin/env bash
# Times the forked check alone on MDN-de, without Maven's start and log relay around it: a quieter measure of the
# check's own work than the whole `mvn articlecheck:check` (this 2-core machine drifts by 20 % within the hour, and
# Maven's 3–4 s of start-up add their own noise). Runs the plugin once to capture the fork's parameters file and
# class path, then starts `java … ForkedCheckMain` directly, alternating the given plugin jars (default: the one
# installed), RUNS rounds. Needs bench/run-mdn-benchmark.sh to have laid out bench/work/mdn/mdn-de.
# Not part of `./mvnw verify`.
# Usage: bench/run-fork-only.sh [jar…]       RUNS=3 by default; FORK_ARGS for other JVM options
#        PROFILE=DIR bench/run-fork-only.sh   each run under async-profiler (CPU time per thread, 1 ms), its stacks
#                                             in DIR/<round>-<jar>.collapsed; bench/profile-summary.py reads them
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/work/mdn/mdn-de"
runs="${RUNS:-3}"
args="${FORK_ARGS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn160m -XX:MaxTenuringThreshold=0 -Xmx1g}"
capture="$here/work/fork-only"
[ -z "${PROFILE:-}" ] || PROFILE="$(mkdir -p "$PROFILE" && cd "$PROFILE" && pwd)"
[ -d "$project" ] || { echo "run bench/run-mdn-benchmark.sh first: $project is missing" >&2; exit 1; }
mkdir -p "$capture"

echo "== capturing the fork's parameters and class path"
cd "$project"
rm -rf target
"$here/../mvnw" -B -q -o io.github.articlecheck:articlecheck-maven-plugin:0.1.0-SNAPSHOT:check > /dev/null 2>&1 &
maven=$!
classpath=""
for _ in $(seq 1 600); do
  for proc in /proc/[0-9]*; do
    if [ -r "$proc/cmdline" ] && tr '\0' '\n' < "$proc/cmdline" 2>/dev/null | grep -q '^io.github.articlecheck.maven.ForkedCheckMain$'; then
      classpath="$(tr '\0' '\n' < "$proc/cmdline" | grep -A1 '^-cp$' | tail -1)"
      cp target/articlecheck/fork-parameters.bin "$capture/fork-parameters.bin"
      break 2
    fi
  done
  sleep 0.05
done
wait "$maven" || true
[ -n "$classpath" ] || { echo "no forked check seen" >&2; exit 1; }
installed="$(echo "$classpath" | tr ':' '\n' | grep 'articlecheck-maven-plugin-.*\.jar$')"
jars=("$@")
[ ${#jars[@]} -gt 0 ] || jars=("$installed")

agent=""
if [ -n "${PROFILE:-}" ]; then
  # async-profiler from Maven Central (its jar holds the native agent); it sees the JVM's own stubs, which JFR does not
  "$here/../mvnw" -B -q dependency:get -Dartifact=tools.profiler:async-profiler:4.1:jar:linux-x64 > /dev/null
  mkdir -p "$capture/async-profiler" "$PROFILE"
  (cd "$capture/async-profiler" && unzip -o -q \
    "$HOME/.m2/repository/tools/profiler/async-profiler/4.1/async-profiler-4.1-linux-x64.jar" 'linux-x64/*')
  agent="$capture/async-profiler/linux-x64/libasyncProfiler.so"
fi

echo "== $runs rounds, fork options: $args"
printf '%-40s %8s %8s %8s %10s\n' jar "wall s" "user s" "sys s" "RSS KB"
for round in $(seq 1 "$runs"); do
  for jar in "${jars[@]}"; do
    profile=""
    [ -z "$agent" ] || profile="-agentpath:$agent=start,event=ctimer,interval=1ms,threads,collapsed,file=$PROFILE/$round-$(basename "$jar" .jar).collapsed"
    cp="${classpath//$installed/$jar}"
    mkdir -p target/articlecheck
    cp "$capture/fork-parameters.bin" target/articlecheck/fork-parameters.bin
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$capture/time" java $args $profile -Dfile.encoding=UTF-8 -cp "$cp" \
      io.github.articlecheck.maven.ForkedCheckMain target/articlecheck/fork-parameters.bin e > /dev/null 2>&1 || true
    read -r wall user sys rss < "$capture/time"
    printf '%-40s %8s %8s %8s %10s\n' "$(basename "$(dirname "$jar")")/$(basename "$jar")" "$wall" "$user" "$sys" "$rss"
  done
done
