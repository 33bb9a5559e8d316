#!/usr/bin/env bash
# HTTP side of the config benchmark (issue 3): 1,000 post offices x 100 mailboxes (100,000
# mailboxes and addresses), then the latency of paged, filtered admin API lists from a warm
# client. Goal: GET .../mailboxes?limit=100&filter=... under 50 ms. Not a test; figures go to
# docs/perf/api.md.
#   bench/api-bench.sh [POSTOFFICES] [MAILBOXES] [REQUESTS]
set -euo pipefail
cd "$(dirname "$0")/.."
POS=${1:-1000}
BOXES=${2:-100}
N=${3:-500}
JAR=server-stub/target/mailroom-server.jar
if [ ! -f "$JAR" ] || [ ! -d admin-core/target/classes ]; then
  mvn -B -q -DskipTests package
fi
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then kill "$SERVER_PID"; wait "$SERVER_PID" || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

java -cp admin-core/target/classes bench/ApiBench.java generate "$WORK/data" "$POS" "$BOXES"

start=$(date +%s%N)
java -Xmx512m -jar "$JAR" serve --data "$WORK/data" --admin-port 0 >"$WORK/out" 2>"$WORK/err" &
SERVER_PID=$!
until [ -s "$WORK/out" ]; do
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/err" >&2; exit 1; fi
  sleep 0.1
done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "$(cat "$WORK/out")"
echo "JVM start to ready line with $((POS * BOXES)) mailboxes: ${ready} ms"

MID=$(printf 'PO%04d' $((POS / 2)))
bench() { java -cp admin-core/target/classes bench/ApiBench.java "$WORK/data" "$1" "$N"; }
bench "/postoffices/$MID/mailboxes?limit=100&filter=user0"
bench "/postoffices/$MID/mailboxes?limit=100&filter=user05"
bench "/postoffices/$MID/mailboxes?offset=50&limit=100"
bench "/postoffices?limit=100&filter=PO05"
bench "/postoffices?offset=900&limit=100"
echo "server RSS after the run: $(ps -o rss= -p "$SERVER_PID" | awk '{printf "%.0f MB", $1/1024}')"
