#!/usr/bin/env bash
# Sets up deploy-mcp with its embedded dstack server on a fresh machine, then runs the scripted MCP client through
# the whole loop: generate, validate, estimate, submit, watch, diagnose, stop.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[server]"
exec .venv/bin/python examples/quickstart.py "$@"
