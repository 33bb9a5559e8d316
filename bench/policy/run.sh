#!/bin/sh
# JMH benchmark of the SMTP policy over the real ConfigStore. Usage: bench/policy/run.sh [JMH args]
# Builds admin-core and this module in one reactor (the bench profile), then runs the jar.
set -eu
cd "$(dirname "$0")/../.."
mvn -B -q -Pbench -pl admin-core,bench/policy -am package -DskipTests
exec java -jar bench/policy/target/policy-benchmarks.jar "$@"
