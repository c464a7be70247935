# Shared by the benchmarks (sourced, not run): build the project and start the build's Liberty
# server against the PostgreSQL database cml_bench, stopping it when the benchmark exits.

# Builds the project with the tests skipped.
bench_build() {
  echo "Building and creating the Liberty server (tests skipped)..." >&2
  ./mvnw -q -B -ntp verify -DskipTests >&2
}

# The PostgreSQL JDBC driver from the local Maven repository.
bench_pg_driver() {
  ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1
}

# Starts the server on cml_bench (no demo content) and waits until this path answers.
bench_start_server() {
  local ready_path="$1"
  wlp=cml-ear/target/liberty/wlp
  export CML_DATABASE=postgresql CML_DB_HOST=127.0.0.1 CML_DB_NAME=cml_bench CML_DB_USER=cml CML_DB_PASSWORD=cml
  # The build's tests' server (cml-it) has demo content, a mail catcher and its own port 9180 (bootstrap properties, which outrank the
  # environment): a benchmark measures a real installation, so both are off here, on port 9080 (an override file, read after the plugin's).
  mkdir -p "$wlp/usr/servers/cml-it/configDropins/overrides"
  cat > "$wlp/usr/servers/cml-it/configDropins/overrides/zz-bench.xml" <<'XML'
<server>
  <variable name="cml.demo.content" value="false"/>
  <variable name="cml.mail.catcher" value="off"/>
  <variable name="cml.http.port" value="9080"/>
  <variable name="cml.site.url" value="http://localhost:9080/"/>
</server>
XML
  "$wlp/bin/server" start cml-it >&2
  trap '"$wlp/bin/server" stop cml-it >&2 || true; "$wlp/bin/server" stop cml-bench-b >/dev/null 2>&1 || true; rm -f "$wlp/usr/servers/cml-it/configDropins/overrides/zz-bench.xml"' EXIT
  bench_wait_for "http://localhost:9080/$ready_path"
}

# Waits up to two minutes for this address to answer 200.
bench_wait_for() {
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$1" && return 0
    sleep 1
  done
  echo "nothing answered $1" >&2
  return 1
}

# A second node of the site on the same database (bench_start_server first): a copy of the server's folder
# (not its logs and work area) on this port, started and waited for; stopped with the first at exit.
bench_start_second_node() {
  local port="$1" b="$wlp/usr/servers/cml-bench-b"
  rm -rf "$b"
  mkdir -p "$b"
  (cd "$wlp/usr/servers/cml-it" && tar --exclude=./logs --exclude=./workarea --exclude=./tranlog -cf - .) | (cd "$b" && tar -xf -)
  sed -i "s/value=\"9080\"/value=\"$port\"/" "$b/configDropins/overrides/zz-bench.xml"
  echo '<server><variable name="cml.https.port" value="-1"/></server>' > "$b/configDropins/overrides/zz-bench-node.xml"
  "$wlp/bin/server" start cml-bench-b >&2
  bench_wait_for "http://localhost:$port/api/events"
}
