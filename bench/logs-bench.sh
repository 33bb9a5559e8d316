#!/usr/bin/env bash
# Log viewer benchmark (issue 7): generates a 1 GB SMTP activity log in the real format, starts
# the real server on it with a 200 MB heap cap, and measures in the same run
#   1. the console's first screen: the last 1,000 lines through the admin API (goal < 1 s),
#   2. a message-id search through the API against `grep -F` on the same file (goal >= 0.5x grep),
#   3. the server's heap while searching (goal < 200 MB; -Xmx200m makes going over fatal).
# Usage: bench/logs-bench.sh [SIZE_MB]   (default 1024; needs ~2x that in free disk under $TMPDIR)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZE_MB=${1:-1024}
RUNS=${RUNS:-5}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/logs-bench.XXXXXX")
SERVER_PID=""
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

JAR="$ROOT/server-stub/target/mailroom-server.jar"
if [[ ! -f "$JAR" || -n "${REBUILD:-}" ]]; then
    (cd "$ROOT" && mvn -B -q -o -pl server-stub -am package -DskipTests)
fi

DAY=$(date -u +%F)
YYMMDD=$(date -u +%y%m%d)
DATA="$WORK/data"
LOG="$DATA/Logging/SMTP/SMTP-Activity-$YYMMDD.log"
mkdir -p "$(dirname "$LOG")"

echo "== generating a ${SIZE_MB} MB activity log"
t0=$(date +%s.%N)
NEEDLE=$(java -Xmx256m -cp "$JAR" "$ROOT/bench/logs/GenerateActivityLog.java" "$LOG" "$SIZE_MB" "$DAY")
t1=$(date +%s.%N)
BYTES=$(stat -c %s "$LOG")
LINES_WITH_NEEDLE=$(grep -F -c "$NEEDLE" "$LOG")
printf "file: %s bytes, %s lines, generated in %.1f s; needle %s on %s lines\n" "$BYTES" "$(wc -l < "$LOG")" \
    "$(echo "$t1 - $t0" | bc)" "$NEEDLE" "$LINES_WITH_NEEDLE"

echo "== starting the server (-Xmx200m)"
java -Xmx200m -jar "$JAR" serve --data "$DATA" --admin-port 0 --smtp-port 0 --pop3-port 0 > "$WORK/server.out" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do [[ -f "$DATA/admin.url" ]] && break; sleep 0.1; done
URL="$(cat "$DATA/admin.url")/api/v1"
AUTH="Authorization: Bearer $(cat "$DATA/admin.token")"

# Same page cache state for both tools: the file is read once before any timing.
cat "$LOG" > /dev/null

echo "== first screen: last 1000 lines (what the console asks for when it opens the log)"
for i in $(seq 1 "$RUNS"); do
    curl -s -o "$WORK/page.json" -H "$AUTH" -w "  run $i: %{time_total} s, %{size_download} bytes\n" \
        "$URL/logs/files/SMTP/Activity/$DAY/lines?count=1000"
done
grep -o '"offset":[0-9]*' "$WORK/page.json" | awk 'NR==1' | sed 's/^/  first line at /'

echo "== message-id search: grep -F vs the API (best of $RUNS)"
best() { sort -n | awk 'NR==1'; }
for i in $(seq 1 "$RUNS"); do
    s=$(date +%s.%N); grep -F "$NEEDLE" "$LOG" > "$WORK/grep.out"; e=$(date +%s.%N)
    echo "$e - $s" | bc
done | best > "$WORK/grep.time"

# Sample the server's heap every 100 ms while the API searches (one jstat process, so the
# sampling itself costs little CPU).
jstat -gc "$SERVER_PID" 100 > "$WORK/heap.samples" 2>/dev/null &
SAMPLER=$!
# The first search also compiles the scan loop (a running server has done that long ago):
# it is reported on its own, and the comparison takes the best of the runs after it.
s=$(date +%s.%N)
curl -s -N -H "$AUTH" "$URL/logs/search?service=SMTP&kind=Activity&day=$DAY&messageId=$NEEDLE" > "$WORK/api.out"
e=$(date +%s.%N)
echo "$e - $s" | bc > "$WORK/api.cold"
for i in $(seq 1 "$RUNS"); do
    s=$(date +%s.%N)
    curl -s -N -H "$AUTH" "$URL/logs/search?service=SMTP&kind=Activity&day=$DAY&messageId=$NEEDLE" > "$WORK/api.out"
    e=$(date +%s.%N)
    echo "$e - $s" | bc
done | best > "$WORK/api.time"
kill "$SAMPLER" 2>/dev/null || true

API_MATCHES=$(grep -o '"count":[0-9]*' "$WORK/api.out" | cut -d: -f2)
GREP_MATCHES=$(wc -l < "$WORK/grep.out")
GREP_T=$(cat "$WORK/grep.time"); API_T=$(cat "$WORK/api.time")
MB=$(echo "scale=1; $BYTES / 1048576" | bc)
printf "  grep -F : %.3f s (%.0f MB/s), %s lines\n" "$GREP_T" "$(echo "$MB / $GREP_T" | bc -l)" "$GREP_MATCHES"
printf "  API     : %.3f s (%.0f MB/s), %s lines; first (cold) search %.3f s\n" "$API_T" "$(echo "$MB / $API_T" | bc -l)" \
    "$API_MATCHES" "$(cat "$WORK/api.cold")"
printf "  API speed = %.2f x grep -F (goal >= 0.5)\n" "$(echo "$GREP_T / $API_T" | bc -l)"
[[ "$API_MATCHES" == "$GREP_MATCHES" ]] || { echo "MISMATCH: the API found $API_MATCHES lines, grep $GREP_MATCHES"; exit 1; }

echo "== server heap (young+old used, MB) while searching"
awk '$1 ~ /^[0-9.]+$/ {u = ($3 + $4 + $6 + $8) / 1024; if (u > m) m = u} END {printf "  peak used: %.1f MB over %d samples\n", m, NR - 1}' "$WORK/heap.samples"
jcmd "$SERVER_PID" GC.heap_info | awk 'NR<=4 {print "  " $0}'
echo "== machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"
