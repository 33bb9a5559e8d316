#!/usr/bin/env bash
# SMTP throughput: Mailroom vs Postfix, same client, same run.
#
# 10,000 messages of 4 KB over 20 concurrent sessions, sent by Postfix's smtp-source, to
#   1. Mailroom (the shaded server jar) on a free loopback port, delivering into one local
#      mailbox; every message is fsynced (file and folder) before its 250;
#   2. a private Postfix instance on another loopback port (its own config, queue and spool
#      under the work directory; never port 25) delivering to root's mbox in that spool;
#      Postfix fsyncs its queue file before its 250 and the mailbox on delivery;
#   3. smtp-sink (accepts and discards; no disk) as the ceiling of the client and the machine.
# Prints messages per second for each. Installs the postfix package non-interactively if
# smtp-source is missing, without leaving a system Postfix running.
#
# Usage: bench/smtp-bench.sh [messages] [sessions] [size-bytes]
set -euo pipefail

MESSAGES=${1:-10000}
SESSIONS=${2:-20}
SIZE=${3:-4096}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/smtp-bench.XXXXXX)
chmod 755 "$WORK"   # Postfix daemons (user postfix) must reach their directories inside
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  if [ -f "$WORK/postfix/etc/main.cf" ]; then postfix -c "$WORK/postfix/etc" stop >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v smtp-source >/dev/null 2>&1; then
  echo "Installing postfix (for smtp-source, smtp-sink and the comparison instance)..." >&2
  # Keep the package's own service from starting during the install (and from taking port 25).
  had_policy=0; [ -e /usr/sbin/policy-rc.d ] && had_policy=1
  if [ $had_policy -eq 0 ]; then printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null; as_root chmod +x /usr/sbin/policy-rc.d; fi
  echo "postfix postfix/main_mailer_type select No configuration" | as_root debconf-set-selections
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postfix >/dev/null
  if [ $had_policy -eq 0 ]; then as_root rm -f /usr/sbin/policy-rc.d; fi
fi
# A system Postfix must not be left running on port 25.
if [ -f /etc/postfix/main.cf ] && postfix status >/dev/null 2>&1; then as_root postfix stop >/dev/null 2>&1 || true; fi

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }

# smtp-source prints nothing useful about time; measure it around the call.
run_source() { # port label
  local start end
  start=$(date +%s.%N)
  smtp-source -s "$SESSIONS" -m "$MESSAGES" -l "$SIZE" -f bench@sender.test -t "$3" "127.0.0.1:$1" >"$WORK/$2.out" 2>&1 || { echo "smtp-source against $2 failed:" >&2; tail -5 "$WORK/$2.out" >&2; return 1; }
  end=$(date +%s.%N)
  python3 -c "import sys; t=$end-$start; print(f'{sys.argv[1]:<10} {int(sys.argv[2])} messages in {t:6.2f} s = {int(sys.argv[2])/t:8.1f} msg/s')" "$2" "$MESSAGES"
}

# ---- Mailroom -------------------------------------------------------------------------------
JAR="$ROOT/server-stub/target/mailroom-server.jar"
if [ ! -f "$JAR" ]; then (cd "$ROOT" && mvn -B -q -o -pl server-stub -am package -DskipTests); fi
DATA="$WORK/mailroom"
MR_PORT=$(free_port); ADMIN_PORT=$(free_port)
java -jar "$JAR" serve --data "$DATA" --bind 127.0.0.1 --smtp-port "$MR_PORT" --pop3-port 0 --admin-port "$ADMIN_PORT" \
  >"$WORK/mailroom.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 300); do grep -q "Mailroom server ready" "$WORK/mailroom.log" && break; sleep 0.1; done
grep -q "Mailroom server ready" "$WORK/mailroom.log" || { cat "$WORK/mailroom.log"; exit 1; }
mr() { java -jar "$JAR" "$@" --data "$DATA" >/dev/null; }
mr postoffice add Bench
mr domain add Bench bench.test
printf 'bench-password-1\n' | mr mailbox add Bench inbox
# The limits must not be what is measured.
curl -fsS -X PUT -H "Authorization: Bearer $(cat "$DATA/admin.token")" -H 'Content-Type: application/json' \
  "http://127.0.0.1:$ADMIN_PORT/api/v1/settings/smtp-relay" \
  -d '{"relayEnabled":true,"allowAuthenticated":true,"allowPrivilegedRanges":true,"privilegedRanges":["127.0.0.1","::1"],"allowLocalSenders":false,"allowAnyone":false,"forceInboundResolution":true}' >/dev/null

# ---- Postfix (private instance) -------------------------------------------------------------
PF="$WORK/postfix"; PF_PORT=$(free_port)
mkdir -p "$PF/etc" "$PF/queue" "$PF/data" "$PF/spool"
chmod 1777 "$PF/spool"
cp /etc/postfix/master.cf "$PF/etc/master.cf" 2>/dev/null || cp /usr/share/postfix/master.cf.dist "$PF/etc/master.cf"
sed -i -E "s/^smtp( +)inet( +)n( +)-( +)[yn-]( +)/127.0.0.1:$PF_PORT inet n - n /" "$PF/etc/master.cf"
cat >"$PF/etc/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $PF/queue
data_directory = $PF/data
mail_spool_directory = $PF/spool
mail_owner = postfix
myhostname = bench-postfix.localdomain
mydestination = bench.test
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
alias_maps =
alias_database =
local_recipient_maps =
maillog_file = $PF/maillog
maillog_file_prefixes = $WORK
smtpd_recipient_limit = 10000
default_process_limit = 100
CONF
as_root chown postfix "$PF/data"
as_root postfix -c "$PF/etc" start >/dev/null 2>&1 || { cat "$PF/maillog" >&2; exit 1; }
for _ in $(seq 1 100); do python3 -c "import socket;socket.create_connection(('127.0.0.1',$PF_PORT),1)" 2>/dev/null && break; sleep 0.1; done

# ---- smtp-sink ------------------------------------------------------------------------------
SINK_PORT=$(free_port)
smtp-sink -u "$(id -un)" -c "127.0.0.1:$SINK_PORT" 256 >/dev/null 2>&1 &
PIDS+=($!)

echo "$MESSAGES messages of $SIZE bytes over $SESSIONS sessions (smtp-source -s $SESSIONS -m $MESSAGES -l $SIZE)"
run_source "$MR_PORT" mailroom inbox@bench.test
stored=$(find "$DATA/Postoffices/Bench/MAILROOT/inbox/Inbox" -name '*.MAI' | wc -l)
echo "           mailroom stored $stored .MAI files (each fsynced before 250)"
run_source "$PF_PORT" postfix root@bench.test
# Postfix accepted into its queue; wait for local delivery to finish too.
start=$(date +%s.%N)
for _ in $(seq 1 600); do [ -z "$(find "$PF/queue/active" "$PF/queue/incoming" "$PF/queue/deferred" -type f 2>/dev/null | head -1)" ] && break; sleep 0.2; done
end=$(date +%s.%N)
delivered=$(as_root grep -c '^From ' "$PF/spool/root" 2>/dev/null || echo 0)
python3 -c "print(f'           postfix delivered {int($delivered)} messages to its mailbox, queue drained {($end-$start):.2f} s after the last 250')"
run_source "$SINK_PORT" smtp-sink bench@sink.test
