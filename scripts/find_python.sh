#!/usr/bin/env bash
# Print the first Python 3.10 interpreter that actually runs (rasa 3.6 needs Python <= 3.10).
# Probe by running each candidate: pyenv's `python3.10` shim exists on PATH but fails unless
# PYENV_VERSION is set, so `command -v` alone is not enough.
set -u
candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
if command -v pyenv >/dev/null 2>&1; then
  candidates+=("$(pyenv root)/versions/3.10.13/bin/python")
fi
candidates+=("$HOME/.pyenv/versions/3.10.13/bin/python" python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10 python3)
for py in "${candidates[@]}"; do
  if "$py" -c 'import sys, venv; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; then
    echo "$py"
    exit 0
  fi
done
echo "error: no working Python 3.10 found (rasa 3.6 supports 3.8-3.10)." >&2
echo "Install one (e.g. 'pyenv install 3.10.13') or set PYTHON=/path/to/python3.10." >&2
exit 1
