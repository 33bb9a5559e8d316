#!/usr/bin/env bash
# The README's test command: installs what the tests need, then runs every test (unit, real
# sockets, real dnsmasq and clamd, headless TestFX) with one Maven build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
exec mvn -B -ntp verify "$@"
