#!/usr/bin/env bash
# The README's first command: builds Mailroom and opens the console, which starts the bundled
# server on $MAILROOM_DATA (default ~/.local/share/mailroom) and connects to it.
# Arguments are passed to the console: --data DIR, or --url URL --token-file FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display (DISPLAY and WAYLAND_DISPLAY are empty), so the console cannot open; run the server alone instead: mvn -q -B -DskipTests install && java -jar server-stub/target/mailroom-server.jar serve --data ${MAILROOM_DATA:-$HOME/.local/share/mailroom}" >&2
  exit 1
fi
mvn -q -B -DskipTests install
classpath_file=admin-app/target/console.classpath
mvn -q -B -o -pl admin-app dependency:build-classpath -Dmdep.outputFile="$PWD/$classpath_file" -Dmdep.includeScope=runtime
exec java -cp "admin-app/target/classes:$(cat "$classpath_file")" dev.mailroom.app.MailroomConsole "$@"
