"""The server's memory: deployments, their attempts, the runs this server owns and what they cost.

SQLite in WAL mode under the state directory, so a restart (even SIGKILL) loses and resets nothing, and several
worker threads (or processes sharing a state directory) see one truth. Every limit check and the reservation
it guards happen in one ``BEGIN IMMEDIATE`` transaction, so concurrent submits cannot overshoot a limit.

The budget is a sum over attempts, all in this database: a finished run counts what it cost (dstack's figure,
else its price times its duration), an active one the larger of what it has cost so far and the reservation made
when it was submitted (``max_price x max_duration x instances``, its worst case). A submit is admitted only if
spent + reserved + its own reservation fits the budget, in the same transaction that records it.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import secrets
import shutil
import socket
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from deploy_mcp.backends.base import ACTIVE_STATUSES
from deploy_mcp.config.spec import name_slug
from deploy_mcp.errors import DeployError
from deploy_mcp.internal_model import InternalModel

if TYPE_CHECKING:  # the server opens the ledger at start-up: what only annotations name is not loaded for it
    from deploy_mcp.backends.base import RunInfo
    from deploy_mcp.diagnosis.model import Diagnosis

DEPLOYMENT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS deployments (
    name TEXT PRIMARY KEY,
    target TEXT NOT NULL,
    options TEXT NOT NULL,
    max_attempts INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS attempts (
    deployment TEXT NOT NULL REFERENCES deployments (name),
    n INTEGER NOT NULL,
    run_name TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    submitted_yaml TEXT NOT NULL,
    effective_yaml TEXT NOT NULL,
    diff TEXT NOT NULL,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    submitted_at TEXT,
    finished_at TEXT,
    raw_status TEXT,
    termination_reason TEXT,
    status_message TEXT,
    exit_status INTEGER,
    failure_kind TEXT,
    error TEXT,
    service_url TEXT,
    price_per_hour REAL,
    cost_usd REAL,
    PRIMARY KEY (deployment, n)
);
"""

class LedgerError(DeployError):
    """The ledger cannot be used (unreadable, corrupted, unwritable): the server must not start on it, since a
    fresh one would reset every limit."""

    def __init__(self, path: Path, cause: str) -> None:
        super().__init__(
            "ledger_unusable", f"The ledger {path} cannot be used: {cause}.",
            "Only the user can fix this: restore the file from a backup, make it and its directory writable, "
            "or move it away so that deploy-mcp rebuilds it from the backend's tagged runs.",
            path=str(path),
        )


REBUILT_OWNER = "rebuilt"
"""``owner`` of attempts recreated from the backend's tagged runs: no process of ours is submitting them."""


# Columns added after the first release: an existing ledger gains them on open.
_ADDED_COLUMNS = {
    "config_digest": "TEXT",
    "max_duration_s": "REAL",
    "reserved_usd": "REAL",
    "cost_source": "TEXT",
    "failure_retryable": "INTEGER",
    "failure_fix": "TEXT",
    "note": "TEXT",
    "stop_requested": "TEXT",
    "stop_requested_at": "TEXT",
}

SUBMITTING = "submitting"
"""Reserved and recorded, backend call in flight (or interrupted): counted (and reserved) until reconciled."""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class DeploymentRecord(InternalModel):
    name: str
    target: str
    options: dict[str, Any] = Field(description="The user's options for this deployment (mandatory overrides).")
    max_attempts: int
    attempts_used: int = Field(description="Attempts that reached (or may have reached) the backend.")
    created_at: str
    updated_at: str

    @property
    def locked(self) -> bool:
        """A draft until an attempt reaches (or may have reached) the backend; from then on its options stand."""
        return self.attempts_used > 0


class AttemptRecord(InternalModel):
    deployment: str
    n: int = Field(description="Sequence number of the attempt within its deployment.")
    run_name: str
    status: str = Field(description="submitting, rejected, or the run status last observed.")
    submitted_yaml: str = Field(description="The configuration as the model submitted it.")
    effective_yaml: str = Field(description="What was sent to the backend, after mandatory options.")
    diff: str = Field(description="Unified diff of the effective configuration from the previous attempt.")
    owner: str = Field(description="host:pid of the server process that made the attempt.")
    created_at: str
    submitted_at: str | None = None
    finished_at: str | None = None
    raw_status: str | None = None
    termination_reason: str | None = None
    status_message: str | None = None
    exit_status: int | None = None
    failure_kind: str | None = None
    error: str | None = None
    service_url: str | None = None
    price_per_hour: float | None = None
    cost_usd: float | None = None
    cost_source: str | None = Field(None, description="Where cost_usd comes from.")
    config_digest: str | None = Field(None, description="Digest of the effective configuration submitted.")
    max_duration_s: float | None = Field(None, description="The run's max_duration in seconds (none: unlimited).")
    reserved_usd: float | None = Field(None, description="Worst-case cost reserved against the budget.")
    failure_retryable: bool | None = Field(None, description="The diagnosis says the same config may succeed.")
    failure_fix: str | None = Field(None, description="The diagnosis's suggested fix.")
    note: str | None = Field(None, description="What deploy-mcp did to the run on its own (e.g. stopped it).")
    stop_requested: str | None = Field(None, description="stop or abort: asked of the backend for this run, and "
                                       "asked again if the run is seen active afterwards.")
    stop_requested_at: str | None = None

    @property
    def active(self) -> bool:
        return self.status == SUBMITTING or self.status in ACTIVE_STATUSES


class BudgetState(BaseModel):
    budget_usd: float | None = Field(description="The budget in force (none: no budget).")
    spent_usd: float = Field(description="What finished runs of this server cost.")
    reserved_usd: float = Field(description="Worst case of the active runs: max_price x max_duration x instances "
                                "each (or what one has cost already, if more).")
    left_usd: float | None = Field(description="budget - spent - reserved: what a new run may reserve.")


# Attempts whose backend call runs in this process right now, keyed by (database, run name): a crashed
# process leaves ``submitting`` rows behind, a live one must not have its rows reconciled under it.
_IN_FLIGHT: set[tuple[str, str]] = set()
_IN_FLIGHT_LOCK = threading.Lock()
_OWNER = f"{socket.gethostname()}:{os.getpid()}"


class Ledger:
    """One SQLite database per state directory; one connection per thread."""

    def __init__(self, state_dir: Path | str) -> None:
        self.state_dir = Path(state_dir)
        self.path = self.state_dir / "ledger.sqlite3"
        self._local = threading.local()
        self._open_checked()

    def _open_checked(self) -> None:
        """Open, check and write once: a damaged or read-only ledger is found now, not by a tool call."""
        try:
            self.state_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LedgerError(self.path, f"its directory cannot be created ({exc.strerror or exc})") from exc
        try:
            db = self._connection()
            problems = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
            if problems != ["ok"]:
                raise LedgerError(self.path, "the database is corrupted (integrity check: "
                                  + "; ".join(problems[:3])[:300] + ")")
            db.executescript(_SCHEMA)
            present = {row["name"] for row in db.execute("PRAGMA table_info(attempts)")}
            for column, kind in _ADDED_COLUMNS.items():
                if column not in present:
                    db.execute(f"ALTER TABLE attempts ADD COLUMN {column} {kind}")
            with self._transaction() as tx:
                tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('opened_at', ?)", (now_iso(),))
        except sqlite3.DatabaseError as exc:  # not a database, malformed, read-only, locked past the timeout
            self.close()
            text = str(exc)
            if "readonly" in text or "unable to open" in text:
                text += " (the file or its directory is not writable)"
            raise LedgerError(self.path, text) from exc
        except LedgerError:
            self.close()
            raise

    def _connection(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            # isolation_level=None: transactions are explicit, so BEGIN IMMEDIATE means what it says.
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA busy_timeout=30000")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the database lock up front, so read-check-write is atomic."""
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # ---- deployments -------------------------------------------------------------------------------------

    def open_deployment(
        self, name: str, *, target: str, options: dict[str, Any], max_attempts: int
    ) -> DeploymentRecord:
        """Create a deployment, or reopen it. A draft (nothing submitted yet) takes the new options and attempt
        limit as given. A locked deployment is never loosened: the attempt limit can only go down, and options
        already set stay as they are (new ones are added); a different value for one of them is refused, since
        they are what the user's submitted attempts were held to."""
        check_deployment_name(name)
        if max_attempts < 1:
            raise DeployError("invalid_argument", f"max_attempts must be at least 1, got {max_attempts}.")
        stamp = now_iso()
        with self._transaction() as db:
            existing = self._deployment(db, name)
            if existing is not None and existing.locked:
                changed = sorted(k for k, v in options.items() if k in existing.options and existing.options[k] != v)
                if changed:
                    raise DeployError(
                        "deployment_options_locked",
                        f"Deployment {name!r} already has the user's options {', '.join(changed)} set to "
                        + ", ".join(f"{k}={existing.options[k]!r}" for k in changed) + "; they cannot be changed.",
                        "Keep those options (omit them to reuse the deployment's), or, if the user asked for "
                        "different ones, open a new deployment with another name.",
                    )
                options = {**existing.options, **options}
                max_attempts = min(max_attempts, existing.max_attempts)
            db.execute(
                "INSERT INTO deployments (name, target, options, max_attempts, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                "target = excluded.target, options = excluded.options, "
                "max_attempts = excluded.max_attempts, updated_at = excluded.updated_at",
                (name, target, json.dumps(options, sort_keys=True), max_attempts, stamp, stamp),
            )
            record = self._deployment(db, name)
        assert record is not None
        return record

    def discard_draft(self, name: str) -> bool:
        """Forget a deployment that never had a run (its refused attempts included); a locked one stays."""
        with self._transaction() as db:
            record = self._deployment(db, name)
            if record is None or record.locked:
                return False
            db.execute("DELETE FROM attempts WHERE deployment = ?", (name,))
            db.execute("DELETE FROM deployments WHERE name = ?", (name,))
        shutil.rmtree(self.state_dir / "deployments" / name, ignore_errors=True)
        return True

    def get_deployment(self, name: str) -> DeploymentRecord | None:
        return self._deployment(self._connection(), name)

    def list_deployments(self) -> list[DeploymentRecord]:
        rows = self._connection().execute("SELECT name FROM deployments ORDER BY created_at, name").fetchall()
        return [r for r in (self.get_deployment(row["name"]) for row in rows) if r is not None]

    def _deployment(self, db: sqlite3.Connection, name: str) -> DeploymentRecord | None:
        row = db.execute("SELECT * FROM deployments WHERE name = ?", (name,)).fetchone()
        if row is None:
            return None
        return DeploymentRecord(
            name=row["name"],
            target=row["target"],
            options=json.loads(row["options"]),
            max_attempts=row["max_attempts"],
            attempts_used=self._attempts_used(db, name),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
        )

    def _attempts_used(self, db: sqlite3.Connection, name: str) -> int:
        row = db.execute("SELECT COUNT(*) FROM attempts WHERE deployment = ?", (name,)).fetchone()
        return int(row[0])

    # ---- attempts -------------------------------------------------------------------------------------------

    @property
    def run_prefix(self) -> str:
        """A token fixed when the state directory is created, part of every run name.

        Run names must be unique on the dstack server, which may outlive this state directory or be shared
        with another deploy-mcp; the token keeps a new ledger from adopting or replacing their runs.
        """
        db = self._connection()
        row = db.execute("SELECT value FROM meta WHERE key = 'run_token'").fetchone()
        if row is None:
            with self._transaction() as tx:
                tx.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('run_token', ?)", (secrets.token_hex(2),)
                )
            row = db.execute("SELECT value FROM meta WHERE key = 'run_token'").fetchone()
        return str(row["value"])

    def run_name(self, deployment: str, n: int) -> str:
        return _run_name(deployment, n, self.run_prefix)

    def reserve_attempt(
        self,
        deployment: str,
        *,
        submitted_yaml: str,
        effective_yaml: str,
        max_attempts: int,
        max_active_runs: int | None = None,
        budget_usd: float | None = None,
        reservation_usd: float | None = None,
        config_digest: str | None = None,
        max_duration_s: float | None = None,
    ) -> AttemptRecord:
        """Check every limit and record a ``submitting`` attempt in one transaction; write its config files.

        Active runs of the same deployment do not count against ``max_active_runs``: the caller stops them
        before submitting. Under a budget, spent + reserved + ``reservation_usd`` must fit it.
        """
        run_prefix = self.run_prefix
        with self._transaction() as db:
            record = self._deployment(db, deployment)
            if record is None:
                raise DeployError("deployment_not_found", f"No deployment named {deployment!r}.")
            if record.attempts_used >= max_attempts:
                raise DeployError(
                    "attempts_exhausted",
                    f"Deployment {deployment!r} has used {record.attempts_used} of {max_attempts} attempts.",
                    "Stop here and report to the user: what was tried (resource deploy://deployments/"
                    f"{deployment}), the last diagnosis, and what you would change next. Only the user can "
                    "raise the limit.",
                )
            if max_active_runs is not None:
                active = self._count_active(db, exclude_deployment=deployment)
                if active >= max_active_runs:
                    raise DeployError(
                        "too_many_active_runs",
                        f"{active} runs of this server are active; the limit is {max_active_runs}.",
                        "Stop a run you no longer need (list_runs, then stop_run), or ask the user.",
                    )
            if budget_usd is not None:
                state = self._budget(db, budget_usd)
                new = reservation_usd or 0.0
                if state.spent_usd + state.reserved_usd + new > budget_usd + 1e-9:
                    raise DeployError(
                        "over_budget",
                        f"spent ${state.spent_usd:.2f} + reserved ${state.reserved_usd:.2f} (active runs) + "
                        f"${new:.2f} (this run's worst case) = "
                        f"${state.spent_usd + state.reserved_usd + new:.2f}, over the budget of ${budget_usd:.2f}.",
                        f"${max(state.left_usd or 0.0, 0.0):.2f} is left: lower max_price, max_duration or the "
                        "replicas so the worst case fits, stop runs you no longer need (stop_run), or ask the user "
                        "to raise the budget.",
                        budget=state.model_dump(),
                    )
            previous = db.execute(
                "SELECT n, effective_yaml FROM attempts WHERE deployment = ? ORDER BY n DESC LIMIT 1",
                (deployment,),
            ).fetchone()
            n = (previous["n"] if previous else 0) + 1
            diff = config_diff(previous["effective_yaml"] if previous else "", effective_yaml,
                               f"attempt-{n - 1}" if previous else "(none)", f"attempt-{n}")
            run_name = _run_name(deployment, n, run_prefix)
            db.execute(
                "INSERT INTO attempts (deployment, n, run_name, status, submitted_yaml, effective_yaml, diff, "
                "owner, created_at, config_digest, max_duration_s, reserved_usd) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (deployment, n, run_name, SUBMITTING, submitted_yaml, effective_yaml, diff, _OWNER, now_iso(),
                 config_digest, max_duration_s, reservation_usd),
            )
            self._write_config_files(deployment, n, submitted_yaml, effective_yaml)
            with _IN_FLIGHT_LOCK:
                _IN_FLIGHT.add((str(self.path), run_name))
            attempt = self._attempt(db, run_name)
        assert attempt is not None
        return attempt

    def mark_submitted(self, run_name: str, info: RunInfo) -> AttemptRecord:
        self._release_in_flight(run_name)
        with self._transaction() as db:
            db.execute(
                "UPDATE attempts SET submitted_at = COALESCE(submitted_at, ?) WHERE run_name = ?",
                (info.submitted_at or now_iso(), run_name),
            )
            self._apply_observation(db, info, None)
            attempt = self._attempt(db, run_name)
        assert attempt is not None
        return attempt

    def discard(self, run_name: str) -> None:
        """The backend has no run by this name: the attempt never happened. Its row and config files go, so
        the next attempt takes its number and run names, files and attempt numbers keep agreeing."""
        self._release_in_flight(run_name)
        with self._transaction() as db:
            attempt = self._attempt(db, run_name)
            if attempt is None:
                return
            db.execute("DELETE FROM attempts WHERE run_name = ?", (run_name,))
            folder = self.state_dir / "deployments" / attempt.deployment
            for path in (folder / f"attempt-{attempt.n}.submitted.yml", folder / f"attempt-{attempt.n}.yml"):
                path.unlink(missing_ok=True)

    def note(self, run_name: str, text: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE attempts SET note = ? WHERE run_name = ?", (text, run_name))

    def request_stop(self, run_name: str, *, abort: bool) -> None:
        """Remember that this run was to stop (before the backend is asked): a stop the backend loses, or a call
        that never came back, is then asked again when the run is next seen active. An abort is never
        downgraded to a graceful stop."""
        with self._transaction() as db:
            db.execute(
                "UPDATE attempts SET stop_requested = CASE WHEN ? OR stop_requested = 'abort' THEN 'abort' "
                "ELSE 'stop' END, stop_requested_at = COALESCE(stop_requested_at, ?) WHERE run_name = ?",
                (abort, now_iso(), run_name),
            )

    def release(self, run_name: str) -> None:
        """The backend call ended without an answer: the attempt stays ``submitting`` until reconciled."""
        self._release_in_flight(run_name)

    def observe(self, info: RunInfo, failure: Diagnosis | None = None) -> AttemptRecord | None:
        """Record what the backend says about a run this server owns; other runs are ignored."""
        with self._transaction() as db:
            self._apply_observation(db, info, failure)
            return self._attempt(db, info.name)

    def attempt(self, run_name: str) -> AttemptRecord | None:
        return self._attempt(self._connection(), run_name)

    def owned(self, run_name: str) -> AttemptRecord | None:
        """The attempt behind ``run_name`` if this server created that run (or may have)."""
        return self.attempt(run_name)

    def attempts(self, deployment: str | None = None) -> list[AttemptRecord]:
        db = self._connection()
        if deployment is None:
            rows = db.execute("SELECT * FROM attempts ORDER BY created_at, deployment, n").fetchall()
        else:
            rows = db.execute("SELECT * FROM attempts WHERE deployment = ? ORDER BY n", (deployment,)).fetchall()
        return [_attempt_record(row) for row in rows]

    def unreconciled(self, deployment: str | None = None) -> list[AttemptRecord]:
        """``submitting`` attempts whose submitter is gone: the backend must say whether their run exists."""
        return [
            a for a in self.attempts(deployment)
            if a.status == SUBMITTING and (str(self.path), a.run_name) not in _IN_FLIGHT and not _alive(a.owner)
        ]

    def budget(self, budget_usd: float | None) -> BudgetState:
        return self._budget(self._connection(), budget_usd)

    def is_empty(self) -> bool:
        """No deployment recorded: a new ledger, or one that lost its contents."""
        return self._connection().execute("SELECT COUNT(*) FROM deployments").fetchone()[0] == 0

    def rebuild(self, runs: list[RunInfo], *, target: str, max_attempts: int) -> int:
        """Recreate deployments, attempts, ownership and spend from the backend's tagged runs
        (``list_owned``); rows the ledger has already are kept. Returns the number of attempts added.

        A rebuilt deployment gets the policy's attempt limit and no options of its own: those lived only in
        the lost ledger, and the policy still applies on top.
        """
        import yaml  # loaded by the few tools that read or write YAML, not at the server's start

        tagged = sorted(
            (r for r in runs if r.deployment and r.attempt and DEPLOYMENT_NAME.match(r.deployment)),
            key=lambda r: (r.deployment or "", r.attempt or 0),
        )
        added = 0
        with self._transaction() as db:
            previous: dict[str, str] = {}
            for info in tagged:
                deployment, n = str(info.deployment), int(info.attempt or 0)
                created = info.submitted_at or now_iso()
                db.execute(
                    "INSERT OR IGNORE INTO deployments (name, target, options, max_attempts, created_at, "
                    "updated_at) VALUES (?, ?, '{}', ?, ?, ?)",
                    (deployment, target, max_attempts, created, now_iso()),
                )
                config = yaml.safe_dump(info.configuration, sort_keys=False) if info.configuration else ""
                before = previous.get(deployment, "")
                diff = config_diff(before, config, "(previous attempt)" if before else "(none)",
                                   f"attempt-{n}")
                previous[deployment] = config
                cursor = db.execute(
                    "INSERT OR IGNORE INTO attempts (deployment, n, run_name, status, submitted_yaml, "
                    "effective_yaml, diff, owner, created_at, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (deployment, n, info.name, SUBMITTING, config, config, diff, REBUILT_OWNER, created,
                     info.submitted_at or created),
                )
                if cursor.rowcount:
                    self._apply_observation(db, info, None)
                    if config:
                        self._write_config_files(deployment, n, config, config)
                    added += 1
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('rebuilt_at', ?)", (now_iso(),))
        return added

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None


    # ---- internals ------------------------------------------------------------------------------------------

    def _attempt(self, db: sqlite3.Connection, run_name: str) -> AttemptRecord | None:
        row = db.execute("SELECT * FROM attempts WHERE run_name = ?", (run_name,)).fetchone()
        return None if row is None else _attempt_record(row)

    def _apply_observation(self, db: sqlite3.Connection, info: RunInfo, failure: Diagnosis | None) -> None:
        finished = info.status not in ACTIVE_STATUSES
        cost, source = run_cost(info)
        db.execute(
            "UPDATE attempts SET status = ?, raw_status = ?, termination_reason = ?, status_message = ?, "
            "exit_status = ?, service_url = COALESCE(?, service_url), "
            "price_per_hour = COALESCE(?, price_per_hour), cost_usd = COALESCE(?, cost_usd), "
            "cost_source = COALESCE(?, cost_source), "
            "finished_at = CASE WHEN ? THEN COALESCE(finished_at, ?, ?) ELSE NULL END, "
            "failure_kind = COALESCE(?, failure_kind), failure_retryable = COALESCE(?, failure_retryable), "
            "failure_fix = COALESCE(?, failure_fix) WHERE run_name = ?",
            (
                info.status, info.raw_status, info.termination_reason, info.status_message, info.exit_status,
                info.service_url, info.price_per_hour, cost, source, finished, info.finished_at, now_iso(),
                failure.kind if failure else None, failure.retryable_as_is if failure else None,
                failure.suggested_fix if failure else None, info.name,
            ),
        )

    def _count_active(self, db: sqlite3.Connection, *, exclude_deployment: str) -> int:
        statuses = sorted(ACTIVE_STATUSES | {SUBMITTING})
        marks = ",".join("?" * len(statuses))
        row = db.execute(
            f"SELECT COUNT(*) FROM attempts WHERE deployment != ? AND status IN ({marks})",
            (exclude_deployment, *statuses),
        ).fetchone()
        return int(row[0])

    def _budget(self, db: sqlite3.Connection, budget_usd: float | None) -> BudgetState:
        statuses = sorted(ACTIVE_STATUSES | {SUBMITTING})
        marks = ",".join("?" * len(statuses))
        row = db.execute(
            f"SELECT COALESCE(SUM(CASE WHEN status IN ({marks}) THEN 0 ELSE COALESCE(cost_usd, 0) END), 0), "
            f"COALESCE(SUM(CASE WHEN status IN ({marks}) "
            "THEN MAX(COALESCE(reserved_usd, 0), COALESCE(cost_usd, 0)) ELSE 0 END), 0) FROM attempts",
            (*statuses, *statuses),
        ).fetchone()
        spent, reserved = round(float(row[0]), 6), round(float(row[1]), 6)
        left = None if budget_usd is None else round(budget_usd - spent - reserved, 6)
        return BudgetState(budget_usd=budget_usd, spent_usd=spent, reserved_usd=reserved, left_usd=left)

    def _write_config_files(self, deployment: str, n: int, submitted_yaml: str, effective_yaml: str) -> None:
        folder = self.state_dir / "deployments" / deployment
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"attempt-{n}.submitted.yml").write_text(submitted_yaml)
        (folder / f"attempt-{n}.yml").write_text(effective_yaml)

    def _release_in_flight(self, run_name: str) -> None:
        with _IN_FLIGHT_LOCK:
            _IN_FLIGHT.discard((str(self.path), run_name))


def _run_name(deployment: str, n: int, token: str) -> str:
    """``<deployment slug>-<token>-a<n>``, within dstack's ``^[a-z][a-z0-9-]{1,40}$``."""
    return f"{name_slug(deployment, prefix='d', limit=28)}-{token}-a{n}"


def _attempt_record(row: sqlite3.Row) -> AttemptRecord:
    return AttemptRecord(**{key: row[key] for key in row.keys()})


def _alive(owner: str) -> bool:
    """Whether the process that made an attempt still runs (on another host: assume it does not)."""
    host, _, pid = owner.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    if int(pid) == os.getpid():
        return False  # this process, but not in flight: the call that made it has ended
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed child that nobody has reaped yet still answers kill(0)
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[0] != "Z"


def run_cost(info: RunInfo) -> tuple[float | None, str | None]:
    """What a run has cost and where the figure comes from: the backend's own (dstack's run cost), else its
    instance price per hour times the time from submission to its end (or now)."""
    if info.cost_usd is not None:
        return info.cost_usd, "backend: the run's cost as the backend reports it"
    if info.price_per_hour is None or info.submitted_at is None:
        return None, None
    start = datetime.fromisoformat(info.submitted_at)
    end = datetime.fromisoformat(info.finished_at) if info.finished_at else datetime.now(UTC)
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    if end.tzinfo is None:
        end = end.replace(tzinfo=UTC)
    hours = max((end - start).total_seconds(), 0.0) / 3600
    return round(info.price_per_hour * hours, 6), "price x duration: the instance's price per hour times its hours"


def config_diff(before: str, after: str, before_name: str, after_name: str) -> str:
    return "".join(
        difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True), before_name,
                             after_name)
    )


def check_deployment_name(name: str) -> None:
    if not DEPLOYMENT_NAME.match(name):
        raise DeployError(
            "invalid_deployment_name",
            f"Deployment name {name!r} is not allowed.",
            "Use 1-80 letters, digits, '.', '_' or '-', starting with a letter or digit, e.g. 'llama-3-8b'.",
        )
