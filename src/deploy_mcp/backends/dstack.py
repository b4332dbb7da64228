"""The dstack target: ``dstack.api.Client`` against the user's dstack server or an embedded one.

dstack is imported on first use, inside functions, so that the MCP server lists its tools before paying for
it. dstack's client is blocking and sets no request timeout (and spends 3 s retrying a dead server), so every
call runs in a worker thread and is abandoned after ``settings.backend_timeout`` seconds; its HTTP requests
also get that timeout, so an abandoned thread ends soon after.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlparse

import yaml

from deploy_mcp.backends.base import (
    TAG_DEPLOYMENT,
    GpuGroup,
    LogLine,
    LogPage,
    Offer,
    Plan,
    RunInfo,
    RunStatus,
    decode_cursor,
    encode_cursor,
    invalid_cursor,
    ownership_fields,
)
from deploy_mcp.backends.dstack_server import LOG_FILE, EmbeddedDstackServer, load_or_create_token
from deploy_mcp.backends.worker import WorkerCalls
from deploy_mcp.errors import DeployError
from deploy_mcp.settings import Settings

if TYPE_CHECKING:
    from dstack._internal.core.models.runs import Run as DstackRun
    from dstack.api import Client

log = logging.getLogger(__name__)
T = TypeVar("T")

DEFAULT_PROJECT = "main"
DEFAULT_EMBEDDED_PORT = 3000
# dstack rejects a logs page over 1000 events.
LOG_PAGE_LIMIT = 1000
# Log timestamps have microsecond resolution and dstack's start_time is exclusive: start one tick earlier.
TICK = timedelta(microseconds=1)
# Pages of 100 runs; a server with more runs than this is searched no further for named runs.
MAX_RUN_PAGES = 50
# Fields of a run configuration that decide which offers match (copied onto a probe task for list_gpus).
OFFER_FIELDS = ("backends", "regions", "availability_zones", "instance_types", "reservation", "spot_policy",
                "max_price", "fleets", "backend_options")
FINISHED_RUN_STATUSES = frozenset({"terminated", "failed", "done"})
STOPPED_REASONS = frozenset({"stopped_by_user", "aborted_by_user"})
DONE_REASONS = frozenset({"all_jobs_done"})
UNREACHABLE_HINT = "Check that the dstack server is running and reachable, then retry."
EMBEDDED_START_DELAY = 1.0
"""Seconds the embedded dstack server waits after the backend's warm-up opens it (a second after deploy-mcp
starts, runtime.WARM_UP_DELAY), unless a call needs it first: its boot (a second or more of CPU) would otherwise
compete with the client's handshake and first tools/list, while a fresh server takes 10-20 s to answer anyway."""


@dataclass(frozen=True)
class Connection:
    """Where the dstack server is. ``embedded`` is set when deploy-mcp runs (or reuses) a local one."""

    configured_url: str
    project: str
    token: str | None
    source: str
    embedded: EmbeddedDstackServer | None = None

    @property
    def url(self) -> str:
        # An embedded server may move off a port another program holds: its own URL is the one that answers.
        return self.embedded.url if self.embedded is not None else self.configured_url


def dstack_config_projects(path: Path) -> list[dict[str, Any]]:
    """The projects in a dstack CLI config (``~/.dstack/config.yml``): ``name``, ``url``, ``token``, ``default``."""
    try:
        data = yaml.safe_load(path.read_text()) or {}
    except (OSError, yaml.YAMLError):
        return []
    projects = data.get("projects") if isinstance(data, dict) else None
    return [p for p in projects or [] if isinstance(p, dict) and p.get("url") and p.get("name")]


def _is_loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _same_url(a: str, b: str) -> bool:
    return a.rstrip("/") == b.rstrip("/")


def resolve_connection(
    settings: Settings, environ: Mapping[str, str] | None = None, dstack_config: Path | None = None
) -> Connection:
    """Decide which dstack server to use: flags > ``DSTACK_*`` env > the dstack CLI config > embedded.

    In ``auto`` mode a CLI config pointing at a loopback server counts as the user's local server: it is
    reused when it runs and started when it does not. ``external`` never starts a server.
    """
    environ = os.environ if environ is None else environ
    dstack_config = dstack_config or Path.home() / ".dstack" / "config.yml"
    url = settings.dstack_server_url or environ.get("DSTACK_SERVER_URL")
    token = settings.dstack_token or environ.get("DSTACK_TOKEN")
    project = settings.dstack_project or environ.get("DSTACK_PROJECT")
    configured = dstack_config_projects(dstack_config)

    def embedded(
        port: int | None, known_tokens: list[str | None], project_name: str | None, *, explicit: bool = True
    ) -> Connection:
        candidates = [t for t in known_tokens if t] + [load_or_create_token(settings.state_dir)]
        server = EmbeddedDstackServer(
            port=port or DEFAULT_EMBEDDED_PORT,
            port_explicit=explicit,
            token_candidates=candidates,
            server_dir=settings.dstack_server_dir,
            log_path=settings.state_dir / LOG_FILE,
        )
        return Connection(server.url, project_name or DEFAULT_PROJECT, None, "embedded", server)

    port_given = settings.dstack_server_port is not None
    if settings.dstack == "embedded":
        port = settings.dstack_server_port or DEFAULT_EMBEDDED_PORT
        local = [p for p in configured if _is_loopback(p["url"]) and urlparse(p["url"]).port == port]
        return embedded(port, [token, *(p.get("token") for p in local)], project, explicit=port_given)

    if url:
        match = next((p for p in configured if _same_url(p["url"], url) and project in (None, p["name"])), None)
        token = token or (match or {}).get("token")
        if not token:
            raise DeployError(
                "backend_not_configured",
                f"The dstack server {url} is configured but no token for it is.",
                "Set DSTACK_TOKEN (or --dstack-token) to a dstack user token.",
            )
        source = "flags" if settings.dstack_server_url else "environment"
        return Connection(url.rstrip("/"), project or (match or {}).get("name") or DEFAULT_PROJECT, token, source)

    chosen = next((p for p in configured if p["name"] == project), None) if project else next(
        (p for p in configured if p.get("default")), configured[0] if len(configured) == 1 else None
    )
    if chosen is not None:
        if settings.dstack == "auto" and _is_loopback(chosen["url"]) and urlparse(chosen["url"]).port:
            return embedded(urlparse(chosen["url"]).port, [token, chosen.get("token")], chosen["name"])
        return Connection(chosen["url"].rstrip("/"), chosen["name"], token or chosen.get("token"), str(dstack_config))

    if settings.dstack == "external":
        raise DeployError(
            "backend_not_configured",
            "No dstack server is configured and --dstack external forbids starting one.",
            "Set DSTACK_SERVER_URL, DSTACK_TOKEN and DSTACK_PROJECT (or configure the dstack CLI with "
            "`dstack project add`), or run deploy-mcp with --dstack auto to use an embedded server.",
        )
    return embedded(settings.dstack_server_port, [token], project, explicit=port_given)


# --- status mapping --------------------------------------------------------------------------------


def map_status(
    run_status: str, job_status: str | None, run_reason: str | None, *, serving: bool = False,
    failing: bool = False,
) -> RunStatus:
    """One status from dstack's run status, the latest job status and the run's termination reason.

    ``serving``: a job runs and its health probes passed, so the service answers requests.
    ``failing``: a job failed and its retry policy does not cover the failure, so the run will fail; dstack
    takes a few more seconds to say so at the run level.
    """
    if failing and run_status not in FINISHED_RUN_STATUSES and run_status != "terminating":
        return "failed"
    if run_status in FINISHED_RUN_STATUSES or run_status == "terminating":
        if run_reason in STOPPED_REASONS:
            return "stopped"
        if run_reason in DONE_REASONS or (run_reason is None and run_status == "done"):
            return "done"
        if run_reason is not None or run_status == "failed":
            return "failed"
        return "stopped"
    if run_status == "running" and serving:
        return "ready"
    by_job: dict[str, RunStatus] = {"provisioning": "provisioning", "pulling": "pulling", "running": "running"}
    if job_status in by_job and run_status in ("submitted", "provisioning", "running"):
        return by_job[job_status]
    if run_status in ("provisioning", "running"):
        return run_status  # type: ignore[return-value]
    return "submitted"  # submitted, or pending: waiting to be resubmitted by a retry policy


def _serving(run: DstackRun) -> bool:
    """Whether some replica runs and passed its probes (dstack registers it with the proxy then)."""
    for job in run.jobs:
        if not job.job_submissions:
            continue
        submission = job.job_submissions[-1]
        specs = job.job_spec.probes
        if submission.status.value == "running" and specs and len(submission.probes) == len(specs) and all(
            probe.success_streak >= spec.ready_after for probe, spec in zip(submission.probes, specs)
        ):
            return True
    return False


def _failing(run: DstackRun) -> bool:
    """Whether a job failed for a reason its retry policy does not retry (the run is bound to fail)."""
    from dstack._internal.core.models.runs import JobStatus, JobTerminationReason

    for job in run.jobs:
        if not job.job_submissions:
            continue
        reason = job.job_submissions[-1].termination_reason
        try:
            reason_enum = JobTerminationReason(reason) if reason else None
        except ValueError:  # a reason newer than this dstack client
            continue
        if reason_enum is None or reason_enum.to_status() != JobStatus.FAILED:
            continue
        retry = job.job_spec.retry
        if retry is None or reason_enum.to_retry_event() not in retry.on_events:
            return True
    return False


def _probe_summary(run: DstackRun) -> str | None:
    job = run.jobs[0] if run.jobs else None
    if job is None or not job.job_spec.probes or not job.job_submissions:
        return None
    submission = job.job_submissions[-1]
    ready = sum(p.success_streak >= s.ready_after for p, s in zip(submission.probes, job.job_spec.probes))
    return f"{ready}/{len(job.job_spec.probes)} probes passing"


def _message(message: str | None, status: str | None) -> str | None:
    """dstack repeats the status as the status message when it has nothing to add."""
    return message if message and message != status else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def run_info(run: DstackRun, server_url: str) -> RunInfo:
    """A dstack run as the common ``RunInfo``, keeping dstack's raw statuses and reasons in ``extra``."""
    from dstack._internal.utils.common import make_proxy_url

    job = run.latest_job_submission
    run_status = run.status.value
    job_status = job.status.value if job is not None else None
    status = map_status(run_status, job_status, run.termination_reason, serving=_serving(run), failing=_failing(run))
    jpd = job.job_provisioning_data if job is not None else None
    service_url = None
    if run.service is not None:
        service_url = make_proxy_url(server_url=server_url, proxy_url=run.service.url)
    extra: dict[str, Any] = {
        "run_status": run_status,
        "job_status": job_status,
        "run_termination_reason": run.termination_reason,
        "job_termination_reason": job.termination_reason if job else None,
        "job_termination_message": job.termination_reason_message if job else None,
        "run_status_message": _message(run.status_message, run_status),
        "job_status_message": _message(job.status_message, job_status) if job else None,
        "error": run.error or (job.error if job else None),
        "submission_num": job.submission_num if job else None,
        "probes": _probe_summary(run),
        "configuration_type": run.run_spec.configuration.type,
    }
    message = (job.termination_reason_message or _message(job.status_message, job_status)) if job else None
    return RunInfo(
        name=run.run_spec.run_name or "",
        status=status,
        raw_status=f"{run_status}/{job_status}" if job_status else run_status,
        termination_reason=(job.termination_reason if job else None) or run.termination_reason,
        status_message=message or _message(run.status_message, run_status),
        exit_status=job.exit_status if job else None,
        service_url=service_url,
        backend=jpd.backend.value if jpd else None,
        region=jpd.region if jpd else None,
        instance_type=jpd.instance_type.name if jpd else None,
        price_per_hour=jpd.price if jpd else None,
        submitted_at=_iso(run.submitted_at),
        finished_at=_iso(job.finished_at) if job is not None and status not in ("submitted", "provisioning",
                                                                             "pulling", "running", "ready") else None,
        cost_usd=run.cost,
        extra={k: v for k, v in extra.items() if v is not None},
        **ownership_fields(run.run_spec.configuration.tags),
    )


def stored_configuration(run: DstackRun) -> dict[str, Any]:
    """The configuration dstack stored for a run, its env values dropped: only the names are kept, since the
    values were filled from this server's environment at submission."""
    conf = run.run_spec.configuration.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    conf["type"] = run.run_spec.configuration.type
    if "env" in conf:
        conf["env"] = sorted(run.run_spec.configuration.env.root)
    return conf


# --- log cursor ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogCursor:
    """A position in a job submission's log: after ``seen`` events stamped ``timestamp`` (and all before).

    dstack's log storages filter by timestamp (exclusive) and many lines share one millisecond, so the
    position is the last timestamp plus how many events with exactly that timestamp were already returned.
    """

    submission: str | None
    timestamp: datetime | None = None
    seen: int = 0

    def encode(self) -> str:
        return encode_cursor({"s": self.submission, "t": _iso(self.timestamp), "k": self.seen})

    @classmethod
    def decode(cls, text: str) -> LogCursor:
        body = decode_cursor(text)
        try:
            timestamp = datetime.fromisoformat(body["t"]) if body["t"] else None
            seen = int(body["k"])
            if seen < 0 or (body["s"] is not None and not isinstance(body["s"], str)):
                raise ValueError(seen)
            return cls(body["s"], timestamp, seen)
        except (ValueError, KeyError, TypeError) as exc:
            raise invalid_cursor() from exc

    def after(self, timestamp: datetime) -> LogCursor:
        """The cursor once one more event with ``timestamp`` was returned."""
        return LogCursor(self.submission, timestamp, self.seen + 1 if timestamp == self.timestamp else 1)


# --- the backend -----------------------------------------------------------------------------------------


class DstackBackend:
    """The ``Backend`` protocol on dstack."""

    name = "dstack"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.timeout = settings.backend_timeout
        self._lock = threading.Lock()
        self._connection: Connection | None = None
        self._client: Client | None = None
        self._client_token: str | None = None
        self._calls = WorkerCalls("dstack-call")

    # connection ---------------------------------------------------------------------------------------

    @property
    def connection(self) -> Connection:
        with self._lock:
            if self._connection is None:
                self._connection = resolve_connection(self.settings)
            return self._connection

    def prepare(self) -> None:
        """Start the embedded dstack server in the background if one is needed; never blocks."""
        embedded = self.connection.embedded
        if embedded is not None:
            embedded.start(after=EMBEDDED_START_DELAY)

    @property
    def notices(self) -> list[str]:
        """What the user should know about the connection (an embedded server that moved to another port)."""
        with self._lock:
            embedded = self._connection.embedded if self._connection is not None else None
        return [embedded.notice] if embedded is not None and embedded.notice else []

    def close(self) -> None:
        self._calls.close()
        with self._lock:
            connection = self._connection
        if connection is not None and connection.embedded is not None:
            connection.embedded.close()

    def _api(self, deadline: float) -> Client:
        connection = self.connection
        token = connection.token
        if connection.embedded is not None:
            token = connection.embedded.token_within(max(0.0, deadline - time.monotonic()))
        with self._lock:
            if self._client is None or self._client_token != token:
                self._client = _make_client(connection.url, token or "", connection.project, self.timeout)
                self._client_token = token
            return self._client

    def _call(self, what: str, fn: Callable[[Client], T]) -> T:
        """Run ``fn(client)`` in a worker thread, bounded by the backend timeout; errors become ``DeployError``."""
        deadline = time.monotonic() + self.timeout
        url = self.connection.url
        return self._calls.run(
            fn, self._api(deadline), deadline=deadline,
            timed_out=lambda: DeployError(
                "backend_unreachable", f"The dstack server at {url} did not answer ({what}) within {self.timeout:g} s.",
                UNREACHABLE_HINT),
            translate=lambda exc: _translate(exc, what, url),
            on_unreachable=self._forget_server,
        )

    def _forget_server(self) -> None:
        embedded = self.connection.embedded
        if embedded is not None:
            embedded.forget()

    # protocol -----------------------------------------------------------------------------------------

    def plan(self, config: dict[str, Any], *, max_offers: int = 20) -> Plan:
        conf = _configuration(config, run_name=None, secrets=False)

        def plan(client: Client) -> Plan:
            found = _plan_of(client.runs.get_run_plan(conf, max_offers=max_offers), max_offers)
            if found.offers:
                return found
            # dstack provisions runs only through fleets: with no fleet that fits, the run plan is empty even
            # when the backends have matching instances. Those are worth showing, marked as such.
            from dstack._internal.core.models.runs import RunSpec

            backend_only = client.client.runs.get_plan(
                client.project, RunSpec(configuration=conf), max_offers=max_offers, for_offers_only=True
            )
            found = _plan_of(backend_only, max_offers)
            found.fleet_required = bool(found.offers)
            return found

        return self._call("get a plan", plan)

    def submit(self, config: dict[str, Any], *, run_name: str, tags: dict[str, str] | None = None) -> RunInfo:
        conf = _configuration(config, run_name=run_name, secrets=True)
        if tags:
            conf.tags = {**(conf.tags or {}), **tags}

        def submit(client: Client) -> DstackRun:
            run_plan = client.runs.get_run_plan(conf, max_offers=1)
            current = run_plan.current_resource
            if current is not None and not current.status.is_finished():
                raise DeployError(
                    "run_exists",
                    f"A run named {run_name} is already active ({current.status.value}).",
                    "Call get_run for it, or stop_run it before submitting under this name.",
                )
            return client.runs.apply_plan(run_plan, reserve_ports=False)._run

        run = self._call("submit a run", submit)
        return run_info(run, self.connection.url)

    def get(self, run_name: str) -> RunInfo | None:
        run = self._call("get a run", lambda c: _get_run(c, run_name))
        return run_info(run, self.connection.url) if run is not None else None

    def list(self, *, names: list[str] | None = None, include_finished: bool = True) -> list[RunInfo]:
        wanted = set(names) if names is not None else None

        def wanted_run(run: DstackRun) -> bool:
            return wanted is None or run.run_spec.run_name in wanted

        if wanted is not None and not wanted:
            return []
        runs = self._call("list runs", lambda c: _list_runs(c, wanted_run, include_finished=include_finished,
                                                            enough=len(wanted) if wanted is not None else None))
        return [run_info(run, self.connection.url) for run in runs]

    def list_owned(self) -> list[RunInfo]:
        def tagged(run: DstackRun) -> bool:
            return TAG_DEPLOYMENT in (run.run_spec.configuration.tags or {})

        runs = self._call("list runs", lambda c: _list_runs(c, tagged, include_finished=True, enough=None))
        return [
            run_info(run, self.connection.url).model_copy(update={"configuration": stored_configuration(run)})
            for run in runs
        ]

    def stop(self, run_name: str, *, abort: bool = False) -> RunInfo:
        def stop(client: Client) -> DstackRun:
            run = _get_run(client, run_name)
            if run is None:
                raise DeployError("run_not_found", f"No run named {run_name}.", "Call list_runs to see the runs.")
            if _needs_stop(run, abort):
                client.client.runs.stop(client.project, [run_name], abort)
                run = _get_run(client, run_name) or run
            return run

        return run_info(self._call("stop a run", stop), self.connection.url)

    def gpus(self, config: dict[str, Any] | None = None) -> list[GpuGroup]:
        spec = _gpu_probe_spec(config)
        groups = self._call(
            # full offers: a cluster node's whole GPU count, not the count the probe happens to ask for
            "list GPUs", lambda c: c.client.gpus.list_gpus(c.project, spec, group_by=["count"], full_offers=True)
        )
        return [_gpu_group(g) for g in groups]

    def all_offers(self, *, limit: int = 500) -> list[Offer]:
        spec = _gpu_probe_spec(None)
        found = self._call(
            "list offers",
            lambda c: c.client.runs.get_plan(c.project, spec, max_offers=limit, for_offers_only=True, full_offers=True),
        )
        return _plan_of(found, limit).offers

    def logs(self, run_name: str, *, cursor: str | None = None, limit: int = 200) -> LogPage:
        if limit < 1:
            raise DeployError("invalid_argument", "limit must be at least 1.", "Pass a positive limit.")
        position = LogCursor.decode(cursor) if cursor else None
        return self._call("read logs", lambda c: _read_logs(c, run_name, position, limit))


# --- helpers that run in worker threads ---------------------------------------------------------------


def _make_client(url: str, token: str, project: str, timeout: float) -> Client:
    import requests.adapters
    from dstack.api import Client
    from dstack.api.server import APIClient

    class TimeoutAdapter(requests.adapters.HTTPAdapter):
        def send(self, request: Any, **kwargs: Any) -> Any:
            if kwargs.get("timeout") is None:
                kwargs["timeout"] = timeout
            return super().send(request, **kwargs)

    api = APIClient(url, token)
    # dstack's APIClient has no timeout setting; its requests session is where one can be given.
    for prefix in ("http://", "https://"):
        api._s.mount(prefix, TimeoutAdapter())
    return Client(api_client=api, project_name=project)


def _translate(exc: Exception, what: str, url: str) -> DeployError:
    import requests
    from dstack._internal.core.errors import ClientError, ConfigurationError, ServerClientError

    if isinstance(exc, requests.exceptions.RequestException):
        return DeployError("backend_unreachable", f"The dstack server at {url} did not answer ({what}): "
                           f"{type(exc).__name__}.", UNREACHABLE_HINT)
    if isinstance(exc, ServerClientError):
        return DeployError("backend_error", f"dstack refused to {what}: {exc.msg}",
                           "Change what the message points at (the config, the project's backends or fleets).")
    if isinstance(exc, ConfigurationError):
        return DeployError("invalid_config", f"dstack could not {what}: {exc}", "Fix the config and validate it.")
    if isinstance(exc, ClientError):
        text = str(exc)
        if text.startswith("Failed to connect"):
            return DeployError("backend_unreachable", f"The dstack server at {url} is unreachable ({what}).",
                               UNREACHABLE_HINT)
        if "denied" in text:
            return DeployError("backend_error", f"The dstack server at {url} refused the token ({what}).",
                               "Set DSTACK_TOKEN to a valid user token for this server and project.")
        return DeployError("backend_error", f"dstack could not {what}: {text}", "Check the dstack server's log.")
    log.exception("unexpected error from dstack while trying to %s", what)
    return DeployError("backend_error", f"dstack failed to {what}: {type(exc).__name__}: {exc}",
                       "Check the dstack server's log; retry if it was transient.")


def _configuration(config: dict[str, Any], *, run_name: str | None, secrets: bool) -> Any:
    """The dstack run configuration of a validated config dict; env names without a value are filled from
    this process's environment for a submission (an empty placeholder for a plan: prices need no secrets)."""
    from dstack._internal.core.errors import ConfigurationError
    from dstack._internal.core.models.configurations import parse_run_configuration
    from dstack._internal.core.models.envs import EnvSentinel

    try:
        conf = parse_run_configuration(dict(config))
    except ConfigurationError as exc:
        raise DeployError("invalid_config", f"Not a valid dstack run configuration: {exc}",
                          "Call validate_config and submit its effective config.") from exc
    # The run's name is the one submit_run derives; a plan needs none (and the YAML's own may not be one dstack
    # accepts as a run name).
    conf.name = run_name
    for key, value in list(conf.env.root.items()):
        if isinstance(value, EnvSentinel):
            if secrets and key not in os.environ:
                raise DeployError(
                    "env_not_set",
                    f"The config names env variable {key} without a value, and it is not set where deploy-mcp runs.",
                    f"Ask the user to set {key} in deploy-mcp's environment and restart it, or remove {key} from env.",
                )
            conf.env.root[key] = os.environ.get(key, "") if secrets else ""
    return conf


def _gpu_probe_spec(config: dict[str, Any] | None) -> Any:
    """A run spec that asks for the offers ``config`` could use without making the server pull an image."""
    from dstack._internal.core.models.configurations import TaskConfiguration
    from dstack._internal.core.models.resources import ResourcesSpec
    from dstack._internal.core.models.runs import RunSpec

    fields: dict[str, Any] = {"resources": ResourcesSpec.unconstrained()}
    if config is not None:
        conf = _configuration(config, run_name=None, secrets=False)
        fields = {"resources": conf.resources, **{f: getattr(conf, f) for f in OFFER_FIELDS if getattr(conf, f)}}
    # image "scratch" is dstack's own marker for "no registry lookup" (what `dstack offer` sends).
    task = TaskConfiguration(commands=[":"], image="scratch", user="root", **fields)
    return RunSpec(configuration=task)


def _needs_stop(run: DstackRun, abort: bool) -> bool:
    """A finished or failing run needs nothing; a terminating one only an abort that hurries a user's
    graceful stop (stopping it again would overwrite the reason it is ending for, e.g. a failure)."""
    if run.status.is_finished() or _failing(run):
        return False
    if run.status.value == "terminating":
        return abort and run.termination_reason == "stopped_by_user"
    return True


def _list_runs(client: Client, keep: Callable[[DstackRun], bool], *, include_finished: bool,
               enough: int | None) -> list[DstackRun]:
    """Runs of the project that ``keep`` accepts, newest first, paging until ``enough`` are found."""
    found: list[DstackRun] = []
    previous: DstackRun | None = None
    for _ in range(MAX_RUN_PAGES):
        page = client.client.runs.list(
            project_name=client.project, repo_id=None, only_active=not include_finished, limit=100,
            prev_submitted_at=previous.submitted_at if previous else None,
            prev_run_id=previous.id if previous else None, job_submissions_limit=1,
        )
        found.extend(run for run in page if not run.deleted and keep(run))
        if len(page) < 100 or (enough is not None and len(found) >= enough):
            break
        previous = page[-1]
    return found


def _get_run(client: Client, run_name: str) -> DstackRun | None:
    from dstack._internal.core.errors import ResourceNotExistsError

    try:
        run = client.client.runs.get(client.project, run_name)
    except ResourceNotExistsError:
        return None
    return None if run.deleted else run


def _plan_of(run_plan: Any, max_offers: int) -> Plan:
    offers = sorted((_offer(o) for jp in run_plan.job_plans for o in jp.offers), key=lambda o: o.price_per_hour)
    prices = [jp.max_price for jp in run_plan.job_plans if jp.max_price is not None]
    return Plan(
        offers=offers[:max_offers],
        total_offers=sum(jp.total_offers for jp in run_plan.job_plans),
        max_price=max(prices) if prices else None,
    )


def _offer(offer: Any) -> Offer:
    resources = offer.instance.resources
    gpus = resources.gpus
    return Offer(
        backend=offer.backend.value,
        region=offer.region,
        instance_type=offer.instance.name,
        gpu_name=gpus[0].name if gpus else None,
        gpu_memory_gb=gpus[0].memory_mib / 1024 if gpus else None,
        gpu_count=len(gpus),
        cpus=resources.cpus,
        memory_gb=resources.memory_mib / 1024,
        disk_gb=resources.disk.size_mib / 1024 if resources.disk else None,
        spot=resources.spot,
        price_per_hour=offer.price,
        availability=offer.availability.value,
        resources=resources.pretty_format(include_spot=True),
    )


def _gpu_group(group: Any) -> GpuGroup:
    backends = group.backends or ([group.backend] if group.backend else [])
    regions = group.regions or ([group.region] if group.region else [])
    return GpuGroup(
        name=group.name,
        memory_gb=group.memory_mib / 1024,
        vendor=group.vendor.value if hasattr(group.vendor, "value") else str(group.vendor),
        count_min=group.count.min,
        count_max=group.count.max,
        price_per_gpu_min=group.price.min,
        price_per_gpu_max=group.price.max,
        spot=[s == "spot" for s in group.spot],
        backends=[b.value if hasattr(b, "value") else str(b) for b in backends],
        regions=list(regions),
        availability=[a.value if hasattr(a, "value") else str(a) for a in group.availability],
    )


def _read_logs(client: Client, run_name: str, position: LogCursor | None, limit: int) -> LogPage:
    """The lines after ``position`` (at most ``limit``), or the last ``limit`` lines when there is none."""
    run = _get_run(client, run_name)
    if run is None:
        raise DeployError("run_not_found", f"No run named {run_name}.", "Call list_runs to see the runs.")
    submission = run.latest_job_submission
    if submission is None:
        return LogPage(lines=[], cursor=LogCursor(None).encode())
    sub_id = str(submission.id)
    poll = _LogPoller(client, run_name, submission.id)
    if position is None:
        events = poll.last(limit)
        more = False
        start = LogCursor(sub_id)
        if events:
            first = events[0].timestamp
            # A full window may have lines with its first timestamp before it; they count as seen.
            earlier = poll.count_at(first) - sum(1 for e in events if e.timestamp == first) if len(events) == limit else 0
            start = LogCursor(sub_id, first, earlier)
    else:
        # A new submission (a retry) starts its own log: read it from the beginning.
        start = position if position.submission == sub_id else LogCursor(sub_id)
        events, more = poll.after(start, limit)
    lines: list[LogLine] = []
    cursor = start
    for event in events:
        cursor = cursor.after(event.timestamp)
        lines.append(LogLine(timestamp=_iso(event.timestamp), source=event.log_source.value,
                             text=_decode(event.message), cursor=cursor.encode()))
    return LogPage(lines=lines, cursor=cursor.encode(), has_more=more)


def _decode(message: str) -> str:
    try:
        raw = base64.b64decode(message)
    except (ValueError, binascii.Error):
        return message.rstrip("\r\n")
    return raw.decode("utf-8", errors="replace").rstrip("\r\n")


class _LogPoller:
    """Pages of one job submission's log through dstack's ``logs/poll``."""

    def __init__(self, client: Client, run_name: str, submission_id: Any) -> None:
        self.client = client
        self.run_name = run_name
        self.submission_id = submission_id

    def _poll(self, **kwargs: Any) -> Any:
        from dstack._internal.server.schemas.logs import PollLogsRequest

        request = PollLogsRequest(run_name=self.run_name, job_submission_id=self.submission_id, **kwargs)
        return self.client.client.logs.poll(self.client.project, request)

    def last(self, n: int) -> list[Any]:
        """The last ``n`` events, oldest first."""
        events: list[Any] = []
        token = None
        while len(events) < n:
            page = self._poll(descending=True, limit=min(LOG_PAGE_LIMIT, n - len(events)), next_token=token)
            events.extend(page.logs)
            token = page.next_token
            if not page.logs or token is None:
                break
        return events[:n][::-1]

    def count_at(self, timestamp: datetime) -> int:
        """How many events carry exactly ``timestamp`` (read from the end: storages scan ascending reads from
        the start of the log)."""
        total, token = 0, None
        while True:
            page = self._poll(descending=True, start_time=timestamp - TICK, end_time=timestamp,
                              limit=LOG_PAGE_LIMIT, next_token=token)
            total += sum(1 for e in page.logs if e.timestamp == timestamp)
            token = page.next_token
            if not page.logs or token is None:
                return total

    def _all_since(self, timestamp: datetime, at_most: int) -> list[Any] | None:
        """Every event stamped ``timestamp`` or later, oldest first, when there are no more than ``at_most``
        (one page read from the end, the cheap case of a caller keeping up); None when there are more."""
        if at_most > LOG_PAGE_LIMIT:
            return None
        page = self._poll(descending=True, start_time=timestamp - TICK, limit=at_most)
        return None if page.next_token is not None else page.logs[::-1]

    def after(self, cursor: LogCursor, n: int) -> tuple[list[Any], bool]:
        """Up to ``n`` events after ``cursor``, and whether more follow them now."""
        if cursor.timestamp is not None:
            recent = self._all_since(cursor.timestamp, cursor.seen + n + 1)
            if recent is not None:
                skip = 0
                while skip < min(cursor.seen, len(recent)) and recent[skip].timestamp == cursor.timestamp:
                    skip += 1
                return recent[skip:skip + n], len(recent) - skip > n
        start_time = cursor.timestamp - TICK if cursor.timestamp else None
        to_skip = cursor.seen if cursor.timestamp else 0
        events: list[Any] = []
        token = None
        while len(events) <= n:
            page = self._poll(start_time=start_time, limit=min(LOG_PAGE_LIMIT, to_skip + n + 1 - len(events)),
                              next_token=token)
            for event in page.logs:
                if to_skip and event.timestamp == cursor.timestamp:
                    to_skip -= 1
                    continue
                to_skip = 0
                events.append(event)
            token = page.next_token
            if not page.logs or token is None:
                break
        return events[:n], len(events) > n
