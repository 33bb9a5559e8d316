#!/usr/bin/env bash
# MTA throughput: Mailroom vs Postfix relaying the same load to the same smtp-sink, same run.
#
# 10,000 messages of 4 KB, addressed to 50 domains (d1.test … d50.test, 200 each), are sent by
# Postfix's smtp-source (20 sessions) to
#   1. Mailroom (the shaded server jar, default MTA settings: 16 threads, 4 connections per
#      destination) on a free loopback port: it fsyncs each message into Queues/Outbound, then
#      its MTA looks up the domain's MX in a real dnsmasq (50 MX records -> sink.test -> 127.0.0.2)
#      and delivers to smtp-sink on 127.0.0.2:SINK_PORT;
#   2. a private Postfix instance (own config and queue under the work directory; never port 25)
#      relaying everything to the same smtp-sink (transport_maps: Postfix asks the system's
#      resolver, which cannot reach the test dnsmasq, so it is given the next hop directly).
# Each figure is the time from the first message sent until the sender's queue is empty again
# (every message handed to the sink), in messages per second. Installs the postfix package
# non-interactively if smtp-sink is missing, without leaving a system Postfix running.
#
# Usage: bench/mta-bench.sh [messages] [domains] [size-bytes]
set -euo pipefail

MESSAGES=${1:-10000}
DOMAINS=${2:-50}
SIZE=${3:-4096}
SESSIONS=20
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/mta-bench.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  if [ -f "$WORK/postfix/etc/main.cf" ]; then postfix -c "$WORK/postfix/etc" stop >/dev/null 2>&1 || true; fi
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v smtp-sink >/dev/null 2>&1; then
  echo "Installing postfix (for smtp-source, smtp-sink and the comparison instance)..." >&2
  had_policy=0; [ -e /usr/sbin/policy-rc.d ] && had_policy=1
  if [ $had_policy -eq 0 ]; then printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null; as_root chmod +x /usr/sbin/policy-rc.d; fi
  echo "postfix postfix/main_mailer_type select No configuration" | as_root debconf-set-selections
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postfix >/dev/null
  if [ $had_policy -eq 0 ]; then as_root rm -f /usr/sbin/policy-rc.d; fi
fi
command -v dnsmasq >/dev/null 2>&1 || { echo "dnsmasq is missing: run scripts/install-test-deps.sh" >&2; exit 1; }
# A system Postfix must not be left running on port 25.
if [ -f /etc/postfix/main.cf ] && postfix status >/dev/null 2>&1; then as_root postfix stop >/dev/null 2>&1 || true; fi

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()'; }
now() { date +%s.%N; }
report() { # label start end
  python3 -c "import sys; t=float(sys.argv[3])-float(sys.argv[2]); n=int(sys.argv[4]); print(f'{sys.argv[1]:<10} {n} messages relayed in {t:6.2f} s = {n/t:8.1f} msg/s')" "$1" "$2" "$3" "$MESSAGES"
}
# Sends MESSAGES messages spread over DOMAINS domains to 127.0.0.1:port, SESSIONS sessions in all.
send_load() { # port
  local per=$((MESSAGES / DOMAINS)) i p pids=()
  for i in $(seq 1 "$DOMAINS"); do
    smtp-source -s 1 -m "$per" -l "$SIZE" -f bench@sender.test -t "user$i@d$i.test" "127.0.0.1:$1" >/dev/null 2>&1 &
    pids+=($!)
    # at most SESSIONS clients at once: wait for the oldest before starting another
    if [ "${#pids[@]}" -ge "$SESSIONS" ]; then wait "${pids[0]}" || true; pids=("${pids[@]:1}"); fi
  done
  for p in "${pids[@]}"; do wait "$p" || true; done
}

# ---- smtp-sink on 127.0.0.2 and the DNS for 50 domains -----------------------------------------
SINK_PORT=$(free_port)
smtp-sink -u "$(id -un)" "127.0.0.2:$SINK_PORT" 512 >/dev/null 2>&1 &
PIDS+=($!)
DNS_PORT=$(free_port)
{
  echo "port=$DNS_PORT"; echo "listen-address=127.0.0.1"; echo "bind-interfaces"; echo "no-resolv"; echo "no-hosts"
  echo "local=/test/"; echo "local-ttl=300"; echo "host-record=sink.test,127.0.0.2"
  for i in $(seq 1 "$DOMAINS"); do echo "mx-host=d$i.test,sink.test,10"; done
} >"$WORK/dnsmasq.conf"
dnsmasq -k -C "$WORK/dnsmasq.conf" --pid-file= >"$WORK/dnsmasq.log" 2>&1 &
PIDS+=($!)

# ---- Mailroom -------------------------------------------------------------------------------
JAR="$ROOT/server-stub/target/mailroom-server.jar"
if [ ! -f "$JAR" ]; then (cd "$ROOT" && mvn -B -q -o -pl admin-core,server-stub package -DskipTests); fi
DATA="$WORK/mailroom"
MR_PORT=$(free_port); ADMIN_PORT=$(free_port)
java -jar "$JAR" serve --data "$DATA" --bind 127.0.0.1 --smtp-port "$MR_PORT" --pop3-port 0 --admin-port "$ADMIN_PORT" \
  >"$WORK/mailroom.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 300); do grep -q "Mailroom server ready" "$WORK/mailroom.log" && break; sleep 0.1; done
grep -q "Mailroom server ready" "$WORK/mailroom.log" || { cat "$WORK/mailroom.log"; exit 1; }
api() { curl -sS --fail-with-body -X PUT -H "Authorization: Bearer $(cat "$DATA/admin.token")" -H 'Content-Type: application/json' \
  "http://127.0.0.1:$ADMIN_PORT/api/v1/settings/$1" -d "$2" -o "$WORK/api.out" || { cat "$WORK/api.out" >&2; return 1; }; }
api smtp-dns "{\"dnsServer\":\"127.0.0.1:$DNS_PORT\",\"timeoutMillis\":2000,\"rejectInvalidSenderDomain\":false,\"requirePtr\":false,\"ptrMustMatchHelo\":false}"
# Default MTA settings; only the port of the remote servers differs (the sink is not on 25).
MTA_JSON=$(curl -fsS -H "Authorization: Bearer $(cat "$DATA/admin.token")" "http://127.0.0.1:$ADMIN_PORT/api/v1/settings/mta" \
  | python3 -c 'import json,sys; s=json.load(sys.stdin); s["remotePort"]=int(sys.argv[1]); print(json.dumps(s))' "$SINK_PORT")
api mta "$MTA_JSON"
THREADS=$(curl -fsS -H "Authorization: Bearer $(cat "$DATA/admin.token")" "http://127.0.0.1:$ADMIN_PORT/api/v1/settings/mta" \
  | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["threads"], "threads,", s["perDestinationLimit"], "connections per destination")')

# ---- Postfix (private instance) -------------------------------------------------------------
PF="$WORK/postfix"; PF_PORT=$(free_port)
mkdir -p "$PF/etc" "$PF/queue" "$PF/data"
cp /etc/postfix/master.cf "$PF/etc/master.cf" 2>/dev/null || cp /usr/share/postfix/master.cf.dist "$PF/etc/master.cf"
sed -i -E "s/^smtp( +)inet( +)n( +)-( +)[yn-]( +)/127.0.0.1:$PF_PORT inet n - n /" "$PF/etc/master.cf"
echo "/.*/ smtp:[127.0.0.2]:$SINK_PORT" >"$PF/etc/transport"
cat >"$PF/etc/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $PF/queue
data_directory = $PF/data
mail_owner = postfix
myhostname = bench-postfix.localdomain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relay_domains =
transport_maps = regexp:$PF/etc/transport
alias_maps =
alias_database =
maillog_file = $PF/maillog
maillog_file_prefixes = $WORK
default_process_limit = 100
CONF
as_root chown postfix "$PF/data"
as_root postfix -c "$PF/etc" start >/dev/null 2>&1 || { cat "$PF/maillog" >&2; exit 1; }
for _ in $(seq 1 100); do python3 -c "import socket;socket.create_connection(('127.0.0.1',$PF_PORT),1)" 2>/dev/null && break; sleep 0.1; done

echo "$MESSAGES messages of $SIZE bytes to $DOMAINS domains, $SESSIONS smtp-source sessions; Mailroom MTA: $THREADS"

# Mailroom: from the first message sent until Queues/Outbound holds no envelope.
start=$(now)
send_load "$MR_PORT"
for _ in $(seq 1 ${WAIT_TENTHS:-6000}); do
  [ -z "$(find "$DATA/Queues/Outbound" -name '*.json' 2>/dev/null | head -1)" ] && break; sleep 0.1
done
end=$(now)
report mailroom "$start" "$end"
left=$(find "$DATA/Queues/Outbound" -name '*.json' | wc -l)
delivered=$(grep -c "	DELIVERED	" "$DATA"/Logging/MTA/MTA-Activity-*.log 2>/dev/null || echo 0)
echo "           mailroom: $delivered recipients DELIVERED in the MTA log, $left still queued"

# Postfix: from the first message sent until its queue is empty.
start=$(now)
send_load "$PF_PORT"
for _ in $(seq 1 ${WAIT_TENTHS:-6000}); do
  [ -z "$(find "$PF/queue/maildrop" "$PF/queue/incoming" "$PF/queue/active" "$PF/queue/deferred" -type f 2>/dev/null | head -1)" ] && break
  sleep 0.1
done
end=$(now)
report postfix "$start" "$end"
sent=$(grep -c "status=sent" "$PF/maillog" 2>/dev/null || echo 0)
echo "           postfix: $sent messages status=sent in its log"
