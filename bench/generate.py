"""generate_service_config throughput through an in-memory MCP client, against one dstack parse of the same YAML.

Each generate call sizes the model, writes the YAML and opens (reopens) the deployment; the baseline is the least
any tool returning that YAML does: dstack's own parse of it. The first call is timed in a fresh interpreter (it
pays the server's lazy imports; the client's own jsonschema import is paid before the clock starts); steady state
is the mean over ``--calls``. Reading GPU facts from sizing/gpu_catalogue.py instead of importing gpuhunt (which
pulls in requests) took ~0.2 s off the first call.

Usage: python bench/generate.py [--calls 200] [--fresh 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time

REQUEST = {"model": "meta-llama/Llama-3.1-8B-Instruct", "gpu": "L4"}

FIRST_CALL = """
import json, sys, tempfile, time
import anyio
import jsonschema  # noqa: F401  the Python client validates results with it: its own cost, not the server's
from mcp import Client
from deploy_mcp.server import build_server
from deploy_mcp.settings import Settings

async def main():
    settings = Settings(state_dir=tempfile.mkdtemp(prefix="deploy-mcp-bench-"), dstack="external")
    async with Client(build_server(settings)) as client:
        start = time.perf_counter()
        result = await client.call_tool("generate_service_config", json.loads(sys.argv[1]))
        first = time.perf_counter() - start
        assert not result.is_error, result
        start = time.perf_counter()
        await client.call_tool("generate_service_config", json.loads(sys.argv[1]))
        print(json.dumps({"first": first, "second": time.perf_counter() - start}))

anyio.run(main)
"""


def first_call(runs: int) -> tuple[float, float]:
    firsts, seconds = [], []
    for _ in range(runs + 1):
        out = subprocess.run([sys.executable, "-c", FIRST_CALL, json.dumps(REQUEST)], capture_output=True, text=True,
                             check=True).stdout
        answer = json.loads(out.strip().splitlines()[-1])
        firsts.append(answer["first"])
        seconds.append(answer["second"])
    # The first run warms the .pyc caches; it is not counted.
    return statistics.median(firsts[1:]), statistics.median(seconds[1:])


def steady(calls: int) -> tuple[float, float]:
    import anyio
    import yaml
    from dstack._internal.core.models.configurations import parse_apply_configuration
    from mcp import Client

    from deploy_mcp.server import build_server
    from deploy_mcp.settings import Settings

    async def through_mcp() -> tuple[float, str]:
        settings = Settings(state_dir=tempfile.mkdtemp(prefix="deploy-mcp-bench-"), dstack="external")
        async with Client(build_server(settings)) as client:
            warm = await client.call_tool("generate_service_config", REQUEST)
            text = warm.structured_content["yaml"]
            start = time.perf_counter()
            for _ in range(calls):
                await client.call_tool("generate_service_config", REQUEST)
            return time.perf_counter() - start, text

    elapsed, text = anyio.run(through_mcp)
    parse_apply_configuration(yaml.safe_load(text))
    start = time.perf_counter()
    for _ in range(calls):
        parse_apply_configuration(yaml.safe_load(text))
    return elapsed, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--fresh", type=int, default=5, help="fresh interpreters for the first-call figure")
    args = parser.parse_args()
    first, second = first_call(args.fresh)
    print(f"first generate call in a fresh server  {first * 1000:7.1f} ms  (second call {second * 1000:.1f} ms; "
          f"median of {args.fresh})")
    t_mcp, t_parse = steady(args.calls)
    print(f"generate_service_config over MCP  {args.calls / t_mcp:8.0f} calls/s  {t_mcp / args.calls * 1000:6.2f} ms/call")
    print(f"dstack parse of the same YAML     {args.calls / t_parse:8.0f} calls/s  "
          f"{t_parse / args.calls * 1000:6.2f} ms/call")
    print(f"ratio (generate / parse)          {t_mcp / t_parse:.1f}")


if __name__ == "__main__":
    main()
