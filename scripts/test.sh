#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine (a venv with deploy-mcp, its embedded dstack server and
# the test tools), then runs the whole suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[server,dev]"
exec .venv/bin/python -m pytest -q "$@"
