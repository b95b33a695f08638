#!/usr/bin/env bash
# Set everything up (Python deps, systemd-analyze for the unit checks), then run linters, type checks and tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v systemd-analyze >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends systemd >/dev/null
fi
bash scripts/setup.sh
.venv/bin/ruff check cleaner tests bench
.venv/bin/ruff format --check cleaner tests bench
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
