#!/usr/bin/env bash
# DNS checks at the SMTP door: added latency per connection (p50, p99) with a cold and a warm
# DNS cache, and the DNS queries sent. 10,000 connections (or $1) from 200 client addresses,
# 4 blacklists on a local dnsmasq (scripts/install-test-deps.sh installs it).
#   bench/dns-bench.sh [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
OFFLINE="${MVN_OFFLINE:--o}"
# Build from this checkout (the reactor), not from whatever snapshot sits in ~/.m2.
mvn -B -q $OFFLINE -pl admin-core,server-stub test-compile
CP_FILE=$(mktemp)
mvn -B -q $OFFLINE -pl server-stub dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="admin-core/target/classes:admin-core/target/test-classes:server-stub/target/classes:$(cat "$CP_FILE")"
rm -f "$CP_FILE"
OUT=bench/target/dns
mkdir -p "$OUT"
javac -d "$OUT" -cp "$CP" bench/dns/DnsBench.java
exec java -Xmx512m -cp "$OUT:$CP" DnsBench "$N"
