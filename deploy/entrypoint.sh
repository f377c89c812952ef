#!/usr/bin/env bash
# The image's start (deploy/Dockerfile): `entrypoint.sh migrate|actions|rasa|console` runs that
# process from the repository root, as scripts/run.sh does on one machine. Each one is exec'd, so
# that it receives the container's stop signal itself.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  migrate)
    exec python -m records.migrate ;;
  actions)
    exec python -m actions.server ;;
  rasa)
    # Rasa gets credentials.yml without the messaging channels whose variables are unset.
    python -m connectors.messaging.config credentials.yml var/credentials.yml
    # CORS_ORIGINS: space-separated origins, split into words but never expanded as file
    # patterns ("*" means any origin).
    read -r -a cors_origins <<< "${CORS_ORIGINS:-}"
    exec rasa run --model models/fibro.tar.gz --endpoints endpoints.yml \
      --credentials var/credentials.yml --interface 0.0.0.0 --port 5005 \
      --cors "${cors_origins[@]}" ;;
  console)
    exec python -m console ;;
  *)
    echo "usage: $0 migrate|actions|rasa|console" >&2
    exit 2 ;;
esac
