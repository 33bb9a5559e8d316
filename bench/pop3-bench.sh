#!/usr/bin/env bash
# POP3 throughput: CLIENTS concurrent clients each retrieve and delete MESSAGES messages of ~4 KB
# from their own mailbox. Runs Mailroom's POP3 server, then Dovecot's POP3 (dovecot-pop3d from
# Debian, on a loopback port, never 110 system-wide, stopped after) on the same messages, and the
# raw rate of reading the message files, for comparison.
#
#   bench/pop3-bench.sh [CLIENTS] [MESSAGES]      (defaults 20 500)
#
# Figures go to stdout; docs/perf/pop3.md records measured ones.
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-20}
MESSAGES=${2:-500}
WORK=$(mktemp -d /tmp/pop3-bench.XXXXXX)
chmod 755 "$WORK"   # Dovecot's auth and mail processes run as other users
SERVER_PID=""
DOVECOT_CONF=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  [ -n "$DOVECOT_CONF" ] && dovecot -c "$DOVECOT_CONF" stop 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

JAR=server-stub/target/mailroom-server.jar
if [ ! -f "$JAR" ] || [ -n "$(find server-stub/src admin-core/src -newer "$JAR" -name '*.java' -print -quit)" ]; then
  mvn -B -q -o -pl admin-core,server-stub package -DskipTests
fi

echo "== data: $CLIENTS mailboxes x $MESSAGES messages"
java -cp "$JAR" bench/Pop3BenchSetup.java "$WORK/data" "$CLIENTS" "$MESSAGES"
BYTES=$(du -sb "$WORK/data/Postoffices" | cut -f1)

# Dovecot gets the same files as a Maildir (LF line ends, Dovecot's native form).
mkdir -p "$WORK/maildir"
for inbox in "$WORK"/data/Postoffices/bench/MAILROOT/*/Inbox; do
  user=$(basename "$(dirname "$inbox")")
  mkdir -p "$WORK/maildir/$user/cur" "$WORK/maildir/$user/new" "$WORK/maildir/$user/tmp"
  for f in "$inbox"/*.MAI; do
    b=$(basename "$f" .MAI)
    tr -d '\r' < "$f" > "$WORK/maildir/$user/cur/$b.bench:2,S"
  done
done

echo "== raw file read rate (cold-ish: every file opened and read once)"
python3 - "$WORK/data/Postoffices" <<'PY'
import os, sys, time
root = sys.argv[1]
files = [os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith('.MAI')]
start = time.perf_counter(); total = 0
for f in files:
    with open(f, 'rb') as h:
        total += len(h.read())
t = time.perf_counter() - start
print("files=%d seconds=%.2f files_per_s=%.0f MB_per_s=%.1f" % (len(files), t, len(files) / t, total / t / 1e6))
PY

echo "== Mailroom POP3"
PORT=$(free_port)
java -jar "$JAR" serve --data "$WORK/data" --pop3-port "$PORT" --smtp-port 0 --admin-port 0 --bind 127.0.0.1 \
  > "$WORK/server.out" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $PORT), 1).close()" 2>/dev/null && break
  sleep 0.1
done
python3 bench/pop3-load.py 127.0.0.1 "$PORT" "$CLIENTS" 'user%02d@bench' bench-pass
left=$(find "$WORK/data/Postoffices" -name '*.MAI' | wc -l)
echo "messages left after QUIT: $left"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""

echo "== Dovecot POP3"
if ! command -v dovecot >/dev/null; then
  # Keep the package's own service from starting on port 110 while it installs.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; REMOVE_POLICY=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q dovecot-pop3d >/dev/null || echo "dovecot-pop3d did not install"
  [ "${REMOVE_POLICY:-0}" = 1 ] && rm -f /usr/sbin/policy-rc.d
  # If the packaged instance started anyway, stop it (by its pid file): nothing may listen on 110.
  if [ -f /run/dovecot/master.pid ]; then dovecot stop 2>/dev/null || true; fi
fi
if [ "${SKIP_DOVECOT:-0}" != 1 ] && command -v dovecot >/dev/null; then
  DPORT=$(free_port)
  chown -R mail:mail "$WORK/maildir"
  : > "$WORK/users"
  for u in $(seq -f 'user%02g' 1 "$CLIENTS"); do echo "$u:{PLAIN}bench-pass" >> "$WORK/users"; done
  DOVECOT_CONF="$WORK/dovecot.conf"
  cat > "$DOVECOT_CONF" <<CONF
base_dir = $WORK/dovecot-run
state_dir = $WORK/dovecot-state
log_path = $WORK/dovecot.log
protocols = pop3
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
mail_location = maildir:$WORK/maildir/%u
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = $WORK/users
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$WORK/maildir/%u
}
service pop3-login {
  inet_listener pop3 {
    port = $DPORT
  }
  inet_listener pop3s {
    port = 0
  }
}
service imap-login {
  inet_listener imap {
    port = 0
  }
}
pop3_uidl_format = %f
CONF
  mkdir -p "$WORK/dovecot-state"
  dovecot -c "$DOVECOT_CONF"
  for _ in $(seq 1 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $DPORT), 1).close()" 2>/dev/null && break
    sleep 0.1
  done
  python3 bench/pop3-load.py 127.0.0.1 "$DPORT" "$CLIENTS" 'user%02d' bench-pass
  echo "messages left after QUIT: $(find "$WORK/maildir" -type f -name '*bench*' | wc -l)"
  dovecot -c "$DOVECOT_CONF" stop; DOVECOT_CONF=""
else
  echo "Dovecot unavailable: compare with the raw file read rate above"
fi
echo "data: $BYTES bytes in $((CLIENTS * MESSAGES)) messages"
