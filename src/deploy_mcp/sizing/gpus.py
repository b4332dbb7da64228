"""GPU facts (gpuhunt's catalogue plus bf16/FP8 support per family) and the parsing of dstack GPU specs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

FP8_METHODS = frozenset({"fp8", "fbgemm_fp8", "compressed-tensors", "modelopt", "fp8_e4m3", "fp8_e5m2"})
# Hardware dtype support; which engine runs what on which GPU is sizing.matrix's business.
FP8_NATIVE_CC = (8, 9)
BF16_CC = (8, 0)




@dataclass(frozen=True)
class GpuInfo:
    name: str
    memory_gib: float
    vendor: Literal["nvidia", "amd"]
    compute_capability: tuple[int, int] | None
    bf16: bool
    fp8: bool

    @property
    def cc_text(self) -> str:
        return f"{self.compute_capability[0]}.{self.compute_capability[1]}" if self.compute_capability else "n/a"


# AMD Instinct generations: CDNA 1 (MI100) has bf16 matrix cores; FP8 arrives with CDNA 3 (MI300).
_AMD_FP8_ARCHES = {"CDNA3", "CDNA4"}


@lru_cache(maxsize=1)
def known_gpus() -> tuple[GpuInfo, ...]:
    """Every GPU gpuhunt knows (its catalogue as of the pinned version), with the dtype support sizing needs."""
    from deploy_mcp.sizing.gpu_catalogue import ROWS

    gpus: list[GpuInfo] = []
    for name, memory, vendor, cc, arch in ROWS:
        if vendor == "nvidia" and cc is not None:
            gpus.append(GpuInfo(name, memory, "nvidia", cc, cc >= BF16_CC, cc >= FP8_NATIVE_CC))
        else:
            gpus.append(GpuInfo(name, memory, "amd", None, True, arch in _AMD_FP8_ARCHES))
    return tuple(gpus)


def gpu_variants(name: str) -> list[GpuInfo]:
    """The memory variants of a GPU name (A100 has 40 and 80 GB), case-insensitive; empty when unknown."""
    key = name.replace(" ", "").upper()
    return [gpu for gpu in known_gpus() if gpu.name.upper() == key]


@dataclass
class GpuRequest:
    """A ``resources.gpu`` spec in any form dstack accepts: ``A100:80GB:2``, a dict, or dstack's parsed dict."""

    names: list[str]
    memory_min: float | None = None
    memory_max: float | None = None
    count_min: int | None = None
    count_max: int | None = None
    vendor: str | None = None
    compute_capability: tuple[int, int] | None = None
    total_memory_min: float | None = None
    count_given: bool = True

    def candidates(self) -> list[GpuInfo]:
        """Known GPUs this spec may land on (by name, narrowed by memory); empty when no name is given."""
        found: list[GpuInfo] = []
        for name in self.names:
            for gpu in gpu_variants(name):
                if self.memory_min is not None and gpu.memory_gib < self.memory_min:
                    continue
                if self.memory_max is not None and gpu.memory_gib > self.memory_max:
                    continue
                found.append(gpu)
        return found

    def memory_per_gpu(self) -> tuple[float | None, str]:
        """The smallest memory per GPU the spec allows (the worst case), and where the number comes from."""
        if self.memory_min is not None:
            return self.memory_min, "resources.gpu memory"
        candidates = self.candidates()
        if candidates:
            smallest = min(candidates, key=lambda g: g.memory_gib)
            note = f"{smallest.name} {smallest.memory_gib:g} GB (gpuhunt)"
            if len({g.memory_gib for g in candidates}) > 1:
                note += "; the smallest variant of " + "/".join(self.names)
            return smallest.memory_gib, note
        if self.total_memory_min is not None and self.count_min:
            return self.total_memory_min / self.count_min, "resources.gpu total_memory / count"
        return None, "unknown"

    def lowest_capability(self) -> GpuInfo | None:
        """The least capable GPU the spec allows, for dtype and kernel checks."""
        candidates = self.candidates()
        if not candidates:
            return None
        return min(candidates, key=lambda g: g.compute_capability or (99, 0))


_MEMORY = re.compile(r"^(\d+(?:\.\d+)?)\s*(GB|MB|TB|G|M|T)?$", re.IGNORECASE)


def memory_gib(text: Any) -> float | None:
    """A dstack memory size (``"24GB"``, ``"512MB"``, ``80``) in GB, as dstack counts them; None if unreadable."""
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text)
    m = _MEMORY.match(str(text).strip())
    if not m:
        return None
    unit = (m.group(2) or "GB").upper()[0]
    return float(m.group(1)) * {"G": 1, "M": 1 / 1024, "T": 1024}[unit]


def range_bounds(value: Any, convert: Callable[[Any], Any]) -> tuple[Any, Any]:
    """(low, high) of a dstack range in any form (``4``, ``"4.."``, ``"2..8"``, ``{min, max}``), converted."""
    if value is None:
        return None, None
    if isinstance(value, dict):
        return convert(value.get("min")), convert(value.get("max"))
    if isinstance(value, (int, float)):
        return convert(value), convert(value)
    text = str(value).strip()
    if ".." in text:
        low, _, high = text.partition("..")
        return (convert(low) if low else None), (convert(high) if high else None)
    return convert(text), convert(text)


def as_int(value: Any) -> int | None:
    """``value`` as an int, None when empty or not a number."""
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def parse_gpu(value: Any) -> GpuRequest | None:
    """Read a GPU spec the way dstack does (tokens in any order); None when there is no spec."""
    if value is None:
        return None
    if isinstance(value, dict):
        names = value.get("name") or []
        names = [names] if isinstance(names, str) else list(names)
        memory = range_bounds(value.get("memory"), memory_gib)
        count = range_bounds(value.get("count"), as_int)
        total = range_bounds(value.get("total_memory"), memory_gib)
        cc = value.get("compute_capability")
        if isinstance(cc, str):
            major, _, minor = cc.partition(".")
            cc = (int(major), int(minor or 0))
        return GpuRequest(
            names=[str(n) for n in names], memory_min=memory[0], memory_max=memory[1], count_min=count[0],
            count_max=count[1], vendor=value.get("vendor"), compute_capability=tuple(cc) if cc else None,
            total_memory_min=total[0],
        )
    if isinstance(value, int):
        return GpuRequest(names=[], count_min=value, count_max=value)
    request = GpuRequest(names=[])
    for token in str(value).split(":"):
        token = token.strip()
        if not token:
            continue
        low_text = token.split("..")[0] or token.split("..")[-1]
        if token.lower() in ("nvidia", "amd", "tpu", "intel", "tenstorrent"):
            request.vendor = token.lower()
        elif re.fullmatch(r"\d*\.\.\d*|\d+", token):
            request.count_min, request.count_max = range_bounds(token, as_int)
        elif memory_gib(low_text) is not None and re.search(r"[A-Za-z]", token):
            request.memory_min, request.memory_max = range_bounds(token, memory_gib)
        else:
            request.names = [n.strip() for n in token.split(",") if n.strip()]
    request.count_given = request.count_min is not None
    if request.count_min is None and (request.names or request.memory_min is not None):
        request.count_min = 1  # dstack reads a spec without a count as 1..
    return request


def format_gpu(names: list[str], memory: float | None, count: int) -> str:
    """A compact dstack GPU spec, e.g. ``H100:80GB:2``."""
    parts = [",".join(names)] if names else []
    if memory is not None:
        parts.append(f"{memory:g}GB")
    parts.append(str(count))
    return ":".join(parts)


