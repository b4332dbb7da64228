"""What the tools share for the life of a server: settings, the ledger and the backend, opened on first use.

Nothing here imports a backend library: the backend factory does that when a tool first needs it, so the
server answers ``tools/list`` before dstack or kubernetes are loaded.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from deploy_mcp.backends.guard import CircuitBreaker, GuardedBackend
from deploy_mcp.errors import DeployError
from deploy_mcp.settings import Policy, Settings

if TYPE_CHECKING:
    import anyio

    from deploy_mcp.backends.base import Backend
    from deploy_mcp.backends.catalog import PriceCatalog
    from deploy_mcp.config.report import ConfigReport
    from deploy_mcp.config.validation import TargetRender
    from deploy_mcp.runs.control import RunControl
    from deploy_mcp.runs.ledger import DeploymentRecord, Ledger
    from deploy_mcp.tools.observe import CallRecorder

BackendFactory = Callable[[Settings], "Backend"]

LOCAL_THREADS = 4
"""Worker threads for tools that need no backend (validation, generation): CPU-bound, so a few suffice."""

WARM_UP_DELAY = 1.0
"""Seconds the backend's warm-up waits after the server starts: opening a backend imports its modules and reads its
configuration, tens of milliseconds of CPU that would otherwise compete with the client's handshake and first
``tools/list``. A tool call that needs the backend sooner opens it itself."""

log = logging.getLogger(__name__)


class Runtime:
    def __init__(self, settings: Settings, backend_factory: BackendFactory | None = None) -> None:
        self.settings = settings
        self._backend_factory = backend_factory
        self._backend: Backend | None = None
        self._backend_lock = threading.Lock()
        # Set by the server that owns this runtime: how tool calls are logged and counted.
        self.calls: CallRecorder | None = None
        self._generation = 0  # counts close() calls, so a warm-up that outlives one does nothing
        self.closed = threading.Event()  # background loops end when the server closes
        self._rebuild_needed: bool | None = None  # decided when the server starts, before any tool runs
        self._rebuild_lock = threading.Lock()
        self.breaker = CircuitBreaker(settings.breaker_failures, settings.breaker_cooldown)
        self._run_control: RunControl | None = None
        self._run_control_lock = threading.Lock()

    @property
    def policy(self) -> Policy:
        return self.settings.policy

    @cached_property
    def ledger(self) -> Ledger:
        from deploy_mcp.runs.ledger import Ledger

        return Ledger(self.settings.state_dir)

    @property
    def backend(self) -> Backend:
        with self._backend_lock:
            return self._open_backend()

    def _open_backend(self) -> Backend:
        if self._backend is None:
            factory = self._backend_factory
            if factory is None:
                from deploy_mcp.backends import default_backend_factory as factory
            self._backend = GuardedBackend(factory(self.settings), self.breaker)
        return self._backend

    def limiter(self, uses_backend: bool) -> anyio.CapacityLimiter:
        """Worker threads for sync tools, apart from the SDK's shared default pool: tools that use the backend
        have their own (a hung backend fills only that one), the others theirs."""
        return self._limiters[uses_backend]

    @cached_property
    def _limiters(self) -> dict[bool, anyio.CapacityLimiter]:
        import anyio

        return {True: anyio.CapacityLimiter(self.settings.backend_concurrency),
                False: anyio.CapacityLimiter(LOCAL_THREADS)}

    def open_deployment(self, name: str, *, options: dict, max_attempts: int | None = None) -> DeploymentRecord:
        """Open (or replace) a draft deployment; a read-only server has no drafts and answers as if it had
        opened one, writing nothing."""
        from deploy_mcp.runs.ledger import DeploymentRecord, check_deployment_name, now_iso

        max_attempts = min(max_attempts or self.policy.max_attempts, self.policy.max_attempts)
        if self.settings.read_only:
            check_deployment_name(name)
            stamp = now_iso()
            return DeploymentRecord(name=name, target=self.settings.target, options=options,
                                    max_attempts=max_attempts, attempts_used=0, created_at=stamp, updated_at=stamp)
        return self.ledger.open_deployment(name, target=self.settings.target, options=options,
                                           max_attempts=max_attempts)

    def validate_opening(self, text: str, deployment: str | None) -> ConfigReport:
        """validate_config: a deployment name that is new opens a draft with no options of its own, once the
        configuration is valid (an invalid one leaves nothing behind)."""
        if deployment is None or self.ledger.get_deployment(deployment) is not None:
            return self.validate(text, deployment)
        report = self.validate(text)
        if report.valid:
            self.open_deployment(deployment, options={})
        return report

    def backend_notices(self) -> list[str]:
        """Notices of the backend, once it is open (reading them never opens it)."""
        backend = self._backend
        return list(getattr(backend, "notices", [])) if backend is not None else []

    def validate(self, text: str, deployment: str | None = None) -> ConfigReport:
        """The one validation every tool uses: policy and the deployment's mandatory options applied."""
        from deploy_mcp.config.validation import validate_text  # with the checks it runs, on the first call

        options = None
        if deployment:
            record = self.ledger.get_deployment(deployment)
            if record is None:
                raise DeployError(
                    "deployment_not_found", f"No deployment named {deployment!r}.",
                    "validate_config or generate_service_config with this name opens it; or omit 'deployment'.",
                )
            options = record.options
        return validate_text(
            text, policy=self.policy, deployment_options=options, fit_check=self._fit_check,
            target_render=self._target_render(deployment) if self.settings.target == "kubernetes" else None,
        )

    def _target_render(self, deployment: str | None) -> TargetRender:
        """Kubernetes: what the next submission of this configuration would apply, and what it cannot say."""
        from deploy_mcp.backends.kubernetes.render import Ownership, render_options, render_service
        from deploy_mcp.config.spec import config_digest, name_slug

        def render(effective: dict) -> tuple[list, str | None]:
            if deployment:
                attempt = max((a.n for a in self.ledger.attempts(deployment)), default=0) + 1
                ownership = Ownership(deployment, attempt, self.ledger.run_name(deployment, attempt),
                                      config_digest(effective))
            else:
                name = str(effective.get("name") or "service")
                ownership = Ownership(name, 1, name_slug(name, prefix="d", limit=40), config_digest(effective))
            rendered = render_service(effective, ownership=ownership, options=render_options(self.settings))
            return [*rendered.errors, *rendered.warnings], rendered.manifests() if rendered.objects else None

        return render

    @cached_property
    def price_catalog(self) -> PriceCatalog:
        from deploy_mcp.backends.catalog import PriceCatalog

        return PriceCatalog(timeout=self.settings.backend_timeout)

    @cached_property
    def _fit_check(self) -> Callable[[dict], list]:
        from deploy_mcp.sizing.fit import fit_problems
        from deploy_mcp.sizing.models import resolver_for

        resolve = resolver_for(self.settings.hf_lookup, self.settings.state_dir)
        return functools.partial(fit_problems, resolve=resolve)

    @property
    def run_control(self) -> RunControl:
        """The runs' submit, watch and stop logic, shared by the run tools and the start-up duties; made by whichever
        needs it first (the tools are registered on the first call, the duties run in the warm-up thread)."""
        with self._run_control_lock:
            if self._run_control is None:
                from deploy_mcp.runs.control import RunControl

                self._run_control = RunControl(self)
            return self._run_control

    def start(self) -> None:
        """At start-up: open the ledger (a damaged or unwritable one raises ``LedgerError`` and stops the
        server) and note whether it is empty, then warm the backend up; an empty ledger is rebuilt from its
        runs."""
        self._rebuild_needed = self.ledger.is_empty()
        self.warm_up()

    def ensure_ledger_rebuilt(self) -> None:
        """Before a submit: an empty ledger first takes back what the backend's tagged runs say (attempts,
        ownership, spend), so that losing the ledger resets no limit. Waits, bounded, for a rebuild under way."""
        if self._rebuild_needed is False:
            return
        if not self._rebuild_lock.acquire(timeout=2 * self.settings.backend_timeout):
            raise DeployError(
                "ledger_rebuilding",
                "The ledger is new or empty and is being rebuilt from the backend's runs; no submit is "
                "accepted until it is.", "Retry in a minute.",
            )
        try:
            if self._rebuild_needed is None:
                self._rebuild_needed = self.ledger.is_empty()
            if self._rebuild_needed:
                self._rebuild_ledger()
        finally:
            self._rebuild_lock.release()

    def _rebuild_ledger(self) -> None:
        try:
            runs = self.backend.list_owned()
        except DeployError as exc:  # the backend's own kind (unreachable, not configured) tells what to do
            exc.message = ("The ledger is new or empty, so the backend's runs must be read first to keep the "
                           f"limits; nothing was submitted. {exc.message}")
            raise
        # A run without a server tag (a target that does not record it) counts as ours: a limit only tightens.
        mine = [run for run in runs if run.server in (None, self.settings.server_id)]
        added = self.ledger.rebuild(mine, target=self.settings.target, max_attempts=self.policy.max_attempts)
        self._rebuild_needed = False
        if added:
            log.warning("the ledger %s was empty: %d attempts rebuilt from the backend's tagged runs",
                        self.ledger.path, added)

    def warm_up(self) -> None:
        """Let the backend begin slow set-up (an embedded dstack server) in a background thread, once the client's
        handshake is likely done, so that ``tools/list`` never waits for it and the first tool call finds it
        started; then settle the runs left from before (and, on Kubernetes, which never stops a run at its
        max_duration, keep watching them)."""

        generation = self._generation

        def prepare() -> None:
            time.sleep(WARM_UP_DELAY)
            try:
                with self._backend_lock:
                    if generation != self._generation:
                        return
                    backend = self._open_backend()
                backend.prepare()
                if self._rebuild_needed:
                    self.ensure_ledger_rebuilt()
                self.run_control.reconcile_at_start()
                if self.settings.target == "kubernetes":
                    threading.Thread(target=self.run_control.watch_durations, name="max-duration-watch",
                                     daemon=True).start()
            except DeployError as exc:  # tool calls report it to the model; nothing to do here
                log.info("backend not ready: %s", exc.message)
            except Exception:  # a broken backend must not take the server down
                log.warning("backend warm-up failed", exc_info=True)

        threading.Thread(target=prepare, name="backend-warm-up", daemon=True).start()

    def close(self) -> None:
        self.closed.set()
        with self._backend_lock:
            self._generation += 1
            if self._backend is not None:
                self._backend.close()
                self._backend = None
