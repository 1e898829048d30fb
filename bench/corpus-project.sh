# Sourced by the benchmark scripts (needs $version: the plugin's version).
# A project over a corpus: every top-level entry of the corpus linked in (the site model reads the corpus as its own
# root), and a pom that declares the plugin with nothing but offline, no index (a first run) and a JSON report.
project() { # corpus-folder project-folder links(true|false)
  local corpus="$1" dir="$2" links="$3"
  rm -rf "$dir" && mkdir -p "$dir"
  for entry in "$corpus"/* "$corpus"/.[!.]*; do
    [ -e "$entry" ] && ln -s "$entry" "$dir/$(basename "$entry")"
  done
  rm -f "$dir/pom.xml"
  local linkRules=""
  if [ "$links" = false ]; then
    linkRules="<rules>"
    for rule in link.anchor link.blocked link.case link.empty link.external link.file link.image link.redirect \
        link.reference link.syntax link.tracking link.unverified; do
      linkRules="$linkRules<$rule>off</$rule>"
    done
    linkRules="$linkRules</rules>"
  fi
  cat > "$dir/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>$(basename "$dir")</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.articlecheck</groupId><artifactId>articlecheck-maven-plugin</artifactId><version>${4:-$version}</version>
    <configuration>
      <offline>true</offline><failOnViolation>false</failOnViolation><index>none</index>
      <formats><format>json</format></formats>$linkRules
    </configuration>
  </plugin></plugins></build>
</project>
EOF
}

