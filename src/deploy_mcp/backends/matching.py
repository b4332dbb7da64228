"""Which constraints of a run configuration an offer meets, and which of them leaves no offer at all.

When a plan comes back empty, the agent needs to know what to relax. That is computed here from a universe of
offers taken with no constraint (the backend's, or list prices from the catalog): for every constraint of the
configuration, how many offers would match if that one alone were relaxed, and the cheapest of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from deploy_mcp.backends.base import Exclusion, Offer
from deploy_mcp.sizing.gpus import known_gpus, parse_gpu

# dstack's resources.gpu memory is GiB; offers report MiB / 1024 and catalogs round: allow for the rounding.
MEMORY_SLACK_GB = 0.5
# Backends whose offers are whole nodes that a run takes a part of (a pod asks for some of a node's GPUs).
SHARED_NODES = frozenset({"kubernetes"})


@dataclass(frozen=True)
class Constraint:
    field: str
    requested: str
    admits: Callable[[Offer], bool]


def _within(value: float | None, low: float | None, high: float | None, slack: float = 0.0) -> bool:
    if value is None:
        return low is None and high is None
    return (low is None or value >= low - slack) and (high is None or value <= high + slack)


def _span(low: Any, high: Any, unit: str = "") -> str:
    if low == high:
        return f"{low:g}{unit}"
    return f"{'' if low is None else f'{low:g}'}..{'' if high is None else f'{high:g}'}{unit}"


def constraints_of(config: dict[str, Any]) -> list[Constraint]:
    """The constraints an offer must meet for ``config`` (an effective run configuration as a dict)."""
    found: list[Constraint] = []
    resources = config.get("resources") if isinstance(config.get("resources"), dict) else {}
    gpu = parse_gpu(resources.get("gpu"))
    if gpu is not None:
        if gpu.names:
            names = {n.lower() for n in gpu.names}
            found.append(Constraint(
                "resources.gpu (name)", ",".join(gpu.names),
                lambda o: o.gpu_name is not None and o.gpu_name.lower() in names,
            ))
        if gpu.memory_min is not None or gpu.memory_max is not None:
            low, high = gpu.memory_min, gpu.memory_max
            found.append(Constraint(
                "resources.gpu (memory)", _span(low, high, "GB"),
                lambda o: _within(o.gpu_memory_gb, low, high, MEMORY_SLACK_GB),
            ))
        if gpu.count_min or gpu.count_max is not None:
            cmin, cmax = gpu.count_min or 0, gpu.count_max
            found.append(Constraint(
                "resources.gpu (count)", _span(cmin, cmax),
                lambda o: _within(o.gpu_count, cmin, cmax) or (o.backend in SHARED_NODES and o.gpu_count >= cmin),
            ))
        if gpu.vendor and gpu.vendor in ("nvidia", "amd"):
            vendor_names = _vendor_names(gpu.vendor)
            found.append(Constraint(
                "resources.gpu (vendor)", gpu.vendor,
                lambda o: o.gpu_name is not None and o.gpu_name.lower() in vendor_names,
            ))
    for field, attribute in (("backends", "backend"), ("regions", "region"), ("instance_types", "instance_type")):
        wanted = config.get(field)
        if wanted:
            allowed = {str(v).lower() for v in wanted}
            found.append(Constraint(
                field, ",".join(map(str, wanted)),
                lambda o, a=attribute, allowed=allowed: str(getattr(o, a)).lower() in allowed,
            ))
    spot_policy = config.get("spot_policy")
    if spot_policy in ("spot", "on-demand"):
        want_spot = spot_policy == "spot"
        found.append(Constraint("spot_policy", spot_policy, lambda o: o.spot is want_spot))
    max_price = config.get("max_price")
    if isinstance(max_price, int | float):
        found.append(Constraint("max_price", f"{max_price:g} USD/h", lambda o: o.price_per_hour <= max_price))
    return found


def _vendor_names(vendor: str) -> frozenset[str]:
    return frozenset(g.name.lower() for g in known_gpus() if g.vendor == vendor)


def admits(constraints: Iterable[Constraint], offer: Offer) -> bool:
    return all(c.admits(offer) for c in constraints)


def describe(offer: Offer) -> str:
    gpu = f"{offer.gpu_name}:{offer.gpu_memory_gb:g}GB:{offer.gpu_count}" if offer.gpu_name else "no GPU"
    where = " ".join(part for part in (offer.backend, offer.region) if part)
    return f"{gpu} on {where} ({offer.instance_type}) at {offer.price_per_hour:g} USD/h"


def exclusions(config: dict[str, Any], universe: list[Offer]) -> list[Exclusion]:
    """For each constraint of ``config``: the offers of ``universe`` that relaxing it alone would admit.

    Which one to relax is the user's call (a GPU model, a region, their money), so the constraints keep the
    configuration's order, those whose relaxation admits nothing last: when no single relaxation helps, every
    constraint is still listed, so the agent sees which of them bind together.
    """
    constraints = constraints_of(config)
    found: list[Exclusion] = []
    for constraint in constraints:
        others = [c for c in constraints if c is not constraint]
        admitted = [o for o in universe if admits(others, o)]
        cheapest = min(admitted, key=lambda o: o.price_per_hour) if admitted else None
        found.append(Exclusion(
            field=constraint.field,
            requested=constraint.requested,
            offers_if_relaxed=len(admitted),
            cheapest_if_relaxed=describe(cheapest) if cheapest else None,
        ))
    return sorted(found, key=lambda e: e.offers_if_relaxed == 0)
