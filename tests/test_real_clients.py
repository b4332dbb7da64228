"""Real MCP clients see the server connected: the MCP Inspector CLI and Claude Code's `claude mcp list`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TOOLS = Path(os.environ.get("DEPLOY_MCP_NODE_TOOLS", Path(__file__).resolve().parents[1] / ".tools/node/node_modules/.bin"))


def node_tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: scripts/test.sh installs it")
        pytest.skip(f"{name} not installed (scripts/test.sh installs it)")
    return path


def env_for(tmp_path: Path) -> dict[str, str]:
    return {
        "PATH": f"{TOOLS}{os.pathsep}{os.environ['PATH']}",
        "HOME": str(tmp_path / "home"),
        "MCP_CATALOG_PATH": str(tmp_path / "catalog"),
        "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
    }


def server_argv(tmp_path: Path) -> list[str]:
    return [sys.executable, "-m", "deploy_mcp", "--state-dir", str(tmp_path / "state"), "--dstack", "external"]


def test_inspector_cli_lists_tools_and_calls_validate(tmp_path):
    inspector = node_tool("inspector")
    (tmp_path / "home").mkdir()
    base = [str(inspector), "--cli", *server_argv(tmp_path)]
    listed = subprocess.run([*base, "--method", "tools/list"], capture_output=True, text=True, timeout=120,
                            env=env_for(tmp_path), check=True)
    names = {tool["name"] for tool in json.loads(listed.stdout)["tools"]}
    assert "validate_config" in names
    called = subprocess.run(
        [*base, "--method", "tools/call", "--tool-name", "validate_config", "--tool-arg", "yaml=type: service"],
        capture_output=True, text=True, timeout=120, env=env_for(tmp_path), check=True,
    )
    body = json.loads(called.stdout)
    assert body["isError"] is False
    assert body["structuredContent"]["errors"][0]["loc"] == ["port"]


def test_claude_code_sees_the_server_connected(tmp_path):
    claude = node_tool("claude")
    home = tmp_path / "home"
    home.mkdir()
    env = env_for(tmp_path)
    subprocess.run([str(claude), "mcp", "add", "deploy", "--", *server_argv(tmp_path)], cwd=home, env=env,
                   capture_output=True, text=True, timeout=120, check=True)
    listed = subprocess.run([str(claude), "mcp", "list"], cwd=home, env=env, capture_output=True, text=True,
                            timeout=120)
    line = next(line for line in listed.stdout.splitlines() if line.startswith("deploy:"))
    assert "Connected" in line and "Failed" not in line
