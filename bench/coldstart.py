"""Cold start and validate_config overhead, measured against baselines in the same run.

1. Launch -> `tools/list` response over stdio, deploy-mcp against a one-tool MCPServer, alternated.
   Target: ratio <= 1.1 (dstack and kubernetes stay unimported until a tool needs them). On Linux it also
   reports the processes' on-CPU time up to that response (all threads, from /proc), which other load on the
   machine disturbs far less than the wall time.
2. validate_config through an in-memory MCP client against direct calls of dstack's parser on the same YAML.
   Target: the protocol and the project's checks add under 2 ms a call.

Usage: python bench/coldstart.py [--runs 10] [--calls 300]
"""

from __future__ import annotations

import argparse
import glob
import json
import logging
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = """\
from mcp.server.mcpserver import MCPServer

server = MCPServer("baseline")


@server.tool()
def add(a: int, b: int) -> int:
    return a + b


server.run("stdio")
"""

CONFIG = """\
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


def time_to_tools_list(argv: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from spawn to the tools/list response, speaking JSON-RPC over the child's pipes, and the
    seconds the child's threads had been on a CPU by then (None where /proc does not say)."""
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "bench", "version": "0"}}},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
    ]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdin and proc.stdout
    proc.stdin.write((json.dumps(messages[0]) + "\n").encode())
    proc.stdin.flush()
    proc.stdout.readline()
    for message in messages[1:]:
        proc.stdin.write((json.dumps(message) + "\n").encode())
    proc.stdin.flush()
    reply = json.loads(proc.stdout.readline())
    elapsed = time.perf_counter() - start
    on_cpu = _on_cpu_seconds(proc.pid)
    assert reply.get("id") == 2 and reply["result"]["tools"], reply
    proc.stdin.close()
    proc.wait(timeout=30)
    return elapsed, on_cpu


def _on_cpu_seconds(pid: int) -> float | None:
    try:
        tasks = glob.glob(f"/proc/{pid}/task/*/schedstat")
        return sum(int(Path(task).read_text().split()[0]) for task in tasks) / 1e9 or None
    except (OSError, ValueError, IndexError):
        return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cold_start(runs: int) -> None:
    state = tempfile.mkdtemp(prefix="deploy-mcp-bench-")
    env = dict(os.environ, DEPLOY_MCP_STATE_DIR=state, DEPLOY_MCP_DSTACK="external", DEPLOY_MCP_LOG_LEVEL="WARNING")
    baseline = Path(state) / "baseline_server.py"
    baseline.write_text(BASELINE)
    ours_argv = [sys.executable, "-m", "deploy_mcp"]
    base_argv = [sys.executable, str(baseline)]
    # The default mode starts an embedded dstack server in the background; that must not delay tools/list.
    embedded_env = dict(env, DEPLOY_MCP_DSTACK="embedded", DEPLOY_MCP_DSTACK_SERVER_DIR=str(Path(state) / "dstack"),
                        DEPLOY_MCP_DSTACK_SERVER_PORT=str(_free_port()))
    variants = {
        "one-tool MCPServer": (base_argv, env),
        "deploy-mcp": (ours_argv, env),
        "deploy-mcp, embedded dstack starting": (ours_argv, embedded_env),
    }
    for argv, variant_env in variants.values():  # warm the .pyc caches before measuring
        # Even where the environment says not to write them (PYTHONDONTWRITEBYTECODE): without them every start
        # of the editable checkout compiles deploy-mcp's sources, which an installed package never does.
        writing = {k: v for k, v in variant_env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        time_to_tools_list(argv, writing)
    times: dict[str, list[float]] = {name: [] for name in variants}
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, (argv, variant_env) in variants.items():
            elapsed, on_cpu = time_to_tools_list(argv, variant_env)
            times[name].append(elapsed)
            if on_cpu is not None:
                cpu[name].append(on_cpu)
    base = statistics.median(times["one-tool MCPServer"])
    base_cpu = statistics.median(cpu["one-tool MCPServer"]) if cpu["one-tool MCPServer"] else None
    print(f"cold start to tools/list over stdio ({runs} runs each, alternated)")
    for name, samples in times.items():
        median = statistics.median(samples)
        line = f"  {name:38} median {median * 1000:7.1f} ms  ratio {median / base:.2f}"
        if base_cpu and len(cpu[name]) == len(samples):
            on_cpu = statistics.median(cpu[name])
            line += f"   on-CPU {on_cpu * 1000:7.1f} ms  ratio {on_cpu / base_cpu:.2f}"
        print(line)
    print("  target: ratio <= 1.1")


def validate_overhead(calls: int) -> None:
    import anyio
    import yaml
    from dstack._internal.core.models.configurations import parse_apply_configuration
    from mcp import Client

    from deploy_mcp.server import build_server
    from deploy_mcp.settings import Settings

    def direct() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            parse_apply_configuration(yaml.safe_load(CONFIG))
        return time.perf_counter() - start

    # As `deploy-mcp` logs (a plain line per tool call, not the SDK's default rich handler), into the void.
    logging.basicConfig(stream=open(os.devnull, "w"), level=logging.INFO,  # noqa: SIM115
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    async def through_mcp() -> float:
        settings = Settings(state_dir=tempfile.mkdtemp(prefix="deploy-mcp-bench-"), dstack="external")
        async with Client(build_server(settings)) as client:
            await client.call_tool("validate_config", {"yaml": CONFIG})  # first call pays the lazy imports
            start = time.perf_counter()
            for _ in range(calls):
                result = await client.call_tool("validate_config", {"yaml": CONFIG})
            elapsed = time.perf_counter() - start
        assert result.structured_content["valid"] is True
        return elapsed

    direct()
    t_direct = direct()
    t_mcp = anyio.run(through_mcp)
    per_direct, per_mcp = t_direct / calls * 1000, t_mcp / calls * 1000
    print(f"validate_config, {calls} calls")
    print(f"  dstack parser direct      {calls / t_direct:8.0f} calls/s  {per_direct:6.2f} ms/call")
    print(f"  validate_config over MCP  {calls / t_mcp:8.0f} calls/s  {per_mcp:6.2f} ms/call")
    print(f"  added per call            {per_mcp - per_direct:6.2f} ms  (target < 2 ms; includes the merge and")
    print("                            the project's checks, with no mandatory options in force)")
    print(f"  ratio                     {t_mcp / t_direct:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    cold_start(args.runs)
    validate_overhead(args.calls)


if __name__ == "__main__":
    main()
