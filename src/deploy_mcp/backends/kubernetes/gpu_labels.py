"""Which nodes a dstack GPU spec may land on, as node-affinity expressions over the labels GPU feature
discovery puts on nodes.

NVIDIA (GPU feature discovery, part of the NVIDIA device plugin / GPU operator):
  ``nvidia.com/gpu.product`` is the NVML device name with spaces turned into ``-`` (``NVIDIA A100-SXM4-80GB``
  -> ``NVIDIA-A100-SXM4-80GB``, ``Tesla T4`` -> ``Tesla-T4``), with ``-SHARED`` appended when time-slicing
  shares the GPU; ``nvidia.com/gpu.memory`` is the total memory in MiB as NVML reports it.
AMD (the ROCm k8s-node-labeller, with ``-device-id`` and ``-vram``):
  ``amd.com/gpu.device-id`` is the PCI device id in lowercase hex without ``0x`` (MI300X: ``74a1``) and
  ``amd.com/gpu.vram`` the memory rounded to GiB with a ``G`` suffix (``192G``); both are set only on nodes whose
  GPUs are all alike.

The rule: a named GPU matches its known product values (exact, since node affinity has no substring
operator), both exclusive and time-sliced, narrowed by the spec's memory where the name has several sizes. A
spec with memory but no name matches on memory: NVIDIA's label is compared as a number, allowing NVML to report
up to 10% below the marketed size (an A10G's 24 GB shows as 23028 MiB, a T4's 16 GB as 15360 MiB); AMD's is a
text, so the sizes of known AMD GPUs inside the range are listed. A name without known product values is not
rendered as a constraint and says so.
"""

from __future__ import annotations

import math
import re
from typing import Any

from deploy_mcp.problems import Problem
from deploy_mcp.sizing.gpus import GpuRequest, known_gpus

NVIDIA_PRODUCT = "nvidia.com/gpu.product"
NVIDIA_MEMORY = "nvidia.com/gpu.memory"
AMD_DEVICE_ID = "amd.com/gpu.device-id"
AMD_VRAM = "amd.com/gpu.vram"
# NVML reports total memory below the marketed size (ECC, reserved regions): accept down to this fraction.
NVML_MEMORY_SLACK = 0.9
SHARED_SUFFIX = "-SHARED"

# (GPU name as dstack/gpuhunt spell it, memory GB) -> NVML names with spaces as "-". The data-centre parts have
# several board variants (SXM, PCIe, NVL) under one dstack name.
_NVIDIA_PRODUCTS: dict[tuple[str, float | None], tuple[str, ...]] = {
    ("A100", 40): ("NVIDIA-A100-SXM4-40GB", "NVIDIA-A100-PCIE-40GB"),
    ("A100", 80): ("NVIDIA-A100-SXM4-80GB", "NVIDIA-A100-80GB-PCIe"),
    ("H100", 80): ("NVIDIA-H100-80GB-HBM3", "NVIDIA-H100-PCIe", "NVIDIA-H100-SXM5-80GB"),
    ("H100NVL", 94): ("NVIDIA-H100-NVL",),
    ("H200", 141): ("NVIDIA-H200",),
    ("H200NVL", 141): ("NVIDIA-H200-NVL",),
    ("GH200", 96): ("NVIDIA-GH200-480GB",),
    ("B200", 180): ("NVIDIA-B200",),
    ("GB200", 186): ("NVIDIA-GB200",),
    ("B300", 270): ("NVIDIA-B300-SXM6-AC",),
    ("GB300", 270): ("NVIDIA-GB300",),
    ("T4", 16): ("Tesla-T4",),
    ("V100", 16): ("Tesla-V100-SXM2-16GB", "Tesla-V100-PCIE-16GB"),
    ("V100", 32): ("Tesla-V100-SXM2-32GB", "Tesla-V100-PCIE-32GB", "Tesla-V100S-PCIE-32GB"),
    ("P100", 16): ("Tesla-P100-PCIE-16GB", "Tesla-P100-SXM2-16GB"),
    ("RTX6000", 24): ("Quadro-RTX-6000",),
    ("RTXPRO6000", 96): ("NVIDIA-RTX-PRO-6000-Blackwell-Server-Edition",
                         "NVIDIA-RTX-PRO-6000-Blackwell-Workstation-Edition"),
}
# Names whose NVML name is "NVIDIA <name>" (A10 -> NVIDIA-A10) or "NVIDIA RTX <name>" (A6000 -> NVIDIA-RTX-A6000).
_NVIDIA_PLAIN = {"A10", "A10G", "A16", "A40", "L4", "L40", "L40S"}
_NVIDIA_RTX_WORKSTATION = {"A4000", "A4500", "A5000", "A6000"}
_GEFORCE = re.compile(r"^RTX(\d{4})(Ti)?(SUPER)?$", re.IGNORECASE)
_ADA = re.compile(r"^RTX(\d{4})Ada$", re.IGNORECASE)

# PCI device ids of AMD Instinct GPUs (amdgpu.ids), including their HF and VF variants.
_AMD_DEVICE_IDS: dict[str, tuple[str, ...]] = {
    "MI100": ("738c",),
    "MI210": ("740f",),
    "MI250": ("740c",),
    "MI250X": ("7408", "740c"),
    "MI300A": ("74a0",),
    "MI300X": ("74a1", "74a9", "74bd", "74b5"),
    "MI308X": ("74a2", "74a8", "74b6"),
    "MI325X": ("74a5", "74b9"),
    "MI350X": ("75a0", "75b0"),
    "MI355X": ("75a3", "75b3"),
}


def nvidia_products(name: str, memory_gb: float | None = None) -> list[str]:
    """The ``nvidia.com/gpu.product`` values (exclusive first, then time-sliced) of one GPU name, narrowed to
    the variants of ``memory_gb`` when given; empty when the name is unknown."""
    key = name.replace(" ", "")
    base: list[str] = []
    for (known, memory), products in _NVIDIA_PRODUCTS.items():
        if known.upper() == key.upper() and (memory_gb is None or memory is None or memory == memory_gb):
            base.extend(products)
    upper = key.upper()
    if not base:
        if upper in _NVIDIA_PLAIN:
            base = [f"NVIDIA-{upper}"]
        elif upper in _NVIDIA_RTX_WORKSTATION:
            base = [f"NVIDIA-RTX-{upper}"]
        elif match := _ADA.match(key):
            base = [f"NVIDIA-RTX-{match.group(1)}-Ada-Generation"]
        elif match := _GEFORCE.match(key):
            parts = ["NVIDIA-GeForce-RTX", match.group(1)]
            parts += ["Ti"] if match.group(2) else []
            parts += ["SUPER"] if match.group(3) else []
            base = ["-".join(parts)]
    return base + [product + SHARED_SUFFIX for product in base]


def amd_device_ids(name: str) -> list[str]:
    return list(_AMD_DEVICE_IDS.get(name.replace(" ", "").upper(), ()))


def gpu_node_terms(gpu: GpuRequest, vendor: str) -> tuple[list[dict[str, Any]], list[Problem]]:
    """Node-affinity match expressions (all must hold) for a GPU spec, and warnings for what is not matched."""
    if vendor == "amd":
        return _amd_terms(gpu)
    return _nvidia_terms(gpu)


def _nvidia_terms(gpu: GpuRequest) -> tuple[list[dict[str, Any]], list[Problem]]:
    expressions: list[dict[str, Any]] = []
    problems: list[Problem] = []
    products: list[str] = []
    unknown: list[str] = []
    for name in gpu.names:
        sizes = _sizes_in_range(name, gpu) or [None]
        found = [p for size in sizes for p in nvidia_products(name, size)]
        if found:
            products.extend(p for p in found if p not in products)
        else:
            unknown.append(name)
    if products and not unknown:
        expressions.append({"key": NVIDIA_PRODUCT, "operator": "In", "values": products})
    elif unknown:
        problems.append(_unknown_names(unknown, NVIDIA_PRODUCT))
    if not products or unknown:
        # Without a product to match, memory is what the spec still says about the GPU.
        if gpu.memory_min:
            floor = math.floor(gpu.memory_min * 1024 * NVML_MEMORY_SLACK)
            expressions.append({"key": NVIDIA_MEMORY, "operator": "Gt", "values": [str(floor - 1)]})
        if gpu.memory_max:
            expressions.append({"key": NVIDIA_MEMORY, "operator": "Lt",
                                "values": [str(math.ceil(gpu.memory_max * 1024) + 1)]})
    return expressions, problems


def _amd_terms(gpu: GpuRequest) -> tuple[list[dict[str, Any]], list[Problem]]:
    expressions: list[dict[str, Any]] = []
    problems: list[Problem] = []
    ids: list[str] = []
    unknown: list[str] = []
    for name in gpu.names:
        found = amd_device_ids(name)
        ids.extend(i for i in found if i not in ids)
        if not found:
            unknown.append(name)
    if ids and not unknown:
        expressions.append({"key": AMD_DEVICE_ID, "operator": "In", "values": ids})
        return expressions, problems
    if unknown:
        problems.append(_unknown_names(unknown, AMD_DEVICE_ID))
    if gpu.memory_min or gpu.memory_max:
        sizes = sorted({g.memory_gib for g in known_gpus() if g.vendor == "amd"
                        and (gpu.memory_min is None or g.memory_gib >= gpu.memory_min)
                        and (gpu.memory_max is None or g.memory_gib <= gpu.memory_max)})
        values = [f"{size:g}G" for size in sizes] or [f"{math.ceil(gpu.memory_min or gpu.memory_max or 0)}G"]
        expressions.append({"key": AMD_VRAM, "operator": "In", "values": values})
    return expressions, problems


def _sizes_in_range(name: str, gpu: GpuRequest) -> list[float]:
    """Memory sizes of ``name``'s variants that the spec's memory range allows."""
    sizes = {g.memory_gib for g in known_gpus() if g.name.upper() == name.replace(" ", "").upper()}
    return sorted(s for s in sizes if (gpu.memory_min is None or s >= gpu.memory_min)
                  and (gpu.memory_max is None or s <= gpu.memory_max))


def _unknown_names(names: list[str], label: str) -> Problem:
    return Problem(
        severity="warning", code="gpu_name_not_matched",
        message=f"No {label} value is known for {', '.join(names)}: the pod is placed by GPU count"
        " and memory only.",
        hint="Name a GPU model deploy-mcp knows (list_gpus shows the cluster's), or give resources.gpu memory.",
    )
