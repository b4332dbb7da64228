"""The run tools against a real dstack server (no backends configured, so every job fails for lack of capacity)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import pytest
from mcp import Client
from support import SERVICE, WAITING, call, call_error, wait_for

from deploy_mcp.settings import Settings

pytestmark = [pytest.mark.anyio, pytest.mark.dstack_server]


def dstack_settings_for(dstack_server, settings: Settings, **update: Any) -> Settings:
    return dstack_server.settings(settings, **update)


async def test_full_fix_loop_fails_for_capacity_diagnoses_resubmits_and_stops_at_the_limit(
    dstack_server, settings, open_client
) -> None:
    async with open_client(dstack_server.settings(settings)) as client:
        first = await call(client, "submit_run", {"yaml": SERVICE.format(name="loop")})
        assert (first["deployment"], first["attempt"], first["max_attempts"], first["attempts_left"]) == (
            "loop", 1, 3, 2
        )
        assert first["status"] in {"submitted", "provisioning", "failed"}
        assert first["run_name"].startswith("loop-") and first["run_name"].endswith("-a1")

        failed = await wait_for(client, first["run_name"], {"failed"})
        assert failed["termination_reason"] == "failed_to_start_due_to_no_capacity"
        assert failed["owned"] and failed["attempt"] == 1 and failed["deployment"] == "loop"
        assert failed["failure_kind"] == "no_capacity"

        tail = await call(client, "tail_logs", {"run_name": first["run_name"]})
        assert tail["status"] == "failed" and tail["lines"] == []
        assert tail["diagnosis"]["kind"] == "no_capacity"
        # dstack's own message says no fleet can take it: resubmitting unchanged cannot help
        assert any("No matching fleet" in line for line in tail["diagnosis"]["evidence"])
        assert tail["diagnosis"]["retryable_as_is"] is False
        assert tail["message"] == "No logs yet (status: failed)."

        changed = SERVICE.format(name="loop").replace("gpu: 0", "gpu: 0\n  memory: 4GB..")
        second = await call(client, "submit_run", {"yaml": changed})
        assert second["attempt"] == 2 and second["attempts_left"] == 1
        added = [line for line in second["diff_from_previous"].splitlines() if line.startswith("+ ")]
        assert any("memory" in line and "4GB" in line for line in added), second["diff_from_previous"]
        assert second["stopped_previous"] == []  # the first had already failed

        third = await call(client, "submit_run", {"yaml": WAITING.format(name="loop")})
        assert third["attempt"] == 3 and third["attempts_left"] == 0

        refused = await call_error(client, "submit_run", {"yaml": WAITING.format(name="loop")})
        assert refused["error"] == "attempts_exhausted" and "report to the user" in refused["hint"]

        stop = await call(client, "stop_run", {"run_name": third["run_name"], "abort": True})
        assert stop["stopped"] is True and stop["aborted"] is True
        finished = await wait_for(client, third["run_name"], {"stopped", "failed", "done"})
        assert finished["status"] == "stopped"
        again = await call(client, "stop_run", {"run_name": third["run_name"]})
        assert again["stopped"] is False and again["status"] == "stopped"

        ledger = json.loads((await client.read_resource("deploy://deployments/loop")).contents[0].text)
        assert [a["n"] for a in ledger["attempts"]] == [1, 2, 3]
        assert ledger["attempts"][0]["failure_kind"] == "no_capacity"
        assert "memory" in ledger["attempts"][1]["diff"]
        assert ledger["attempts_used"] == 3
        folder = settings.state_dir / "deployments" / "loop"
        assert sorted(p.name for p in folder.iterdir()) == [
            "attempt-1.submitted.yml", "attempt-1.yml", "attempt-2.submitted.yml", "attempt-2.yml",
            "attempt-3.submitted.yml", "attempt-3.yml",
        ]


async def test_resubmitting_stops_the_previous_active_attempt(dstack_server, settings, open_client) -> None:
    async with open_client(dstack_server.settings(settings)) as client:
        first = await call(client, "submit_run", {"yaml": WAITING.format(name="restart")})
        second = await call(client, "submit_run", {"yaml": WAITING.format(name="restart")})
        assert second["stopped_previous"] == [first["run_name"]]
        await wait_for(client, first["run_name"], {"stopped"})
        await call(client, "stop_run", {"run_name": second["run_name"], "abort": True})


async def test_a_stop_dstack_loses_is_asked_again_when_the_run_is_next_seen_even_after_a_restart(
    dstack_server, settings, open_client
) -> None:
    def on_dstack(run_name: str) -> str:
        return dstack_server.client().runs.get(run_name)._run.status.value

    async with open_client(dstack_server.settings(settings)) as client:
        run = (await call(client, "submit_run", {"yaml": WAITING.format(name="lost-stop")}))["run_name"]
        stop = await call(client, "stop_run", {"run_name": run})
        assert stop["stopped"] is True
        await anyio.to_thread.run_sync(dstack_server.lose_stop, run)
        assert await anyio.to_thread.run_sync(on_dstack, run) == "pending"  # retrying for capacity again

        seen = await call(client, "get_run", {"run_name": run})
        assert seen["status"] == "stopped", seen
        assert seen["note"].startswith("Stop asked again at") and "the run was submitted" in seen["note"]
        assert await anyio.to_thread.run_sync(on_dstack, run) in {"terminating", "terminated"}

        await anyio.to_thread.run_sync(dstack_server.lose_stop, run)
        listed = await call(client, "list_runs", {})
        assert [r["status"] for r in listed["runs"] if r["run_name"] == run] == ["stopped"]
        assert await anyio.to_thread.run_sync(on_dstack, run) in {"terminating", "terminated"}

    await anyio.to_thread.run_sync(dstack_server.lose_stop, run)
    async with open_client(dstack_server.settings(settings)) as client:  # a new server on the same ledger
        seen = await call(client, "get_run", {"run_name": run})
        assert seen["status"] == "stopped", seen
        assert seen["note"].count("Stop asked again") == 1  # the latest re-ask replaces the earlier one
    assert await anyio.to_thread.run_sync(on_dstack, run) in {"terminating", "terminated"}


async def test_twenty_simultaneous_submits_with_three_attempts_make_exactly_three_runs(
    dstack_server, settings, open_client
) -> None:
    outcomes: list[dict[str, Any]] = []
    async with open_client(dstack_server.settings(settings)) as client:

        async def one() -> None:
            result = await client.call_tool("submit_run", {"yaml": SERVICE.format(name="crowd")})
            outcomes.append({"error": result.content[0].text} if result.is_error else result.structured_content)

        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(one)

    submitted = [o for o in outcomes if "run_name" in o]
    refused = [o for o in outcomes if "error" in o]
    assert len(submitted) == 3 and len(refused) == 17
    # a run that failed meanwhile (no fleets) makes a later identical submit identical_after_failure instead
    assert all("attempts_exhausted" in o["error"] or "identical_after_failure" in o["error"] for o in refused)
    prefix = submitted[0]["run_name"].rsplit("-a", 1)[0]
    on_server = [r.name for r in dstack_server.client().runs.list(all=True) if r.name.startswith(prefix)]
    assert sorted(on_server) == sorted(o["run_name"] for o in submitted)


async def test_an_invalid_config_is_refused_with_validate_configs_errors_and_uses_no_attempt(
    dstack_server, settings, open_client
) -> None:
    bad = SERVICE.format(name="broken") + "replicaz: 2\n"
    async with open_client(dstack_server.settings(settings)) as client:
        refused = await call_error(client, "submit_run", {"yaml": bad})
        report = await call(client, "validate_config", {"yaml": bad})
    assert refused["error"] == "invalid_config"
    assert [e["loc"] for e in refused["errors"]] == [e["loc"] for e in report["errors"]]
    assert "no attempt was used" in refused["message"]


async def deployment_names(client: Client) -> list[str]:
    listed = json.loads((await client.read_resource("deploy://deployments")).contents[0].text)
    return [d["name"] for d in listed["deployments"]]


async def test_a_new_deployment_name_opens_it_and_a_refused_submit_leaves_nothing_behind(
    dstack_server, settings, open_client
) -> None:
    config = SERVICE.format(name="whatever")
    async with open_client(dstack_server.settings(settings, budget_usd=1.0)) as client:
        over = await call_error(client, "submit_run", {"yaml": config + "max_price: 2\nmax_duration: 1h\n",
                                                       "deployment": "mine"})
        invalid = await call_error(client, "submit_run", {"yaml": config + "replicaz: 2\n", "deployment": "mine"})
        assert (over["error"], invalid["error"]) == ("over_budget", "invalid_config")
        assert await deployment_names(client) == []
        run = await call(client, "submit_run", {"yaml": config + "max_price: 0.5\nmax_duration: 1h\n",
                                                "deployment": "mine"})
        assert (run["deployment"], run["attempt"]) == ("mine", 1)
        assert await deployment_names(client) == ["mine"]


async def test_a_drafts_options_are_replaced_until_its_first_submit_locks_them(
    dstack_server, settings, open_client
) -> None:
    async with open_client(dstack_server.settings(settings)) as client:
        args = {"model": "Qwen/Qwen3-8B", "name": "compare"}
        await call(client, "generate_service_config", {**args, "gpu": "L40S"})
        draft = await call(client, "generate_service_config", {**args, "gpu": "A100:80GB"})
        assert draft["mandatory_options"] == {"gpu": "A100:80GB:1"} and not draft["locked"]
        # (the generated image cannot be pulled here; the deployment's options apply to any config)
        run = await call(client, "submit_run", {"yaml": SERVICE.format(name="compare"), "deployment": "compare"})
        assert "A100:80GB:1" in run["effective_yaml"]
        refused = await call_error(client, "generate_service_config", {**args, "gpu": "L40S"})
        assert refused["error"] == "deployment_options_locked" and "gpu" in refused["message"]
        again = await call(client, "generate_service_config", args)
        assert again["locked"] and "A100:80GB:1" in again["yaml"]


async def test_unknown_runs_are_not_found_with_close_matches(dstack_server, settings, open_client) -> None:
    async with open_client(dstack_server.settings(settings)) as client:
        run = await call(client, "submit_run", {"yaml": SERVICE.format(name="findme")})
        typo = run["run_name"][:-1] + "9"
        for tool in ("get_run", "tail_logs", "stop_run"):
            missing = await call_error(client, tool, {"run_name": typo})
            assert missing["error"] == "run_not_found", tool
            assert run["run_name"] in missing["hint"], tool


async def test_runs_of_others_are_listed_only_on_request_and_never_stopped_by_default(
    dstack_server, settings, open_client
) -> None:
    from dstack.api import Service

    foreign = dstack_server.client().runs.apply_configuration(
        Service(name="someone-else", port=8000, commands=["sleep 1000"], retry={"on_events": ["no-capacity"],
                                                                               "duration": "1h"}),
        reserve_ports=False,
    )
    try:
        async with open_client(dstack_server.settings(settings)) as client:
            own = await call(client, "list_runs", {})
            assert all(r["owned"] for r in own["runs"])
            assert "someone-else" not in [r["run_name"] for r in own["runs"]]
            everyone = await call(client, "list_runs", {"include_foreign": True})
            theirs = [r for r in everyone["runs"] if r["run_name"] == "someone-else"]
            assert theirs and theirs[0]["owned"] is False
            refused = await call_error(client, "stop_run", {"run_name": "someone-else"})
            assert refused["error"] == "not_owned"
        async with open_client(dstack_server.settings(settings, allow_foreign_runs=True)) as client:
            stopped = await call(client, "stop_run", {"run_name": "someone-else", "abort": True})
            assert stopped["stopped"] is True
    finally:
        foreign.stop(abort=True)


async def test_max_active_runs_counts_other_deployments(dstack_server, settings, open_client) -> None:
    async with open_client(dstack_server.settings(settings, max_active_runs=1)) as client:
        first = await call(client, "submit_run", {"yaml": WAITING.format(name="slot-a")})
        refused = await call_error(client, "submit_run", {"yaml": WAITING.format(name="slot-b")})
        assert refused["error"] == "too_many_active_runs"
        await call(client, "stop_run", {"run_name": first["run_name"], "abort": True})
        await wait_for(client, first["run_name"], {"stopped"})
        second = await call(client, "submit_run", {"yaml": WAITING.format(name="slot-b")})
        await call(client, "stop_run", {"run_name": second["run_name"], "abort": True})


SECRET_VALUE = "plantedSecretValue-7f3a"
HF = "hf_" + "Zq9" * 10


async def test_five_thousand_log_lines_come_back_in_order_through_the_cursor_without_repeats_or_secrets(
    dstack_server, settings, open_client, monkeypatch
) -> None:
    monkeypatch.setenv("MODEL_ACCESS", SECRET_VALUE)  # listed by name in the config: its value is secret
    settings = settings.model_copy(update={"allow_env": ["MODEL_ACCESS"]})  # the user allows the name
    yaml = SERVICE.format(name="chatty") + "env:\n  - MODEL_ACCESS\n"
    base = datetime(2026, 1, 1, tzinfo=UTC)

    def text(i: int) -> str:
        return f"line {i:05d}" + (f" value {SECRET_VALUE} auth {HF}" if i % 997 == 0 else "")

    # Ten lines per timestamp: a cursor made of timestamps alone would skip or repeat some.
    def stamped(numbers: range) -> list[tuple[datetime, str]]:
        return [(base + timedelta(milliseconds=i // 10), text(i)) for i in numbers]

    async with open_client(dstack_server.settings(settings)) as client:
        run = await call(client, "submit_run", {"yaml": yaml})
        name = run["run_name"]
        empty = await call(client, "tail_logs", {"run_name": name})
        assert empty["lines"] == [] and empty["cursor"]
        dstack_server.write_log(name, stamped(range(3000)))

        seen: list[str] = []
        cursor, calls = empty["cursor"], 0
        while True:
            got = await call(client, "tail_logs", {"run_name": name, "cursor": cursor, "lines": 137,
                                                   "max_bytes": 2048})
            calls += 1
            assert len(got["lines"]) <= 137 and sum(len(x.encode()) + 1 for x in got["lines"]) <= 2048
            seen.extend(got["lines"])
            cursor = got["cursor"]
            if calls == 5:  # the run keeps logging while it is followed
                dstack_server.write_log(name, stamped(range(3000, 5000)))
            if not got["lines"] and not got["truncated"]:
                break

        assert [line.split(" value ")[0] for line in seen] == [f"line {i:05d}" for i in range(5000)]
        assert calls > 5000 / 137
        last = await call(client, "tail_logs", {"run_name": name})
        await call(client, "stop_run", {"run_name": name, "abort": True})

    assert len(last["lines"]) == 200 and last["truncated"] is True and last["lines"][-1] == "line 04999"
    assert sum(len(line.encode()) + 1 for line in last["lines"]) <= 16384
    everything = json.dumps(seen + last["lines"])
    assert SECRET_VALUE not in everything and HF not in everything
    assert seen[997] == "line 00997 value <redacted> auth <redacted>"


async def test_filtered_follow_returns_only_matching_lines_and_cursor_skips_the_rest(
    dstack_server, settings, open_client
) -> None:
    async with open_client(dstack_server.settings(settings)) as client:
        run = await call(client, "submit_run", {"yaml": SERVICE.format(name="grep")})
        name = run["run_name"]
        dstack_server.write_log(name, ["boot"])
        start = await call(client, "tail_logs", {"run_name": name})
        dstack_server.write_log(name, [f"{'ERROR' if i % 50 == 0 else 'info'} event {i}" for i in range(3000)])
        hits = await call(client, "tail_logs", {"run_name": name, "cursor": start["cursor"], "filter": "error"})
        assert hits["lines"] == [f"ERROR event {i}" for i in range(0, 3000, 50)]
        after = await call(client, "tail_logs", {"run_name": name, "cursor": hits["cursor"]})
        assert after["lines"] == [] and after["message"].startswith("No new lines")


async def test_engine_ready_lines_are_reported_colours_dropped_and_long_lines_cut(dstack_server, settings, open_client) -> None:
    async with open_client(dstack_server.settings(settings)) as client:
        run = await call(client, "submit_run", {"yaml": SERVICE.format(name="ready")})
        name = run["run_name"]
        dstack_server.write_log(name, [
            "\x1b[32mINFO\x1b[0m 01-01 00:00:00 [api_server.py:1] vLLM API server version 0.9.2",
            "x" * 10_000,
            "INFO:     Application startup complete.",
        ])
        tail = await call(client, "tail_logs", {"run_name": name})
    assert tail["readiness"] == {"ready": True, "engine": "vllm", "evidence": "INFO:     Application startup complete."}
    assert tail["lines"][0] == "INFO 01-01 00:00:00 [api_server.py:1] vLLM API server version 0.9.2"  # no colours
    cut = tail["lines"][1]
    assert len(cut) < 2200 and "line cut" in cut


async def test_deployments_resource_lists_the_ledger(dstack_server, settings, open_client) -> None:
    async with open_client(dstack_server.settings(settings)) as client:
        run = await call(client, "submit_run", {"yaml": SERVICE.format(name="shown")})
        body = json.loads((await client.read_resource("deploy://deployments")).contents[0].text)
    [row] = body["deployments"]
    assert (row["name"], row["attempts_used"], row["last_run"]) == ("shown", 1, run["run_name"])


async def test_require_plan_accepts_only_the_plan_id_of_this_exact_config(dstack_server, settings, open_client) -> None:
    yaml = SERVICE.format(name="planned")
    async with open_client(dstack_server.settings(settings, require_plan=True)) as client:
        missing = await call_error(client, "submit_run", {"yaml": yaml})
        assert missing["error"] == "plan_required"
        estimate = await call(client, "estimate_cost", {"yaml": yaml})
        other = await call_error(client, "submit_run", {"yaml": yaml.replace("8000", "8001"),
                                                        "plan_id": estimate["plan_id"]})
        assert other["error"] == "plan_mismatch"
        accepted = await call(client, "submit_run", {"yaml": yaml, "plan_id": estimate["plan_id"]})
        assert accepted["attempt"] == 1  # the two refusals used no attempt
