"""The streamable HTTP transport refuses what it must: no or a wrong bearer token, forged Host and Origin
headers, and start-up on a non-loopback address without a token and an explicit host list. The server runs as
``python -m deploy_mcp --transport http`` on 127.0.0.1; the token comes from the environment and never shows
up in its output."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

TOKEN = "deploy-mcp-test-bearer-6f1d2c9a"
INITIALIZE = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
    "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "probe", "version": "0"}}}
MCP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path),
            "DEPLOY_MCP_STATE_DIR": str(tmp_path / "state"), "DEPLOY_MCP_DSTACK": "external",
            "DEPLOY_MCP_HF_LOOKUP": "false", **extra}


class HttpServer:
    def __init__(self, proc: subprocess.Popen[bytes], port: int) -> None:
        self.proc, self.port = proc, port
        self.url = f"http://127.0.0.1:{port}/mcp"
        self.stderr = ""

    def post(self, headers: dict[str, str]) -> httpx.Response:
        return httpx.post(self.url, headers={**MCP_HEADERS, **headers}, content=json.dumps(INITIALIZE),
                          timeout=30)


@pytest.fixture
def token_server(tmp_path: Path) -> Iterator[HttpServer]:
    """deploy-mcp over HTTP on loopback with a token from DEPLOY_MCP_AUTH_TOKEN."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "deploy_mcp", "--transport", "http", "--port", str(port),
         "--log-level", "DEBUG"],
        env=child_env(tmp_path, DEPLOY_MCP_AUTH_TOKEN=TOKEN), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    server = HttpServer(proc, port)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                time.sleep(0.2)
        yield server
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
        server.stderr = err.decode()
        assert TOKEN not in out.decode() and TOKEN not in server.stderr  # never logged or echoed


def test_requests_without_the_right_bearer_token_get_401(token_server: HttpServer) -> None:
    assert token_server.post({}).status_code == 401
    wrong = token_server.post({"Authorization": "Bearer " + TOKEN[:-1] + "x"})
    assert wrong.status_code == 401 and TOKEN not in wrong.text
    assert token_server.post({"Authorization": TOKEN}).status_code == 401  # no scheme
    assert token_server.post({"Authorization": f"Basic {TOKEN}"}).status_code == 401
    assert token_server.post({"Authorization": f"Bearer {TOKEN}extra"}).status_code == 401
    base = f"http://127.0.0.1:{token_server.port}"
    assert httpx.get(f"{base}/anything", timeout=30).status_code == 401
    assert httpx.get(f"{base}/metrics", timeout=30).status_code == 401
    assert token_server.post({"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    metrics = httpx.get(f"{base}/metrics", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
    assert metrics.status_code == 200 and "deploy_mcp_tool_calls_total" in metrics.text


def test_only_the_liveness_probe_is_served_without_the_token_and_it_says_nothing_else(
    token_server: HttpServer,
) -> None:
    health = httpx.get(f"http://127.0.0.1:{token_server.port}/healthz", timeout=30)
    assert health.status_code == 200 and health.json() == {"status": "ok"}


def test_forged_host_and_origin_headers_are_refused_even_with_the_token(token_server: HttpServer) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    forged_host = token_server.post({**auth, "Host": "evil.example"})
    forged_origin = token_server.post({**auth, "Origin": "http://evil.example"})
    rebinding = token_server.post({**auth, "Host": f"evil.example:{token_server.port}"})
    assert forged_host.status_code in (403, 421) and rebinding.status_code in (403, 421)
    assert forged_origin.status_code == 403
    assert token_server.post({**auth, "Origin": f"http://127.0.0.1:{token_server.port}"}).status_code == 200


@pytest.mark.anyio
async def test_a_real_mcp_client_with_the_token_lists_and_calls_tools(token_server: HttpServer) -> None:
    http = create_mcp_http_client(headers={"Authorization": f"Bearer {TOKEN}"})
    async with http, Client(streamable_http_client(token_server.url, http_client=http)) as client:
        names = {tool.name for tool in (await client.list_tools()).tools}
        assert {"validate_config", "submit_run", "stop_run"} <= names
        yaml = "type: service\nport: 8000\ncommands: [x]\n"
        result = await client.call_tool("validate_config", {"yaml": yaml})
        assert result.structured_content is not None and "valid" in result.structured_content


@pytest.mark.parametrize(("flags", "env", "says"), [
    (["--host", "0.0.0.0"], {}, "DEPLOY_MCP_AUTH_TOKEN"),
    (["--host", "0.0.0.0"], {"DEPLOY_MCP_AUTH_TOKEN": TOKEN}, "--allowed-hosts"),
    (["--host", "192.0.2.10", "--allowed-hosts", "mcp.example"], {}, "DEPLOY_MCP_AUTH_TOKEN"),
    (["--host", "127.0.0.1"], {"DEPLOY_MCP_AUTH_TOKEN": "short"}, "at least 16"),
])
def test_start_up_off_loopback_needs_a_token_and_an_explicit_host_list(
    tmp_path: Path, flags: list[str], env: dict[str, str], says: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "deploy_mcp", "--transport", "http", "--port", str(free_port()), *flags],
        env=child_env(tmp_path, **env), capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 2 and "refusing to serve HTTP" in done.stderr and says in done.stderr
    assert TOKEN not in done.stderr + done.stdout and "short" not in done.stderr


def test_allowed_hosts_come_from_flags_and_environment_and_off_loopback_only_those_are_allowed() -> None:
    from deploy_mcp.http_security import exposure_problem, transport_security
    from deploy_mcp.server import settings_from_args

    settings = settings_from_args(["--transport", "http", "--host", "0.0.0.0", "--auth-token", TOKEN,
                                   "--allowed-hosts", "mcp.example,10.0.0.5:8765",
                                   "--allowed-hosts", "gw.example"])
    assert settings.allowed_hosts == ["mcp.example", "10.0.0.5:8765", "gw.example"]
    assert exposure_problem(settings) is None and TOKEN not in repr(settings)
    security = transport_security(settings)
    assert security.enable_dns_rebinding_protection
    assert security.allowed_hosts == [
        "mcp.example", "mcp.example:*", "10.0.0.5:8765", "gw.example", "gw.example:*",
    ]
    assert {"https://mcp.example", "http://10.0.0.5:8765"} <= set(security.allowed_origins)
    assert not any("127.0.0.1" in host for host in security.allowed_hosts)
