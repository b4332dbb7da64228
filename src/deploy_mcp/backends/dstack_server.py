"""The embedded dstack server: a ``dstack server`` on loopback that deploy-mcp starts, reuses and stops.

Nothing here imports dstack: the server runs in a child process, and its health and token are checked over
plain HTTP, so starting it in the background never slows down ``tools/list``.

The child is its own process group and watches its stdin, a pipe only the parent holds: when the parent dies
in any way (even SIGKILL) the pipe closes and the child stops itself, so no server is left behind.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterable, Mapping
from pathlib import Path

from deploy_mcp.errors import DeployError

log = logging.getLogger(__name__)

TOKEN_FILE = "dstack-admin-token"
LOG_FILE = "dstack-server.log"
# Earlier server logs kept beside the current one (LOG_FILE.1 is the previous start's).
KEPT_LOGS = 3
# Seconds between SIGTERM and SIGKILL; dstack exits in 3-5 s on SIGTERM.
STOP_GRACE = 15.0


def is_healthy(url: str, timeout: float = 2.0) -> bool:
    """Whether a dstack server answers its health check at ``url``."""
    try:
        with urllib.request.urlopen(f"{url}/healthcheck", timeout=timeout) as resp:
            return resp.status == 200 and json.loads(resp.read() or b"{}").get("status") == "running"
    except (OSError, ValueError):
        return False


def token_works(url: str, token: str, timeout: float = 5.0) -> bool:
    """Whether the dstack server at ``url`` accepts ``token`` (an authenticated call that changes nothing)."""
    request = urllib.request.Request(
        f"{url}/api/users/get_my_user",
        data=b"{}",
        method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return resp.status == 200
    except (OSError, ValueError):
        return False


def port_in_use(host: str, port: int) -> bool:
    """Whether something accepts connections on ``host:port`` (whatever it is)."""
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def rotate_logs(path: Path, keep: int = KEPT_LOGS) -> None:
    """``path`` becomes ``path.1``, ``path.1`` becomes ``path.2`` ...: a failed start's log survives the next."""
    for n in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{n + 1}"))
    if path.exists():
        path.replace(path.with_name(f"{path.name}.1"))


def load_or_create_token(state_dir: Path) -> str:
    """The admin token deploy-mcp gives a dstack server it creates, kept (mode 0600) across restarts."""
    path = state_dir / TOKEN_FILE
    try:
        token = path.read_text().strip()
        if token:
            return token
    except FileNotFoundError:
        pass
    state_dir.mkdir(parents=True, exist_ok=True)
    token = str(uuid.uuid4())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(token + "\n")
    return token


class EmbeddedDstackServer:
    """One ``dstack server`` on ``host:port``: reused if one already answers there, else started and owned.

    ``token_candidates`` are tried in order against a running server; a server started here gets the first
    one as its admin token (dstack only applies it when it creates its database, so an existing database
    keeps its own admin, which a later candidate may know).

    When the port is taken by a program that is not a dstack server these tokens open, a port the user chose
    (``port_explicit``) fails at once with that cause; a default one moves to a free port, and ``notice`` says
    so.
    """

    def __init__(
        self,
        *,
        port: int,
        token_candidates: Iterable[str],
        server_dir: Path | None = None,
        log_path: Path | None = None,
        host: str = "127.0.0.1",
        env: Mapping[str, str] | None = None,
        startup_timeout: float = 180.0,
        port_explicit: bool = True,
    ) -> None:
        self.host = host
        self.port = port
        self.url = f"http://{host}:{port}"
        self.port_explicit = port_explicit
        self.notice: str | None = None
        self.server_dir = server_dir
        self.log_path = log_path
        self._candidates = list(dict.fromkeys(t for t in token_candidates if t))
        if not self._candidates:
            raise ValueError("at least one token candidate is needed")
        self._env = dict(env or {})
        self._startup_timeout = startup_timeout
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._wanted = threading.Event()
        self._starter: threading.Thread | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._token: str | None = None
        self._error: DeployError | None = None
        self._closed = False
        self.started_here = False
        self.start_seconds: float | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def start(self, *, after: float = 0.0) -> None:
        """Begin reusing or starting the server in a background thread, unless that is done or under way; with
        ``after``, the thread first waits that many seconds, or until a caller needs the server."""
        with self._lock:
            if self._closed or self._usable_token() is not None:
                return
            if self._starter is not None and self._starter.is_alive():
                return
            self._ready.clear()
            self._error = None
            self._starter = threading.Thread(target=self._start_in_thread, args=(after,), name="dstack-server-start",
                                             daemon=True)
            self._starter.start()

    def token_within(self, timeout: float) -> str:
        """The admin token of a serving server, waiting at most ``timeout`` seconds for a start under way."""
        if self._closed:
            raise DeployError("backend_unreachable", "deploy-mcp is shutting down.", "Retry after it restarts.")
        token = self._usable_token()
        if token is not None:
            return token
        self._wanted.set()
        self.start()
        if not self._ready.wait(timeout):
            raise DeployError(
                "backend_unreachable",
                f"The embedded dstack server at {self.url} is still starting.",
                "A fresh dstack server takes 10-20 s to start; retry in a few seconds.",
            )
        if self._error is not None:
            raise self._error
        token = self._usable_token()
        if token is None:
            raise DeployError("backend_unreachable", f"The embedded dstack server at {self.url} stopped.",
                              "Retry; deploy-mcp starts it again.")
        return token

    def forget(self) -> None:
        """Drop the known state after a failed call, so the next call checks (and restarts) the server."""
        with self._lock:
            if self._starter is None or not self._starter.is_alive():
                self._token = None

    def _usable_token(self) -> str | None:
        if self._token is not None and (self._process is None or self._process.poll() is None):
            return self._token
        return None

    def _start_in_thread(self, after: float) -> None:
        self._wanted.wait(after)
        try:
            if self._closed:
                raise DeployError("backend_unreachable", "deploy-mcp is shutting down.", "Retry after it restarts.")
            self._token = self._reuse_or_start()
        except DeployError as exc:
            self._error = exc
        except Exception as exc:  # an OSError from Popen, say: the caller must get an answer, not a hang
            log.exception("starting the embedded dstack server failed")
            self._error = DeployError("backend_unreachable", f"Could not start the embedded dstack server: {exc}",
                                      "Check the log of deploy-mcp; start `dstack server` yourself if it persists.")
        finally:
            self._ready.set()

    def _reuse_or_start(self) -> str:
        if is_healthy(self.url):
            token = self._working_token()
            if token is not None:
                log.info("reusing the dstack server already running at %s", self.url)
                return token
            if self.port_explicit:
                raise DeployError(
                    "backend_not_configured",
                    f"A dstack server already runs at {self.url} but none of the tokens deploy-mcp knows are "
                    "accepted by it.",
                    "Set DSTACK_TOKEN to that server's admin token (dstack server prints it when it starts; "
                    "`dstack project` shows configured ones), or pass another --dstack-server-port to start a "
                    "separate embedded server.",
                )
            self._move("a dstack server whose admin token deploy-mcp does not know")
        elif port_in_use(self.host, self.port):
            if self.port_explicit:
                raise DeployError(
                    "backend_unreachable",
                    f"Port {self.port} on {self.host} is in use by a program that is not a dstack server, so the "
                    "embedded dstack server cannot start there.",
                    "Pass another --dstack-server-port, or omit it to let deploy-mcp choose a free port.",
                )
            self._move("a program that is not a dstack server")
        return self._start()

    def _move(self, occupant: str) -> None:
        taken = self.port
        self.port = free_port(self.host)
        self.url = f"http://{self.host}:{self.port}"
        self.notice = (f"Port {taken} is taken by {occupant}; the embedded dstack server runs at {self.url} "
                       "instead.")
        log.warning("%s", self.notice)

    def _working_token(self) -> str | None:
        return next((t for t in self._candidates if token_works(self.url, t)), None)

    def _start(self) -> str:
        env = {**os.environ, **self._env}
        env["DSTACK_SERVER_ADMIN_TOKEN"] = self._candidates[0]
        # deploy-mcp passes the connection explicitly; writing ~/.dstack/config.yml would make the next
        # start in auto mode treat this (then stopped) server as an external one.
        env["DSTACK_DO_NOT_UPDATE_DEFAULT_PROJECT"] = "1"
        env["DSTACK_SERVER_RELOAD_DISABLED"] = "1"
        # INFO would write the admin token into the log.
        env.setdefault("DSTACK_SERVER_LOG_LEVEL", "WARNING")
        if self.server_dir is not None:
            env["DSTACK_SERVER_DIR"] = str(self.server_dir)
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            rotate_logs(self.log_path)
            output = open(self.log_path, "wb")  # noqa: SIM115 - handed to the child
        else:
            output = open(os.devnull, "wb")  # noqa: SIM115
        started = time.monotonic()
        with output:
            process = self._process = subprocess.Popen(
                [sys.executable, "-m", "deploy_mcp.backends.dstack_server", "--host", self.host,
                 "--port", str(self.port)],
                stdin=subprocess.PIPE,
                stdout=output,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        self.started_here = True
        log.info("starting an embedded dstack server at %s (pid %s)", self.url, process.pid)
        deadline = started + self._startup_timeout
        while time.monotonic() < deadline and not self._closed:
            if process.poll() is not None:
                raise DeployError(
                    "backend_unreachable",
                    f"The embedded dstack server exited with status {process.returncode} while starting."
                    + self._log_tail(),
                    "Check that the port is free and that dstack[server] is installed "
                    '(pip install "deploy-mcp[server]"); the full log is ' + str(self.log_path or "not kept") + ".",
                )
            if is_healthy(self.url, timeout=1.0):
                self.start_seconds = time.monotonic() - started
                token = self._working_token()
                if token is None:
                    self.stop()
                    raise DeployError(
                        "backend_not_configured",
                        f"The dstack server in {self.server_dir or '~/.dstack/server'} has an admin token "
                        "deploy-mcp does not know (its database was created earlier).",
                        "Set DSTACK_TOKEN to that server's admin token, or point --dstack-server-dir at a "
                        "new directory.",
                    )
                log.info("embedded dstack server ready in %.1f s", self.start_seconds)
                return token
            time.sleep(0.25)
        self.stop()
        raise DeployError(
            "backend_unreachable",
            f"The embedded dstack server did not become healthy within {self._startup_timeout:g} s." + self._log_tail(),
            "Retry; if it persists, start `dstack server` yourself and pass --dstack external.",
        )

    def _log_tail(self, lines: int = 5) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        tail = self.log_path.read_text(errors="replace").strip().splitlines()[-lines:]
        return (" Last log lines: " + " | ".join(tail)) if tail else ""

    def stop(self, grace: float = STOP_GRACE) -> None:
        """Stop the server if this object started it (SIGTERM to its group, SIGKILL after ``grace``)."""
        process, self._process = self._process, None
        self._token = None
        if process is None or process.poll() is not None:
            return
        _signal_group(process.pid, signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            _signal_group(process.pid, signal.SIGKILL)
            process.wait()
        finally:
            if process.stdin:
                process.stdin.close()
        log.info("stopped the embedded dstack server at %s", self.url)

    def close(self) -> None:
        self._closed = True
        self._wanted.set()
        self.stop()


def _signal_group(pid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:
        pass


def _exit_when_parent_goes(grace: float) -> None:
    """In the child: stdin is a pipe from the parent; EOF means the parent is gone, so stop."""
    while sys.stdin.buffer.read(1):
        pass
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(grace)
    os._exit(1)


def serve(argv: list[str]) -> None:
    """Run ``dstack server`` in this process, stopping it when the parent's pipe on stdin closes."""
    threading.Thread(target=_exit_when_parent_goes, args=(STOP_GRACE,), daemon=True).start()
    from dstack._internal.cli.main import main as dstack_main

    sys.argv = ["dstack", "server", *argv]
    dstack_main()


if __name__ == "__main__":
    serve(sys.argv[1:])
