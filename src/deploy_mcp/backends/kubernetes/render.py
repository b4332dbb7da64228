"""A validated dstack ``type: service`` configuration rendered as Kubernetes objects: one Deployment per replica
group (one for a plain service) and one Service in front of them.

Pure: no cluster, no client, no I/O. The backend applies what this returns; ``validate_config`` shows it.
Rules this module chose where dstack and Kubernetes differ are stated where they are applied (and in the
README's "Kubernetes" section); what a Deployment cannot say is returned by ``target_warnings``.
"""

from __future__ import annotations

import copy
import hashlib
import re
import shlex
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from deploy_mcp.backends.kubernetes.gpu_labels import gpu_node_terms
from deploy_mcp.config.engines import find_engine
from deploy_mcp.config.spec import env_as_dict
from deploy_mcp.config.yaml_text import dump_yaml
from deploy_mcp.problems import Problem
from deploy_mcp.sizing.commands import HEALTH_PATH, IMAGES
from deploy_mcp.sizing.gpus import GpuRequest, as_int, memory_gib, parse_gpu, range_bounds

if TYPE_CHECKING:
    from deploy_mcp.settings import Settings

MANAGED_BY = "app.kubernetes.io/managed-by"
MANAGER = "deploy-mcp"
DEPLOYMENT_LABEL = "deploy-mcp.io/deployment"
ATTEMPT_LABEL = "deploy-mcp.io/attempt"
RUN_LABEL = "deploy-mcp.io/run"
GROUP_LABEL = "deploy-mcp.io/replica-group"
CONFIG_HASH_ANNOTATION = "deploy-mcp.io/config-hash"
# Label values are capped at 63 characters: the full names are kept in these annotations.
DEPLOYMENT_ANNOTATION = "deploy-mcp.io/deployment-name"
RUN_ANNOTATION = "deploy-mcp.io/run-name"
OWNER_LABELS = (MANAGED_BY, DEPLOYMENT_LABEL, ATTEMPT_LABEL, RUN_LABEL)
"""The labels every object this server creates carries; ``stop`` and ``list`` select on them."""

GPU_RESOURCES = {"nvidia": "nvidia.com/gpu", "amd": "amd.com/gpu"}
HTTP_PORT_NAME = "http"
# Patience for the first start: the image pull and a model download of tens of GB happen before the engine
# answers its health path; 360 probes 10 s apart allow an hour.
STARTUP_PERIOD_SECONDS = 10
STARTUP_FAILURE_THRESHOLD = 360
# /dev/shm without a shm_size in the spec: NCCL and the engines' worker processes share tensors through it, and
# the need grows with tensor parallelism.
SHM_GIB_PER_GPU = 4
SHM_GIB_WITHOUT_GPU = 1
HF_CACHE_ENV = ("HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME")
DEFAULT_HF_HOME = "/root/.cache/huggingface"
TGI_HF_HOME = "/data"  # the TGI image's own HF_HOME
_DSTACK_VAR_REF = re.compile(r"\$\{?(DSTACK_[A-Z0-9_]+)")

_LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")


@dataclass(frozen=True)
class RenderOptions:
    namespace: str
    secret_name: str | None = None
    cache_pvc: str | None = None


def render_options(settings: Settings) -> RenderOptions:
    """The options the server was started with; without --k8s-namespace, ``default`` (the backend passes the
    namespace it resolved from the kubeconfig context instead)."""
    return RenderOptions(settings.k8s_namespace or "default", settings.k8s_secret, settings.k8s_cache_pvc)


@dataclass(frozen=True)
class Ownership:
    deployment: str
    attempt: int
    run_name: str
    config_hash: str

    def labels(self) -> dict[str, str]:
        return {
            MANAGED_BY: MANAGER,
            DEPLOYMENT_LABEL: label_value(self.deployment),
            ATTEMPT_LABEL: str(self.attempt),
            RUN_LABEL: label_value(self.run_name),
        }

    def annotations(self) -> dict[str, str]:
        return {
            CONFIG_HASH_ANNOTATION: self.config_hash,
            DEPLOYMENT_ANNOTATION: self.deployment,
            RUN_ANNOTATION: self.run_name,
        }


class Rendered(BaseModel):
    objects: list[dict[str, Any]] = Field(default_factory=list, description="Deployments, then the Service.")
    notes: list[str] = Field(default_factory=list, description="Choices made for the user, e.g. the image chosen.")
    warnings: list[Problem] = Field(default_factory=list, description="What the spec says that is not rendered.")
    errors: list[Problem] = Field(default_factory=list, description="Why nothing can be applied; objects empty.")

    def manifests(self) -> str:
        """The objects as one multi-document YAML text, as ``kubectl apply -f`` takes it, the notes on top as
        comments."""
        header = "".join(f"# {' '.join(note.split())}\n" for note in self.notes)
        return header + "---\n".join(dump_yaml(obj) for obj in self.objects)


def label_value(text: str) -> str:
    """``text`` as a valid label value: kept when it is one, else cut to fit with a hash of the whole."""
    if len(text) <= 63 and _LABEL_VALUE.match(text):
        return text
    digest = hashlib.sha256(text.encode()).hexdigest()[:10]
    head = re.sub(r"[^-A-Za-z0-9_.]", "-", text)[:52].strip("-_.")
    return f"{head}-{digest}" if head else digest


def object_name(run_name: str, suffix: str = "") -> str:
    """A DNS-1035 label (what a Service name must be) from the run name, at most 63 characters."""
    base = re.sub(r"[^a-z0-9-]+", "-", run_name.lower()).strip("-") or "run"
    if not base[0].isalpha():
        base = "r-" + base
    tail = f"-{suffix}" if suffix else ""
    if len(base) + len(tail) > 63 or base != run_name:
        digest = hashlib.sha256(run_name.encode()).hexdigest()[:8]
        base = f"{base[:63 - len(tail) - 9].rstrip('-')}-{digest}"
    return base + tail


def render_service(effective: dict[str, Any], *, ownership: Ownership, options: RenderOptions) -> Rendered:
    """The Deployment(s) and Service for a validated service configuration; ``errors`` say why there are none."""
    rendered = Rendered(warnings=target_warnings(effective))
    if effective.get("type") != "service":
        rendered.errors.append(Problem(
            code="not_a_service", loc=["type"],
            message=f"Only 'type: service' runs on the Kubernetes target, not {effective.get('type')!r}.",
            hint="Use 'type: service' with a port and the engine's command.",
        ))
        return rendered

    port = container_port(effective.get("port"))
    deployments = []
    groups = replica_groups(effective)
    for index, (group_name, spec, replicas) in enumerate(groups):
        suffix = re.sub(r"[^a-z0-9]+", "-", str(group_name).lower()).strip("-") if len(groups) > 1 else ""
        loc_prefix: list[str | int] = ["replicas", index] if len(groups) > 1 else []
        pod = _pod_template(spec, port, ownership, options, rendered, loc_prefix)
        if pod is None:
            continue
        labels = ownership.labels()
        if len(groups) > 1:
            labels[GROUP_LABEL] = label_value(group_name or str(index))
            pod["metadata"]["labels"][GROUP_LABEL] = labels[GROUP_LABEL]
        deployments.append({
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {
                "name": object_name(ownership.run_name, suffix),
                "namespace": options.namespace,
                "labels": labels,
                "annotations": ownership.annotations(),
            },
            "spec": {
                "replicas": replicas,
                "selector": {"matchLabels": {key: labels[key] for key in (RUN_LABEL, *(
                    [GROUP_LABEL] if GROUP_LABEL in labels else []))}},
                # A rolling update would hold the old pod's GPUs while the new one starts: replace instead.
                "strategy": {"type": "Recreate"},
                "template": pod,
            },
        })
    if rendered.errors:
        return rendered
    if sum(d["spec"]["replicas"] for d in deployments) == 0:
        # Nothing scales a Deployment up from zero here (dstack's proxy does on its target): start one.
        deployments[0]["spec"]["replicas"] = 1
        rendered.notes.append("replicas: the lower bound is 0, and nothing scales a Deployment up on request; "
                              "rendered 1 replica.")
    service = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {
            "name": object_name(ownership.run_name),
            "namespace": options.namespace,
            "labels": ownership.labels(),
            "annotations": ownership.annotations(),
        },
        "spec": {
            "type": "ClusterIP",
            "selector": {RUN_LABEL: label_value(ownership.run_name)},
            "ports": [{"name": HTTP_PORT_NAME, "port": port, "targetPort": HTTP_PORT_NAME, "protocol": "TCP"}],
        },
    }
    rendered.objects = [*deployments, service]
    return rendered


def container_port(value: Any) -> int:
    """The container side of dstack's ``port`` (``8000``, ``"80:8000"`` or ``{container_port: ...}``)."""
    if isinstance(value, dict):
        value = value.get("container_port")
    if isinstance(value, str) and ":" in value:
        value = value.rsplit(":", 1)[1]
    return int(value) if value not in (None, "") else 80


def replica_groups(effective: dict[str, Any]) -> list[tuple[str | None, dict[str, Any], int]]:
    """(group name, the spec that group runs, its replica count): one entry for a plain service."""
    replicas = effective.get("replicas", 1)
    if not isinstance(replicas, list):
        return [(None, effective, _lower_bound(replicas))]
    groups = []
    for index, group in enumerate(replicas):
        spec = {**effective, **{k: v for k, v in group.items() if k not in ("name", "count", "replicas")}}
        spec.pop("replicas", None)
        groups.append((group.get("name") or str(index), spec, _lower_bound(group.get("count", group.get("replicas")))))
    return groups


def _lower_bound(value: Any) -> int:
    low, _ = range_bounds(value, as_int)
    return low or 0 if value is not None else 1


def _pod_template(
    spec: dict[str, Any], port: int, ownership: Ownership, options: RenderOptions, rendered: Rendered,
    loc: list[str | int],
) -> dict[str, Any] | None:
    resources = spec.get("resources") or {}
    gpu = parse_gpu(resources.get("gpu"))
    # dstack's count defaults to 1.. when a GPU spec leaves it out; a pod gets the lower bound.
    gpu_count = (1 if gpu.count_min is None else gpu.count_min) if gpu else 0
    vendor = _vendor(gpu)
    if gpu_count and vendor not in GPU_RESOURCES:
        rendered.errors.append(Problem(
            code="gpu_vendor_unsupported", loc=[*loc, "resources", "gpu"],
            message=f"{vendor} accelerators are not rendered on the Kubernetes target; only NVIDIA and AMD GPUs.",
            hint="Request an NVIDIA or AMD GPU, or use the dstack target for this accelerator.",
        ))
        return None
    engine = find_engine(spec)
    image = _image(spec, engine.engine if engine else None, vendor or "nvidia", rendered, loc)
    env = _env(spec, gpu_count, ownership.run_name, options, rendered, loc)
    if image is None:
        return None
    container: dict[str, Any] = {
        "name": "service",
        "image": image,
        "ports": [{"name": HTTP_PORT_NAME, "containerPort": port, "protocol": "TCP"}],
    }
    container.update(_command(spec))
    if spec.get("working_dir"):
        container["workingDir"] = str(spec["working_dir"])
    if env:
        container["env"] = env
    requests, limits = _requests(resources, gpu_count, vendor, rendered, loc)
    if requests or limits:
        container["resources"] = {k: v for k, v in (("requests", requests), ("limits", limits)) if v}
    security = _security_context(spec, rendered, loc)
    if security:
        container["securityContext"] = security

    shm = _shm_size(resources, gpu_count, rendered)
    cache_path = _cache_path(spec, engine.engine if engine else None, env, container)
    container["volumeMounts"] = [
        {"name": "dshm", "mountPath": "/dev/shm"},
        {"name": "model-cache", "mountPath": cache_path},
    ]
    volumes = [
        {"name": "dshm", "emptyDir": {"medium": "Memory", "sizeLimit": shm}},
        {"name": "model-cache", "persistentVolumeClaim": {"claimName": options.cache_pvc}}
        if options.cache_pvc else {"name": "model-cache", "emptyDir": {}},
    ]
    container.update(_probes(spec, port, engine.engine if engine else None, rendered, loc))

    pod_spec: dict[str, Any] = {
        "containers": [container],
        "volumes": volumes,
        # Service links put <SERVICE>_PORT variables in the pod; a Service named vllm turns into VLLM_PORT,
        # which vLLM reads as its own setting and then fails on.
        "enableServiceLinks": False,
        # The engine never calls the Kubernetes API.
        "automountServiceAccountToken": False,
    }
    affinity = _affinity(gpu, gpu_count, vendor, resources, rendered, loc)
    if affinity:
        pod_spec["affinity"] = affinity
    if gpu_count:
        pod_spec["tolerations"] = [
            {"key": GPU_RESOURCES[vendor], "operator": "Exists", "effect": "NoSchedule"},
        ]
    labels = ownership.labels()
    return {"metadata": {"labels": labels, "annotations": {CONFIG_HASH_ANNOTATION: ownership.config_hash}},
            "spec": pod_spec}


def _vendor(gpu: GpuRequest | None) -> str | None:
    if gpu is None:
        return None
    if gpu.vendor:
        return str(gpu.vendor).lower()
    vendors = {candidate.vendor for candidate in gpu.candidates()}
    if len(vendors) == 1:
        return vendors.pop()
    return _accelerator_vendor(gpu.names) or "nvidia"  # dstack's default vendor for a spec that names none


def _accelerator_vendor(names: list[str]) -> str | None:
    """The vendor of a non-GPU accelerator name (TPU ``v5litepod-4``, Tenstorrent ``n150``), as gpuhunt knows."""
    import gpuhunt

    known = {"google": gpuhunt.KNOWN_TPUS, "intel": gpuhunt.KNOWN_INTEL_ACCELERATORS,
             "tenstorrent": gpuhunt.KNOWN_TENSTORRENT_ACCELERATORS}
    for name in names:
        base = name.lower().removeprefix("tpu-")
        for vendor, accelerators in known.items():
            if any(base == a.name.lower() or base.startswith(a.name.lower() + "-") for a in accelerators):
                return vendor
    return None


def _image(
    spec: dict[str, Any], engine: str | None, vendor: str, rendered: Rendered, loc: list[str | int]
) -> str | None:
    if spec.get("image"):
        return str(spec["image"])
    chosen = IMAGES.get((engine, vendor)) if engine else None
    if chosen:
        how = f"python: {spec['python']}" if spec.get("python") else "no image"
        rendered.notes.append(f"image chosen: {chosen}, the pinned official {engine} image for {vendor.upper()} "
                              f"GPUs, because the configuration gives {how} and its commands run {engine}.")
        return chosen
    rendered.errors.append(Problem(
        code="image_required", loc=[*loc, "image"],
        message="The Kubernetes target runs the container image the configuration names; this one gives none"
        + (f" (python: {spec['python']} selects dstack's own image)." if spec.get("python") else "."),
        hint="Add 'image:' with the image that has your server installed (e.g. vllm/vllm-openai:<tag>).",
    ))
    return None


def _command(spec: dict[str, Any]) -> dict[str, Any]:
    """The container command as dstack's runner builds it: ``entrypoint`` split with its ``commands`` as
    arguments (Docker style), else the commands joined with ``&&`` in ``shell`` (dstack's default: ``/bin/sh``
    in a custom image, ``/bin/bash`` in its own image, whose place an engine image takes here). Without either,
    the image's own entrypoint runs."""
    commands = [str(c) for c in spec.get("commands") or []]
    if spec.get("entrypoint"):
        result: dict[str, Any] = {"command": shlex.split(str(spec["entrypoint"]))}
        if commands:
            result["args"] = commands
        return result
    if not commands:
        return {}
    shell = str(spec.get("shell") or ("/bin/sh" if spec.get("image") else "/bin/bash"))
    if not shell.startswith("/"):
        shell = f"/bin/{shell}"
    # A command ending in "&" goes to the background; braces keep the "&&" after it from joining it.
    joined = " && ".join(f"{{ {c.strip()} }}" if c.strip().endswith("&") else c.strip() for c in commands)
    return {"command": [shell, "-c", joined]}


def _env(
    spec: dict[str, Any], gpu_count: int, run_name: str, options: RenderOptions, rendered: Rendered,
    loc: list[str | int],
) -> list[dict[str, Any]]:
    env: list[dict[str, Any]] = []
    unbound: list[str] = []
    for name, value in env_as_dict(spec.get("env")).items():
        if value is not None:
            env.append({"name": str(name), "value": str(value)})
        elif options.secret_name:
            # The value stays in the cluster: the pod reads it from the Secret, this server never does.
            env.append({"name": str(name), "valueFrom": {"secretKeyRef": {"name": options.secret_name,
                                                                          "key": str(name)}}})
        else:
            unbound.append(str(name))
    if unbound:
        rendered.errors.append(Problem(
            code="secret_not_configured", loc=[*loc, "env"],
            message=f"env {', '.join(unbound)} has no value here, and on Kubernetes such names are read from a "
            "Secret: this server was started without --k8s-secret.",
            hint="Ask the user to create a Secret with these keys and restart deploy-mcp with --k8s-secret NAME; "
            "do not put the values in the configuration.",
        ))
    given = {e["name"] for e in env}
    referenced = set(_DSTACK_VAR_REF.findall(" ".join(str(c) for c in spec.get("commands") or [])))
    # dstack's run variables that mean something on a single-node Deployment.
    values = {"DSTACK_RUN_NAME": run_name, "DSTACK_GPUS_NUM": str(gpu_count),
              "DSTACK_GPUS_PER_NODE": str(gpu_count), "DSTACK_NODES_NUM": "1", "DSTACK_NODE_RANK": "0"}
    for name in sorted(referenced - given):
        if name in values:
            env.append({"name": name, "value": values[name]})
        else:
            rendered.warnings.append(Problem(
                severity="warning", code="dstack_variable_unset", loc=[*loc, "commands"],
                message=f"${name} is set by dstack's runner; the Kubernetes target sets only "
                f"{', '.join(values)}.",
                hint=f"Replace ${name} with its value.",
            ))
    return env


def _quantity_gib(gib: float) -> str:
    return f"{gib:g}Gi"


def _requests(
    resources: dict[str, Any], gpu_count: int, vendor: str | None, rendered: Rendered, loc: list[str | int]
) -> tuple[dict[str, str], dict[str, str]]:
    """Requests at each range's lower bound; limits only for GPUs, which Kubernetes requires as limits."""
    requests: dict[str, str] = {}
    cpu = _cpu_count(resources.get("cpu"))
    if cpu:
        requests["cpu"] = str(cpu)
    for field, key in (("memory", "memory"), ("disk", "ephemeral-storage")):
        value = resources.get(field)
        if isinstance(value, dict) and "size" in value:  # disk: {size: 100GB..}
            value = value["size"]
        low, _ = range_bounds(value, memory_gib)
        if low:
            requests[key] = _quantity_gib(low)
    limits = {GPU_RESOURCES[vendor]: str(gpu_count)} if gpu_count and vendor in GPU_RESOURCES else {}
    return requests, limits


def _cpu_count(value: Any) -> int | None:
    """The lower bound of dstack's cpu spec: ``4``, ``"4.."``, ``"x86:8"``, ``{min: 4}`` or ``{count: 4..}``."""
    if isinstance(value, dict):
        value = value.get("count", value)
    if isinstance(value, str) and ":" in value:
        value = next((part for part in value.split(":") if part[:1].isdigit() or part.startswith("..")), None)
    low, _ = range_bounds(value, as_int)
    return low


def _security_context(spec: dict[str, Any], rendered: Rendered, loc: list[str | int]) -> dict[str, Any]:
    context: dict[str, Any] = {}
    if spec.get("privileged"):
        context["privileged"] = True
    user = spec.get("user")
    if user is not None:
        uid, _, gid = str(user).partition(":")
        if uid.isdigit() and (not gid or gid.isdigit()):
            context["runAsUser"] = int(uid)
            if gid:
                context["runAsGroup"] = int(gid)
        else:
            rendered.warnings.append(Problem(
                severity="warning", code="user_not_numeric", loc=[*loc, "user"],
                message=f"user {user!r} is a name; a pod's securityContext takes numeric ids, so the image's "
                "default user runs.",
                hint="Give the numeric uid (and gid), e.g. 'user: 1000:1000'.",
            ))
    return context


def _shm_size(resources: dict[str, Any], gpu_count: int, rendered: Rendered) -> str:
    given = memory_gib(resources.get("shm_size"))
    if given:
        return _quantity_gib(given)
    size = SHM_GIB_PER_GPU * gpu_count if gpu_count else SHM_GIB_WITHOUT_GPU
    rendered.notes.append(f"/dev/shm: {size}Gi in memory ({SHM_GIB_PER_GPU}Gi per GPU), as resources.shm_size "
                          "is not set.")
    return _quantity_gib(size)


def _cache_path(spec: dict[str, Any], engine: str | None, env: list[dict[str, Any]], container: dict) -> str:
    """Where the model cache volume goes: the spec's own HF cache variable, else HF_HOME set to the path."""
    for entry in env:
        if entry["name"] in HF_CACHE_ENV and "value" in entry:
            return entry["value"]
    path = TGI_HF_HOME if engine == "tgi" else DEFAULT_HF_HOME
    if not any(entry["name"] in HF_CACHE_ENV for entry in env):
        container.setdefault("env", env).append({"name": "HF_HOME", "value": path})
    return path


def _duration_seconds(value: Any, default: int) -> int:
    if value is None:
        return default
    if isinstance(value, (int, float)):
        return max(1, int(value))
    match = re.fullmatch(r"(\d+)\s*([smhd]?)", str(value).strip())
    if not match:
        return default
    return max(1, int(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)])


def _probes(
    spec: dict[str, Any], port: int, engine: str | None, rendered: Rendered, loc: list[str | int]
) -> dict[str, Any]:
    """Readiness on the spec's first HTTP probe, else the engine's health path; a startup probe with the same
    check that waits long enough for a model download. No liveness probe: a restart never fixes a slow load."""
    probes = spec.get("probes") or []
    probe = probes[0] if probes else None
    if probe is not None:
        if len(probes) > 1:
            rendered.warnings.append(Problem(
                severity="warning", code="probes_not_rendered", loc=[*loc, "probes"],
                message=f"{len(probes) - 1} probe(s) after the first are not rendered: a pod has one readiness "
                "probe.", hint="Keep the probe that proves the service answers.",
            ))
        method = str(probe.get("method") or "get").lower()
        if method != "get" or probe.get("body"):
            rendered.warnings.append(Problem(
                severity="warning", code="probe_method_not_rendered", loc=[*loc, "probes", 0],
                message="Kubernetes HTTP probes send GET without a body; the probe's method and body are dropped.",
                hint="Probe a GET path such as the engine's /health.",
            ))
        handler: dict[str, Any] = {"httpGet": {"path": _url_path(probe.get("url")), "port": HTTP_PORT_NAME}}
        headers = [{"name": str(h["name"]), "value": str(h["value"])} for h in probe.get("headers") or []]
        if headers:
            handler["httpGet"]["httpHeaders"] = headers
        timeout = _duration_seconds(probe.get("timeout"), 10)
        period = _duration_seconds(probe.get("interval"), 15)
        success = int(probe.get("ready_after") or 1)
    elif engine in HEALTH_PATH:
        handler = {"httpGet": {"path": HEALTH_PATH[engine], "port": HTTP_PORT_NAME}}
        timeout, period, success = 10, 15, 1
    else:
        handler = {"tcpSocket": {"port": HTTP_PORT_NAME}}
        timeout, period, success = 10, 15, 1
    # Each probe gets its own copy: YAML output would otherwise share one node between them as an alias.
    return {
        "startupProbe": {**copy.deepcopy(handler), "periodSeconds": STARTUP_PERIOD_SECONDS, "timeoutSeconds": timeout,
                         "failureThreshold": STARTUP_FAILURE_THRESHOLD},
        "readinessProbe": {**copy.deepcopy(handler), "periodSeconds": period, "timeoutSeconds": timeout,
                           "successThreshold": success, "failureThreshold": 3},
    }


def _url_path(url: Any) -> str:
    text = str(url or "/")
    if "://" in text:
        text = "/" + text.split("://", 1)[1].partition("/")[2]
    return text if text.startswith("/") else "/" + text


def _affinity(
    gpu: GpuRequest | None, gpu_count: int, vendor: str | None, resources: dict[str, Any], rendered: Rendered,
    loc: list[str | int],
) -> dict[str, Any] | None:
    expressions: list[dict[str, Any]] = []
    if gpu is not None and gpu_count and vendor in GPU_RESOURCES:
        terms, problems = gpu_node_terms(gpu, vendor)
        expressions.extend(terms)
        for problem in problems:
            problem.loc = [*loc, "resources", "gpu"]
            rendered.warnings.append(problem)
    arch = _cpu_arch(resources.get("cpu"))
    if arch:
        expressions.append({"key": "kubernetes.io/arch", "operator": "In", "values": [arch]})
    if not expressions:
        return None
    return {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {
        "nodeSelectorTerms": [{"matchExpressions": expressions}]}}}


def _cpu_arch(value: Any) -> str | None:
    arch = value.get("arch") if isinstance(value, dict) else None
    if isinstance(value, str) and ":" in value:
        arch = next((p for p in value.split(":") if p.lower() in ("x86", "arm")), None)
    return {"x86": "amd64", "arm": "arm64"}.get(str(arch).lower()) if arch else None


# dstack fields with no Kubernetes Deployment equivalent, and what the user loses by that.
_DSTACK_ONLY: dict[str, str] = {
    "backends": "the cluster is the only backend",
    "regions": "the cluster's nodes are where it runs",
    "availability_zones": "zones are the scheduler's choice",
    "instance_types": "pods go to nodes, not instance types",
    "spot_policy": "nodes are not bought per run",
    "max_price": "nothing is bought per run; prices come from the rate card, if any",
    "reservation": "nodes are not reserved per run",
    "fleets": "dstack fleets do not exist on the cluster",
    "gateway": "the Service is reachable inside the cluster; expose it with the cluster's own ingress",
    "https": "TLS is the cluster ingress's job",
    "auth": "the Service has no token check; anything in the cluster network can call it",
    "rate_limits": "no proxy enforces them",
    "scaling": "the Deployment keeps the replica count's lower bound; nothing scales it on load",
    "retry": "Kubernetes restarts the container itself; dstack's retry policy is not applied",
    "max_duration": "the cluster never ends a Deployment; deploy-mcp deletes it once past, while it runs and at start",
    "stop_duration": "termination uses the pod's grace period",
    "idle_duration": "nodes are not released per run",
    "utilization_policy": "no GPU utilization policy runs",
    "creation_policy": "nodes are never created per run",
    "termination_policy": "nodes are not terminated per run",
    "termination_idle_time": "nodes are not terminated per run",
    "volumes": "dstack volumes are not mounted; only the model cache volume is",
    "files": "local files are not uploaded",
    "repos": "no repository is cloned into the pod",
    "registry_auth": "image pull credentials come from the namespace's imagePullSecrets",
    "model": "no OpenAI-compatible gateway maps the model name",
    "strip_prefix": "no proxy sits in front of the Service",
    "docker": "Docker-in-Docker is not provided",
    "nvcc": "the image is used as given",
    "single_branch": "no repository is cloned",
    "priority": "the scheduler's priority classes are not set",
    "schedule": "a Deployment starts when applied",
    "router": "no router runs in front of the replicas",
}
_DSTACK_ONLY_RESOURCES: dict[str, str] = {
    "total_memory": "only per-GPU memory is matched on node labels",
    "compute_capability": "only GPU names and memory are matched on node labels",
}


def target_warnings(effective: dict[str, Any]) -> list[Problem]:
    """A warning for every field the configuration sets that a Deployment cannot express."""
    warnings: list[Problem] = []
    sources: list[tuple[list[str | int], dict[str, Any]]] = [([], effective)]
    if isinstance(effective.get("replicas"), list):
        sources += [(["replicas", i], g) for i, g in enumerate(effective["replicas"]) if isinstance(g, dict)]
    for prefix, spec in sources:
        for field, loss in _DSTACK_ONLY.items():
            if spec.get(field) not in (None, [], {}, False) and not (field == "model" and prefix):
                warnings.append(_not_rendered([*prefix, field], loss))
        gpu = (spec.get("resources") or {}).get("gpu")
        request = parse_gpu(gpu)
        if isinstance(gpu, dict):
            for field, loss in _DSTACK_ONLY_RESOURCES.items():
                if gpu.get(field) is not None:
                    warnings.append(_not_rendered([*prefix, "resources", "gpu", field], loss))
        if request and request.count_given and request.count_min != request.count_max:
            warnings.append(_not_rendered([*prefix, "resources", "gpu"],
                                          f"a pod gets exactly {request.count_min or 0} GPU(s), the range's "
                                          "lower bound"))
    return warnings


def _not_rendered(loc: list[str | int], loss: str) -> Problem:
    field = ".".join(str(part) for part in loc)
    return Problem(
        severity="warning", code="not_on_kubernetes", loc=loc,
        message=f"{field} has no Kubernetes equivalent and is not rendered: {loss}.",
        hint=f"Remove {field}, or keep it for the dstack target; it changes nothing here.",
    )

