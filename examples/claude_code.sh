#!/usr/bin/env bash
# Register deploy-mcp with Claude Code. Run from the deploy-mcp checkout after `bash scripts/quickstart.sh`
# (or any install that put deploy-mcp in .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(pwd)/.venv/bin/deploy-mcp"
# stdio, local scope; every flag after the command is the policy this server enforces
claude mcp add deploy -- "$bin" --max-price 3 --max-attempts 3 --env HF_TOKEN
claude mcp list
