"""Calling tools from tests: the structured result of a success, or the JSON body of a tool error."""

from __future__ import annotations

import json
import socket
import time
from typing import Any

from mcp import Client


async def call(client: Client, tool: str, args: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(tool, args)
    assert not result.is_error, result.content[0].text
    return result.structured_content


async def call_error(client: Client, tool: str, args: dict[str, Any]) -> dict[str, Any]:
    """The ``{"error", "message", "hint", ...}`` body, found behind the SDK's "Error executing tool X: " prefix."""
    result = await client.call_tool(tool, args)
    assert result.is_error, result.structured_content
    text = result.content[0].text
    return json.loads(text[text.index("{"):])


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


# A run any dstack server takes; with no backends configured it fails for lack of capacity within seconds.
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
