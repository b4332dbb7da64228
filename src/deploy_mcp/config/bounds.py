"""Bounds on what a configuration multiplies: replicas, nodes, groups and GPUs.

dstack accepts ``replicas: 100000``; its server then spent 50 s and 1.5 GB planning it. Each bound is a
ceiling: a configuration that asks for less stands as written, one that asks for more
is refused with an error naming the field.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from deploy_mcp.problems import Problem

MAX_GROUPS = 16
"""Replica groups of a service, node groups of a task."""
MAX_NODES = 64
"""Nodes of a multi-node task (or of one of its groups)."""
MAX_GPUS_PER_NODE = 64
"""The largest machines carry 8 to 16 GPUs; dstack counts a TPU slice as one."""


def bound_problems(parsed: dict[str, Any], *, max_replicas: int) -> list[Problem]:
    """Every field of dstack's parsed configuration that asks for more than its bound."""
    problems: list[Problem] = []
    groups = parsed.get("groups") or []
    if len(groups) > MAX_GROUPS:
        problems.append(Problem(
            code="too_many_groups", loc=["groups"],
            message=f"groups has {len(groups)} entries; the limit is {MAX_GROUPS}.",
            hint="Use fewer groups (most services need one).",
        ))
    units: list[tuple[list[str | int], dict[str, Any]]] = [([], parsed)]
    units += [(["groups", index], group) for index, group in enumerate(groups) if isinstance(group, dict)]
    for prefix, unit in units:
        problems += _count_problem([*prefix, "replicas"], unit.get("replicas"), max_replicas,
                                   "the policy's --max-replicas", "Ask for fewer replicas.")
        problems += _count_problem([*prefix, "nodes"], unit.get("nodes"), MAX_NODES, "deploy-mcp's limit",
                                   "Ask for fewer nodes.")
        gpu = (unit.get("resources") or {}).get("gpu")
        if isinstance(gpu, dict):
            count = gpu.get("count") or {}
            # No upper bound lets dstack choose among offers; only an explicit count can ask for too many.
            ceiling = max((n for n in (count.get("min"), count.get("max")) if isinstance(n, int)), default=0)
            if ceiling > MAX_GPUS_PER_NODE:
                problems.append(Problem(
                    code="too_many_gpus", loc=[*prefix, "resources", "gpu"],
                    message=f"resources.gpu asks for {ceiling} GPUs per node; the limit is {MAX_GPUS_PER_NODE}.",
                    hint="No machine has that many GPUs: ask for 1 to 8 (use nodes or replicas to scale out).",
                ))
    return problems


def _count_problem(loc: list[str | int], value: Any, limit: int, source: str, hint: str) -> Iterator[Problem]:
    """``value`` is dstack's parsed count: an int, or a range ``{min, max}``."""
    # dstack itself refuses a replica range without an upper bound, so a missing max only means "no count"
    high = value.get("max") if isinstance(value, dict) else value
    field = ".".join(map(str, loc))
    if isinstance(high, int) and high > limit:
        yield Problem(
            code="count_over_limit", loc=loc,
            message=f"{field} asks for up to {high}; the limit is {limit} ({source}).",
            hint=f"{hint} A value at or below {limit} stands as written.",
        )
