"""The server as clients see it: transports, start-up without heavy imports, read-only mode, flags and env."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from mcp import Client, StdioServerParameters
from support import wait_for_port

from deploy_mcp.server import _parser, build_server, settings_from_args
from deploy_mcp.settings import Policy, Settings

pytestmark = pytest.mark.anyio

VALID = "type: service\nport: 8000\nimage: nginx\ncommands: [python3 -m http.server 8000]\n"


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "SYSTEMROOT")}
    env.update(DEPLOY_MCP_STATE_DIR=str(tmp_path / "state"), DEPLOY_MCP_DSTACK="external",
               DEPLOY_MCP_HF_LOOKUP="false", **extra)
    return env


def test_listing_tools_imports_neither_dstack_nor_kubernetes(tmp_path):
    code = (
        "import sys, anyio\n"
        "from mcp import Client\n"
        "from deploy_mcp.server import build_server\n"
        "from deploy_mcp.settings import Settings\n"
        "async def main():\n"
        f"    async with Client(build_server(Settings(state_dir={str(tmp_path)!r}, dstack='external'))) as c:\n"
        "        names = [t.name for t in (await c.list_tools()).tools]\n"
        "    heavy = sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('dstack', 'kubernetes', 'gpuhunt', 'prometheus_client')})\n"
        "    print(len(names), heavy)\n"
        "anyio.run(main)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    count, heavy = out.stdout.strip().split(" ", 1)
    assert int(count) >= 1 and heavy == "[]"


def test_building_and_listing_loads_no_toolset_yaml_checks_sizing_tables_or_internal_model(tmp_path):
    """What only tool bodies need waits for the first call that needs it, and the tools themselves (the SDK
    builds a model per signature) for the first call: the listing is served from tools/listing.json. Listed
    without a session, whose start lets the backend warm up in a thread that loads what it needs meanwhile."""
    code = (
        "import sys, anyio\n"
        "from deploy_mcp.internal_model import InternalModel\n"
        "from deploy_mcp.server import build_server\n"
        "from deploy_mcp.settings import Settings\n"
        f"server = build_server(Settings(state_dir={str(tmp_path)!r}, dstack='external'))\n"
        "names = [t.name for t in anyio.run(server.list_tools)]\n"
        "own = ('deploy_mcp.sizing.generate', 'deploy_mcp.sizing.model_table', 'deploy_mcp.config.yaml_text',\n"
        "       'deploy_mcp.config.validation', 'deploy_mcp.backends.matching', 'deploy_mcp.runs.control',\n"
        "       'deploy_mcp.tools.config', 'deploy_mcp.tools.generate', 'deploy_mcp.tools.capacity',\n"
        "       'deploy_mcp.tools.runs', 'deploy_mcp.resources')\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'yaml' or m in own)\n"
        "def below(cls):\n"
        "    return [c for sub in cls.__subclasses__() for c in (sub, *below(sub))]\n"
        "built = sorted(c.__name__ for c in below(InternalModel) if c.__pydantic_complete__)\n"
        "print(len(names), len(below(InternalModel)), loaded, built)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    count, internal, loaded, built = out.stdout.strip().split(" ", 3)
    # The models defined by then (the ledger's, the backends', the settings') are the ones that must stay unbuilt.
    assert int(count) >= 1 and int(internal) >= 5 and loaded == "[]" and built == "[]", out.stdout


async def test_stdio_transport_serves_tools(tmp_path):
    params = StdioServerParameters(command=sys.executable, args=["-m", "deploy_mcp"], env=child_env(tmp_path))
    async with Client(params) as client:
        names = {t.name for t in (await client.list_tools()).tools}
        result = await client.call_tool("validate_config", {"yaml": VALID})
    assert "validate_config" in names
    assert result.structured_content["valid"] is True


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_streamable_http_transport_serves_tools_at_mcp(tmp_path):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "deploy_mcp", "--transport", "http", "--port", str(port)],
        env=child_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port)
        async with Client(f"http://127.0.0.1:{port}/mcp") as client:
            result = await client.call_tool("validate_config", {"yaml": VALID.replace("8000", "9000")})
        assert result.structured_content["valid"] is True
        assert httpx.get(f"http://127.0.0.1:{port}/other", timeout=5).status_code == 404
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert proc.returncode is not None
    assert b"Traceback" not in stderr


def test_stdout_stays_clean_under_stdio(tmp_path):
    """Anything but JSON-RPC on stdout breaks stdio clients: logs must go to stderr."""
    request = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "0"}}}
    proc = subprocess.run(
        [sys.executable, "-m", "deploy_mcp", "--log-level", "DEBUG"], input=json.dumps(request) + "\n",
        capture_output=True, text=True, timeout=60, env=child_env(tmp_path),
    )
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    assert lines and all(json.loads(line)["jsonrpc"] == "2.0" for line in lines)


async def test_read_only_mode_lists_only_read_only_tools(settings):
    async with Client(build_server(settings.model_copy(update={"read_only": True}))) as client:
        tools = (await client.list_tools()).tools
    assert tools
    assert all(t.annotations.read_only_hint is True and t.annotations.destructive_hint is False for t in tools)


async def test_read_only_mode_hides_exactly_the_write_tools(settings):
    async with Client(build_server(settings)) as client:
        full = {t.name: t.annotations for t in (await client.list_tools()).tools}
    async with Client(build_server(settings.model_copy(update={"read_only": True}))) as client:
        read_only = {t.name for t in (await client.list_tools()).tools}
    # the draft-writing tools stay, read-only, on a server that keeps no drafts
    drafts = {"generate_service_config", "validate_config"}
    assert read_only == {name for name, ann in full.items() if ann.read_only_hint} | drafts
    assert set(full) - read_only == {"submit_run", "stop_run"}


async def test_every_tool_sets_all_four_annotations(client):
    for tool in (await client.list_tools()).tools:
        ann = tool.annotations
        assert None not in (ann.read_only_hint, ann.destructive_hint, ann.idempotent_hint, ann.open_world_hint), tool.name
        assert not (ann.read_only_hint and ann.destructive_hint), tool.name


async def test_every_tool_has_an_output_schema_and_a_short_description(client):
    for tool in (await client.list_tools()).tools:
        assert tool.output_schema and tool.output_schema.get("type") == "object", tool.name
        sentences = [s for s in tool.description.replace("e.g.", "eg").split(". ") if s.strip()]
        assert 1 <= len(sentences) <= 3, tool.name


def test_help_documents_every_policy_option():
    text = _parser().format_help()
    for name in Policy.model_fields:
        flag = "--" + name.replace("_", "-").rstrip("s") if name in ("backends", "regions", "fleets") else None
        flag = flag or {"instance_types": "--instance-type", "env": "--env"}.get(name, "--" + name.replace("_", "-"))
        assert flag in text, flag
    for flag in ("--transport", "--host", "--port", "--read-only", "--state-dir", "--dstack"):
        assert flag in text


def test_flags_override_environment(monkeypatch):
    monkeypatch.setenv("DEPLOY_MCP_MAX_ATTEMPTS", "7")
    monkeypatch.setenv("DEPLOY_MCP_BACKENDS", "aws, gcp")
    monkeypatch.setenv("DEPLOY_MCP_GPU", "A100:1")
    settings = settings_from_args(["--gpu", "H100:8", "-b", "runpod"])
    assert (settings.max_attempts, settings.backends, settings.gpu) == (7, ["runpod"], "H100:8")
    assert settings_from_args([]).backends == ["aws", "gcp"]


def test_environment_is_read_by_field_name_in_any_case_and_empty_values_are_no_setting(monkeypatch):
    monkeypatch.setenv("deploy_mcp_max_price", "2.5")
    monkeypatch.setenv("DEPLOY_MCP_REGIONS", "")
    monkeypatch.setenv("DEPLOY_MCP_READ_ONLY", "true")
    monkeypatch.setenv("DEPLOY_MCP_NOT_A_SETTING", "x")
    monkeypatch.setenv("DEPLOY_MCP_MAX_DURATION", "90m")
    settings = Settings(read_only=False)
    assert (settings.max_price, settings.regions, settings.read_only) == (2.5, [], False)
    assert settings.max_duration == "90m"
    assert Settings().read_only is True
    monkeypatch.setenv("DEPLOY_MCP_MAX_DURATION", "forever")
    with pytest.raises(ValueError, match="max_duration"):
        Settings()


def test_policy_reports_only_the_options_that_are_set():
    policy = Settings(gpu="24GB:1", env=["HF_TOKEN"], max_price=2.0).policy
    assert policy.mandatory_options() == {"gpu": "24GB:1", "max_price": 2.0, "env": ["HF_TOKEN"]}


def test_invalid_setting_exits_with_a_message(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "deploy_mcp", "--max-attempts", "0"], capture_output=True,
                          text=True, timeout=60, env=child_env(tmp_path))
    assert proc.returncode == 2 and "max_attempts" in proc.stderr
