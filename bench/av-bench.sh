#!/usr/bin/env bash
# Antivirus benchmark (issue 9): 2,000 messages of 50 KB (half with an attachment) through
# Mailroom's SMTP port with the Antivirus filter off, then on (one clamd over INSTREAM), and
# the same files scanned by `clamdscan` and `clamdscan --multiscan` against the same clamd.
#
#   bench/av-bench.sh [MESSAGES] [CLIENT_CONNECTIONS]      (defaults 2000 and 8)
#
# Installs clamav-daemon and clamdscan (Debian) when missing. Everything runs on loopback on
# free ports in a temporary directory that is removed at the end. There is no network for
# freshclam here, so clamd's database is one signature (EICAR); the figures measure the path a
# message takes (SMTP, spool, INSTREAM, clamd's parsers and archive handling), not a full
# signature set, and Mailroom and clamdscan are measured against the same clamd.
set -euo pipefail
N=${1:-2000}
CONN=${2:-8}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/server-stub/target/mailroom-server.jar"
WORK=$(mktemp -d /tmp/av-bench.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ -n "${KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

need=()
command -v clamd >/dev/null 2>&1 || [ -x /usr/sbin/clamd ] || need+=(clamav-daemon)
command -v clamdscan >/dev/null 2>&1 || need+=(clamdscan)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]}"
  SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
CLAMD=$(command -v clamd || echo /usr/sbin/clamd)

if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -B -q -o -pl server-stub -am package -DskipTests)
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# --- clamd: EICAR-only database, default MaxThreads (10) ---------------------------------
mkdir -p "$WORK/clamd/db"
EICAR='X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'
printf 'Test.EICAR.NDB:0:*:%s\n' "$(printf '%s' "$EICAR" | od -An -tx1 | tr -d ' \n')" > "$WORK/clamd/db/test.ndb"
CLAMD_PORT=$(free_port)
cat > "$WORK/clamd/clamd.conf" <<CONF
TCPSocket $CLAMD_PORT
TCPAddr 127.0.0.1
DatabaseDirectory $WORK/clamd/db
Foreground yes
User $(id -un)
StreamMaxLength 25M
# clamd remembers the hashes of clean files; scanning the same files twice would measure that cache.
DisableCache yes
LogFile $WORK/clamd/clamd.log
CONF
"$CLAMD" -c "$WORK/clamd/clamd.conf" >"$WORK/clamd/out" 2>&1 &
PIDS+=($!)
python3 "$ROOT/bench/av/wait_clamd.py" "$CLAMD_PORT"

# --- the messages -------------------------------------------------------------------------
python3 "$ROOT/bench/av/make_messages.py" "$WORK/messages" "$N"

# --- Mailroom -----------------------------------------------------------------------------
DATA="$WORK/data"
M="java -jar $JAR"
java -Xmx512m -jar "$JAR" serve --data "$DATA" --bind 127.0.0.1 --smtp-port 0 --pop3-port 0 --admin-port 0 \
  >"$WORK/server.out" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 300); do grep -q 'Mailroom server ready' "$WORK/server.out" && break; sleep 0.1; done
SMTP_PORT=$(sed -n 's/.*smtp=[^ ]*:\([0-9]*\).*/\1/p' "$WORK/server.out" | head -1)
[ -n "$SMTP_PORT" ] || { cat "$WORK/server.out"; exit 1; }
$M postoffice add Bench --data "$DATA" >/dev/null
$M domain add Bench bench.test --data "$DATA" >/dev/null
printf 'bench-pass-1\nbench-pass-1\n' | $M mailbox add Bench alice --data "$DATA" >/dev/null

settings() { # enabled
  python3 "$ROOT/bench/av/put_settings.py" "$DATA" "{\"enabled\": $1, \"clamd\": [{\"name\": \"ClamAV\", \"enabled\": true,
    \"socket\": \"tcp:127.0.0.1:$CLAMD_PORT\", \"timeoutMillis\": 30000, \"poolSize\": 8}], \"commandLine\": [],
    \"onInfected\": \"REJECT\", \"onScanFailure\": \"TEMPFAIL\", \"notifyAdministrator\": false,
    \"administratorAddress\": \"\", \"notifyRecipient\": false}"
}

echo "messages: $N ($(du -sh "$WORK/messages" | cut -f1)), client connections: $CONN, cores: $(nproc)"
settings false
python3 "$ROOT/bench/av/send.py" 127.0.0.1 "$SMTP_PORT" "$WORK/messages" "$CONN" "filter off" | tee "$WORK/off"
settings true
python3 "$ROOT/bench/av/send.py" 127.0.0.1 "$SMTP_PORT" "$WORK/messages" "$CONN" "filter on (clamd INSTREAM, pool 8)" | tee "$WORK/on"

# --- clamdscan on the same files ----------------------------------------------------------
t0=$(date +%s.%N)
clamdscan -c "$WORK/clamd/clamd.conf" --no-summary --infected "$WORK/messages" >/dev/null || true
t1=$(date +%s.%N)
clamdscan -c "$WORK/clamd/clamd.conf" --no-summary --infected --multiscan "$WORK/messages" >/dev/null || true
t2=$(date +%s.%N)
clamdscan -c "$WORK/clamd/clamd.conf" --no-summary --infected --stream "$WORK/messages" >/dev/null || true
t3=$(date +%s.%N)
java -cp "$JAR" "$ROOT/bench/av/ScanBench.java" "$CLAMD_PORT" "$WORK/messages" 8
python3 - "$N" "$t0" "$t1" "$t2" "$t3" "$WORK/on" <<'PY'
import sys
n, t0, t1, t2, t3 = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
on = float(open(sys.argv[6]).read().split("msg/s")[0].split()[-1])
single, multi = n / (t1 - t0), n / (t2 - t1)
print(f"clamdscan            : {t1 - t0:7.2f} s  {single:8.1f} files/s")
print(f"clamdscan --multiscan: {t2 - t1:7.2f} s  {multi:8.1f} files/s")
print(f"clamdscan --stream   : {t3 - t2:7.2f} s  {n / (t3 - t2):8.1f} files/s  (INSTREAM, one file at a time)")
print(f"load average during the run: {open('/proc/loadavg').read().split()[0]} on {__import__('os').cpu_count()} cores")
seed = 1 / 5.4
print(f"Mailroom with scanning vs seed (1 scan / 5.4 s / scanner): {on / seed:8.0f}x  (goal >= 20x)")
print(f"Mailroom with scanning vs clamdscan --multiscan          : {on / multi:8.2f}x (goal >= 0.8x)")
PY
