"""The worst case of a run, which the budget reserves and the human approves.

A run cannot cost more than ``max_price`` (USD per hour per instance, enforced by dstack's offer selection)
times the hours it may stay up (``max_duration``, which dstack enforces on its server and deploy-mcp enforces
again from the submission time, see ``RunControl.reconcile``) times the instances it may hold at once (the
replicas' upper bound of a service, summed over its groups; a task's nodes). Without all three the worst case is
unbounded, which a budget refuses.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import Field

from deploy_mcp.durations import duration_seconds
from deploy_mcp.internal_model import InternalModel


class WorstCase(InternalModel):
    max_price: float | None = Field(description="USD per hour per instance (none: no cap).")
    max_duration_s: float | None = Field(description="Seconds the run may stay up (none: unlimited).")
    instances: float = Field(description="Most instances at once: replicas' upper bound (summed over groups) or "
                             "a task's nodes; inf when a replica range is open.")
    usd: float | None = Field(description="max_price x hours x instances; none when any factor is unbounded.")

    @property
    def arithmetic(self) -> str:
        price = "no max_price" if self.max_price is None else f"${self.max_price:.2f}/h"
        hours = "no max_duration" if self.max_duration_s is None else f"{self.max_duration_s / 3600:.4g} h"
        count = "unbounded" if math.isinf(self.instances) else f"{self.instances:g}"
        total = "unbounded" if self.usd is None else f"${self.usd:.2f}"
        return f"{price} x {hours} x {count} instance(s) = {total}"


def replicas_upper(value: Any) -> float:
    """The most replicas a ``replicas`` value allows: ``2`` -> 2, ``"1..4"`` -> 4, ``"1.."`` -> inf, none -> 1."""
    if value is None:
        return 1
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if ".." not in text:
        return int(text)
    upper = text.partition("..")[2].strip()
    return int(upper) if upper else math.inf


def instances(config: dict[str, Any]) -> float:
    """The most instances a run may hold at once."""
    groups = [g for g in config.get("groups") or [] if isinstance(g, dict)]
    if config.get("type") == "service":
        if groups:
            return float(sum(replicas_upper(g.get("replicas")) for g in groups))
        return float(replicas_upper(config.get("replicas")))
    if config.get("type") == "task":
        if groups:
            return float(sum(int(g.get("nodes") or 1) for g in groups))
        return float(config.get("nodes") or 1)
    return 1.0


def worst_case(config: dict[str, Any]) -> WorstCase:
    price = config.get("max_price")
    seconds = duration_seconds(config.get("max_duration"))
    count = instances(config)
    max_price = float(price) if price is not None else None
    max_duration_s = None if math.isinf(seconds) else seconds
    usd = None
    if max_price is not None and max_duration_s is not None and not math.isinf(count):
        usd = round(max_price * max_duration_s / 3600 * count, 6)
    return WorstCase(max_price=max_price, max_duration_s=max_duration_s, instances=count, usd=usd)
