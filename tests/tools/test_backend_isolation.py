"""A hung backend stalls only backend calls: with 60 of them hanging on a dstack URL that accepts and never
answers, validate_config still answers at once, the calls beyond the backend's own threads fail fast once the
circuit opens, and after the cool-down one probe goes through (half-open) while the others are still
refused."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest
from mcp import Client
from support import body_of, call, call_error

pytestmark = pytest.mark.anyio

VALID = "type: service\nport: 8000\nimage: nginx\ncommands: [python3 -m http.server 8000]\n"
HUNG_CALLS = 60
SDK_DEFAULT_THREADS = 40  # anyio's default thread limiter, shared by every sync tool before this was fixed


async def circuit(client: Client) -> dict[str, Any]:
    policy = await client.read_resource("deploy://policy")
    return json.loads(policy.contents[0].text)["backend_circuit"]


async def test_validate_config_answers_while_60_backend_calls_hang_and_the_circuit_opens_then_half_opens(
    settings, hung_backend, open_client
) -> None:
    hung = settings.model_copy(update={
        "dstack_server_url": hung_backend.url, "dstack_token": "token", "dstack_project": "main",
        "backend_timeout": 10.0, "breaker_failures": 3, "breaker_cooldown": 2.0, "backend_concurrency": 16,
    })
    async with open_client(hung) as client:
        await call(client, "validate_config", {"yaml": VALID})  # dstack's models loaded before it matters
        finished: list[dict[str, Any]] = []

        async def backend_call(i: int) -> None:
            result = await client.call_tool("get_run", {"run_name": f"hung-{i}"})
            finished.append({"is_error": result.is_error, **body_of(result)})

        async with anyio.create_task_group() as group:
            for i in range(HUNG_CALLS):
                group.start_soon(backend_call, i)
            with anyio.fail_after(120):
                while hung_backend.accepted == 0:  # the calls are stuck on the silent socket now
                    await anyio.sleep(0.05)
            report = await call(client, "validate_config", {"yaml": VALID})
            generated = await call(client, "generate_service_config", {"model": "Qwen/Qwen2.5-0.5B-Instruct"})
            pending_when_answered = HUNG_CALLS - len(finished)

        assert report["valid"] is True and generated["deployment"]
        assert pending_when_answered == HUNG_CALLS  # answered while every hung call was still waiting
        assert all(f["is_error"] for f in finished)
        assert {f["error"] for f in finished} == {"backend_unreachable"}
        timed_out = [f for f in finished if "did not answer" in f["message"] and "paused" not in f["message"]]
        refused = [f for f in finished if "paused" in f["message"]]
        assert len(timed_out) + len(refused) == HUNG_CALLS
        # Only the backend's own threads waited for a timeout (and a slot freed before the circuit opened may
        # have let in one more); the rest were refused without touching the backend.
        bound = hung.backend_concurrency + hung.breaker_failures - 1
        assert len(timed_out) <= bound < SDK_DEFAULT_THREADS and len(refused) >= HUNG_CALLS - bound
        assert all(f["retry_after_seconds"] > 0 and "validate_config" in f["hint"] for f in refused)

        # The refusals above saw the circuit open. Its cool-down counts from when it opened, and a call let in
        # just before that may have hung past it: by now the circuit is still open or already half-open.
        opened = await circuit(client)
        assert opened["state"] in ("open", "half_open") and opened["consecutive_failures"] >= 3

        await anyio.sleep((opened["retry_after_seconds"] or 0) + 0.5)
        assert (await circuit(client))["state"] == "half_open"
        accepted_before = hung_backend.accepted
        probe: dict[str, Any] = {}

        async def probe_call() -> None:
            probe.update(await call_error(client, "get_run", {"run_name": "probe"}))

        async with anyio.create_task_group() as group:
            group.start_soon(probe_call)
            with anyio.fail_after(60):
                while hung_backend.accepted == accepted_before:  # the probe reached the backend
                    await anyio.sleep(0.05)
            during_probe = await circuit(client)
            refused_during_probe = await call_error(client, "list_runs", {"include_foreign": True})
            probe_pending = not probe

        assert during_probe["state"] == "half_open" and probe_pending
        assert refused_during_probe["error"] == "backend_unreachable"
        assert "paused" in refused_during_probe["message"]
        assert probe["error"] == "backend_unreachable" and "did not answer" in probe["message"]
        assert (await circuit(client))["state"] == "open"  # the failed probe opened it again
