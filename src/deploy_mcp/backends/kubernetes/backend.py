"""The Kubernetes target: rendered services applied to the user's cluster with the official ``kubernetes`` client.

Connection, in kubectl's order: ``--kubeconfig``, else ``KUBECONFIG``, else ``~/.kube/config``, else the in-cluster
service account; ``--k8s-context`` picks a context; the namespace is ``--k8s-namespace``, else the context's,
else the service account's, else ``default``. The client is imported on first use and blocking, so every call
runs in a worker thread bounded by ``settings.backend_timeout`` (each request also carries it as
``_request_timeout``). Responses are read as plain JSON (``_preload_content=False``): the pure modules beside
this one (``status``, ``logs``, ``capacity``) work on the API's own field names.

Ownership: every object deploy-mcp applies carries ``render.OWNER_LABELS``. ``stop`` deletes only objects with
those labels and the run's label; a Deployment without them is foreign: listed only when all runs are asked
for, and deleted only under ``--allow-foreign-runs``.

Prices: a cluster of one's own has none unless ``--k8s-gpu-prices`` gives a rate card (USD per GPU-hour by GPU
product label or GPU name). Without one, offers carry price 0 with ``priced`` false. submit_run's checks read the
config's ``max_price``, not the offer: ``--max-price`` and ``--budget-usd`` still bound what the config declares
(a budget still needs ``max_price``), which on an unpriced cluster is a declared cap rather than a bill.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import yaml

from deploy_mcp.backends.base import TAG_ATTEMPT, TAG_DEPLOYMENT, GpuGroup, LogPage, Offer, Plan, RunInfo
from deploy_mcp.backends.kubernetes import capacity, logs, status
from deploy_mcp.backends.kubernetes.render import (
    ATTEMPT_LABEL,
    DEPLOYMENT_ANNOTATION,
    MANAGED_BY,
    MANAGER,
    OWNER_LABELS,
    RUN_ANNOTATION,
    RUN_LABEL,
    Ownership,
    Rendered,
    RenderOptions,
    label_value,
    render_service,
)
from deploy_mcp.backends.worker import WorkerCalls
from deploy_mcp.config.spec import config_digest, env_as_dict
from deploy_mcp.errors import DeployError
from deploy_mcp.settings import Settings

if TYPE_CHECKING:
    from kubernetes.client import ApiClient

log = logging.getLogger(__name__)
T = TypeVar("T")

FIELD_MANAGER = "deploy-mcp"
APPLY_PATCH = "application/apply-patch+yaml"
SERVICE_ACCOUNT_NAMESPACE = Path("/var/run/secrets/kubernetes.io/serviceaccount/namespace")
UNREACHABLE_HINT = "Check that the cluster's API server is reachable with this kubeconfig (kubectl get nodes), then retry."
RBAC_HINT = ("Grant deploy-mcp's user or service account the Role and ClusterRole in examples/kubernetes/ "
             "(namespace: deployments, services, pods, pods/log, events; cluster: nodes and pods, read-only).")
# Run names end in the attempt number (runs/ledger.py: <deployment>-<token>-a<n>).
_ATTEMPT_SUFFIX = re.compile(r"-a(\d+)$")
# The submitted configuration (env names only), kept on the Deployment so a lost ledger can be rebuilt.
CONFIGURATION_ANNOTATION = "deploy-mcp.io/configuration"


@dataclass(frozen=True)
class Connection:
    api: ApiClient
    namespace: str
    server: str
    source: str


def resolve_connection(settings: Settings, environ: Mapping[str, str] | None = None,
                       home: Path | None = None) -> Connection:
    """The API client for the configured cluster; ``backend_not_configured`` when there is none."""
    from kubernetes import client, config
    from kubernetes.config.config_exception import ConfigException

    environ = os.environ if environ is None else environ
    default = (home or Path.home()) / ".kube" / "config"
    path = settings.kubeconfig or environ.get("KUBECONFIG") or (str(default) if default.exists() else None)
    configuration = client.Configuration()
    try:
        if path:
            config.load_kube_config(config_file=str(path), context=settings.k8s_context,
                                    client_configuration=configuration, persist_config=False)
            contexts, active = config.list_kube_config_contexts(str(path))
            chosen = next((c for c in contexts if c.get("name") == settings.k8s_context), active) or {}
            namespace = (chosen.get("context") or {}).get("namespace")
            source = f"kubeconfig {path}" + (f" context {chosen.get('name')}" if chosen.get("name") else "")
        elif environ.get("KUBERNETES_SERVICE_HOST"):
            config.load_incluster_config(client_configuration=configuration)
            namespace = SERVICE_ACCOUNT_NAMESPACE.read_text().strip() if SERVICE_ACCOUNT_NAMESPACE.exists() else None
            source = "in-cluster service account"
        else:
            raise DeployError(
                "backend_not_configured", "No Kubernetes cluster is configured: no kubeconfig and not in a pod.",
                "Start deploy-mcp with --kubeconfig FILE (or set KUBECONFIG), and --k8s-context if needed.",
            )
    except (ConfigException, OSError, yaml.YAMLError) as exc:
        raise DeployError("backend_not_configured", f"The Kubernetes configuration cannot be loaded: {exc}",
                          "Check --kubeconfig / KUBECONFIG and --k8s-context (kubectl config get-contexts).") from exc
    # One quick retry at most: the call's own timeout bounds the rest.
    configuration.retries = 1
    return Connection(client.ApiClient(configuration), settings.k8s_namespace or namespace or "default",
                      configuration.host, source)


def load_rate_card(path: Path | None) -> dict[str, float]:
    """``--k8s-gpu-prices``: a YAML or JSON mapping of GPU product (or name) to USD per GPU-hour."""
    if path is None:
        return {}
    try:
        data = yaml.safe_load(Path(path).read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise DeployError("backend_not_configured", f"The GPU rate card {path} cannot be read: {exc}",
                          "Give --k8s-gpu-prices a YAML/JSON map of GPU product to USD per GPU-hour.") from exc
    if not isinstance(data, dict) or not all(isinstance(v, (int, float)) and v >= 0 for v in data.values()):
        raise DeployError("backend_not_configured", f"The GPU rate card {path} is not a map of GPU to price.",
                          'Write it as e.g. {"NVIDIA-A100-SXM4-80GB": 1.8, "L4": 0.5} (USD per GPU-hour).')
    return {str(k): float(v) for k, v in data.items()}


def ownership_of(config: dict[str, Any], run_name: str, tags: Mapping[str, str] | None = None) -> Ownership:
    """The labels' owner data: the ledger's deployment and attempt from the submit's ownership tags (else the
    config's own ``tags``, else what the run name says: its ``-a<n>`` suffix)."""
    own = config.get("tags") if isinstance(config.get("tags"), dict) else {}
    tags = {**own, **(tags or {})}
    match = _ATTEMPT_SUFFIX.search(run_name)
    attempt = tags.get(TAG_ATTEMPT) or (match.group(1) if match else 1)
    deployment = tags.get(TAG_DEPLOYMENT) or config.get("name") or _ATTEMPT_SUFFIX.sub("", run_name)
    return Ownership(deployment=str(deployment), attempt=int(attempt), run_name=run_name,
                     config_hash=config_digest(config))


def stored_configuration(config: dict[str, Any]) -> str:
    """The configuration as JSON with env values dropped (names kept): what the Deployment keeps of it."""
    kept = dict(config)
    if "env" in kept:
        kept["env"] = sorted(env_as_dict(kept["env"]))
    return json.dumps(kept, separators=(",", ":"), sort_keys=True)


def _labels(obj: dict[str, Any]) -> dict[str, str]:
    return (obj.get("metadata") or {}).get("labels") or {}


def is_owned(obj: dict[str, Any]) -> bool:
    """Whether deploy-mcp created ``obj``: every ownership label is there and says so."""
    labels = _labels(obj)
    return labels.get(MANAGED_BY) == MANAGER and all(labels.get(key) for key in OWNER_LABELS)


def run_name_of(obj: dict[str, Any]) -> str:
    """The run an object belongs to: the full name deploy-mcp annotated, else the object's own name."""
    meta = obj.get("metadata") or {}
    if is_owned(obj):
        return (meta.get("annotations") or {}).get(RUN_ANNOTATION) or _labels(obj)[RUN_LABEL]
    return meta.get("name", "")


@dataclass
class RunObjects:
    """What the cluster holds for one run."""

    name: str
    deployments: list[dict[str, Any]]
    pods: list[dict[str, Any]]
    services: list[dict[str, Any]]
    owned: bool


class KubernetesBackend:
    """The ``Backend`` protocol on a Kubernetes cluster."""

    name = "kubernetes"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.timeout = settings.backend_timeout
        self._lock = threading.Lock()
        self._connection: Connection | None = None
        self._prices: dict[str, float] | None = None
        self._calls = WorkerCalls("kubernetes-call")

    # connection ---------------------------------------------------------------------------------------

    @property
    def connection(self) -> Connection:
        with self._lock:
            if self._connection is None:
                self._connection = resolve_connection(self.settings)
            return self._connection

    @property
    def namespace(self) -> str:
        return self.connection.namespace

    @property
    def prices(self) -> dict[str, float]:
        if self._prices is None:
            self._prices = load_rate_card(self.settings.k8s_gpu_prices)
        return self._prices

    def prepare(self) -> None:
        """Nothing starts for this target; the configuration is read on the first call."""

    def close(self) -> None:
        self._calls.close()
        with self._lock:
            connection, self._connection = self._connection, None
        if connection is not None:
            connection.api.close()

    def _call(self, what: str, fn: Callable[[_Api], T]) -> T:
        """Run ``fn`` in a worker thread, bounded by the backend timeout; errors become ``DeployError``."""
        connection = self.connection
        return self._calls.run(
            fn, _Api(connection, self.timeout), deadline=time.monotonic() + self.timeout,
            timed_out=lambda: DeployError(
                "backend_unreachable",
                f"The Kubernetes API at {connection.server} did not answer ({what}) within {self.timeout:g} s.",
                UNREACHABLE_HINT),
            translate=lambda exc: _translate(exc, what, connection.server),
        )

    # protocol -----------------------------------------------------------------------------------------

    def _render(self, config: dict[str, Any], run_name: str, tags: Mapping[str, str] | None = None) -> Rendered:
        options = RenderOptions(namespace=self.namespace, secret_name=self.settings.k8s_secret,
                                cache_pvc=self.settings.k8s_cache_pvc)
        rendered = render_service(config, ownership=ownership_of(config, run_name, tags), options=options)
        if rendered.errors:
            raise DeployError(
                "invalid_config",
                "The config cannot run on Kubernetes: " + "; ".join(p.message for p in rendered.errors),
                rendered.errors[0].hint or "Fix the config and call validate_config.",
            )
        return rendered

    def submit(self, config: dict[str, Any], *, run_name: str, tags: dict[str, str] | None = None) -> RunInfo:
        rendered = self._render(config, run_name, tags)
        first = next(o for o in rendered.objects if o.get("kind") == "Deployment")
        first["metadata"].setdefault("annotations", {})[CONFIGURATION_ANNOTATION] = stored_configuration(config)

        def submit(api: _Api) -> RunInfo:
            existing = api.run_objects(run_name)
            if existing is not None and any(not _deleting(d) for d in existing.deployments):
                raise DeployError(
                    "run_exists", f"A run named {run_name} already exists in namespace {api.namespace}.",
                    "Call get_run for it, or stop_run it before submitting under this name.",
                )
            for obj in rendered.objects:
                api.apply(obj)
            return self._info(api, api.run_objects(run_name))

        return self._call("submit a run", submit)

    def get(self, run_name: str) -> RunInfo | None:
        return self._call("get a run", lambda api: self._info(api, api.run_objects(run_name)))

    def list(self, *, names: list[str] | None = None, include_finished: bool = True) -> list[RunInfo]:
        if names is not None and not names:
            return []
        wanted = set(names) if names is not None else None

        def list_runs(api: _Api) -> list[RunInfo]:
            runs = api.all_runs(foreign=wanted is None)
            infos = [self._info(api, run) for run in runs if wanted is None or run.name in wanted]
            return [i for i in infos if i is not None]

        return self._call("list runs", list_runs)

    def list_owned(self) -> list[RunInfo]:
        def owned(api: _Api) -> list[RunInfo]:
            infos = []
            for run in api.all_runs(foreign=False):
                info = self._info(api, run)
                if info is not None:
                    infos.append(info.model_copy(update={"configuration": _configuration(run)}))
            return infos

        return self._call("list owned runs", owned)

    def stop(self, run_name: str, *, abort: bool = False) -> RunInfo:
        def stop(api: _Api) -> RunInfo:
            run = api.run_objects(run_name)
            if run is None:
                raise DeployError("run_not_found", f"No run named {run_name} in namespace {api.namespace}.",
                                  "Call list_runs to see the runs.")
            if not run.owned and not self.settings.allow_foreign_runs:
                raise DeployError(
                    "not_owned", f"Deployment {run_name} was not created by deploy-mcp; it is left alone.",
                    "Ask the user to delete it (kubectl delete deployment), or to start deploy-mcp with "
                    "--allow-foreign-runs.",
                )
            before = self._info(api, run)
            assert before is not None  # run_objects returns runs with a Deployment
            deleted = api.delete_run(run, grace_seconds=0 if abort else None)
            if before.status == "failed":
                # The failure stays the run's outcome; what stop did is that its objects are gone.
                before.extra.pop("holds_resources", None)
                before.extra["deleted"] = deleted
                return before
            return before.model_copy(update={
                "status": "stopped", "raw_status": "Deleted", "termination_reason": "stopped_by_user",
                "finished_at": datetime.now(UTC).isoformat(),
                "extra": {**before.extra, "deleted": deleted},
            })

        return self._call("stop a run", stop)

    def logs(self, run_name: str, *, cursor: str | None = None, limit: int = 200) -> LogPage:
        if limit < 1:
            raise DeployError("invalid_argument", "limit must be at least 1.", "Pass a positive limit.")
        position = logs.Position.decode(cursor) if cursor else None

        def read(api: _Api) -> LogPage:
            run = api.run_objects(run_name)
            if run is None:
                raise DeployError("run_not_found", f"No run named {run_name}.", "Call list_runs to see the runs.")
            found = logs.sources(run.pods)
            if position is None:
                return logs.read_tail(found, api.read_log, limit)
            return logs.read_after(found, api.read_log, position, limit)

        return self._call("read logs", read)

    def gpus(self, config: dict[str, Any] | None = None) -> list[GpuGroup]:
        pod_spec = self._pod_spec(config) if config is not None and config.get("type") == "service" else None
        prices = self.prices

        def gpus(api: _Api) -> list[GpuGroup]:
            nodes = api.inventory()
            if pod_spec is not None:
                nodes = [n for n in nodes if not capacity.placement_blockers(n, pod_spec)]
            return capacity.gpu_groups(nodes, prices)

        return self._call("list GPUs", gpus)

    def plan(self, config: dict[str, Any], *, max_offers: int = 20) -> Plan:
        pod_spec = self._pod_spec(config)
        prices = self.prices
        place = self._call("find nodes", lambda api: capacity.placement(api.inventory(), pod_spec))
        offers = capacity.offers(place, pod_spec, prices, namespace=self.namespace)
        return Plan(offers=offers[:max_offers], total_offers=len(offers), note=_plan_note(place, offers))

    def all_offers(self, *, limit: int = 500) -> list[Offer]:
        """Every schedulable GPU node with all its allocatable GPUs, whatever runs there now."""
        prices = self.prices
        nodes = self._call("list nodes", lambda api: api.inventory())
        return capacity.node_offers(nodes, prices, namespace=self.namespace)[:limit]

    # helpers --------------------------------------------------------------------------------------------

    def _pod_spec(self, config: dict[str, Any]) -> dict[str, Any]:
        rendered = self._render(config, "plan")
        deployment = next(o for o in rendered.objects if o.get("kind") == "Deployment")
        return deployment["spec"]["template"]["spec"]

    def _info(self, api: _Api, run: RunObjects | None) -> RunInfo | None:
        if run is None or not run.deployments:
            return None
        events = api.events(run.pods)
        pending = any(status.pod_verdict(p, status.events_for(events, p)).reason == "Unschedulable"
                      for p in status.live_pods(run.pods))
        nodes = api.inventory() if pending or self.prices else []
        info = status.run_info(
            run.name, run.deployments, run.pods, events,
            free_gpus=capacity.free_gpus_text(nodes) if pending else None,
            service_url=_service_url(run.services),
            price_per_hour=_price(run, nodes, self.prices),
        )
        info.extra["owned_labels"] = run.owned
        if run.owned:
            meta = run.deployments[0].get("metadata") or {}
            attempt = _labels(run.deployments[0]).get(ATTEMPT_LABEL, "")
            info.deployment = (meta.get("annotations") or {}).get(DEPLOYMENT_ANNOTATION)
            info.attempt = int(attempt) if attempt.isdigit() else None
        if info.price_per_hour and info.submitted_at:
            hours = (datetime.now(UTC) - datetime.fromisoformat(info.submitted_at)).total_seconds() / 3600
            info.cost_usd = round(info.price_per_hour * max(hours, 0.0), 4)
        return info


def _configuration(run: RunObjects) -> dict[str, Any] | None:
    for deployment in run.deployments:
        text = ((deployment.get("metadata") or {}).get("annotations") or {}).get(CONFIGURATION_ANNOTATION)
        if text:
            try:
                return json.loads(text)
            except ValueError:
                return None
    return None


def _deleting(obj: dict[str, Any]) -> bool:
    return bool((obj.get("metadata") or {}).get("deletionTimestamp"))


def _service_url(services: list[dict[str, Any]]) -> str | None:
    """The Service's address inside the cluster (deploy-mcp exposes nothing outside it)."""
    for service in services:
        meta, ports = service.get("metadata") or {}, (service.get("spec") or {}).get("ports") or []
        if ports:
            return f"http://{meta.get('name')}.{meta.get('namespace')}.svc.cluster.local:{ports[0].get('port')}"
    return None


def _price(run: RunObjects, nodes: list[capacity.NodeGpus], prices: dict[str, float]) -> float | None:
    """USD per hour of the run's pods from the rate card, by the product of the node each pod runs on."""
    if not prices:
        return None
    by_node = {n.node: n for n in nodes}
    total, priced = 0.0, False
    for pod in status.live_pods(run.pods):
        node = by_node.get((pod.get("spec") or {}).get("nodeName") or "")
        gpus = max((capacity.pod_requests(pod.get("spec") or {}).get(r, 0) for r in capacity.GPU_RESOURCES),
                   default=0)
        per_gpu = capacity.price_per_gpu(node, prices) if node is not None else None
        if per_gpu is not None and gpus:
            total, priced = total + per_gpu * float(gpus), True
    return round(total, 4) if priced else None


def _plan_note(place: capacity.Placement, offers: list[Any]) -> str | None:
    if not offers:
        if place.when_released:
            return (f"No node has {place.gpu_count} free GPU(s) of this kind now; {len(place.when_released)} "
                    "node(s) would fit when running pods release theirs: "
                    + "; ".join(n.describe() for n in place.when_released) + ".")
        return ("No node of the cluster can take this pod (GPU product, memory, count or taints): call list_gpus "
                "to see what the nodes have.")
    if not all(o.priced for o in offers):
        return ("An owned cluster without a rate card: prices are 0 and marked priced=false (the user can give "
                "--k8s-gpu-prices). Limits still apply to the config's max_price.")
    return None


def _translate(exc: Exception, what: str, server: str) -> DeployError:
    import urllib3
    from kubernetes.client.exceptions import ApiException

    if isinstance(exc, (urllib3.exceptions.HTTPError, ConnectionError, TimeoutError)):
        return DeployError("backend_unreachable", f"The Kubernetes API at {server} did not answer ({what}): "
                           f"{type(exc).__name__}.", UNREACHABLE_HINT)
    if isinstance(exc, ApiException):
        message = _api_message(exc)
        if exc.status in (401, 403):
            return DeployError("backend_error", f"The cluster refused to let deploy-mcp {what}: {message}",
                               RBAC_HINT)
        if exc.status in (400, 422):
            return DeployError("invalid_config", f"The cluster rejected the objects ({what}): {message}",
                               "Change what the message points at, validate, and submit again.")
        if exc.status in (502, 503, 504):
            return DeployError("backend_unreachable", f"The Kubernetes API at {server} is unavailable ({what}): "
                               f"{message}", UNREACHABLE_HINT)
        return DeployError("backend_error", f"The cluster could not {what}: HTTP {exc.status} {message}",
                           "Check the cluster's state (kubectl get events) and retry.")
    log.exception("unexpected error from the Kubernetes client while trying to %s", what)
    return DeployError("backend_error", f"Kubernetes call failed ({what}): {type(exc).__name__}: {exc}",
                       "Retry; if it persists, check deploy-mcp's log.")


def _api_message(exc: Any) -> str:
    try:
        return str(json.loads(exc.body).get("message") or exc.reason)
    except (TypeError, ValueError, AttributeError):
        return str(exc.reason)


class _Api:
    """The requests this backend makes, each one a plain JSON read or write with the call's timeout."""

    def __init__(self, connection: Connection, timeout: float) -> None:
        from kubernetes import client

        self.namespace = connection.namespace
        self.timeout = timeout
        self.apps = client.AppsV1Api(connection.api)
        self.core = client.CoreV1Api(connection.api)
        self._deadline = time.monotonic() + timeout

    def _options(self) -> dict[str, Any]:
        left = max(self._deadline - time.monotonic(), 0.5)
        return {"_preload_content": False, "_request_timeout": left}

    def _json(self, response: Any) -> dict[str, Any]:
        return json.loads(response.data or b"{}")

    def _items(self, response: Any) -> list[dict[str, Any]]:
        return self._json(response).get("items") or []

    def apply(self, obj: dict[str, Any]) -> None:
        """Server-side apply: deploy-mcp owns every field it sets, and takes over any another manager set."""
        name = obj["metadata"]["name"]
        kwargs = {"field_manager": FIELD_MANAGER, "force": True, "_content_type": APPLY_PATCH, **self._options()}
        if obj["kind"] == "Deployment":
            self.apps.patch_namespaced_deployment(name, self.namespace, obj, **kwargs)
        elif obj["kind"] == "Service":
            self.core.patch_namespaced_service(name, self.namespace, obj, **kwargs)
        else:
            raise DeployError("backend_error", f"deploy-mcp does not apply {obj['kind']} objects.", "")

    def _owned(self, items: list[dict[str, Any]], run_name: str | None = None) -> list[dict[str, Any]]:
        # The API filters by the selector; checking again keeps ownership decided here, whatever answered.
        return [o for o in items if is_owned(o) and (run_name is None or run_name_of(o) == run_name)]

    def run_objects(self, run_name: str) -> RunObjects | None:
        selector = f"{MANAGED_BY}={MANAGER},{RUN_LABEL}={label_value(run_name)}"
        deployments = self._owned(self._items(self.apps.list_namespaced_deployment(
            self.namespace, label_selector=selector, **self._options())), run_name)
        if deployments:
            services = self._owned(self._items(self.core.list_namespaced_service(
                self.namespace, label_selector=selector, **self._options())), run_name)
            pods = self._owned(self._items(self.core.list_namespaced_pod(
                self.namespace, label_selector=selector, **self._options())), run_name)
            return RunObjects(run_name, deployments, pods, services, owned=True)
        return self._foreign(run_name)

    def _foreign(self, name: str) -> RunObjects | None:
        from kubernetes.client.exceptions import ApiException

        try:
            deployment = self._json(self.apps.read_namespaced_deployment(name, self.namespace, **self._options()))
        except ApiException as exc:
            if exc.status == 404:
                return None
            raise
        if is_owned(deployment):  # another run's object under this name: not this run
            return None
        return RunObjects(name, [deployment], self._pods_of(deployment), [], owned=False)

    def _pods_of(self, deployment: dict[str, Any]) -> list[dict[str, Any]]:
        match = ((deployment.get("spec") or {}).get("selector") or {}).get("matchLabels") or {}
        if not match:
            return []
        selector = ",".join(f"{k}={v}" for k, v in match.items())
        pods = self._items(self.core.list_namespaced_pod(self.namespace, label_selector=selector, **self._options()))
        return [p for p in pods if all(_labels(p).get(k) == v for k, v in match.items())]

    def all_runs(self, *, foreign: bool) -> list[RunObjects]:
        """Every run in the namespace: deploy-mcp's by their run label, and (``foreign``) other Deployments."""
        deployments = self._items(self.apps.list_namespaced_deployment(
            self.namespace, **({} if foreign else {"label_selector": f"{MANAGED_BY}={MANAGER}"}), **self._options()))
        pods = self._items(self.core.list_namespaced_pod(self.namespace, **self._options()))
        services = self._items(self.core.list_namespaced_service(
            self.namespace, label_selector=f"{MANAGED_BY}={MANAGER}", **self._options()))
        runs: dict[str, RunObjects] = {}
        for deployment in deployments:
            owned = is_owned(deployment)
            if not owned and not foreign:
                continue
            name = run_name_of(deployment)
            run = runs.setdefault(name, RunObjects(name, [], [], [], owned))
            run.deployments.append(deployment)
        for run in runs.values():
            if run.owned:
                run.pods = self._owned(pods, run.name)
                run.services = self._owned(services, run.name)
            else:
                match = ((run.deployments[0].get("spec") or {}).get("selector") or {}).get("matchLabels") or {}
                run.pods = [p for p in pods if match and all(_labels(p).get(k) == v for k, v in match.items())]
        return list(runs.values())

    def events(self, pods: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if not pods:
            return []
        return self._items(self.core.list_namespaced_event(
            self.namespace, field_selector="involvedObject.kind=Pod", **self._options()))

    def inventory(self) -> list[capacity.NodeGpus]:
        nodes = self._items(self.core.list_node(**self._options()))
        pods = self._items(self.core.list_pod_for_all_namespaces(
            field_selector="status.phase!=Succeeded,status.phase!=Failed", **self._options()))
        return capacity.inventory(nodes, pods)

    def delete_run(self, run: RunObjects, *, grace_seconds: int | None) -> list[str]:
        """Delete the run's Deployments and Services (its pods go with the Deployments); returns what went."""
        from kubernetes.client.exceptions import ApiException

        deleted = []
        options = {"propagation_policy": "Background", **self._options()}
        if grace_seconds is not None:
            options["grace_period_seconds"] = grace_seconds
        targets = [("Deployment", self.apps.delete_namespaced_deployment, d) for d in run.deployments] + [
            ("Service", self.core.delete_namespaced_service, s) for s in run.services]
        for kind, delete, obj in targets:
            if run.owned and not is_owned(obj):
                continue
            name = obj["metadata"]["name"]
            try:
                delete(name, self.namespace, **options)
            except ApiException as exc:
                if exc.status != 404:
                    raise
            deleted.append(f"{kind}/{name}")
        return deleted

    def read_log(self, source: logs.LogSource, tail_lines: int | None, since_seconds: int | None) -> str:
        from kubernetes.client.exceptions import ApiException

        kwargs: dict[str, Any] = {"container": source.container, "timestamps": True, "previous": source.previous,
                                  **self._options()}
        if tail_lines is not None:
            kwargs["tail_lines"] = tail_lines
        if since_seconds is not None:
            kwargs["since_seconds"] = since_seconds
        try:
            response = self.core.read_namespaced_pod_log(source.pod, self.namespace, **kwargs)
        except ApiException as exc:
            # The instance is gone (the pod was deleted, or the kubelet dropped the previous container).
            if exc.status in (400, 404):
                return ""
            raise
        return (response.data or b"").decode("utf-8", errors="replace")
