#!/usr/bin/env bash
# Sets up deploy-mcp on a fresh machine, then runs the scripted MCP client through
# the whole loop: generate, validate, estimate, submit, watch, diagnose, stop. By default on an embedded dstack
# server; `scripts/quickstart.sh --target kubernetes` runs it on the cluster of the current kubeconfig.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[server]"
exec .venv/bin/python examples/quickstart.py "$@"
