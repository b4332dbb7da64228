#!/usr/bin/env bash
# Builds the Claude Desktop bundle dist/deploy-mcp-<version>.mcpb: the manifest of packaging/mcpb/ beside the
# package sources. The host runs it with uv (server type "uv"), which installs the dependencies itself.
# Needs the mcpb CLI (npm @anthropic-ai/mcpb; scripts/test.sh installs it under .tools/node).
set -euo pipefail
cd "$(dirname "$0")/.."
MCPB="${MCPB:-.tools/node/node_modules/.bin/mcpb}"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp packaging/mcpb/manifest.json pyproject.toml README.md "$stage/"
cp -r src skills "$stage/"
find "$stage" -name __pycache__ -prune -exec rm -rf {} +
version="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' packaging/mcpb/manifest.json)"
mkdir -p dist
"$MCPB" validate "$stage/manifest.json"
"$MCPB" pack "$stage" "dist/deploy-mcp-$version.mcpb"
echo "dist/deploy-mcp-$version.mcpb"
