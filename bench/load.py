"""Load: 32 MCP clients over streamable HTTP against one deploy-mcp and a real dstack server, one of them
calling a backend that never answers.

Set-up, all on 127.0.0.1: a dstack server (offline: runs fail for no capacity); between deploy-mcp and it, a
small HTTP proxy that forwards every request except those naming the run ``hung-run``, which it holds
unanswered; one deploy-mcp over HTTP with a bearer token, ``--backend-timeout`` short. The hung client keeps
calling ``get_run hung-run`` on the same server, so its calls take backend threads and time out there, exactly
where a hung backend hurts (a second deploy-mcp would share nothing with the measured one; a per-call backend
URL would let the model choose where the server connects).

The other clients loop over a mix: validate_config, generate_service_config (local) and get_run, list_runs,
estimate_cost, list_gpus (backend). First one client alone (a quarter of the duration), then all of them.
Printed: calls per second with all clients against one client, p50/p99 per tool, errors (the hung client's
timeouts counted apart: they are the expected answer), and validate_config's p99 overall and in its worst 10-s
window.

Usage: python bench/load.py [--duration 60] [--clients 32] [--backend-timeout 5]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import anyio
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from deploy_mcp.backends.dstack_server import EmbeddedDstackServer

DSTACK_TOKEN = "bench-load-dstack-token"
AUTH_TOKEN = "bench-load-bearer-token-0123456789"
PROJECT = "main"
HUNG_RUN = "hung-run"
VALID = "type: service\nport: 8000\ncommands: [python3 -m http.server 8000]\n"
SERVICE = "type: service\nname: bench-load\nport: 8000\ncommands: [python -m http.server 8000]\n"
MIX = [("validate_config", 4), ("generate_service_config", 1), ("get_run", 2), ("list_runs", 1),
       ("estimate_cost", 1), ("list_gpus", 1)]
WINDOW = 10.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"nothing listens on 127.0.0.1:{port}")


class WithholdingProxy(ThreadingHTTPServer):
    """Forwards to the dstack server; a request whose body names ``HUNG_RUN`` is held until it stops."""

    daemon_threads = True

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.stopping = threading.Event()
        self.held = 0
        super().__init__(("127.0.0.1", 0), _ProxyHandler)


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: WithholdingProxy

    def do_GET(self) -> None:
        self._forward("GET")

    def do_POST(self) -> None:
        self._forward("POST")

    def _forward(self, method: str) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if HUNG_RUN.encode() in body:
            self.server.held += 1
            self.server.stopping.wait(timeout=3600)  # never answered while the bench runs
            self.close_connection = True
            return
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.upstream_port, timeout=120)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        upstream.request(method, self.path, body=body or None, headers=headers)
        response = upstream.getresponse()
        data = response.read()
        upstream.close()
        self.send_response(response.status)
        for key, value in response.getheaders():
            if key.lower() not in ("content-length", "connection", "transfer-encoding", "date", "server"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


class Stats:
    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.validate_at: list[tuple[float, float]] = []  # (finished at, seconds)
        self.errors: dict[str, int] = defaultdict(int)
        self.samples: dict[str, str] = {}
        self.hung_timeouts = 0
        self.hung_other: list[str] = []
        self.calls = 0


def arguments(tool: str, run_name: str) -> dict[str, Any]:
    return {
        "validate_config": {"yaml": VALID},
        "generate_service_config": {"model": "Qwen/Qwen2.5-7B-Instruct"},
        "get_run": {"run_name": run_name},
        "list_runs": {},
        "estimate_cost": {"yaml": VALID},
        "list_gpus": {},
    }[tool]


def client(url: str) -> Client:
    http = create_mcp_http_client(headers={"Authorization": f"Bearer {AUTH_TOKEN}"})
    return Client(streamable_http_client(url, http_client=http), read_timeout_seconds=120)


async def worker(url: str, run_name: str, until: float, stats: Stats, seed: int) -> None:
    rng = random.Random(seed)
    tools = [tool for tool, weight in MIX for _ in range(weight)]
    async with client(url) as session:
        while time.monotonic() < until:
            tool = rng.choice(tools)
            start = time.monotonic()
            try:
                result = await session.call_tool(tool, arguments(tool, run_name))
                failed, text = result.is_error, result.content[0].text if result.content else ""
            except Exception as exc:  # noqa: BLE001 (a transport failure is an error like any other)
                failed, text = True, f"{type(exc).__name__}: {exc}"
            took = time.monotonic() - start
            stats.calls += 1
            stats.latency[tool].append(took)
            if tool == "validate_config":
                stats.validate_at.append((time.monotonic(), took))
            if failed:
                stats.errors[tool] += 1
                stats.samples.setdefault(tool, text[:300])


async def hung_worker(url: str, until: float, stats: Stats) -> None:
    async with client(url) as session:
        while time.monotonic() < until:
            result = await session.call_tool("get_run", {"run_name": HUNG_RUN})
            text = result.content[0].text if result.content else ""
            if result.is_error and "backend_unreachable" in text:
                stats.hung_timeouts += 1
            else:
                stats.hung_other.append(text[:200])


async def phase(url: str, run_name: str, clients: int, seconds: float,
                with_hung: bool) -> tuple[Stats, float]:
    stats = Stats()
    start = time.monotonic()
    until = start + seconds
    async with anyio.create_task_group() as group:
        if with_hung:
            group.start_soon(hung_worker, url, until, stats)
        for i in range(clients - (1 if with_hung else 0)):
            group.start_soon(worker, url, run_name, until, stats, i)
    return stats, time.monotonic() - start


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def worst_window_p99(points: list[tuple[float, float]]) -> float:
    if not points:
        return float("nan")
    first = points[0][0]
    windows: dict[int, list[float]] = defaultdict(list)
    for at, took in points:
        windows[int((at - first) // WINDOW)].append(took)
    return max(pct(v, 0.99) for v in windows.values())


async def submit_one(url: str) -> str:
    async with client(url) as session:
        result = await session.call_tool("submit_run", {"yaml": SERVICE})
        if result.is_error:
            raise SystemExit(f"submit_run failed: {result.content[0].text}")
        return result.structured_content["run_name"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=60.0, help="Seconds of the all-clients phase.")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--backend-timeout", type=float, default=5.0)
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="bench-load-"))
    dstack = EmbeddedDstackServer(
        port=free_port(), token_candidates=[DSTACK_TOKEN], server_dir=root / "server",
        log_path=root / "dstack.log",
        env={"HOME": str(root), "DSTACK_SERVER_ROOT_LOG_LEVEL": "CRITICAL"},
    )
    dstack.start()
    proxy: WithholdingProxy | None = None
    server: subprocess.Popen[bytes] | None = None
    try:
        dstack.token_within(180)
        proxy = WithholdingProxy(int(dstack.url.rsplit(":", 1)[1]))
        threading.Thread(target=proxy.serve_forever, name="proxy", daemon=True).start()
        port = free_port()
        env = {"PATH": os.environ.get("PATH", ""), "HOME": str(root), "DEPLOY_MCP_AUTH_TOKEN": AUTH_TOKEN,
               "DEPLOY_MCP_STATE_DIR": str(root / "state"), "DEPLOY_MCP_DSTACK": "external",
               "DEPLOY_MCP_DSTACK_SERVER_URL": f"http://127.0.0.1:{proxy.server_address[1]}",
               "DEPLOY_MCP_DSTACK_TOKEN": DSTACK_TOKEN, "DEPLOY_MCP_DSTACK_PROJECT": PROJECT,
               "DEPLOY_MCP_HF_LOOKUP": "false", "DEPLOY_MCP_LOG_LEVEL": "WARNING",
               "DEPLOY_MCP_BACKEND_TIMEOUT": str(args.backend_timeout)}
        server = subprocess.Popen(
            [sys.executable, "-m", "deploy_mcp", "--transport", "http", "--port", str(port)],
            env=env, stdout=subprocess.DEVNULL, stderr=(root / "server.log").open("wb"),
        )
        wait_port(port, time.monotonic() + 120)
        url = f"http://127.0.0.1:{port}/mcp"
        run_name = anyio.run(submit_one, url)

        single, single_elapsed = anyio.run(phase, url, run_name, 1, args.duration / 4, False)
        loaded, loaded_elapsed = anyio.run(phase, url, run_name, args.clients, args.duration, True)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if proxy is not None:
            proxy.stopping.set()
            proxy.shutdown()
        dstack.close()

    one = single.calls / single_elapsed
    many = loaded.calls / loaded_elapsed
    print(f"deploy-mcp under load: {args.clients} streamable-HTTP clients for {args.duration:g} s "
          f"(1 of them on a backend that never answers), backend timeout {args.backend_timeout:g} s")
    print(f"throughput: {many:.1f} calls/s with {args.clients} clients, {one:.1f} calls/s with one client "
          f"(x{many / one:.2f})")
    print(f"{'tool':26} {'calls':>6} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for tool, _ in MIX:
        values = loaded.latency.get(tool, [])
        print(f"{tool:26} {len(values):6d} {pct(values, 0.5) * 1000:8.0f} {pct(values, 0.99) * 1000:8.0f} "
              f"{loaded.errors.get(tool, 0):6d}")
    print(f"errors: {sum(loaded.errors.values())} of {loaded.calls} calls"
          + "".join(f"\n  {tool}: {text}" for tool, text in loaded.samples.items()))
    print(f"hung client: {loaded.hung_timeouts} calls ended backend_unreachable as expected, "
          f"{len(loaded.hung_other)} otherwise; the proxy held {proxy.held if proxy else 0} requests")
    validate = loaded.latency.get("validate_config", [])
    worst = worst_window_p99(loaded.validate_at)
    print(f"validate_config p99: {pct(validate, 0.99) * 1000:.0f} ms overall, {worst * 1000:.0f} ms in the "
          f"worst {WINDOW:g}-s window (target < 1000 ms)")
    alone = single.latency.get("validate_config", [])
    if alone:
        print(f"validate_config with one client: p50 {statistics.median(alone) * 1000:.0f} ms, "
              f"p99 {pct(alone, 0.99) * 1000:.0f} ms")
    print(json.dumps({
        "clients": args.clients, "duration": args.duration, "throughput_ratio": round(many / one, 2),
        "errors": sum(loaded.errors.values()), "validate_p99_ms": round(pct(validate, 0.99) * 1000),
        "validate_worst_window_p99_ms": round(worst * 1000),
    }))


if __name__ == "__main__":
    main()
