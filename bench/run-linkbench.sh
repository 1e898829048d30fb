#!/usr/bin/env bash
# External-link benchmark, side by side in one run: the whole `mvn articlecheck:check` (default concurrency)
# versus linkinator --markdown --retry, on the corpus and loopback server of ../shared/bench/linkbench.
# Not part of `./mvnw verify`; talks to 127.0.0.1 only. Usage: bench/run-linkbench.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
linkbench="$root/../shared/bench/linkbench"
work="$here/work/linkbench"
port=8765
rm -rf "$work" && mkdir -p "$work/results"

echo "== building and installing the plugin; installing linkinator"
(cd "$root" && ./mvnw -B -q install -DskipTests -Dinvoker.skip=true)
(cd "$here" && npm install --no-audit --no-fund --silent)
version="$(cd "$root" && ./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)"

echo "== corpus and server"
python3 "$linkbench/make-linkcorpus.py" --out "$work/corpus" --files 200 --links 2000 --seed 42 --port "$port" >/dev/null
python3 "$linkbench/linkserver.py" --port "$port" --quiet &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/__stats" >/dev/null && break; sleep 0.1; done

cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>linkbench</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <plugins>
      <plugin>
        <groupId>io.github.articlecheck</groupId>
        <artifactId>articlecheck-maven-plugin</artifactId>
        <version>$version</version>
        <configuration>
          <contentDirectory>corpus</contentDirectory>
          <allowPrivateAddresses>true</allowPrivateAddresses>
          <linkCache>none</linkCache>
          <failOnViolation>false</failOnViolation>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM

run() { # variant, command...
  local variant="$1"; shift
  curl -sf "http://127.0.0.1:$port/__reset" >/dev/null
  /usr/bin/time -v -o "$work/results/$variant.time" "$@" > "$work/results/$variant.stdout" 2>&1 || true
  curl -sf "http://127.0.0.1:$port/__stats" > "$work/results/$variant.stats.json"
}

echo "== linkinator --markdown --retry"
(cd "$work/corpus" && run linkinator-retry "$here/node_modules/.bin/linkinator" "**/*.md" --markdown --retry --format json)

echo "== articlecheck"
run articlecheck "$root/mvnw" -B -q -f "$work/pom.xml" "io.github.articlecheck:articlecheck-maven-plugin:$version:check"
# Broken external links from the Checkstyle report, in the line format the shared scorer reads.
python3 - "$work" <<'PY'
import re, sys, xml.etree.ElementTree as ET
work = sys.argv[1]
lines = []
for f in ET.parse(f"{work}/target/articlecheck/articlecheck-result.xml").getroot():
    lines.append("FILE: " + f.get("name"))
    for e in f:
        if e.get("source") == "articlecheck.link.external":
            m = re.match(r"'([^']+)' .*?(\d{3})?", e.get("message"))
            status = re.search(r"\b(\d{3})\b", e.get("message"))
            lines.append(f"  [✖] {m.group(1)} → Status: {status.group(1) if status else 0}")
with open(f"{work}/results/articlecheck.stdout", "a", encoding="utf-8") as out:
    out.write("\n".join(lines) + "\n")
PY
echo "articlecheck unverified warnings: $(grep -c "link.unverified" "$work/target/articlecheck/articlecheck-result.xml" || true)"
python3 "$linkbench/score-linkbench.py" "$work/corpus.truth.json" "$work/results" linkinator-retry articlecheck
