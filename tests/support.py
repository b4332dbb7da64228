"""Calling tools from tests (the structured result of a success, or the JSON body of a tool error), and
running the server as a stdio child that a test can SIGKILL."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

import anyio
from mcp import Client, StdioServerParameters

# A service the test dstack server (no backends) accepts: it fails within seconds for lack of capacity.
SERVICE = """\
type: service
name: {name}
port: 8000
commands:
  - python -m http.server 8000
resources:
  gpu: 0
"""
# A retry policy keeps a run waiting for capacity (active) instead of failing within seconds.
WAITING = SERVICE + "retry:\n  on_events: [no-capacity]\n  duration: 1h\n"


async def call(client: Client, tool: str, args: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(tool, args)
    assert not result.is_error, result.content[0].text
    return result.structured_content


def body_of(result: Any) -> dict[str, Any]:
    """The JSON object a tool result's text holds; an error's ``{"error", "message", "hint", ...}`` stands behind
    the SDK's "Error executing tool X: " prefix."""
    text = result.content[0].text
    return json.loads(text[text.index("{"):])


async def call_error(client: Client, tool: str, args: dict[str, Any]) -> dict[str, Any]:
    """The ``{"error", "message", "hint", ...}`` body of a call that must fail."""
    result = await client.call_tool(tool, args)
    assert result.is_error, result.structured_content
    return body_of(result)


# A valid vLLM service, the starting point tests edit with str.replace.
LLAMA_SERVICE = """\
type: service
name: llama-8b
image: vllm/vllm-openai:v0.11.0
env:
  - HF_TOKEN
commands:
  - vllm serve meta-llama/Llama-3.1-8B-Instruct --port 8000 --max-model-len 8192
port: 8000
model: meta-llama/Llama-3.1-8B-Instruct
resources:
  gpu: A100:80GB:1
"""


def wait_for_port(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"nothing listens on {port}")


def best_time(fn, text: str, repeats: int = 7) -> float:
    """The least CPU time of this thread over ``repeats`` calls: time spent waiting for a busy machine's
    cores does not count."""
    best = float("inf")
    for _ in range(repeats):
        start = time.thread_time()
        fn(text)
        best = min(best, time.thread_time() - start)
    return best


def growth(fn, unit: str) -> float:
    """How much longer ``fn`` takes on 100,000 characters than on 10,000: about 10 when linear, 100 when
    quadratic. A ratio, never a wall time."""
    small, large = unit * (10_000 // len(unit)), unit * (100_000 // len(unit))
    return best_time(fn, large, 3) / max(best_time(fn, small), 1e-4)


LINEAR = 40
"""The bound on ``growth``: linear is 10, quadratic 100; the rest is room for a noisy machine."""


def retrying_service(name: str) -> str:
    return WAITING.format(name=name)


def server_params(dstack_server, state_dir: Path, home: Path, **extra: str) -> StdioServerParameters:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "DEPLOY_MCP_STATE_DIR": str(state_dir),
        "DEPLOY_MCP_DSTACK": "external",
        "DEPLOY_MCP_DSTACK_SERVER_URL": dstack_server.url,
        "DEPLOY_MCP_DSTACK_TOKEN": dstack_server.token,
        "DEPLOY_MCP_DSTACK_PROJECT": dstack_server.project,
        "DEPLOY_MCP_HF_LOOKUP": "false",
        "DEPLOY_MCP_MAX_ATTEMPTS": "3",
        "DEPLOY_MCP_LOG_LEVEL": "WARNING",
        "DEPLOY_MCP_CONFIRM": "off",
        **extra,
    }
    return StdioServerParameters(command=sys.executable, args=["-m", "deploy_mcp"], env=env)


def server_pids() -> list[int]:
    """Our children running ``-m deploy_mcp``."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        ppid = int(stat.rpartition(")")[2].split()[1])
        if ppid == os.getpid() and b"deploy_mcp" in cmdline:
            pids.append(int(entry.name))
    return pids



async def run_then_kill(params: StdioServerParameters, steps) -> Any:
    """Connect, run ``steps(client)``, then SIGKILL the server process (no shutdown of any kind)."""
    connection = Client(params)
    client = await connection.__aenter__()
    try:
        return await steps(client)
    finally:
        [pid] = server_pids()
        os.kill(pid, signal.SIGKILL)
        with anyio.fail_after(10):
            while pid in server_pids() and _state(pid) != "Z":
                await anyio.sleep(0.05)
        with contextlib.suppress(Exception, BaseExceptionGroup):  # the transport died with the process
            await connection.__aexit__(None, None, None)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return "gone"


async def wait_for(client: Client, run_name: str, statuses: set[str], timeout: float = 180) -> dict[str, Any]:
    """get_run until the run reaches one of ``statuses`` (generous: the machine running the suite may be loaded)."""
    with anyio.fail_after(timeout):
        while True:
            run = await call(client, "get_run", {"run_name": run_name})
            if run["status"] in statuses:
                return run
            await anyio.sleep(1)
