"""The cluster's GPUs from its nodes and pods, and which nodes could take a rendered pod now.

Pure: plain JSON dicts of nodes and pods in. GPUs are the nodes' allocatable extended resources
(``nvidia.com/gpu``, ``amd.com/gpu``); what a GPU is comes from the labels GPU feature discovery (NVIDIA) and the
ROCm node labeller (AMD) put on nodes; "requested" is what pods bound to the node and not finished ask for. The
fit check follows the scheduler's filters that decide GPU placement (resources, node selector and required node
affinity, taints, cordoned or not-ready nodes) and nothing else: no pod affinity, topology spread or quotas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from deploy_mcp.backends.base import GpuGroup, Offer
from deploy_mcp.backends.kubernetes.gpu_labels import (
    AMD_DEVICE_ID,
    AMD_VRAM,
    NVIDIA_MEMORY,
    NVIDIA_PRODUCT,
    SHARED_SUFFIX,
    amd_device_ids,
    nvidia_products,
)

GPU_RESOURCES = {"nvidia.com/gpu": "nvidia", "amd.com/gpu": "amd"}
AMD_PRODUCT_NAME = "amd.com/gpu.product-name"
# Node pool labels of the managed services and autoscalers, most specific first; the last is the generic one.
POOL_LABELS = (
    "cloud.google.com/gke-nodepool",
    "eks.amazonaws.com/nodegroup",
    "karpenter.sh/nodepool",
    "karpenter.sh/provisioner-name",
    "kubernetes.azure.com/agentpool",
    "node.kubernetes.io/pool",
    "node-pool",
)
INSTANCE_TYPE_LABEL = "node.kubernetes.io/instance-type"
FINISHED_PHASES = frozenset({"Succeeded", "Failed"})
_QUANTITY = re.compile(r"^([0-9.]+)([a-zA-Z]*)$")
_SUFFIXES = {"": 1, "m": Decimal("0.001"), "k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "P": 10**15,
             "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50}


def quantity(text: Any) -> Decimal:
    """A Kubernetes resource quantity (``500m``, ``32``, ``256Gi``) as a number; 0 when unreadable."""
    match = _QUANTITY.match(str(text or "").strip())
    if not match or match.group(2) not in _SUFFIXES:
        return Decimal(0)
    try:
        return Decimal(match.group(1)) * _SUFFIXES[match.group(2)]
    except InvalidOperation:
        return Decimal(0)


@dataclass
class NodeGpus:
    """One node: its GPUs (vendor, product, memory, allocatable and requested) and what else the fit needs."""

    node: str
    pool: str | None
    labels: dict[str, str]
    taints: list[dict[str, Any]]
    schedulable: bool
    resource: str | None = None
    vendor: str | None = None
    product: str | None = None
    gpu_name: str | None = None
    memory_gb: float | None = None
    allocatable: int = 0
    requested: int = 0
    cpu_free: Decimal = Decimal(0)
    memory_free: Decimal = Decimal(0)
    instance_type: str | None = None
    pods_requesting: list[str] = field(default_factory=list)

    @property
    def free(self) -> int:
        return max(self.allocatable - self.requested, 0)

    def describe(self) -> str:
        what = self.product or self.gpu_name or "GPU"
        return f"{self.node}: {self.free} of {self.allocatable} {what} free"


def pod_requests(pod_spec: dict[str, Any]) -> dict[str, Decimal]:
    """What a pod asks of a node: the sum over its containers, at least the largest init container."""
    total: dict[str, Decimal] = {}
    for container in pod_spec.get("containers") or []:
        for key, value in _container_requests(container).items():
            total[key] = total.get(key, Decimal(0)) + value
    for container in pod_spec.get("initContainers") or []:
        for key, value in _container_requests(container).items():
            total[key] = max(total.get(key, Decimal(0)), value)
    return total


def _container_requests(container: dict[str, Any]) -> dict[str, Decimal]:
    resources = container.get("resources") or {}
    # Extended resources (GPUs) are set as limits; a request defaults to its limit.
    merged = {**(resources.get("limits") or {}), **(resources.get("requests") or {})}
    return {key: quantity(value) for key, value in merged.items()}


def inventory(nodes: list[dict[str, Any]], pods: list[dict[str, Any]]) -> list[NodeGpus]:
    """Every node with its GPUs and free CPU and memory, given every pod in the cluster."""
    used: dict[str, dict[str, Decimal]] = {}
    requesting: dict[str, list[str]] = {}
    for pod in pods:
        node = (pod.get("spec") or {}).get("nodeName")
        if not node or (pod.get("status") or {}).get("phase") in FINISHED_PHASES:
            continue
        asks = pod_requests(pod.get("spec") or {})
        bucket = used.setdefault(node, {})
        for key, value in asks.items():
            bucket[key] = bucket.get(key, Decimal(0)) + value
        if any(asks.get(r) for r in GPU_RESOURCES):
            requesting.setdefault(node, []).append((pod.get("metadata") or {}).get("name", ""))
    return [_node_gpus(node, used.get(_name(node), {}), requesting.get(_name(node), [])) for node in nodes]


def _name(node: dict[str, Any]) -> str:
    return (node.get("metadata") or {}).get("name", "")


def _node_gpus(node: dict[str, Any], used: dict[str, Decimal], requesting: list[str]) -> NodeGpus:
    meta = node.get("metadata") or {}
    labels = meta.get("labels") or {}
    status = node.get("status") or {}
    allocatable = status.get("allocatable") or {}
    ready = any(c.get("type") == "Ready" and c.get("status") == "True" for c in status.get("conditions") or [])
    info = NodeGpus(
        node=_name(node),
        pool=next((labels[k] for k in POOL_LABELS if labels.get(k)), None),
        labels=labels,
        taints=(node.get("spec") or {}).get("taints") or [],
        schedulable=ready and not (node.get("spec") or {}).get("unschedulable"),
        cpu_free=quantity(allocatable.get("cpu")) - used.get("cpu", Decimal(0)),
        memory_free=quantity(allocatable.get("memory")) - used.get("memory", Decimal(0)),
        instance_type=labels.get(INSTANCE_TYPE_LABEL),
        pods_requesting=requesting,
    )
    for resource, vendor in GPU_RESOURCES.items():
        count = int(quantity(allocatable.get(resource)))
        if count:
            info.resource, info.vendor, info.allocatable = resource, vendor, count
            info.requested = int(used.get(resource, Decimal(0)))
            break
    if info.vendor == "nvidia":
        info.product = labels.get(NVIDIA_PRODUCT)
        memory_mib = quantity(labels.get(NVIDIA_MEMORY))
        info.memory_gb = round(float(memory_mib) / 1024, 1) if memory_mib else None
        info.gpu_name = _nvidia_name(info.product, info.memory_gb)
    elif info.vendor == "amd":
        info.product = labels.get(AMD_PRODUCT_NAME) or labels.get(AMD_DEVICE_ID)
        vram = labels.get(AMD_VRAM, "")
        info.memory_gb = float(vram[:-1]) if vram.endswith("G") and vram[:-1].isdigit() else None
        info.gpu_name = _amd_name(labels.get(AMD_DEVICE_ID))
    return info


def _nvidia_name(product: str | None, memory_gb: float | None) -> str | None:
    """The GPU name dstack uses (``A100``) for a ``nvidia.com/gpu.product`` value, when known."""
    if not product:
        return None
    from deploy_mcp.sizing.gpus import known_gpus

    base = product.removesuffix(SHARED_SUFFIX)
    for gpu in known_gpus():
        if gpu.vendor == "nvidia" and base in nvidia_products(gpu.name, gpu.memory_gib):
            return gpu.name
    return None


def _amd_name(device_id: str | None) -> str | None:
    if not device_id:
        return None
    from deploy_mcp.sizing.gpus import known_gpus

    return next((g.name for g in known_gpus() if g.vendor == "amd" and device_id in amd_device_ids(g.name)), None)


def free_gpus_text(nodes: list[NodeGpus]) -> str:
    """The GPU nodes' free GPUs in words, for a pod the scheduler cannot place."""
    gpu_nodes = [n for n in nodes if n.allocatable]
    if not gpu_nodes:
        return "no node has allocatable GPUs"
    return "; ".join(n.describe() + ("" if n.schedulable else " (not schedulable)") for n in gpu_nodes)


# --- which nodes can take a pod --------------------------------------------------------------------------


def _term_matches(labels: dict[str, str], term: dict[str, Any]) -> bool:
    for expression in term.get("matchExpressions") or []:
        key, operator, values = expression.get("key"), expression.get("operator"), expression.get("values") or []
        value = labels.get(key)
        if operator == "In" and value not in values:
            return False
        if operator == "NotIn" and value in values:
            return False
        if operator == "Exists" and key not in labels:
            return False
        if operator == "DoesNotExist" and key in labels:
            return False
        if operator in ("Gt", "Lt"):
            try:
                number, bound = int(value or ""), int(values[0])
            except (ValueError, IndexError):
                return False
            if (operator == "Gt" and not number > bound) or (operator == "Lt" and not number < bound):
                return False
    return True


def _tolerated(taint: dict[str, Any], tolerations: list[dict[str, Any]]) -> bool:
    if taint.get("effect") == "PreferNoSchedule":
        return True
    for toleration in tolerations:
        if toleration.get("effect") and toleration.get("effect") != taint.get("effect"):
            continue
        if toleration.get("operator") == "Exists" and (not toleration.get("key") or
                                                        toleration.get("key") == taint.get("key")):
            return True
        if toleration.get("key") == taint.get("key") and toleration.get("value", "") == taint.get("value", ""):
            return True
    return False


def placement_blockers(node: NodeGpus, pod_spec: dict[str, Any]) -> list[str]:
    """Why ``node`` cannot run the pod regardless of what is running on it (empty: it can, capacity allowing)."""
    blockers = []
    if not node.schedulable:
        blockers.append("not schedulable")
    selector = pod_spec.get("nodeSelector") or {}
    if any(node.labels.get(k) != v for k, v in selector.items()):
        blockers.append("node selector")
    affinity = ((pod_spec.get("affinity") or {}).get("nodeAffinity") or {}).get(
        "requiredDuringSchedulingIgnoredDuringExecution") or {}
    terms = affinity.get("nodeSelectorTerms") or []
    if terms and not any(_term_matches(node.labels, term) for term in terms):
        blockers.append("node affinity")
    tolerations = pod_spec.get("tolerations") or []
    if any(not _tolerated(taint, tolerations) for taint in node.taints):
        blockers.append("taint")
    asks = pod_requests(pod_spec)
    gpu_ask = {r: asks[r] for r in GPU_RESOURCES if asks.get(r)}
    for resource, count in gpu_ask.items():
        if node.resource != resource or node.allocatable < count:
            blockers.append(f"{resource} capacity")
    return blockers


def fits_now(node: NodeGpus, pod_spec: dict[str, Any]) -> bool:
    asks = pod_requests(pod_spec)
    gpus = max((asks.get(r, Decimal(0)) for r in GPU_RESOURCES), default=Decimal(0))
    return (node.free >= gpus and node.cpu_free >= asks.get("cpu", Decimal(0))
            and node.memory_free >= asks.get("memory", Decimal(0)))


@dataclass
class Placement:
    """Nodes that can take the pod now, and how many could once running pods release their GPUs."""

    now: list[NodeGpus]
    when_released: list[NodeGpus]
    gpu_count: int


def placement(nodes: list[NodeGpus], pod_spec: dict[str, Any]) -> Placement:
    asks = pod_requests(pod_spec)
    gpus = int(max((asks.get(r, Decimal(0)) for r in GPU_RESOURCES), default=Decimal(0)))
    possible = [n for n in nodes if not placement_blockers(n, pod_spec)]
    now = [n for n in possible if fits_now(n, pod_spec)]
    return Placement(now=now, when_released=[n for n in possible if n not in now], gpu_count=gpus)


# --- what the tools show ---------------------------------------------------------------------------------


def gpu_groups(nodes: list[NodeGpus], prices: dict[str, float]) -> list[GpuGroup]:
    """One group per GPU product, memory and node pool: GPUs allocatable, requested and free."""
    groups: dict[tuple[str, float | None, str | None], list[NodeGpus]] = {}
    for node in nodes:
        if node.allocatable:
            key = (node.gpu_name or node.product or node.resource or "GPU", node.memory_gb, node.pool)
            groups.setdefault(key, []).append(node)
    result = []
    for (name, memory, pool), members in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0,
                                                                                kv[0][2] or "")):
        price = price_per_gpu(members[0], prices)
        free = sum(n.free for n in members if n.schedulable)
        result.append(GpuGroup(
            name=name,
            memory_gb=memory,
            vendor=members[0].vendor,
            count_min=1,
            count_max=max(n.allocatable for n in members),
            price_per_gpu_min=price,
            price_per_gpu_max=price,
            backends=["kubernetes"],
            regions=[pool] if pool else [],
            availability=["available" if free else "busy"],
            product=members[0].product,
            nodes=len(members),
            allocatable=sum(n.allocatable for n in members),
            requested=sum(n.requested for n in members),
            free=free,
            priced=price is not None,
        ))
    return result


def price_per_gpu(node: NodeGpus, prices: dict[str, float]) -> float | None:
    """USD per GPU-hour from the rate card: by the exact product label, else by the GPU name (any case)."""
    lowered = {key.lower(): value for key, value in prices.items()}
    for key in (node.product, node.product.removesuffix(SHARED_SUFFIX) if node.product else None, node.gpu_name):
        if key and key.lower() in lowered:
            return lowered[key.lower()]
    return None


def node_offers(nodes: list[NodeGpus], prices: dict[str, float], *, namespace: str) -> list[Offer]:
    """Every schedulable GPU node as an offer of all its allocatable GPUs."""
    result = []
    for node in nodes:
        if node.allocatable and node.schedulable:
            result.extend(_offers([node], node.allocatable, {}, prices, namespace))
    return sorted(result, key=lambda o: (not o.priced, o.price_per_hour, o.instance_type))


def offers(place: Placement, pod_spec: dict[str, Any], prices: dict[str, float], *,
           namespace: str) -> list[Offer]:
    """The nodes that can take the pod now, cheapest first; an unpriced node has price 0 and ``priced`` false."""
    result = _offers(place.now, place.gpu_count, pod_requests(pod_spec), prices, namespace)
    return sorted(result, key=lambda o: (not o.priced, o.price_per_hour, o.instance_type))


def _offers(nodes: list[NodeGpus], count: int, asks: dict[str, Decimal], prices: dict[str, float],
            namespace: str) -> list[Offer]:
    result = []
    for node in nodes:
        per_gpu = price_per_gpu(node, prices) if count else None
        gpu = f" gpu={node.gpu_name or node.product}:{node.memory_gb or '?'}GB:{count}" if count else ""
        result.append(Offer(
            backend="kubernetes",
            region=node.pool or namespace,
            instance_type=node.instance_type or node.node,
            gpu_name=(node.gpu_name or node.product) if count else None,
            gpu_memory_gb=node.memory_gb if count else None,
            gpu_count=count,
            cpus=int(asks["cpu"]) if asks.get("cpu") else None,
            memory_gb=round(float(asks["memory"]) / 2**30, 1) if asks.get("memory") else None,
            price_per_hour=round(per_gpu * count, 4) if per_gpu is not None else 0.0,
            priced=per_gpu is not None,
            availability="available",
            resources=f"node={node.node}{gpu}",
        ))
    return result
