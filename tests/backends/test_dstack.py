"""DstackBackend against a real dstack server: connection precedence, status mapping, the run lifecycle,
log cursors over dstack's own log storage, and bounded, classified failures."""

from __future__ import annotations

import socket
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from deploy_mcp.backends.base import TAG_ATTEMPT, TAG_DEPLOYMENT, TAG_SERVER, Backend, ownership_tags
from deploy_mcp.backends.dstack import DstackBackend, LogCursor, map_status, resolve_connection
from deploy_mcp.errors import DeployError
from deploy_mcp.settings import Settings

SERVICE = {"type": "service", "port": 8000, "commands": ["python -m http.server 8000"]}


@pytest.fixture
def backend(dstack_settings: Settings):
    b = DstackBackend(dstack_settings)
    yield b
    b.close()


def write_dstack_config(path: Path, *projects: dict) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({"projects": list(projects)}))
    return path


# --- connection ----------------------------------------------------------------------------------------


def test_flags_win_over_environment_and_dstack_config(settings, tmp_path):
    config = write_dstack_config(tmp_path / "config.yml",
                                 {"name": "cfg", "url": "https://cfg.example", "token": "t-cfg", "default": True})
    env = {"DSTACK_SERVER_URL": "https://env.example", "DSTACK_TOKEN": "t-env", "DSTACK_PROJECT": "envp"}
    flags = settings.model_copy(update={"dstack_server_url": "https://flag.example/", "dstack_token": "t-flag",
                                        "dstack_project": "flagp"})
    c = resolve_connection(flags, env, config)
    assert (c.url, c.token, c.project, c.source, c.embedded) == ("https://flag.example", "t-flag", "flagp", "flags", None)
    c = resolve_connection(settings, env, config)
    assert (c.url, c.token, c.project, c.source) == ("https://env.example", "t-env", "envp", "environment")
    c = resolve_connection(settings, {}, config)
    assert (c.url, c.token, c.project) == ("https://cfg.example", "t-cfg", "cfg")


def test_url_without_token_takes_the_token_the_dstack_config_has_for_that_url(settings, tmp_path):
    config = write_dstack_config(tmp_path / "config.yml",
                                 {"name": "team", "url": "https://dstack.example/", "token": "t-team"})
    c = resolve_connection(settings, {"DSTACK_SERVER_URL": "https://dstack.example"}, config)
    assert (c.token, c.project) == ("t-team", "team")
    with pytest.raises(DeployError) as err:
        resolve_connection(settings, {"DSTACK_SERVER_URL": "https://other.example"}, config)
    assert err.value.kind == "backend_not_configured" and "DSTACK_TOKEN" in err.value.hint


def test_external_mode_with_nothing_configured_refuses_with_a_hint(settings, tmp_path):
    with pytest.raises(DeployError) as err:
        resolve_connection(settings, {}, tmp_path / "missing.yml")
    assert err.value.kind == "backend_not_configured" and "DSTACK_SERVER_URL" in err.value.hint


def test_auto_mode_with_nothing_configured_uses_an_embedded_server_with_a_persisted_token(settings, tmp_path):
    auto = settings.model_copy(update={"dstack": "auto", "dstack_server_port": 3999})
    c = resolve_connection(auto, {}, tmp_path / "missing.yml")
    assert c.embedded is not None and c.url == "http://127.0.0.1:3999" and c.project == "main" and c.token is None
    token_file = settings.state_dir / "dstack-admin-token"
    assert token_file.stat().st_mode & 0o777 == 0o600
    again = resolve_connection(auto, {}, tmp_path / "missing.yml")
    assert again.embedded._candidates == c.embedded._candidates == [token_file.read_text().strip()]


def test_auto_mode_treats_a_loopback_dstack_config_as_the_local_server_to_reuse_or_start(settings, tmp_path):
    config = write_dstack_config(tmp_path / "config.yml",
                                 {"name": "main", "url": "http://127.0.0.1:3123", "token": "t-local", "default": True})
    c = resolve_connection(settings.model_copy(update={"dstack": "auto"}), {}, config)
    assert c.embedded is not None and c.embedded.port == 3123 and c.embedded._candidates[0] == "t-local"
    external = resolve_connection(settings, {}, config)
    assert external.embedded is None and external.token == "t-local"


# --- status mapping -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("run", "job", "reason", "kw", "expected"), [
    ("pending", None, None, {}, "submitted"),
    ("submitted", "submitted", None, {}, "submitted"),
    ("submitted", "provisioning", None, {}, "provisioning"),
    ("provisioning", "pulling", None, {}, "pulling"),
    ("provisioning", None, None, {}, "provisioning"),
    ("running", "running", None, {}, "running"),
    ("running", "running", None, {"serving": True}, "ready"),
    ("running", "pulling", None, {}, "pulling"),
    ("submitted", "terminating", None, {"failing": True}, "failed"),
    ("terminating", "failed", "job_failed", {}, "failed"),
    ("terminating", "terminating", "stopped_by_user", {}, "stopped"),
    ("terminated", "aborted", "aborted_by_user", {}, "stopped"),
    ("failed", "failed", "retry_limit_exceeded", {}, "failed"),
    ("done", "done", "all_jobs_done", {}, "done"),
    ("failed", "failed", None, {}, "failed"),
    ("terminated", "terminated", "stopped_by_user", {"serving": True}, "stopped"),
])
def test_dstack_run_and_job_statuses_map_to_one_status(run, job, reason, kw, expected):
    assert map_status(run, job, reason, **kw) == expected


# --- cursor ---------------------------------------------------------------------------------------------


def test_log_cursor_round_trips_and_rejects_foreign_text():
    at = datetime(2025, 1, 2, 3, 4, 5, 6000, tzinfo=timezone.utc)
    cursor = LogCursor("sub", at, 7)
    assert LogCursor.decode(cursor.encode()) == cursor
    assert cursor.after(at) == LogCursor("sub", at, 8)
    assert cursor.after(at + timedelta(milliseconds=1)) == LogCursor("sub", at + timedelta(milliseconds=1), 1)
    for bad in ("not-a-cursor", "e30", LogCursor("s", at, 1).encode()[:-3]):
        with pytest.raises(DeployError) as err:
            LogCursor.decode(bad)
        assert err.value.kind == "invalid_cursor"


# --- against the real server ------------------------------------------------------------------------------


def test_backend_implements_the_protocol(backend):
    assert isinstance(backend, Backend) and backend.name == "dstack"


def test_plan_of_a_service_with_no_backends_has_no_offers(backend):
    plan = backend.plan(SERVICE)
    assert plan.offers == [] and plan.total_offers == 0
    assert backend.gpus() == [] and backend.gpus(SERVICE) == []


def test_failed_run_keeps_raw_reasons_and_stop_does_not_overwrite_them(backend, dstack_server):
    name = "lifecycle-a1"
    info = backend.submit(SERVICE, run_name=name)
    assert info.name == name and info.status == "submitted" and info.service_url.endswith(f"/{name}/")
    assert info.service_url.startswith(dstack_server.url)
    with pytest.raises(DeployError) as err:
        backend.submit(SERVICE, run_name=name)
    assert err.value.kind == "run_exists"

    info = wait_for(backend, name, lambda i: i.status == "failed")
    assert info.termination_reason == "failed_to_start_due_to_no_capacity"
    assert "No matching fleet" in info.status_message
    assert info.extra["job_termination_reason"] == "failed_to_start_due_to_no_capacity"
    assert info.exit_status is None

    stopped = backend.stop(name)
    assert stopped.status == "failed" and stopped.extra.get("run_termination_reason") != "stopped_by_user"
    assert backend.stop(name, abort=True).status == "failed"
    assert [r.name for r in backend.list(names=[name, "no-such-run"])] == [name]
    assert name in [r.name for r in backend.list()]
    wait_for(backend, name, lambda i: i.extra["run_status"] == "failed")
    assert name not in [r.name for r in backend.list(include_finished=False)]


def test_stop_and_abort_an_active_run(backend):
    retrying = {**SERVICE, "retry": {"on_events": ["no-capacity"], "duration": "10m"}}
    backend.submit(retrying, run_name="stop-me")
    info = wait_for(backend, "stop-me", lambda i: i.extra.get("job_termination_reason") is not None)
    assert info.status == "submitted"  # the retry policy covers no-capacity: not a failure yet
    stopped = backend.stop("stop-me")
    assert stopped.extra["run_termination_reason"] == "stopped_by_user" and stopped.status == "stopped"
    aborted = backend.stop("stop-me", abort=True)
    assert aborted.status == "stopped"
    final = wait_for(backend, "stop-me", lambda i: i.extra["run_status"] == "terminated")
    assert final.termination_reason in ("terminated_by_user", "aborted_by_user", "failed_to_start_due_to_no_capacity")
    assert backend.stop("stop-me").status == "stopped"  # idempotent


def test_ownership_tags_are_stored_by_dstack_win_over_the_configs_own_and_come_back_from_list_owned(
    backend, dstack_server, monkeypatch
):
    from dstack._internal.utils.tags import validate_tags

    longest = "d" + "x" * 79  # the longest deployment name the ledger accepts fits dstack's tag rules
    validate_tags(ownership_tags(longest, 999, "0123456789ab"))
    forged = {**SERVICE, "tags": {TAG_DEPLOYMENT: "someone-else", TAG_ATTEMPT: "1", "team": "ml"},
              "env": ["DEPLOY_MCP_TEST_TAGGED"]}
    monkeypatch.setenv("DEPLOY_MCP_TEST_TAGGED", "tagged-secret-value")
    backend.submit(forged, run_name="tagged-a2", tags=ownership_tags("tagged.deployment_1", 2, "server-1"))
    backend.submit(SERVICE, run_name="untagged-a1")
    stored = dstack_server.client().runs.get("tagged-a2")._run.run_spec.configuration.tags
    assert stored == {
        TAG_DEPLOYMENT: "tagged.deployment_1", TAG_ATTEMPT: "2", TAG_SERVER: "server-1", "team": "ml",
    }

    owned = {info.name: info for info in backend.list_owned()}
    assert "untagged-a1" not in owned
    info = owned["tagged-a2"]
    assert (info.deployment, info.attempt, info.server) == ("tagged.deployment_1", 2, "server-1")
    assert info.configuration["type"] == "service" and info.configuration["env"] == ["DEPLOY_MCP_TEST_TAGGED"]
    assert "tagged-secret-value" not in info.model_dump_json()
    assert backend.get("tagged-a2").deployment == "tagged.deployment_1"
    for name in ("tagged-a2", "untagged-a1"):
        backend.stop(name, abort=True)


def test_unknown_runs_are_none_or_run_not_found(backend):
    assert backend.get("never-submitted") is None
    for call in (lambda: backend.stop("never-submitted"), lambda: backend.logs("never-submitted")):
        with pytest.raises(DeployError) as err:
            call()
        assert err.value.kind == "run_not_found"


def test_env_names_are_filled_from_the_server_environment_and_missing_ones_refused(backend, monkeypatch):
    config = {**SERVICE, "env": ["DEPLOY_MCP_TEST_SECRET"]}
    monkeypatch.delenv("DEPLOY_MCP_TEST_SECRET", raising=False)
    with pytest.raises(DeployError) as err:
        backend.submit(config, run_name="env-missing")
    assert err.value.kind == "env_not_set" and "DEPLOY_MCP_TEST_SECRET" in err.value.message
    assert backend.get("env-missing") is None
    assert backend.plan(config).total_offers == 0  # pricing needs no secret
    monkeypatch.setenv("DEPLOY_MCP_TEST_SECRET", "s3cret-value")
    info = backend.submit(config, run_name="env-set")
    assert "s3cret-value" not in info.model_dump_json()
    backend.stop("env-set", abort=True)


def test_invalid_config_is_refused_before_reaching_dstack(backend):
    with pytest.raises(DeployError) as err:
        backend.submit({"type": "service", "commands": ["x"]}, run_name="no-port")
    assert err.value.kind == "invalid_config" and "port" in err.value.message


# --- logs -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def logged_run(dstack_server, tmp_path_factory):
    settings = dstack_server.settings(Settings(state_dir=tmp_path_factory.mktemp("state")))
    b = DstackBackend(settings)
    b.submit(SERVICE, run_name="logs-run")
    yield b, "logs-run"
    b.close()


def test_logs_without_cursor_are_the_last_lines_and_a_cursor_follows_only_new_ones(logged_run, dstack_server):
    backend, name = logged_run
    empty = backend.logs(name)
    assert empty.lines == [] and empty.cursor
    dstack_server.write_log(name, [f"first {i}" for i in range(10)])
    page = backend.logs(name, cursor=empty.cursor, limit=4)
    assert [l.text for l in page.lines] == [f"first {i}" for i in range(4)] and page.has_more
    tail = backend.logs(name, limit=3)
    assert [l.text for l in tail.lines] == ["first 7", "first 8", "first 9"] and not tail.has_more
    assert backend.logs(name, cursor=tail.cursor).lines == []
    dstack_server.write_log(name, ["second 0", "second 1"])
    after = backend.logs(name, cursor=tail.cursor)
    assert [l.text for l in after.lines] == ["second 0", "second 1"]
    # a page cut short at a line continues from that line's own cursor
    rest = backend.logs(name, cursor=page.lines[1].cursor, limit=100)
    assert [l.text for l in rest.lines] == [f"first {i}" for i in range(2, 10)] + ["second 0", "second 1"]


def test_cursor_never_repeats_or_skips_across_5000_lines_sharing_timestamps(dstack_server, backend):
    name = "logs-5000"
    backend.submit(SERVICE, run_name=name)
    base = datetime.now(timezone.utc).replace(microsecond=0)
    # runners stamp in milliseconds: bursts of up to 1,200 lines share one timestamp, more than one dstack page
    stamps = [base + timedelta(milliseconds=i // 1200 if i < 2400 else 2 + i // 7) for i in range(5000)]
    sid = dstack_server.latest_submission_id(name)
    lines = [(t, f"line {i:04d}") for i, t in enumerate(stamps)]
    dstack_server.write_log(name, lines[:3000], submission_id=sid)
    tail = backend.logs(name, limit=1)
    assert [l.text for l in tail.lines] == ["line 2999"]

    limits = iter([1, 7, 200, 1000, 999, 3, 2000] * 100)
    cursor, collected, wrote_rest = LogCursor(sid).encode(), [], False  # from the very start
    while True:
        page = backend.logs(name, cursor=cursor, limit=next(limits))
        collected.extend(l.text for l in page.lines)
        cursor = page.cursor
        if not page.lines:
            if wrote_rest:
                break
            dstack_server.write_log(name, lines[3000:], submission_id=sid)
            wrote_rest = True
    assert collected == [text for _, text in lines]
    follow = backend.logs(name, cursor=tail.cursor, limit=2000)
    assert [l.text for l in follow.lines] == [text for _, text in lines[3000:]] and not follow.has_more
    last = backend.logs(name, limit=2000)  # more than one descending page
    assert [l.text for l in last.lines] == [text for _, text in lines[3000:]]
    assert last.cursor == follow.cursor and backend.logs(name, cursor=last.cursor).lines == []


def test_tail_of_a_burst_larger_than_the_page_counts_the_earlier_lines_of_its_timestamp(dstack_server, backend):
    name = "logs-burst"
    backend.submit(SERVICE, run_name=name)
    at = datetime.now(timezone.utc)
    dstack_server.write_log(name, [(at, f"burst {i}") for i in range(1500)])
    tail = backend.logs(name, limit=5)
    assert [l.text for l in tail.lines] == [f"burst {i}" for i in range(1495, 1500)]
    assert LogCursor.decode(tail.cursor).seen == 1500
    dstack_server.write_log(name, [(at, "same stamp, later"), (at + timedelta(milliseconds=1), "next stamp")])
    assert [l.text for l in backend.logs(name, cursor=tail.cursor).lines] == ["same stamp, later", "next stamp"]


def test_logs_reject_a_cursor_this_server_did_not_make(logged_run):
    backend, name = logged_run
    with pytest.raises(DeployError) as err:
        backend.logs(name, cursor="garbage!")
    assert err.value.kind == "invalid_cursor"


# --- failures -------------------------------------------------------------------------------------------


@pytest.mark.timeout(60)
def test_a_server_that_never_answers_is_unreachable_after_the_backend_timeout(settings):
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)  # accepts connections at the TCP level, never answers
    try:
        b = DstackBackend(settings.model_copy(update={
            "dstack_server_url": f"http://127.0.0.1:{silent.getsockname()[1]}", "dstack_token": "t",
            "dstack_project": "main", "backend_timeout": 2.0}))
        with pytest.raises(DeployError) as err:
            b.get("anything")
        assert err.value.kind == "backend_unreachable" and "2 s" in err.value.message
        b.close()
    finally:
        silent.close()


@pytest.mark.timeout(60)
def test_a_closed_port_is_unreachable(settings):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    b = DstackBackend(settings.model_copy(update={
        "dstack_server_url": f"http://127.0.0.1:{port}", "dstack_token": "t", "dstack_project": "main"}))
    with pytest.raises(DeployError) as err:
        b.plan(SERVICE)
    assert err.value.kind == "backend_unreachable" and err.value.hint
    b.close()


def test_a_wrong_token_is_a_backend_error_that_names_the_token(dstack_server, settings):
    b = DstackBackend(dstack_server.settings(settings, dstack_token="wrong-token"))
    with pytest.raises(DeployError) as err:
        b.list()
    assert err.value.kind == "backend_error" and "DSTACK_TOKEN" in err.value.hint
    assert "wrong-token" not in err.value.message
    b.close()


def test_calls_from_many_threads_share_one_client(backend):
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(backend.get("nobody"))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [None] * 8


def wait_for(backend, name, predicate, timeout: float = 90.0):
    import time

    deadline = time.monotonic() + timeout
    while True:
        info = backend.get(name)
        if info is not None and predicate(info):
            return info
        assert time.monotonic() < deadline, f"{name} stayed {info}"
        time.sleep(0.5)
