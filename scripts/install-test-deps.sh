#!/usr/bin/env bash
# Installs what the test suite needs that Maven cannot bring: a real DNS server (dnsmasq) for the
# DNS checks, a real ClamAV daemon for the antivirus filter. Tests start and stop these
# themselves on free loopback ports; nothing here starts a service.
set -euo pipefail

need=()
command -v dnsmasq >/dev/null 2>&1 || need+=(dnsmasq-base)
command -v clamd >/dev/null 2>&1 || need+=(clamav-daemon)
command -v mvn >/dev/null 2>&1 || need+=(maven)
command -v python3 >/dev/null 2>&1 || need+=(python3)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=sudo
  else
    echo "Missing packages: ${need[*]}. Install them as root (apt-get install -y ${need[*]}) and run again." >&2
    exit 1
  fi
else
  SUDO=
fi
echo "Installing test dependencies: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# --no-install-recommends keeps clamav-freshclam's network updater and its timers out.
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
# Debian starts clamav-daemon after installing it where an init system runs; the tests run
# their own clamd on a free port, so a system one is not needed and is stopped if present.
if command -v service >/dev/null 2>&1; then
  $SUDO service clamav-daemon stop >/dev/null 2>&1 || true
  $SUDO service clamav-freshclam stop >/dev/null 2>&1 || true
fi
