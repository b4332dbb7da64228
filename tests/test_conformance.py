"""The official MCP conformance suite against deploy-mcp over streamable HTTP: every scenario that applies to a
server with these capabilities passes; tests/conformance/baseline.yml lists the others with the reason."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from support import wait_for_port
from test_server import child_env, free_port

REPO = Path(__file__).resolve().parents[1]
TOOLS = Path(os.environ.get("DEPLOY_MCP_NODE_TOOLS", REPO / ".tools/node/node_modules/.bin"))
BASELINE = REPO / "tests" / "conformance" / "baseline.yml"
# What a product server with tools, resources and prompts must pass.
APPLICABLE = {"server-initialize", "ping", "tools-list", "tools-call-simple-text", "tools-call-error",
              "server-sse-multiple-streams", "resources-list", "prompts-list", "dns-rebinding-protection"}


@pytest.mark.skipif(not (TOOLS / "conformance").exists(), reason=f"the conformance suite is not in {TOOLS}")
@pytest.mark.timeout(600)
def test_the_conformance_suite_passes_every_scenario_that_applies(tmp_path):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "deploy_mcp", "--transport", "http", "--port", str(port)],
                              env=child_env(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_port(port)
        done = subprocess.run(
            [str(TOOLS / "conformance"), "server", "--url", f"http://127.0.0.1:{port}/mcp",
             "--expected-failures", str(BASELINE), "-o", str(tmp_path / "results")],
            capture_output=True, text=True, timeout=300, env={**os.environ, "PATH": f"{TOOLS}:{os.environ['PATH']}"},
        )
    finally:
        server.terminate()
        server.communicate(timeout=30)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    passed: dict[str, bool] = {}
    for checks in (tmp_path / "results").glob("server-*/checks.json"):
        scenario = re.sub(r"-\d{4}-\d{2}-\d{2}T.*$", "", checks.parent.name.removeprefix("server-"))
        results = json.loads(checks.read_text())
        passed[scenario] = bool(results) and all(c.get("status") in ("SUCCESS", "INFO") for c in results)
    assert APPLICABLE <= set(passed), sorted(APPLICABLE - set(passed))
    assert all(passed[s] for s in APPLICABLE), {s: passed[s] for s in APPLICABLE}
