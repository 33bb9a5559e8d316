#!/usr/bin/env bash
# Config store benchmark: 1,000 post offices x 100 mailboxes (100,000 mailboxes and addresses).
# Usage: bench/config-bench.sh [POS] [BOXES]      (run from anywhere; builds admin-core first)
# Figures go to stdout; docs/perf/store.md records a run.
set -euo pipefail
cd "$(dirname "$0")/.."
POS=${1:-1000}
BOXES=${2:-100}
mvn -B -q -o install -pl admin-core -DskipTests
CP="admin-core/target/classes:$(mvn -B -q -o -pl admin-core dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
run() { java -Xmx300m -cp "$CP" bench/ConfigBench.java "$@"; }
echo "java: $(java -version 2>&1 | head -1); cpus: $(nproc)"
run generate "$WORK/data" "$POS" "$BOXES"
echo "files: $(du -sh "$WORK/data/Config" | cut -f1) under Config/"
# A fresh JVM per measurement; -Xmx300m makes the heap goal a hard limit.
for i in 1 2 3; do run load "$WORK/data"; done
run add "$WORK/data" 21
echo "PO files rewritten by those adds: $(find "$WORK/data/Config/Postoffices" -name MAILBOX.TAB -newer "$WORK/data/Config/DOMAIN.TAB" | wc -l) of $POS"
run filter "$WORK/data" user0424 50
