#!/usr/bin/env bash
# Start the action server, the Rasa server, the demo page and the staff console, print where to
# find them, and stop them all cleanly on Ctrl-C. Called by `make run` (and `make shell` with the
# argument "shell"), which sets the configuration variables (see the Makefile and README).
set -euo pipefail
cd "$(dirname "$0")/.."

MODEL=models/fibro.tar.gz
BIN=.venv/bin
mkdir -p var

# Messaging-app secrets may live in .env (see .env.example); it is never committed.
if [ -f .env ]; then set -a; . ./.env; set +a; fi
# Live hand-off (connectors/live.py): the console's secret for its steps, new per start unless set;
# the widget tokens' secret, kept in var/ so that patients' open chats survive a restart.
STAFF_RELAY_TOKEN="${STAFF_RELAY_TOKEN:-$("$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(32))')}"
if [ -z "${WIDGET_TOKEN_SECRET:-}" ]; then
  if [ ! -s var/widget-token.secret ]; then
    (umask 077 && "$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(32))' \
      > var/widget-token.secret)
  fi
  WIDGET_TOKEN_SECRET=$(cat var/widget-token.secret)
fi
export STAFF_RELAY_TOKEN WIDGET_TOKEN_SECRET
# Rasa gets credentials.yml without the messaging channels whose variables are unset.
messaging=$("$BIN/python" -m connectors.messaging.config credentials.yml var/credentials.yml)

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

# The secret between Rasa and the action server (endpoints.yml): a new one per start unless set.
ACTION_SERVER_TOKEN="${ACTION_SERVER_TOKEN:-$("$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(32))')}"
export ACTION_SERVER_TOKEN
# The staff tables to this release's schema (records/migrate.py), before anything opens them.
"$BIN/python" -m records.migrate
# The action server's pid goes first in pids (the restart below replaces it there).
start_action_server() {
  "$BIN/python" -m actions.server &
  pids[0]=$!
  action_server_started=$SECONDS
}
start_action_server

if [ "${1:-}" = "shell" ]; then
  "$BIN/rasa" shell --model "$MODEL" --endpoints endpoints.yml -p "$RASA_PORT"
  exit 0
fi

# CORS_ORIGINS is a space-separated list of origins, split into words but never expanded as a
# file pattern ("*" means any origin, not the files in this folder).
read -r -a cors_origins <<< "$CORS_ORIGINS"
"$BIN/rasa" run --model "$MODEL" --endpoints endpoints.yml --credentials var/credentials.yml \
  --interface "$RASA_HOST" --port "$RASA_PORT" --cors "${cors_origins[@]}" &
pids+=($!)

url="http://$RASA_HOST:$RASA_PORT"
until curl -sf "$url/" >/dev/null 2>&1; do
  kill -0 "${pids[1]}" 2>/dev/null || { echo "rasa server failed to start" >&2; exit 1; }
  sleep 0.5
done

"$BIN/python" scripts/demo_server.py --host "$DEMO_HOST" --port "$DEMO_PORT" \
  --rasa-url "$RASA_PUBLIC_URL" >var/demo.log 2>&1 &
pids+=($!)
until curl -sf "http://$DEMO_HOST:$DEMO_PORT/" >/dev/null 2>&1; do
  kill -0 "${pids[2]}" 2>/dev/null || { echo "demo page server failed to start" >&2; exit 1; }
  sleep 0.2
done

# The staff console (console/), on loopback unless STAFF_HOST says otherwise.
"$BIN/python" -m console >var/console.log 2>&1 &
pids+=($!)
until curl -sf "http://$STAFF_HOST:$STAFF_PORT/health" >/dev/null 2>&1; do
  kill -0 "${pids[3]}" 2>/dev/null || {
    echo "staff console failed to start; see var/console.log" >&2; exit 1; }
  sleep 0.2
done

cat <<INFO

  The fibromyalgia assistant is ready.
    Demo clinic page with the chat widget: http://$DEMO_HOST:$DEMO_PORT/
    Staff console: http://$STAFF_HOST:$STAFF_PORT/ (accounts: make staff-user NAME=you ROLE=admin)
    REST:      POST $url/webhooks/rest/webhook
    socket.io: $url/socket.io (events user_uttered / bot_uttered)
    actions:   http://$ACTION_HOST:$ACTION_PORT/health (other routes need the shared secret)
    tracker:   $TRACKER_STORE_URL

  Messaging apps on (register these webhook URLs with each platform):
$(if [ -n "$messaging" ]; then sed 's/^/    /' <<< "$messaging"; else
  echo "    none: set their variables (see .env.example) to turn them on"; fi)

  Try it:
    curl -s -X POST $url/webhooks/rest/webhook -H 'Content-Type: application/json' \\
      -d '{"sender": "me", "message": "what causes fibromyalgia?"}'

  Press Ctrl-C to stop.
INFO
# An action server that exits after running a while is started again; meanwhile Rasa runs the
# custom actions itself (connectors/action_fallback.py). One that exits within its first
# ACTION_SERVER_MIN_UPTIME seconds, or any other process exiting, stops everything.
ACTION_SERVER_MIN_UPTIME=10
while true; do
  wait -n "${pids[@]}" || true
  for pid in "${pids[@]:1}"; do kill -0 "$pid" 2>/dev/null || break 2; done
  if kill -0 "${pids[0]}" 2>/dev/null \
      || (( SECONDS - action_server_started < ACTION_SERVER_MIN_UPTIME )); then
    break
  fi
  echo "the action server exited: starting it again" >&2
  start_action_server
done
