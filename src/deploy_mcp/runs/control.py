"""Submitting, watching and stopping runs under the limits the ledger enforces.

The tools in ``tools/runs.py`` are thin wrappers over :class:`RunControl`. It takes the runtime (settings,
policy, ledger, backend) and never imports a backend library or ``mcp``.

Choices worth knowing:

- A ``submit_run`` without ``deployment`` uses the configuration's ``name`` as the deployment (else the
  model's name, else ``service``). A deployment that does not exist yet is opened as a draft with no options
  of its own, and discarded again if the submit is refused, so a refusal leaves nothing behind.
- A submit is ``prepare`` (every refusal that needs no ledger write: validation, bounds, attempts left, an
  identical config after a failure), then the approval (tools/runs.py asks the human), then ``submit``.
- An attempt is recorded (``submitting``) before the backend is called. If the call fails and the backend
  confirms no run exists, the attempt is deleted, so its number is used by the next one; if nobody can tell (the
  backend is unreachable, or the server was killed), it counts, and reserves its worst case, until reconciled on
  the next call that touches its deployment: found → submitted, absent → deleted. A run is never submitted twice.
- Under a budget every run needs max_price and max_duration; it reserves max_price x max_duration x instances
  (``runs/spend.py``) until it ends, then counts what it cost.
- ``reconcile`` (at start-up and on list_runs) stops an owned run still active past its max_duration, counted
  from its submission: dstack counts only running time, the reservation counts from submission.
- A stop is recorded before the backend is asked, and asked again whenever the run is next seen active
  (get_run and its waits, list_runs, reconcile): a stop the backend lost, or a call that never came back, does
  not leave the run waiting for capacity it would bill for.
"""

from __future__ import annotations

import contextlib
import difflib
import logging
import math
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field, PrivateAttr

from deploy_mcp.backends.base import ACTIVE_STATUSES, RunInfo, ownership_tags
from deploy_mcp.config.redact import Redactor, redactor_for
from deploy_mcp.config.report import ConfigReport
from deploy_mcp.config.spec import config_digest, env_as_dict
from deploy_mcp.diagnosis.model import Diagnosis
from deploy_mcp.durations import duration_seconds
from deploy_mcp.errors import DeployError
from deploy_mcp.internal_model import InternalModel
from deploy_mcp.problems import Override, Problem
from deploy_mcp.runs import logtail, readiness
from deploy_mcp.runs.ledger import AttemptRecord, BudgetState, DeploymentRecord, Ledger
from deploy_mcp.runs.readiness import Readiness
from deploy_mcp.runs.spend import WorstCase, worst_case

if TYPE_CHECKING:  # the runtime wires this module up; importing it for real would be an import from above
    from deploy_mcp.runtime import Runtime

log = logging.getLogger(__name__)

_WATCH_SECONDS = 60.0
"""How often runs are checked against their max_duration where the target does not enforce it."""
_ASKED_AGAIN = "Stop asked again at"

DIAGNOSE_WINDOW = 50_000
# Diagnoses and per-deployment locks kept in memory (names are the model's: their number must not grow).
MAX_KEPT = 1024
"""Lines of a failed run's log that the diagnosis reads (once per finished run)."""
READINESS_WINDOW = 200
"""Lines a get_run on a running service reads to see whether the engine came up."""


class RunView(BaseModel):
    run_name: str
    status: str = Field(description="submitted, provisioning, pulling, running, ready, failed, stopped or done.")
    raw_status: str = Field("", description="The target's own status, e.g. dstack run/job status.")
    termination_reason: str | None = None
    status_message: str | None = None
    exit_status: int | None = None
    owned: bool = Field(description="Created by this server (only owned runs can be stopped by default).")
    deployment: str | None = None
    attempt: int | None = Field(None, description="Which attempt of its deployment this run is.")
    max_attempts: int | None = None
    service_url: str | None = None
    ready: bool = Field(False, description="The service answers: the backend's probes or the engine's log say so.")
    readiness: Readiness | None = Field(None, description="The engine's ready line, when the log was read.")
    backend: str | None = None
    region: str | None = None
    instance_type: str | None = None
    price_per_hour: float | None = Field(None, description="USD per hour for the instance.")
    cost_usd: float | None = Field(None, description="Cost so far.")
    failure_kind: str | None = Field(None, description="The diagnosis kind of a failed run, when known.")
    submitted_at: str | None = None
    finished_at: str | None = None
    reserved_usd: float | None = Field(None, description="Worst case this run reserves against the budget.")
    note: str | None = Field(None, description="What deploy-mcp did to the run on its own, e.g. stopped it.")
    budget: BudgetState | None = Field(None, description="Spent, reserved and left (get_run, under a budget).")


class SubmitResult(BaseModel):
    run_name: str
    deployment: str
    attempt: int = Field(description="This attempt's number within the deployment.")
    max_attempts: int
    attempts_left: int
    status: str
    effective_yaml: str = Field(description="What was submitted (secret values masked).")
    overrides: list[Override] = Field(default_factory=list, description="Fields the mandatory options changed.")
    diff_from_previous: str = Field("", description="Unified diff from the previous attempt's effective config.")
    service_url: str | None = None
    stopped_previous: list[str] = Field(default_factory=list, description="Earlier attempts stopped by this submit.")
    reserved_usd: float | None = Field(None, description="This run's worst case, reserved against the budget.")
    budget: BudgetState | None = Field(None, description="The budget after this submit (when one is in force).")
    warnings: list[Problem] = Field(default_factory=list)


class SubmitPlan(InternalModel):
    """What a submit would do, shown to the human who approves it."""

    deployment: str
    attempt: int = Field(description="The attempt number this submit would use.")
    max_attempts: int
    digest: str = Field(description="config digest of the effective configuration (the plan_id it needs).")
    model: str | None
    gpu: str
    backends: list[str]
    worst_case: WorstCase
    budget: BudgetState
    _report: ConfigReport = PrivateAttr()
    _yaml: str = PrivateAttr()

    def approval_message(self) -> str:
        """The question put to the human: every number the spend depends on."""
        worst = self.worst_case
        duration = "unlimited" if worst.max_duration_s is None else _hours(worst.max_duration_s)
        price = "no cap" if worst.max_price is None else f"${worst.max_price:.2f} per hour per instance"
        lines = [
            f"Start a paid run? Deployment {self.deployment}, attempt {self.attempt} of {self.max_attempts}.",
            f"Model: {self.model or 'not named'}. GPUs: {self.gpu}. Backends: {', '.join(self.backends) or 'any'}.",
            f"Max price: {price}. Max duration: {duration}. Instances at most: {worst.instances:g}.",
            f"Worst-case cost of this attempt: {worst.arithmetic}.",
        ]
        if self.budget.budget_usd is not None:
            lines.append(f"Budget left: ${self.budget.left_usd:.2f} of ${self.budget.budget_usd:.2f} "
                         f"(spent ${self.budget.spent_usd:.2f}, reserved ${self.budget.reserved_usd:.2f}).")
        return "\n".join(lines)


class LogTail(BaseModel):
    run_name: str
    status: str
    lines: list[str] = Field(description="Redacted log lines, oldest first; long lines are cut and marked.")
    truncated: bool = Field(description="More lines exist than were returned (earlier ones, or later ones to follow).")
    cursor: str | None = Field(None, description="Pass back as cursor to get only the lines after these.")
    ready: bool = Field(description="The service answers: the backend says so or the engine logged it.")
    readiness: Readiness
    service_url: str | None = None
    diagnosis: Diagnosis | None = Field(None, description="Why it failed, when the run failed or the lines show it.")
    message: str | None = None


class StopResult(BaseModel):
    run_name: str
    status: str
    stopped: bool = Field(description="False when the run had already finished: nothing was done.")
    aborted: bool = False
    message: str


class RunControl:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._deployment_locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        # Failed runs' diagnoses, newest last; the ledger keeps each failure's kind, so one evicted here is
        # only read from its log again.
        self._diagnoses: OrderedDict[str, Diagnosis | None] = OrderedDict()

    @property
    def ledger(self) -> Ledger:
        return self.runtime.ledger

    # ---- submit -----------------------------------------------------------------------------------------

    def prepare(self, yaml_text: str, *, deployment: str | None = None) -> SubmitPlan:
        """Everything a submit checks before it may ask anyone or touch the ledger: a refusal here leaves nothing
        behind and uses no attempt. Returns what the submit would do, for the approval and the submit."""
        try:
            self.runtime.ensure_ledger_rebuilt()
        except DeployError:  # an invalid configuration is still the first thing the model should hear
            self.runtime.validate(yaml_text).require_effective("nothing was submitted and no attempt was used")
            raise
        policy = self.runtime.policy
        name = deployment or deployment_name_from(yaml_text)
        record = self.ledger.get_deployment(name)
        report = self.runtime.validate(yaml_text, name if record is not None else None)
        effective = report.require_effective("nothing was submitted and no attempt was used")
        worst = worst_case(effective)
        if policy.budget_usd is not None:
            self._require_bounded(worst, policy.budget_usd)
        digest = config_digest(effective)
        max_attempts = min(record.max_attempts, policy.max_attempts) if record else policy.max_attempts
        used = record.attempts_used if record else 0
        if used >= max_attempts:
            raise DeployError(
                "attempts_exhausted",
                f"Deployment {name!r} has used {used} of {max_attempts} attempts.",
                "Stop here and report to the user: what was tried (resource deploy://deployments/"
                f"{name}), the last diagnosis, and what you would change next. Only the user can raise the limit.",
            )
        if record is not None:
            self._refuse_identical_after_failure(name, digest)
        plan = SubmitPlan(
            deployment=name, attempt=used + 1, max_attempts=max_attempts, digest=digest,
            model=_model_name(effective), gpu=_gpu_summary(effective), backends=list(effective.get("backends") or []),
            worst_case=worst, budget=self.ledger.budget(policy.budget_usd),
        )
        plan._report = report
        plan._yaml = yaml_text
        return plan

    def submit(self, plan: SubmitPlan) -> SubmitResult:
        """Submit what ``prepare`` planned (and a human or the policy approved): one attempt of the deployment."""
        policy = self.runtime.policy
        name, report = plan.deployment, plan._report
        effective = report.require_effective("nothing was submitted and no attempt was used")
        opened = self.ledger.get_deployment(name) is None
        with self._deployment_lock(name), self._draft_for(name, opened=opened):
            self._reconcile(name)
            self._refresh_active()
            attempt = self.ledger.reserve_attempt(
                name,
                submitted_yaml=redactor_for()(plan._yaml),
                effective_yaml=report.effective_yaml or "",
                max_attempts=plan.max_attempts,
                max_active_runs=policy.max_active_runs,
                budget_usd=policy.budget_usd,
                reservation_usd=plan.worst_case.usd,
                config_digest=plan.digest,
                max_duration_s=plan.worst_case.max_duration_s,
            )
            stopped = self._stop_previous(name, attempt.n)
            info = self._send(effective, attempt)
        used = self.ledger.get_deployment(name)
        return SubmitResult(
            run_name=attempt.run_name,
            deployment=name,
            attempt=attempt.n,
            max_attempts=plan.max_attempts,
            attempts_left=max(plan.max_attempts - (used.attempts_used if used else attempt.n), 0),
            status=info.status,
            effective_yaml=report.effective_yaml or "",
            overrides=report.overrides,
            diff_from_previous=attempt.diff,
            service_url=info.service_url,
            stopped_previous=stopped,
            reserved_usd=plan.worst_case.usd,
            budget=self.ledger.budget(policy.budget_usd) if policy.budget_usd is not None else None,
            warnings=list(report.warnings),
        )

    @contextlib.contextmanager
    def _draft_for(self, name: str, *, opened: bool) -> Iterator[None]:
        """A submit naming a new deployment opens it as a draft; if the submit is refused, the draft goes too."""
        if opened:
            self.runtime.open_deployment(name, options={})
        try:
            yield
        except BaseException:
            if opened:
                self.ledger.discard_draft(name)
            raise
    @staticmethod
    def _require_bounded(worst: WorstCase, budget_usd: float) -> None:
        budget = f"A budget of ${budget_usd:.2f} is in force"
        if worst.max_price is None:
            raise DeployError(
                "max_price_required",
                f"{budget}, and a run without max_price has no bound on what it costs per hour.",
                "Set max_price (USD per hour per instance) to what estimate_cost showed, then submit again.",
            )
        if worst.max_duration_s is None:
            raise DeployError(
                "max_duration_required",
                f"{budget}, and a run without max_duration may stay up (and cost) forever.",
                "Set max_duration (e.g. 2h: dstack stops the run after it) to how long the user wants it up, "
                "then submit again.",
            )
        if math.isinf(worst.instances):
            raise DeployError(
                "replicas_unbounded",
                f"{budget}, and an open replica range (e.g. 1..) has no bound on how many instances it starts.",
                "Give replicas an upper bound (e.g. 1..2), then submit again.",
            )

    def _refuse_identical_after_failure(self, deployment: str, digest: str) -> None:
        """The fix loop may not spin: a configuration that already failed for a reason resubmitting cannot cure
        is refused before it costs an attempt."""
        attempts = self.ledger.attempts(deployment)
        live = [a.run_name for a in attempts if a.active and a.config_digest == digest]
        if live:  # it may have failed since last looked at
            for info in self.runtime.backend.list(names=live, include_finished=True):
                self._observe(info)
            attempts = self.ledger.attempts(deployment)
        for earlier in reversed(attempts):
            if earlier.config_digest != digest or earlier.status != "failed" or earlier.failure_retryable:
                continue
            kind = earlier.failure_kind or "unknown"
            fix = earlier.failure_fix or "read the diagnosis (tail_logs) and change what it names"
            raise DeployError(
                "identical_after_failure",
                f"This effective configuration is the one attempt {earlier.n} ({earlier.run_name}) ran, and it "
                f"failed with {kind}, which resubmitting unchanged cannot cure. Nothing was submitted and no "
                "attempt was used.",
                f"Suggested fix: {fix}. Change the configuration accordingly (tail_logs on {earlier.run_name} "
                "shows the diagnosis), validate, then submit.",
                failure_kind=kind,
            )

    def _send(self, config: dict[str, Any], attempt: AttemptRecord) -> RunInfo:
        backend = self.runtime.backend
        try:
            info = backend.submit(config, run_name=attempt.run_name,
                                  tags=ownership_tags(attempt.deployment, attempt.n,
                                                     self.runtime.settings.server_id))
        except DeployError as exc:
            try:
                found = backend.get(attempt.run_name)
            except DeployError:
                self.ledger.release(attempt.run_name)
                exc.hint = (exc.hint + " " if exc.hint else "") + (
                    f"Whether {attempt.run_name} was created is unknown: the attempt counts until the server can "
                    "check; get_run or the next submit_run will find out."
                )
                raise exc from None
            if found is None:
                self.ledger.discard(attempt.run_name)
                log.info("%s refused by the backend (%s): no attempt used", attempt.run_name, exc.kind)
                exc.hint = (exc.hint + " " if exc.hint else "") + "No run was created; the attempt was not counted."
                raise exc from None
            info = found
        self.ledger.mark_submitted(attempt.run_name, info)
        log.info("submitted %s (deployment %s, attempt %d)", attempt.run_name, attempt.deployment, attempt.n)
        return info

    def _stop_previous(self, deployment: str, n: int) -> list[str]:
        stopped: list[str] = []
        for earlier in self.ledger.attempts(deployment):
            # A failed attempt may still hold what it ran on (a Kubernetes Deployment keeps restarting its
            # crashed pod on its GPUs): stopping it releases that; on dstack it is a no-op.
            if earlier.n >= n or not (earlier.active or earlier.status == "failed"):
                continue
            try:
                info = self._stop(earlier.run_name)
            except DeployError as exc:
                if exc.kind != "run_not_found":
                    raise
                continue
            self.ledger.observe(info)
            if earlier.active:
                stopped.append(earlier.run_name)
        return stopped

    def _deployment_lock(self, name: str) -> threading.Lock:
        # Submits of one deployment take turns in this process, so each one stops the run before it;
        # the ledger's transaction is what keeps counts right across processes.
        with self._locks_guard:
            if name not in self._deployment_locks and len(self._deployment_locks) >= MAX_KEPT:
                # Only idle locks go: a submit holding one keeps it.
                for idle in [n for n, lock in self._deployment_locks.items() if not lock.locked()]:
                    del self._deployment_locks[idle]
            return self._deployment_locks.setdefault(name, threading.Lock())

    # ---- reconcile and refresh ----------------------------------------------------------------------------

    def reconcile_at_start(self, tries: int = 4, pause: float = 10.0) -> None:
        """``reconcile`` in the background at start-up, tried again while the backend is unreachable (a busy or
        starting dstack server): an overdue run must not survive a restart because the first call timed out."""
        for attempt in range(1, tries + 1):
            try:
                self.reconcile()
                return
            except DeployError as exc:
                log.info("start-up reconciliation, try %d of %d: %s", attempt, tries, exc.message)
                time.sleep(pause * attempt)

    def watch_durations(self) -> None:
        """Reconcile on a timer until the server closes, on a target that does not stop a run at its max_duration
        itself (a Kubernetes Deployment runs until deleted; dstack enforces it server-side): an overdue run then
        stops within a minute while this server runs, and at its next start otherwise."""
        every = _WATCH_SECONDS
        if self.runtime.policy.max_duration:
            every = min(every, max(1.0, duration_seconds(self.runtime.policy.max_duration) / 4))
        while not self.runtime.closed.wait(every):
            try:
                self.reconcile()
            except DeployError as exc:
                log.info("max_duration watch: %s", exc.message)

    def reconcile(self) -> list[str]:
        """Settle every owned run with the backend and stop those still active past their max_duration (counted
        from submission, as their reservation is). Returns the runs it stopped."""
        self._reconcile()
        self._refresh_active()
        stopped: list[str] = []
        now = datetime.now(UTC)
        for attempt in self.ledger.attempts():
            if attempt.status not in ACTIVE_STATUSES or attempt.max_duration_s is None or not attempt.submitted_at:
                continue
            up = (now - _utc(attempt.submitted_at)).total_seconds()
            if up <= attempt.max_duration_s:
                continue
            try:
                info = self._stop(attempt.run_name, abort=True)
            except DeployError as exc:
                log.warning("could not stop %s past its max_duration: %s", attempt.run_name, exc.message)
                continue
            self.ledger.observe(info)
            self.ledger.note(attempt.run_name, f"Stopped by deploy-mcp at {now.isoformat(timespec='seconds')}: "
                             f"up {up:.0f} s, past its max_duration of {attempt.max_duration_s:.0f} s.")
            log.info("stopped %s: up %.0f s, past its max_duration", attempt.run_name, up)
            stopped.append(attempt.run_name)
        return stopped

    def _reconcile(self, deployment: str | None = None) -> None:
        """Settle ``submitting`` attempts left by a call that never finished (a crash, an unreachable backend)."""
        for attempt in self.ledger.unreconciled(deployment):
            info = self.runtime.backend.get(attempt.run_name)
            if info is None:
                self.ledger.discard(attempt.run_name)
                log.info("%s never reached the backend (absent afterwards): no attempt used", attempt.run_name)
            else:
                self.ledger.mark_submitted(attempt.run_name, info)
                log.info("reconciled %s: the backend has it (%s)", attempt.run_name, info.status)

    def _refresh_active(self) -> None:
        """Bring the ledger's view of owned active runs up to date (statuses free slots; costs count)."""
        active = {a.run_name: a for a in self.ledger.attempts() if a.status in ACTIVE_STATUSES}
        if not active:
            return
        for info in self.runtime.backend.list(names=list(active), include_finished=True):
            self.ledger.observe(self._hold_to_stop(info, active.get(info.name)))

    # ---- read -------------------------------------------------------------------------------------------

    def get(self, run_name: str) -> RunView:
        attempt = self.ledger.attempt(run_name)
        if attempt is not None:
            self._reconcile(attempt.deployment)
        info = self._hold_to_stop(self._require(run_name), attempt)
        attempt = self._observe(info)
        view = self._view(info, attempt)
        if attempt is not None and self.runtime.policy.budget_usd is not None:
            view.budget = self.ledger.budget(self.runtime.policy.budget_usd)
        if info.status == "running" and not view.ready:
            page = self.runtime.backend.logs(run_name, limit=READINESS_WINDOW)
            view.readiness = readiness.detect(logtail.clean_lines(page.lines, self._redactor(attempt)))
            view.ready = view.readiness.ready
        return view

    def list(self, *, deployment: str | None = None, include_foreign: bool = False,
             include_finished: bool = True) -> list[RunView]:
        if deployment is not None and self.ledger.get_deployment(deployment) is None:
            raise DeployError("deployment_not_found", f"No deployment named {deployment!r}.",
                              self._close_matches(deployment, [d.name for d in self.ledger.list_deployments()]))
        self.reconcile()
        owned = {a.run_name: a for a in self.ledger.attempts(deployment)}
        if include_foreign and deployment is None:
            infos = self.runtime.backend.list(include_finished=include_finished)
        else:
            infos = self.runtime.backend.list(names=list(owned), include_finished=include_finished) if owned else []
        views = []
        for info in infos:
            attempt = None
            if info.name in owned:
                info = self._hold_to_stop(info, owned[info.name])
                attempt = self._observe(info)
            views.append(self._view(info, attempt))
        return views

    def tail(self, run_name: str, *, lines: int, max_bytes: int, cursor: str | None, needle: str | None) -> LogTail:
        info = self._require(run_name)
        attempt = self.ledger.attempt(run_name)
        redact = self._redactor(attempt)
        backend = self.runtime.backend
        if cursor:
            piece = logtail.follow(backend, run_name, cursor, lines=lines, max_bytes=max_bytes, redact=redact,
                                   needle=needle)
        else:
            piece = logtail.tail(backend, run_name, lines=lines, max_bytes=max_bytes, redact=redact, needle=needle)
        ready_state = readiness.detect(piece.lines)
        diagnosis = self._diagnosis(info, piece.lines, redact)
        self.ledger.observe(info, diagnosis)
        message = None
        if not piece.lines:
            message = (f"No new lines (status: {info.status})." if cursor
                       else f"No logs yet (status: {info.status}).")
        return LogTail(
            run_name=run_name,
            status=info.status,
            lines=piece.lines,
            truncated=piece.truncated,
            cursor=piece.cursor,
            ready=info.status == "ready" or (info.status == "running" and ready_state.ready),
            readiness=ready_state,
            service_url=info.service_url,
            diagnosis=diagnosis,
            message=message,
        )

    def _diagnosis(self, info: RunInfo, lines: list[str], redact: Redactor) -> Diagnosis | None:
        """A failed run is diagnosed from a wide window of its log, once; a live one from the lines at hand."""
        from deploy_mcp.diagnosis.diagnose import diagnose  # the rule tables load on the first diagnosis

        if info.status != "failed":
            found = diagnose("\n".join(lines))
            return found if found is not None and found.kind != "unknown" else None
        if info.name not in self._diagnoses:
            page = self.runtime.backend.logs(info.name, limit=DIAGNOSE_WINDOW)
            # Cut like the lines tail_logs returns, before any pattern of the diagnosis reads them.
            cut = 2 * logtail.MAX_LINE_CHARS
            text = "\n".join([*(line.text[:cut] for line in page.lines), _status_text(info)])
            raw = diagnose(text, termination_reason=info.termination_reason, exit_status=info.exit_status,
                           status=info.status, config=self._effective_config(info.name))
            self._diagnoses[info.name] = None if raw is None else raw.model_copy(update={
                "summary": redact(raw.summary),
                "evidence": [redact(line) for line in raw.evidence],
                "suggested_fix": redact(raw.suggested_fix),
            })
            while len(self._diagnoses) > MAX_KEPT:
                self._diagnoses.popitem(last=False)
        return self._diagnoses[info.name]

    def _effective_config(self, run_name: str) -> dict[str, Any] | None:
        """What this server sent for the run, so the diagnosis can name the field to change."""
        import yaml

        attempt = self.ledger.owned(run_name)
        try:
            config = yaml.safe_load(attempt.effective_yaml) if attempt is not None else None
        except yaml.YAMLError:
            return None
        return config if isinstance(config, dict) else None

    # ---- stop -------------------------------------------------------------------------------------------

    def stop(self, run_name: str, *, abort: bool = False) -> StopResult:
        attempt = self.ledger.owned(run_name)
        if attempt is None and not self.runtime.policy.allow_foreign_runs:
            info = self.runtime.backend.get(run_name)
            if info is None:
                self._not_found(run_name)
            raise DeployError(
                "not_owned",
                f"Run {run_name} was not created by this server; it is left alone.",
                "Only runs from submit_run can be stopped here. Ask the user to stop it (dstack stop), or to "
                "start deploy-mcp with --allow-foreign-runs.",
            )
        info = self._require(run_name)
        if info.status not in ACTIVE_STATUSES and not info.extra.get("holds_resources"):
            self._observe(info)
            return StopResult(run_name=run_name, status=info.status, stopped=False,
                              message=f"Already finished ({info.status}); nothing to stop.")
        if info.status not in ACTIVE_STATUSES:
            info = self._stop(run_name, abort=abort)
            self._observe(info)
            return StopResult(run_name=run_name, status=info.status, stopped=True, aborted=abort,
                              message=f"{run_name} had {info.status}; its objects that still held resources "
                              "were deleted.")
        info = self._stop(run_name, abort=abort)
        self._observe(info)
        verb = "Aborted" if abort else "Stopping"
        return StopResult(run_name=run_name, status=info.status, stopped=True, aborted=abort,
                          message=f"{verb} {run_name}; it is {info.status} now. get_run shows when it has finished.")

    def _stop(self, run_name: str, *, abort: bool = False) -> RunInfo:
        self.ledger.request_stop(run_name, abort=abort)
        return self.runtime.backend.stop(run_name, abort=abort)

    def _hold_to_stop(self, info: RunInfo, attempt: AttemptRecord | None) -> RunInfo:
        """Ask again to stop a run that was asked to stop and is active (``attempt``: its ledger row, read by the
        caller).

        dstack 0.22 can lose a stop: ``stop_runs`` marks the run terminating under an in-process lock only, so a
        run pipeline that read the run just before writes its own status over it (a run retrying for capacity
        goes back to submitted) and the run goes on retrying.
        """
        if attempt is None or attempt.stop_requested is None or info.status not in ACTIVE_STATUSES:
            return info
        log.warning("%s is %s after a stop was asked at %s: asking again", info.name, info.status,
                    attempt.stop_requested_at)
        try:
            again = self.runtime.backend.stop(info.name, abort=attempt.stop_requested == "abort")
        except DeployError as exc:
            log.warning("could not ask %s to stop again: %s", info.name, exc.message)
            return info
        said = f"{_ASKED_AGAIN} {datetime.now(UTC).isoformat(timespec='seconds')}: the run was {info.status} " \
               f"after the stop asked at {attempt.stop_requested_at}."
        before = (attempt.note or "").split(_ASKED_AGAIN)[0].strip()  # the latest re-ask replaces an earlier one
        self.ledger.note(info.name, f"{before} {said}" if before else said)
        return again

    # ---- helpers ----------------------------------------------------------------------------------------

    def _require(self, run_name: str) -> RunInfo:
        info = self.runtime.backend.get(run_name)
        if info is None:
            self._not_found(run_name)
        return info

    def _not_found(self, run_name: str) -> None:
        names = [a.run_name for a in self.ledger.attempts()]
        raise DeployError("run_not_found", f"No run named {run_name!r}.", self._close_matches(run_name, names))

    @staticmethod
    def _close_matches(name: str, candidates: list[str]) -> str:
        close = difflib.get_close_matches(name, candidates, n=3, cutoff=0.5)
        if close:
            return "Did you mean " + ", ".join(close) + "? list_runs shows every run."
        return "Call list_runs to see the runs (or list_runs with include_foreign=true for runs of others)."

    def _observe(self, info: RunInfo) -> AttemptRecord | None:
        """Record a run's state; a failed run's diagnosis is the one its log gave (tail_logs), else its status's."""
        from deploy_mcp.diagnosis.diagnose import diagnose

        found = None
        if info.status == "failed":
            found = self._diagnoses.get(info.name) or diagnose(
                _status_text(info), termination_reason=info.termination_reason, exit_status=info.exit_status,
                status=info.status,
            )
        return self.ledger.observe(info, found)

    def _view(self, info: RunInfo, attempt: AttemptRecord | None) -> RunView:
        redact = self._redactor(attempt)
        record: DeploymentRecord | None = None
        if attempt is not None:
            record = self.ledger.get_deployment(attempt.deployment)
        return RunView(
            run_name=info.name,
            status=info.status,
            raw_status=info.raw_status,
            termination_reason=info.termination_reason,
            status_message=redact(info.status_message) if info.status_message else None,
            exit_status=info.exit_status,
            owned=attempt is not None,
            deployment=attempt.deployment if attempt else None,
            attempt=attempt.n if attempt else None,
            max_attempts=min(record.max_attempts, self.runtime.policy.max_attempts) if record else None,
            service_url=info.service_url,
            ready=info.status == "ready",
            backend=info.backend,
            region=info.region,
            instance_type=info.instance_type,
            price_per_hour=info.price_per_hour,
            cost_usd=attempt.cost_usd if attempt and attempt.cost_usd is not None else info.cost_usd,
            failure_kind=attempt.failure_kind if attempt else None,
            submitted_at=info.submitted_at,
            finished_at=info.finished_at,
            reserved_usd=attempt.reserved_usd if attempt and attempt.active else None,
            note=attempt.note if attempt else None,
        )

    def _redactor(self, attempt: AttemptRecord | None) -> Redactor:
        names: list[str] = list(self.runtime.policy.env)
        if attempt is not None:
            names += env_names(attempt.effective_yaml)
        extra = [self.runtime.settings.dstack_token or "", os.environ.get("DSTACK_TOKEN", "")]
        return redactor_for(names, extra_values=extra)


def _utc(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _hours(seconds: float) -> str:
    return f"{seconds / 3600:.4g} h" if seconds >= 3600 else f"{seconds / 60:.4g} min"


def _model_name(config: dict[str, Any]) -> str | None:
    model = config.get("model")
    name = model.get("name") if isinstance(model, dict) else model
    return str(name) if name else None


def _gpu_summary(config: dict[str, Any]) -> str:
    """The GPU specs as written (top level, or per replica group), e.g. ``A100:80GB:2``."""
    specs = [str((config.get("resources") or {}).get("gpu", "none"))]
    groups = [g for g in config.get("groups") or [] if isinstance(g, dict)]
    if groups:
        specs = [f"{g.get('name', i)}: {(g.get('resources') or {}).get('gpu', 'none')}" for i, g in enumerate(groups)]
    return "; ".join(specs)


def _status_text(info: RunInfo) -> str:
    """The target's own words about the run ("No matching fleet found ..."): they often name the cause better
    than its reason code, and a run that never started has no log at all."""
    messages = [info.status_message, info.extra.get("job_termination_message"), info.extra.get("job_status_message")]
    return "\n".join(dict.fromkeys(m for m in messages if m))


def deployment_name_from(yaml_text: str) -> str:
    """The deployment a submit without one belongs to: the config's ``name``, else the one
    generate_service_config names after its model, else ``service``."""
    from deploy_mcp.config.yaml_text import read_yaml
    from deploy_mcp.sizing.generate import model_slug

    data = read_yaml(yaml_text).data  # bounded in size and depth, unlike a plain load
    if data is None:
        return "service"
    if isinstance(data.get("name"), str) and data["name"].strip():
        candidate = data["name"].strip()
    else:
        model = data.get("model")
        candidate = model.get("name") if isinstance(model, dict) else model
        if not isinstance(candidate, str) or not candidate.strip():
            return "service"
        return model_slug(candidate)
    cleaned = "".join(ch if ch.isalnum() or ch in "._-" else "-" for ch in candidate).strip("-._")[:80]
    return cleaned or "service"


def env_names(config_yaml: str) -> list[str]:
    """Names of the env variables a configuration lists (its values, when written, are masked already)."""
    import yaml

    try:
        data = yaml.safe_load(config_yaml) or {}
    except yaml.YAMLError:
        return []
    return [str(name) for name in env_as_dict(data.get("env"))] if isinstance(data, dict) else []
