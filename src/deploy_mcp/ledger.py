"""The server's memory: deployments, their attempts, the runs this server owns and what they cost.

SQLite in WAL mode under the state directory, so a restart (even SIGKILL) loses and resets nothing, and several
worker threads (or processes sharing a state directory) see one truth. Every limit check and the reservation
it guards happen in one ``BEGIN IMMEDIATE`` transaction, so concurrent submits cannot overshoot a limit.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from deploy_mcp.errors import DeployError

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

REJECTED = "rejected"
"""An attempt the backend confirmed it never created a run for: it does not count against the limit."""
SUBMITTING = "submitting"
"""Reserved and recorded, backend call in flight (or interrupted): counted until reconciled."""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class DeploymentRecord(BaseModel):
    name: str
    target: str
    options: dict[str, Any] = Field(description="The user's options for this deployment (mandatory overrides).")
    max_attempts: int
    attempts_used: int = Field(description="Attempts that reached (or may have reached) the backend.")
    created_at: str
    updated_at: str


class Ledger:
    """One SQLite database per state directory; one connection per thread."""

    def __init__(self, state_dir: Path | str) -> None:
        self.state_dir = Path(state_dir)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.state_dir / "ledger.sqlite3"
        self._local = threading.local()
        self._connection().executescript(_SCHEMA)

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
        """Create a deployment, or reopen it with new options and limit; attempts already used stay used."""
        check_deployment_name(name)
        if max_attempts < 1:
            raise DeployError("invalid_argument", f"max_attempts must be at least 1, got {max_attempts}.")
        stamp = now_iso()
        with self._transaction() as db:
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
        row = db.execute(
            "SELECT COUNT(*) FROM attempts WHERE deployment = ? AND status != ?", (name, REJECTED)
        ).fetchone()
        return int(row[0])

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None


def check_deployment_name(name: str) -> None:
    if not DEPLOYMENT_NAME.match(name):
        raise DeployError(
            "invalid_deployment_name",
            f"Deployment name {name!r} is not allowed.",
            "Use 1-80 letters, digits, '.', '_' or '-', starting with a letter or digit, e.g. 'llama-3-8b'.",
        )
