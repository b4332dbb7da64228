"""The cluster's GPUs from node and pod objects, and the scheduler filters deploy-mcp applies to offers."""

from __future__ import annotations

from typing import Any

from deploy_mcp.backends.kubernetes import capacity


def node(name: str, labels: dict[str, str], gpus: dict[str, str], *, taints: list[dict[str, Any]] | None = None,
         ready: bool = True, cordoned: bool = False) -> dict[str, Any]:
    amounts = {"cpu": "32", "memory": "128Gi", **gpus}
    return {"metadata": {"name": name, "labels": labels},
            "spec": {"taints": taints or [], **({"unschedulable": True} if cordoned else {})},
            "status": {"allocatable": amounts, "capacity": amounts,
                       "conditions": [{"type": "Ready", "status": "True" if ready else "False"}]}}


def pod(name: str, node_name: str, limits: dict[str, str], phase: str = "Running") -> dict[str, Any]:
    return {"metadata": {"name": name}, "spec": {"nodeName": node_name, "containers": [
        {"name": "c", "resources": {"limits": limits}}]}, "status": {"phase": phase}}


H100 = {"nvidia.com/gpu.product": "NVIDIA-H100-80GB-HBM3", "nvidia.com/gpu.memory": "81559",
        "eks.amazonaws.com/nodegroup": "h100"}
MI300X = {"amd.com/gpu.device-id": "74a1", "amd.com/gpu.vram": "192G", "karpenter.sh/nodepool": "amd"}
GPU_TAINT = {"key": "nvidia.com/gpu", "value": "present", "effect": "NoSchedule"}
POD_SPEC = {
    "containers": [{"name": "service", "resources": {"limits": {"nvidia.com/gpu": "2"},
                                                     "requests": {"cpu": "8", "memory": "64Gi"}}}],
    "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
        {"matchExpressions": [{"key": "nvidia.com/gpu.product", "operator": "In",
                               "values": ["NVIDIA-H100-80GB-HBM3"]}]}]}}},
    "tolerations": [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}],
}


def test_inventory_counts_allocatable_requested_and_free_per_product_and_pool() -> None:
    nodes = [node("h1", H100, {"nvidia.com/gpu": "8"}), node("h2", H100, {"nvidia.com/gpu": "8"}),
             node("m1", MI300X, {"amd.com/gpu": "8"}), node("cpu", {}, {})]
    pods = [pod("a", "h1", {"nvidia.com/gpu": "6"}), pod("b", "h2", {"nvidia.com/gpu": "8"}),
            pod("done", "h1", {"nvidia.com/gpu": "2"}, phase="Succeeded"), pod("m", "m1", {"amd.com/gpu": "1"})]
    groups = {g.name: g for g in capacity.gpu_groups(capacity.inventory(nodes, pods), {})}
    assert set(groups) == {"H100", "MI300X"}
    h100 = groups["H100"]
    assert (h100.nodes, h100.allocatable, h100.requested, h100.free) == (2, 16, 14, 2)
    assert (h100.memory_gb, h100.regions, h100.priced) == (79.6, ["h100"], False)
    mi300x = groups["MI300X"]
    assert (mi300x.vendor, mi300x.memory_gb, mi300x.free, mi300x.regions) == ("amd", 192.0, 7, ["amd"])


def test_placement_applies_affinity_taints_cordons_and_free_capacity() -> None:
    nodes = capacity.inventory([
        node("free", H100, {"nvidia.com/gpu": "8"}, taints=[GPU_TAINT]),
        node("busy", H100, {"nvidia.com/gpu": "8"}),
        node("cordoned", H100, {"nvidia.com/gpu": "8"}, cordoned=True),
        node("tainted", H100, {"nvidia.com/gpu": "8"}, taints=[{"key": "team", "value": "x", "effect": "NoSchedule"}]),
        node("a100", {"nvidia.com/gpu.product": "NVIDIA-A100-SXM4-80GB"}, {"nvidia.com/gpu": "8"}),
    ], [pod("hog", "busy", {"nvidia.com/gpu": "7"})])
    by_name = {n.node: n for n in nodes}
    assert capacity.placement_blockers(by_name["cordoned"], POD_SPEC) == ["not schedulable"]
    assert capacity.placement_blockers(by_name["tainted"], POD_SPEC) == ["taint"]
    assert capacity.placement_blockers(by_name["a100"], POD_SPEC) == ["node affinity"]
    place = capacity.placement(nodes, POD_SPEC)
    assert [n.node for n in place.now] == ["free"] and [n.node for n in place.when_released] == ["busy"]
    offers = capacity.offers(place, POD_SPEC, {"H100": 2.5}, namespace="ml")
    assert [(o.instance_type, o.price_per_hour, o.gpu_count, o.cpus, o.memory_gb) for o in offers] == [
        ("free", 5.0, 2, 8, 64.0)]
    assert "busy: 1 of 8 NVIDIA-H100-80GB-HBM3 free" in capacity.free_gpus_text(nodes)


def test_quantities_read_as_kubernetes_writes_them() -> None:
    assert [float(capacity.quantity(q)) for q in ("500m", "2", "1Gi", "1G", "", "x")] == [
        0.5, 2.0, 2.0**30, 1e9, 0.0, 0.0]
