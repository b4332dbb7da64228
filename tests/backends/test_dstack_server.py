"""The embedded dstack server: token, reuse, start, stop, an existing database, and no orphans."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fixtures.dstack_server import free_port, start_dstack_server
from mcp import Client, StdioServerParameters

from deploy_mcp.backends.dstack_server import (
    EmbeddedDstackServer,
    is_healthy,
    load_or_create_token,
    rotate_logs,
    token_works,
)
from deploy_mcp.errors import DeployError


def wait_until(predicate, timeout: float = 60.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.25)


def gone(pid: int) -> bool:
    """The process has exited (a zombie whose parent died counts: it runs nothing and holds no port)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")
    except (FileNotFoundError, IndexError):
        return True


@contextmanager
def held_port() -> Iterator[int]:
    """A port another program is listening on for as long as the block runs."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def test_admin_token_is_created_once_private_and_reused(tmp_path):
    token = load_or_create_token(tmp_path / "state")
    path = tmp_path / "state" / "dstack-admin-token"
    assert path.stat().st_mode & 0o777 == 0o600 and len(token) >= 32
    assert load_or_create_token(tmp_path / "state") == token


def test_a_running_server_is_reused_with_the_first_token_it_accepts(dstack_server):
    port = int(dstack_server.url.rsplit(":", 1)[1])
    reused = EmbeddedDstackServer(port=port, token_candidates=["not-it", dstack_server.token])
    assert reused.token_within(30) == dstack_server.token
    assert not reused.started_here and reused.pid is None
    reused.close()
    assert is_healthy(dstack_server.url)  # closing a reused server leaves it running


def test_a_running_server_that_accepts_no_known_token_is_refused_with_a_hint(dstack_server):
    port = int(dstack_server.url.rsplit(":", 1)[1])
    stranger = EmbeddedDstackServer(port=port, token_candidates=["guess-1", "guess-2"])
    with pytest.raises(DeployError) as err:
        stranger.token_within(30)
    assert err.value.kind == "backend_not_configured" and "DSTACK_TOKEN" in err.value.hint
    assert "guess-1" not in err.value.message and is_healthy(dstack_server.url)


@pytest.mark.timeout(400)
def test_started_server_stops_on_close_and_an_existing_database_keeps_its_admin_token(tmp_path):
    first = start_dstack_server(tmp_path, token="token-at-creation")
    pid, url, port = first.pid, first.url, first.port
    assert first.started_here and token_works(url, "token-at-creation")
    first.close()
    assert not is_healthy(url) and gone(pid)

    # dstack applies the admin token only when it creates its database: a later candidate is the one that works
    second = start_dstack_server(tmp_path, port=port, token="token-at-creation")
    second.close()
    again = EmbeddedDstackServer(port=port, token_candidates=["new-token", "token-at-creation"],
                                 server_dir=tmp_path / "server", env={"HOME": str(tmp_path)})
    assert again.token_within(180) == "token-at-creation"
    again.close()

    unknown = EmbeddedDstackServer(port=port, token_candidates=["new-token"], server_dir=tmp_path / "server",
                                   env={"HOME": str(tmp_path)}, log_path=tmp_path / "unknown.log")
    with pytest.raises(DeployError) as err:
        unknown.token_within(180)
    assert err.value.kind == "backend_not_configured" and "--dstack-server-dir" in err.value.hint
    assert not is_healthy(url)  # the server it could not use was stopped again


def test_a_server_that_cannot_start_reports_why(tmp_path):
    # a database dstack cannot open makes the server exit while starting
    server = EmbeddedDstackServer(port=free_port(), token_candidates=["t"], server_dir=tmp_path / "server",
                                  log_path=tmp_path / "log", env={
                                      "HOME": str(tmp_path),
                                      "DSTACK_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/no/such/dir/db.sqlite",
                                  })
    with pytest.raises(DeployError) as err:
        server.token_within(180)
    assert err.value.kind == "backend_unreachable" and "exited" in err.value.message
    assert "deploy-mcp[server]" in err.value.hint


@pytest.mark.timeout(300)
def test_the_server_stops_itself_when_its_parent_is_killed(tmp_path):
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from fixtures.dstack_server import start_dstack_server\n"
        f"s = start_dstack_server(Path({str(tmp_path)!r}))\n"
        "print(s.pid, s.url, flush=True)\n"
        "time.sleep(600)\n"
    )
    tests_dir = str(Path(__file__).resolve().parents[1])
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": tests_dir})
    try:
        pid_text, url = parent.stdout.readline().split()
        assert is_healthy(url)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        wait_until(lambda: gone(int(pid_text)) and not is_healthy(url), 60, "the orphaned server to stop")
    finally:
        parent.kill()


@pytest.mark.anyio
@pytest.mark.timeout(400)
async def test_stdio_server_in_embedded_mode_starts_dstack_in_the_background_and_stops_it_on_exit(tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "deploy_mcp", "--dstack", "embedded", "--dstack-server-port", str(port),
              "--dstack-server-dir", str(tmp_path / "server"), "--state-dir", str(tmp_path / "state"),
              "--backend-timeout", "5", "--no-hf-lookup"],
        env={"HOME": str(tmp_path), "DSTACK_SERVER_ROOT_LOG_LEVEL": "CRITICAL"},
    )
    async with Client(params) as client:
        names = {t.name for t in (await client.list_tools()).tools}
        assert {"list_gpus", "estimate_cost"} <= names
        deadline = time.monotonic() + 180
        while True:
            result = await client.call_tool("list_gpus", {})
            if not result.is_error:
                break
            body = json.loads(result.content[0].text.split(": ", 1)[1])
            assert body["error"] == "backend_unreachable", body  # only "still starting" is expected
            assert time.monotonic() < deadline, body
        assert result.structured_content["gpus"] == []
        assert is_healthy(url)
        token = (tmp_path / "state" / "dstack-admin-token").read_text().strip()
        assert token_works(url, token)
    wait_until(lambda: not is_healthy(url), 60, "the embedded server to stop after the client left")
    assert token not in (tmp_path / "state" / "dstack-server.log").read_text()


def test_a_port_held_by_another_program_fails_at_once_when_the_user_chose_it(tmp_path):
    with held_port() as port:
        server = EmbeddedDstackServer(port=port, token_candidates=["t"], server_dir=tmp_path / "server",
                                      log_path=tmp_path / "dstack-server.log", port_explicit=True)
        with pytest.raises(DeployError) as err:
            server.token_within(180)
    assert err.value.kind == "backend_unreachable" and f"Port {port}" in err.value.message
    assert "in use" in err.value.message and "--dstack-server-port" in err.value.hint
    assert server.pid is None  # nothing was started on a port that cannot be had


def test_a_delayed_start_begins_at_once_when_a_call_needs_the_server(tmp_path):
    with held_port() as port:
        server = EmbeddedDstackServer(port=port, token_candidates=["t"], server_dir=tmp_path / "server",
                                      log_path=tmp_path / "dstack-server.log", port_explicit=True)
        server.start(after=3600)
        with pytest.raises(DeployError) as err:
            server.token_within(120)
    # The start's own verdict on the port, not "still starting": the caller did not wait out the delay.
    assert "in use" in err.value.message


def test_closing_during_a_delayed_start_starts_nothing(tmp_path):
    server = EmbeddedDstackServer(port=free_port(), token_candidates=["t"], server_dir=tmp_path / "server",
                                  log_path=tmp_path / "dstack-server.log")
    server.start(after=3600)
    starter = server._starter
    server.close()
    starter.join(120)
    assert not starter.is_alive() and server.pid is None


@pytest.mark.timeout(400)
def test_a_default_port_held_by_another_program_moves_to_a_free_port_and_says_so(tmp_path):
    with held_port() as port:
        server = EmbeddedDstackServer(port=port, token_candidates=["t"], server_dir=tmp_path / "server",
                                      log_path=tmp_path / "dstack-server.log", port_explicit=False,
                                      env={"HOME": str(tmp_path), "DSTACK_SERVER_ROOT_LOG_LEVEL": "CRITICAL"})
        try:
            assert server.token_within(300) == "t"
            assert server.port != port and server.url == f"http://127.0.0.1:{server.port}" and is_healthy(server.url)
            assert f"Port {port} is taken" in server.notice and server.url in server.notice
        finally:
            server.close()


def test_each_start_keeps_the_earlier_server_logs(tmp_path):
    log_path = tmp_path / "dstack-server.log"
    for n in range(1, 6):
        rotate_logs(log_path)
        log_path.write_text(f"start {n}\n")
    kept = {p.name: p.read_text() for p in tmp_path.iterdir()}
    assert kept == {"dstack-server.log": "start 5\n", "dstack-server.log.1": "start 4\n",
                    "dstack-server.log.2": "start 3\n", "dstack-server.log.3": "start 2\n"}
