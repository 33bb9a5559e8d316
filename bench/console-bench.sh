#!/usr/bin/env bash
# Console benchmark (issue 4): one post office with 100,000 mailboxes. Opens its Mailboxes node
# (goal: first rows painted < 1 s), types a filter (goal: list updated < 100 ms after the last
# key) and reports the console's resident memory (goal < 500 MB). The server runs as its own
# process (bundled jar) so the console's memory is measured alone. The console runs headless
# (Monocle, software rendering) unless DISPLAY is set and BENCH_HEADLESS=0.
# Not a test; figures go to docs/perf/console.md.
#   bench/console-bench.sh [MAILBOXES] [FILTER]
set -euo pipefail
cd "$(dirname "$0")/.."
BOXES=${1:-100000}
FILTER=${2:-user4242}
mvn -B -q -DskipTests install
CP_FILE=admin-app/target/bench.classpath
mvn -B -q -o -pl admin-app dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test
CP="admin-app/target/classes:$(cat "$CP_FILE")"
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then kill "$SERVER_PID"; wait "$SERVER_PID" || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# One post office, PO0000, with BOXES mailboxes user000...: written straight into the TAB files.
java -cp admin-core/target/classes bench/ApiBench.java generate "$WORK/data" 1 "$BOXES"
java -jar server-stub/target/mailroom-server.jar serve --data "$WORK/data" --admin-port 0 --smtp-port 0 --pop3-port 0 \
  >"$WORK/out" 2>"$WORK/err" &
SERVER_PID=$!
until [ -s "$WORK/out" ]; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/err" >&2; exit 1; fi
  sleep 0.1
done
cat "$WORK/out"

FX_FLAGS="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k"
if [ "${BENCH_HEADLESS:-1}" = 0 ] && [ -n "${DISPLAY:-}" ]; then FX_FLAGS=""; fi
# shellcheck disable=SC2086
java $FX_FLAGS ${BENCH_JAVA_OPTS:-} -cp "$CP" bench/ConsoleBench.java "$WORK/data" PO0000 "$FILTER"
echo "load average: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores"
echo "server RSS: $(ps -o rss= -p "$SERVER_PID" | awk '{printf "%.0f MB", $1/1024}')"
