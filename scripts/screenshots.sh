#!/usr/bin/env bash
# Renders every console screen to docs/screenshots/*.png, headless (Monocle), against a real
# server on free ports in a temporary directory (admin-app's ScreenshotsTest).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p docs/screenshots
mvn -B -q -pl admin-app -am test -Dtest=ScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmailroom.screenshots="$PWD/docs/screenshots"
ls docs/screenshots
