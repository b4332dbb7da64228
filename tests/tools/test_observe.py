"""What operators see: /healthz and Prometheus /metrics over streamable HTTP, and one structured stderr line per
tool call that never carries what the model wrote."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest
from mcp import Client
from support import wait_for_port
from test_server import VALID, child_env, free_port

pytestmark = pytest.mark.anyio

PLANTED = "hf_" + "Q" * 34  # a token-shaped value inside an argument: it must reach no log line


def metric(text: str, name: str, **labels: str) -> float:
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    prefix = f"{name}{{{wanted}}} " if labels else f"{name} "
    found = [line for line in text.splitlines() if line.startswith(prefix)]
    assert found, f"{prefix!r} not in /metrics"
    return float(found[0].rsplit(" ", 1)[1])


async def test_http_serves_health_and_metrics_that_count_calls_errors_and_the_ledger(tmp_path):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "deploy_mcp", "--transport", "http", "--port", str(port)],
                            env=child_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for_port(port)
        base = f"http://127.0.0.1:{port}"
        health = httpx.get(f"{base}/healthz", timeout=10)
        assert health.status_code == 200 and health.json()["status"] == "ok"
        async with Client(f"{base}/mcp") as client:
            for _ in range(2):
                ok = await client.call_tool("validate_config", {"yaml": VALID + f"env: [HF_TOKEN]\n# {PLANTED}\n"})
                assert not ok.is_error
            refused = await client.call_tool("submit_run", {"yaml": "type: service\nport: 0\n"})
            assert refused.is_error
        scraped = httpx.get(f"{base}/metrics", timeout=10)
        assert scraped.status_code == 200 and scraped.headers["content-type"].startswith("text/plain")
        text = scraped.text
        assert metric(text, "deploy_mcp_tool_calls_total", tool="validate_config", outcome="ok") == 2
        assert metric(text, "deploy_mcp_tool_calls_total", tool="submit_run", outcome="error") == 1
        assert metric(text, "deploy_mcp_tool_errors_total", tool="submit_run", error="invalid_config") == 1
        assert metric(text, "deploy_mcp_tool_latency_seconds_count", tool="validate_config") == 2
        assert metric(text, "deploy_mcp_attempts") == 0 and metric(text, "deploy_mcp_spend_usd") == 0
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    calls = [json.loads(line[line.index("{"):]) for line in stderr.decode().splitlines() if '"tool_call"' in line]
    assert [(c["tool"], c["outcome"], c["error"]) for c in calls] == [
        ("validate_config", "ok", None), ("validate_config", "ok", None), ("submit_run", "error", "invalid_config"),
    ]
    assert all(c["ms"] >= 0 for c in calls)
    assert PLANTED not in stderr.decode()


async def test_every_in_memory_call_is_logged_as_one_line_without_its_arguments(client, caplog):
    caplog.set_level("INFO", logger="deploy_mcp.calls")
    await client.call_tool("validate_config", {"yaml": VALID + f"# {PLANTED}\n"})
    await client.call_tool("get_run", {"run_name": ""})
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "deploy_mcp.calls"]
    assert [(line["tool"], line["outcome"]) for line in lines] == [("validate_config", "ok")]
    assert PLANTED not in caplog.text
