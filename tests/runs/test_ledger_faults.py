"""A lost ledger is rebuilt from the backend's tagged runs (limits stay used up); a damaged or unwritable one
stops the server at start-up with its path. The server runs as ``python -m deploy_mcp`` over stdio against the
session's real dstack server, and is killed with SIGKILL between phases."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from support import call, call_error, retrying_service, run_then_kill, server_params

from deploy_mcp.runs.ledger import Ledger

pytestmark = [pytest.mark.anyio, pytest.mark.dstack_server]

SERVICE = retrying_service("lost-ledger")


def ledger_files(state_dir: Path) -> list[Path]:
    return [state_dir / f"ledger.sqlite3{suffix}" for suffix in ("", "-wal", "-shm")]


async def test_a_deleted_or_emptied_ledger_is_rebuilt_from_tagged_runs_and_keeps_a_used_up_deployment_used_up(
    dstack_server, tmp_path: Path
) -> None:
    state_dir, home = tmp_path / "state", tmp_path / "home"
    home.mkdir()
    params = server_params(dstack_server, state_dir, home)

    async def use_every_attempt(client: Client) -> list[str]:
        return [(await call(client, "submit_run", {"yaml": SERVICE}))["run_name"] for _ in range(3)]

    runs = await run_then_kill(params, use_every_attempt)
    for path in ledger_files(state_dir):
        path.unlink(missing_ok=True)

    async def after_loss(client: Client) -> dict[str, Any]:
        refused = await call_error(client, "submit_run", {"yaml": SERVICE})
        listed = await call(client, "list_runs", {"deployment": "lost-ledger"})
        resource = await client.read_resource("deploy://deployments/lost-ledger")
        summary = json.loads(resource.contents[0].text)
        stopped = await call(client, "stop_run", {"run_name": runs[-1], "abort": True})
        return {"refused": refused, "listed": listed, "summary": summary, "stopped": stopped}

    outcome = await run_then_kill(params, after_loss)
    assert outcome["refused"]["error"] == "attempts_exhausted" and "3 of 3" in outcome["refused"]["message"]
    assert sorted((r["run_name"], r["owned"], r["attempt"]) for r in outcome["listed"]["runs"]) == [
        (name, True, n) for n, name in enumerate(runs, start=1)
    ]
    assert outcome["summary"]["attempts_used"] == 3 and outcome["summary"]["max_attempts"] == 3
    assert [a["run_name"] for a in outcome["summary"]["attempts"]] == runs
    assert "python -m http.server" in outcome["summary"]["attempts"][0]["effective_yaml"]
    assert outcome["stopped"]["stopped"] is True  # ownership came back with the attempts

    # A ledger file truncated to nothing is a new ledger too.
    for path in ledger_files(state_dir):
        path.unlink(missing_ok=True)
    (state_dir / "ledger.sqlite3").write_bytes(b"")

    async def refused_again(client: Client) -> dict[str, Any]:
        return await call_error(client, "submit_run", {"yaml": SERVICE})

    assert (await run_then_kill(params, refused_again))["error"] == "attempts_exhausted"

    # Another deploy-mcp (another state directory) on the same dstack project adopts none of these runs.
    other = server_params(dstack_server, tmp_path / "other-state", home)

    async def submit_elsewhere(client: Client) -> dict[str, Any]:
        result = await call(client, "submit_run", {"yaml": SERVICE})
        await call(client, "stop_run", {"run_name": result["run_name"], "abort": True})
        return result

    assert (await run_then_kill(other, submit_elsewhere))["attempt"] == 1


def make_ledger(state_dir: Path) -> Path:
    ledger = Ledger(state_dir)
    for i in range(40):  # enough pages that cutting the file in half loses some
        ledger.open_deployment(f"deployment-{i}", target="dstack", options={"gpu": "A100:80GB:8" * 20},
                               max_attempts=3)
    ledger._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ledger.close()
    return ledger.path


@contextlib.contextmanager
def read_only(path: Path):
    """``path`` made unwritable: chmod for an ordinary user, the immutable flag for root (who ignores
    modes)."""
    if os.geteuid() == 0:
        chattr = shutil.which("chattr")
        made = chattr is not None and subprocess.run([chattr, "+i", str(path)], capture_output=True,
                                                     check=False).returncode == 0
        if not made:
            pytest.skip("running as root without a working chattr: nothing can make a file read-only")
        try:
            yield
        finally:
            subprocess.run([chattr, "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def start_server(dstack_server, state_dir: Path, home: Path) -> subprocess.CompletedProcess[str]:
    params = server_params(dstack_server, state_dir, home)
    return subprocess.run([params.command, *params.args], env=params.env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize("fault", ["truncated", "garbage", "read-only file", "read-only directory"])
def test_a_damaged_or_unwritable_ledger_stops_the_server_at_start_up_naming_the_file_and_cause(
    dstack_server, tmp_path: Path, fault: str
) -> None:
    state_dir, home = tmp_path / "state", tmp_path / "home"
    home.mkdir()
    path = make_ledger(state_dir)
    guard: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
    if fault == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif fault == "garbage":
        path.write_bytes(os.urandom(8192))
    elif fault == "read-only file":
        guard = read_only(path)
    else:
        guard = read_only(state_dir)
    before = path.read_bytes()
    with guard:
        done = start_server(dstack_server, state_dir, home)
    expected_cause = {"truncated": "malformed", "garbage": "not a database"}.get(fault, "not writable")
    assert done.returncode == 1, done.stderr
    assert str(path) in done.stderr and expected_cause in done.stderr
    assert done.stdout == ""  # nothing on the protocol stream
    assert path.read_bytes() == before  # a damaged ledger is left as it was for the user to look at


def test_a_damaged_ledger_is_reported_the_same_way_over_http(dstack_server, tmp_path: Path) -> None:
    state_dir, home = tmp_path / "state", tmp_path / "home"
    home.mkdir()
    path = make_ledger(state_dir)
    path.write_bytes(b"not a ledger" * 100)
    params = server_params(dstack_server, state_dir, home)
    done = subprocess.run([params.command, *params.args, "--transport", "http", "--port", "1"],
                          env=params.env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 1 and str(path) in done.stderr and "not a database" in done.stderr
