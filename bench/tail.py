"""tail_logs against the raw log, on a real dstack server.

A run gets a 50,000-line vLLM-style log with a CUDA out-of-memory failure buried in the middle (followed by
thousands of lines of retries and shutdown noise), written into the dstack server's own log storage. Measured:

1. bytes tail_logs returns (the whole JSON result) against the raw log's size;
2. whether the failure's evidence lines come back (in the diagnosis) although the tail itself is the noise;
3. the time of a cursor follow-up call (10 new lines) through an in-memory MCP client against one raw dstack
   logs page request for the same lines (``start_time`` = the last timestamp seen), alternated.

Usage: python bench/tail.py [--lines 50000] [--calls 30]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import anyio
from mcp import Client

from deploy_mcp.backends.dstack_server import EmbeddedDstackServer
from deploy_mcp.server import build_server
from deploy_mcp.settings import Settings

TOKEN = "bench-tail-token"
PROJECT = "main"
OOM = ("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of "
       "23.57 GiB of which 1.12 GiB is free.")
SERVICE = """\
type: service
name: bench-tail
port: 8000
commands:
  - vllm serve Qwen/Qwen2.5-7B-Instruct --port 8000
resources:
  gpu: 0
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def synthetic_log(total: int) -> list[str]:
    """Start-up, a failure at 60 %, then retries and noise until the end."""
    fail_at = int(total * 0.6)
    lines = []
    for i in range(total):
        if i < fail_at:
            lines.append(f"INFO 01-01 00:{i // 6000 % 60:02d}:{i // 100 % 60:02d} [loader.py:{i % 500}] "
                         f"Loading safetensors checkpoint shards: {i % 100}% Completed | {i % 7}/7")
        elif i == fail_at:
            lines += ["ERROR 01-01 00:10:00 [engine.py:1] EngineCore failed to start.",
                      "Traceback (most recent call last):",
                      '  File "/usr/lib/python3/dist-packages/vllm/worker/gpu_worker.py", line 211, in load_model',
                      OOM]
        else:
            lines.append(f"WARNING 01-01 00:20:{i % 60:02d} [api_server.py:{i % 900}] Retrying engine start "
                         f"(attempt {i - fail_at}); waiting for workers to exit cleanly")
    return lines[:total]


def write_log(server_dir: Path, run_name: str, submission_id: str, lines: list[str], start: datetime) -> int:
    path = server_dir / "projects" / PROJECT / "logs" / run_name / submission_id / "job.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = 0
    with path.open("a", encoding="utf-8") as f:
        for i, text in enumerate(lines):
            ts = start + timedelta(milliseconds=i // 4)  # four lines per timestamp, as bursts do
            f.write(json.dumps({"timestamp": ts.isoformat(), "log_source": "stdout", "message": text + "\n"}) + "\n")
            raw += len(text.encode()) + 1
    return raw


async def bench(total: int, calls: int) -> None:
    root = Path(tempfile.mkdtemp(prefix="bench-tail-"))
    server = EmbeddedDstackServer(
        port=free_port(), token_candidates=[TOKEN], server_dir=root / "server", log_path=root / "dstack.log",
        env={"HOME": str(root), "DSTACK_SERVER_ROOT_LOG_LEVEL": "CRITICAL"},
    )
    server.start()
    try:
        server.token_within(180)
        settings = Settings(state_dir=root / "state", hf_lookup=False, dstack="external",
                            dstack_server_url=server.url, dstack_token=TOKEN, dstack_project=PROJECT)
        from dstack.api import Client as DstackClient

        dstack = DstackClient.from_config(project_name=PROJECT, server_url=server.url, user_token=TOKEN)
        async with Client(build_server(settings)) as client:
            submitted = (await client.call_tool("submit_run", {"yaml": SERVICE})).structured_content
            name = submitted["run_name"]
            run = dstack.runs.get(name)
            submission_id = str(run._run.latest_job_submission.id)
            start = datetime(2026, 1, 1, tzinfo=UTC)
            log = synthetic_log(total)
            raw_bytes = write_log(root / "server", name, submission_id, log, start)
            with anyio.fail_after(120):
                while (await client.call_tool("get_run", {"run_name": name})).structured_content["status"] != "failed":
                    await anyio.sleep(1)

            result = await client.call_tool("tail_logs", {"run_name": name})
            tail = result.structured_content
            returned = len(result.content[0].text.encode())
            evidence = (tail["diagnosis"] or {}).get("evidence", [])
            found = any("CUDA out of memory" in line for line in evidence)

            cursor = tail["cursor"]
            follow_times, raw_times = [], []
            base = start + timedelta(hours=1)
            since = start + timedelta(milliseconds=total // 4)
            for i in range(calls):
                write_log(root / "server", name, submission_id, [f"late line {i}-{j}" for j in range(10)],
                          base + timedelta(seconds=i))
                t0 = time.perf_counter()
                got = (await client.call_tool("tail_logs", {"run_name": name, "cursor": cursor})).structured_content
                follow_times.append(time.perf_counter() - t0)
                assert len(got["lines"]) == 10, got["lines"]
                cursor = got["cursor"]
                t0 = time.perf_counter()
                await anyio.to_thread.run_sync(lambda: _raw_page(dstack, name, submission_id, since))
                raw_times.append(time.perf_counter() - t0)
                since = base + timedelta(seconds=i)

        follow, raw = statistics.median(follow_times), statistics.median(raw_times)
        print(f"log: {total:,} lines, {raw_bytes:,} bytes; failure at line {int(total * 0.6):,}")
        print(f"tail_logs (defaults): {returned:,} bytes returned = {returned / raw_bytes:.4f} of the raw log "
              f"({raw_bytes / returned:.0f}x smaller), {len(tail['lines'])} lines, truncated={tail['truncated']}")
        print(f"diagnosis: {tail['diagnosis']['kind'] if tail['diagnosis'] else None}; "
              f"failure evidence returned: {'yes' if found else 'NO'}")
        for line in evidence:
            print(f"  evidence: {line[:110]}")
        print(f"cursor follow-up (10 new lines): median {follow * 1000:.1f} ms through MCP vs {raw * 1000:.1f} ms "
              f"for one raw dstack logs page request: ratio {follow / raw:.2f} over {calls} calls")
    finally:
        server.close()


def _raw_page(dstack, run_name: str, submission_id: str, since: datetime) -> None:
    """What a client following the log with dstack's API does: one page of events after the last timestamp."""
    from dstack._internal.server.schemas.logs import PollLogsRequest

    dstack.client.logs.poll(PROJECT, PollLogsRequest(run_name=run_name, job_submission_id=submission_id,
                                                      start_time=since, limit=1000))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=50_000)
    parser.add_argument("--calls", type=int, default=30)
    args = parser.parse_args()
    anyio.run(bench, args.lines, args.calls)


if __name__ == "__main__":
    main()
