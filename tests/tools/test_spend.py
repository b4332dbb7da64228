"""Spend you can prove, against a real dstack server: worst-case reservations under a budget, max_duration as dstack
stores it, no identical resubmit after a failure, and runs past their max_duration stopped."""

from __future__ import annotations

import json
import logging
from typing import Any

import anyio
import pytest
from support import SERVICE, WAITING, call, call_error, wait_for

pytestmark = [pytest.mark.anyio, pytest.mark.dstack_server]

async def test_max_duration_from_the_policy_is_in_the_run_spec_dstack_stores(
    dstack_server, settings, open_client
) -> None:
    async with open_client(dstack_server.settings(settings, max_duration="45m")) as client:
        longer = await call(client, "submit_run", {"yaml": WAITING.format(name="dur-a") + "max_duration: 3h\n"})
        shorter = await call(client, "submit_run", {"yaml": WAITING.format(name="dur-b") + "max_duration: 10m\n"})
        for run in (longer, shorter):
            await call(client, "stop_run", {"run_name": run["run_name"], "abort": True})
    api = dstack_server.client().client  # dstack.api.server.APIClient
    stored = {name: api.runs.get(dstack_server.project, name).run_spec.configuration.max_duration
              for name in (longer["run_name"], shorter["run_name"])}
    assert stored == {longer["run_name"]: 45 * 60, shorter["run_name"]: 10 * 60}
    assert [o for o in longer["overrides"] if o["field"] == "max_duration"] == [{
        "field": "max_duration", "model_value": "3h", "enforced_value": "45m", "source": "policy", "rule": "min",
    }]


async def test_a_budget_needs_max_price_and_max_duration_and_refuses_what_could_overrun_it(
    dstack_server, settings, open_client
) -> None:
    async with open_client(dstack_server.settings(settings, budget_usd=10.0)) as client:
        no_price = await call_error(client, "submit_run", {"yaml": WAITING.format(name="b1")})
        assert no_price["error"] == "max_price_required"
        no_time = await call_error(client, "submit_run", {"yaml": WAITING.format(name="b1") + "max_price: 1\n"})
        assert no_time["error"] == "max_duration_required" and "max_duration" in no_time["hint"]
        # 2 replicas x $1.50/h x 2 h = $6 reserved
        first = await call(client, "submit_run", {
            "yaml": WAITING.format(name="b1") + "max_price: 1.5\nmax_duration: 2h\nreplicas: 2\n"
        })
        assert first["reserved_usd"] == 6.0
        assert first["budget"] == {"budget_usd": 10.0, "spent_usd": 0.0, "reserved_usd": 6.0, "left_usd": 4.0}
        # $1/h x 5 h = $5 > $4 left
        over = await call_error(client, "submit_run", {
            "yaml": WAITING.format(name="b2") + "max_price: 1\nmax_duration: 5h\n"
        })
        assert over["error"] == "over_budget"
        assert "spent $0.00 + reserved $6.00 (active runs) + $5.00 (this run's worst case) = $11.00" in over["message"]
        assert "$4.00 is left" in over["hint"]
        run = await call(client, "get_run", {"run_name": first["run_name"]})
        assert run["reserved_usd"] == 6.0 and run["budget"]["left_usd"] == 4.0
        policy = json.loads((await client.read_resource("deploy://policy")).contents[0].text)
        assert policy["budget"] == {"budget_usd": 10.0, "spent_usd": 0.0, "reserved_usd": 6.0, "left_usd": 4.0}
        # stopping the first run releases its reservation; what it cost (nothing: it never ran) is spent
        await call(client, "stop_run", {"run_name": first["run_name"], "abort": True})
        await wait_for(client, first["run_name"], {"stopped", "failed", "done"})
        fits = await call(client, "submit_run", {"yaml": WAITING.format(name="b2") + "max_price: 1\nmax_duration: 5h\n"})
        assert fits["budget"]["reserved_usd"] == 5.0 and fits["budget"]["spent_usd"] == 0.0
        await call(client, "stop_run", {"run_name": fits["run_name"], "abort": True})


async def test_twenty_concurrent_submits_never_reserve_more_than_the_budget(
    dstack_server, settings, open_client
) -> None:
    # each run's worst case is $1/h x 1 h = $1; a $3.50 budget admits exactly three
    outcomes: list[dict[str, Any]] = []
    async with open_client(dstack_server.settings(settings, budget_usd=3.5, max_attempts=50)) as client:

        async def one(i: int) -> None:
            text = WAITING.format(name=f"crowd-{i}") + "max_price: 1\nmax_duration: 1h\n"
            result = await client.call_tool("submit_run", {"yaml": text})
            outcomes.append({"error": result.content[0].text} if result.is_error else result.structured_content)

        async with anyio.create_task_group() as tg:
            for i in range(20):
                tg.start_soon(one, i)
        admitted = [o for o in outcomes if "run_name" in o]
        assert len(admitted) == 3
        assert all("over_budget" in o["error"] for o in outcomes if "error" in o)
        policy = json.loads((await client.read_resource("deploy://policy")).contents[0].text)
        assert policy["budget"]["reserved_usd"] == 3.0 and policy["budget"]["left_usd"] == 0.5
        for run in admitted:
            await call(client, "stop_run", {"run_name": run["run_name"], "abort": True})


async def test_an_identical_config_after_a_failure_is_refused_free_and_a_changed_one_takes_the_next_number(
    dstack_server, settings, open_client, caplog
) -> None:
    caplog.set_level(logging.INFO, logger="deploy_mcp.runs.control")
    async with open_client(dstack_server.settings(settings)) as client:
        first = await call(client, "submit_run", {"yaml": SERVICE.format(name="spin")})
        await wait_for(client, first["run_name"], {"failed"})  # no fleet: not retryable as is
        refused = await call_error(client, "submit_run", {"yaml": SERVICE.format(name="spin")})
        assert refused["error"] == "identical_after_failure" and refused["failure_kind"] == "no_capacity"
        assert "Suggested fix:" in refused["hint"] and "no attempt was used" in refused["message"]
        ledger = json.loads((await client.read_resource("deploy://deployments/spin")).contents[0].text)
        assert ledger["attempts_used"] == 1 and [a["n"] for a in ledger["attempts"]] == [1]
        changed = await call(client, "submit_run", {"yaml": SERVICE.format(name="spin") + "env: [EXTRA=1]\n"})
        assert changed["attempt"] == 2 and changed["run_name"].endswith("-a2") and changed["attempts_left"] == 1
        files = sorted(p.name for p in (settings.state_dir / "deployments" / "spin").iterdir())
        assert files == ["attempt-1.submitted.yml", "attempt-1.yml", "attempt-2.submitted.yml", "attempt-2.yml"]
        run = await call(client, "get_run", {"run_name": changed["run_name"]})
        assert run["attempt"] == 2
    # answers, run names, config files and the server's log all number the attempts 1 and 2
    submitted = [r.getMessage() for r in caplog.records if r.getMessage().startswith("submitted ")]
    assert submitted == [f"submitted {first['run_name']} (deployment spin, attempt 1)",
                         f"submitted {changed['run_name']} (deployment spin, attempt 2)"]


async def test_a_failure_diagnosed_retryable_may_be_resubmitted_as_is(dstack_server, settings, open_client) -> None:
    async with open_client(dstack_server.settings(settings)) as client:
        first = await call(client, "submit_run", {"yaml": SERVICE.format(name="flaky")})
        # the container could not reach the Hub: a network failure the same config may get past
        dstack_server.write_log(first["run_name"], [(
            "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='huggingface.co', port=443): "
            "Max retries exceeded with url: /api/models/x"
        )])
        await wait_for(client, first["run_name"], {"failed"})
        tail = await call(client, "tail_logs", {"run_name": first["run_name"]})
        assert tail["diagnosis"]["retryable_as_is"] is True
        again = await call(client, "submit_run", {"yaml": SERVICE.format(name="flaky")})
        assert again["attempt"] == 2 and again["diff_from_previous"] == ""


async def test_a_run_past_its_max_duration_is_stopped_by_list_runs_and_on_start_up(
    dstack_server, settings, open_client
) -> None:
    short = dstack_server.settings(settings, max_duration="5s")
    async with open_client(short) as client:
        first = await call(client, "submit_run", {"yaml": WAITING.format(name="overdue")})
        await anyio.sleep(6)
        runs = await call(client, "list_runs", {})
        [view] = [r for r in runs["runs"] if r["run_name"] == first["run_name"]]
        assert view["note"] and "past its max_duration of 5 s" in view["note"]
        await wait_for(client, first["run_name"], {"stopped", "failed", "done"})
        second = await call(client, "submit_run", {"yaml": WAITING.format(name="overdue2")})
    await anyio.sleep(6)
    # a new server on the same state directory stops it in the background, before any tool is called
    async with open_client(short) as client:
        with anyio.fail_after(180):
            while True:
                ledger = json.loads((await client.read_resource("deploy://deployments/overdue2")).contents[0].text)
                if ledger["attempts"][0]["note"]:
                    break
                await anyio.sleep(0.5)
        assert "past its max_duration" in ledger["attempts"][0]["note"]
        stopped = await wait_for(client, second["run_name"], {"stopped", "failed", "done"})
        # Read again: a run dstack submits only after the stop was asked gets the stop asked again, and a line
        # saying so added to its note, between the first read and the end.
        ledger = json.loads((await client.read_resource("deploy://deployments/overdue2")).contents[0].text)
        assert stopped["note"] == ledger["attempts"][0]["note"]
