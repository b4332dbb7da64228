"""Limits and ownership survive SIGKILL: the server runs as ``python -m deploy_mcp`` over stdio and is killed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from support import call, retrying_service, run_then_kill, server_params, wait_for

pytestmark = [pytest.mark.anyio, pytest.mark.dstack_server]

SERVICE = retrying_service("durable")


async def test_attempts_and_owned_runs_survive_sigkill_and_a_run_submitted_just_before_is_never_resubmitted(
    dstack_server, tmp_path: Path
) -> None:
    state_dir, home = tmp_path / "state", tmp_path / "home"
    home.mkdir()
    params = server_params(dstack_server, state_dir, home)

    async def first_attempt(client: Client) -> dict[str, Any]:
        return await call(client, "submit_run", {"yaml": SERVICE})

    first = await run_then_kill(params, first_attempt)
    assert first["attempt"] == 1

    async def second_attempt(client: Client) -> dict[str, Any]:
        runs = await call(client, "list_runs", {})
        assert [(r["run_name"], r["owned"], r["attempt"]) for r in runs["runs"]] == [(first["run_name"], True, 1)]
        return await call(client, "submit_run", {"yaml": SERVICE})

    second = await run_then_kill(params, second_attempt)
    assert second["attempt"] == 2 and second["stopped_previous"] == [first["run_name"]]

    # The kill came between the backend accepting attempt 2 and the ledger recording it: put the row back the
    # way such a crash leaves it.
    with sqlite3.connect(state_dir / "ledger.sqlite3") as db:
        db.execute("UPDATE attempts SET status = 'submitting', submitted_at = NULL WHERE run_name = ?",
                   (second["run_name"],))

    async def after_restart(client: Client) -> dict[str, Any]:
        found = await call(client, "get_run", {"run_name": second["run_name"]})
        ledger = json.loads((await client.read_resource("deploy://deployments/durable")).contents[0].text)
        third = await call(client, "submit_run", {"yaml": SERVICE})
        refused = await client.call_tool("submit_run", {"yaml": SERVICE})
        await call(client, "stop_run", {"run_name": third["run_name"], "abort": True})
        return {"found": found, "ledger": ledger, "third": third, "refused": refused.content[0].text}

    outcome = await run_then_kill(params, after_restart)
    found, ledger, third = outcome["found"], outcome["ledger"], outcome["third"]
    assert found["owned"] is True and found["attempt"] == 2 and found["status"] != "submitting"
    assert ledger["attempts_used"] == 2
    assert [a["status"] != "submitting" for a in ledger["attempts"]] == [True, True]
    assert third["attempt"] == 3 and third["stopped_previous"] == [second["run_name"]]
    assert "attempts_exhausted" in outcome["refused"]

    on_server = [r for r in dstack_server.client().runs.list(all=True) if r.name == second["run_name"]]
    assert len(on_server) == 1
    assert on_server[0]._run.latest_job_submission.submission_num == 0  # submitted once, never again


async def test_an_attempt_recorded_but_never_sent_is_deleted_after_a_kill_and_its_number_reused(dstack_server, tmp_path: Path) -> None:
    state_dir, home = tmp_path / "state", tmp_path / "home"
    home.mkdir()
    params = server_params(dstack_server, state_dir, home)

    async def submit(client: Client) -> dict[str, Any]:
        return await call(client, "submit_run", {"yaml": SERVICE})

    first = await run_then_kill(params, submit)
    # A kill after the reservation but before the backend call leaves a row whose run does not exist.
    with sqlite3.connect(state_dir / "ledger.sqlite3") as db:
        row = db.execute("SELECT * FROM attempts WHERE n = 1").fetchone()
        ghost = first["run_name"].removesuffix("-a1") + "-a2"  # the random token may itself hold "-a1"
        db.execute(
            "INSERT INTO attempts (deployment, n, run_name, status, submitted_yaml, effective_yaml, diff, owner, "
            "created_at) SELECT deployment, 2, ?, 'submitting', submitted_yaml, effective_yaml, '', owner, "
            "created_at FROM attempts WHERE n = 1", (ghost,),
        )
        assert row is not None

    async def resubmit(client: Client) -> dict[str, Any]:
        result = await call(client, "submit_run", {"yaml": SERVICE})
        await call(client, "stop_run", {"run_name": result["run_name"], "abort": True})
        return result

    second = await run_then_kill(params, resubmit)
    assert second["attempt"] == 2 and second["run_name"] == ghost  # the number the ghost held, run name included
    with sqlite3.connect(state_dir / "ledger.sqlite3") as db:
        rows = db.execute("SELECT n, run_name, status FROM attempts ORDER BY n").fetchall()
    assert [(n, name) for n, name, _ in rows] == [(1, first["run_name"]), (2, ghost)]
    assert rows[1][2] != "submitting"


async def test_budget_reservations_survive_sigkill_and_the_budget_is_never_exceeded(
    dstack_server, tmp_path: Path
) -> None:
    state_dir, home = tmp_path / "state", tmp_path / "home"
    home.mkdir()
    # each run's worst case is $1/h x 1 h = $1: a $2.50 budget holds two at once, never three
    params = server_params(dstack_server, state_dir, home, DEPLOY_MCP_BUDGET_USD="2.5")

    def bounded(name: str) -> str:
        return SERVICE.replace("name: durable", f"name: {name}") + "max_price: 1\nmax_duration: 1h\n"

    async def first_run(client: Client) -> dict[str, Any]:
        return await call(client, "submit_run", {"yaml": bounded("kill-a")})

    first = await run_then_kill(params, first_run)
    assert first["budget"]["reserved_usd"] == 1.0

    async def after_kill(client: Client) -> dict[str, Any]:
        policy = json.loads((await client.read_resource("deploy://policy")).contents[0].text)
        second = await call(client, "submit_run", {"yaml": bounded("kill-b")})
        third = await client.call_tool("submit_run", {"yaml": bounded("kill-c")})
        return {"policy": policy["budget"], "second": second, "third": third.content[0].text}

    outcome = await run_then_kill(params, after_kill)
    assert outcome["policy"] == {"budget_usd": 2.5, "spent_usd": 0.0, "reserved_usd": 1.0, "left_usd": 1.5}
    assert outcome["second"]["budget"]["reserved_usd"] == 2.0
    assert "over_budget" in outcome["third"] and "reserved $2.00 (active runs) + $1.00" in outcome["third"]

    async def released(client: Client) -> dict[str, Any]:
        before = json.loads((await client.read_resource("deploy://policy")).contents[0].text)["budget"]
        for run in (first, outcome["second"]):
            await call(client, "stop_run", {"run_name": run["run_name"], "abort": True})
        for run in (first, outcome["second"]):
            await wait_for(client, run["run_name"], {"stopped", "failed", "done"})
        after = json.loads((await client.read_resource("deploy://policy")).contents[0].text)["budget"]
        return {"before": before, "after": after}

    budgets = await run_then_kill(params, released)
    assert budgets["before"]["reserved_usd"] == 2.0
    assert budgets["after"]["reserved_usd"] == 0.0 and budgets["after"]["left_usd"] == 2.5
