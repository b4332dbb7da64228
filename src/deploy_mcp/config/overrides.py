"""Mandatory options merged over the model's YAML with the semantics of ``dstack apply`` flags.

The merge works on the document itself (a dict), so the effective YAML stays the model's YAML plus the
enforced values, and dstack validates the result again (its CLI does not re-validate overrides).

Semantics, as ``dstack apply`` applies its flags:
- ``--gpu/--cpu/--memory/--disk`` replace the whole spec (``A100:80GB:2`` + ``--gpu H100:8`` is ``H100:8``).
- ``--backend/--region/--instance-type/--fleet`` replace the YAML list; ``--spot-policy`` replaces the value.
- ``--env NAME`` merges per key: other YAML keys stay.
- An option that is not set leaves the YAML alone.

Limits are not forced but capped: ``max_price`` and ``max_duration`` become the minimum of every source that sets
them (the YAML, the deployment's options, the policy). A stricter value written by the user or the model stands; a
looser one is lowered. This is where deploy-mcp departs from ``dstack apply``, whose ``--max-price`` would raise a
lower ``max_price``. (Counts - replicas, nodes, GPUs - are bounded by ``config/bounds.py``, which refuses a
configuration over the policy's bound instead of lowering it.)

One deliberate difference: dstack applies resource flags to the top-level ``resources`` only, so a service
with replica ``groups`` silently keeps each group's own GPU. A mandatory option must hold, so it is also
applied to every group's ``resources``.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping
from typing import Any, Literal

from deploy_mcp.config.spec import env_as_dict
from deploy_mcp.durations import duration_seconds
from deploy_mcp.problems import Override, Rule

RESOURCE_OPTIONS = ("gpu", "cpu", "memory", "disk")
LIST_OPTIONS = ("backends", "regions", "instance_types", "fleets")
VALUE_OPTIONS = ("spot_policy",)
CAP_OPTIONS = ("max_price", "max_duration")
OPTION_NAMES = (*RESOURCE_OPTIONS, *LIST_OPTIONS, *VALUE_OPTIONS, "env")

Source = Literal["policy", "deployment"]
_ABSENT = object()


def apply_overrides(
    data: Mapping[str, Any], layers: list[tuple[Source, Mapping[str, Any]]]
) -> tuple[dict[str, Any], list[Override]]:
    """Merge option layers, lowest precedence first, and report every field whose value changed.

    ``layers`` is e.g. ``[("deployment", {...}), ("policy", {...})]``: a later layer wins over an earlier one,
    and every layer wins over the YAML.
    """
    merged = copy.deepcopy(dict(data))
    enforced: dict[str, tuple[Any, Source, Rule]] = {}
    for source, options in layers:
        for name, value in options.items():
            if name not in OPTION_NAMES or value in (None, [], ""):
                continue
            for path, new in _assignments(merged, name, value):
                enforced[".".join(path)] = (new, source, "forced")
    for path, source in _apply_caps(merged, layers):
        enforced[".".join(path)] = (None, source, "min")
    overrides: list[Override] = []
    for dotted, (_, source, rule) in enforced.items():
        path = dotted.split(".")
        before = _get(data, path)
        after = _get(merged, path)
        if before is _ABSENT or before != after:
            if path[0] == "env":  # env values may be secrets: report only how each was given
                before, after = _env_shape(before), _env_shape(after)
            overrides.append(Override(
                field=dotted, model_value=None if before is _ABSENT else before,
                enforced_value=after, source=source, rule=rule,
            ))
    for path, value in _env_writes(merged):
        _set(merged, path, value)
    return merged, overrides


def _apply_caps(
    doc: dict[str, Any], layers: list[tuple[Source, Mapping[str, Any]]]
) -> list[tuple[list[str], Source]]:
    """Lower each capped field of ``doc`` to the strictest limit any layer sets; return the paths lowered and
    the layer whose limit it was."""
    lowered: list[tuple[list[str], Source]] = []
    for name in CAP_OPTIONS:
        limits = [(source, options[name]) for source, options in layers if options.get(name) not in (None, "")]
        if not limits:
            continue
        measure = duration_seconds if name == "max_duration" else float
        source, limit = min(limits, key=lambda item: measure(item[1]))
        current = doc.get(name)
        if measure(limit) < (math.inf if current is None else measure(current)):
            doc[name] = limit
            lowered.append(([name], source))
    return lowered


def _assignments(doc: dict[str, Any], name: str, value: Any) -> list[tuple[list[str], Any]]:
    """Apply one option to ``doc`` in place; return the (path, value) pairs it set."""
    written: list[tuple[list[str], Any]] = []
    if name in RESOURCE_OPTIONS:
        targets: list[tuple[list[str], dict[str, Any]]] = [(["resources"], _child(doc, "resources"))]
        for index, group in enumerate(doc.get("groups") or []):
            if isinstance(group, dict):
                targets.append((["groups", str(index), "resources"], _child(group, "resources")))
        for prefix, resources in targets:
            resources[name] = value
            written.append(([*prefix, name], value))
    elif name in LIST_OPTIONS:
        doc[name] = list(value)
        written.append(([name], list(value)))
    elif name in VALUE_OPTIONS:
        doc[name] = value
        written.append(([name], value))
    elif name == "env":
        env = env_as_dict(doc.get("env"))
        for key in value:
            key, _, inline = str(key).partition("=")
            # A name-only entry is filled from the server's environment at submit time, like `dstack apply -e NAME`.
            env[key] = inline if _ else None
            written.append((["env", key], env[key]))
        doc["env"] = env
    return written


def _env_shape(value: Any) -> Any:
    if value is _ABSENT:
        return value
    return "<name only: value from the environment>" if value is None else "<inline value>"


def _env_writes(doc: dict[str, Any]) -> list[tuple[list[str], Any]]:
    """dstack's dict form cannot hold a name without a value, so an env with such names goes back to list form."""
    env = doc.get("env")
    if isinstance(env, dict) and any(v is None for v in env.values()):
        return [(["env"], [k if v is None else f"{k}={v}" for k, v in env.items()])]
    return []


def _child(doc: dict[str, Any], key: str) -> dict[str, Any]:
    if not isinstance(doc.get(key), dict):
        doc[key] = {}
    return doc[key]


def _get(doc: Any, path: list[str]) -> Any:
    if path[0] == "env":
        return env_as_dict(doc.get("env")).get(path[1], _ABSENT)
    node = doc
    for part in path:
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return _ABSENT
    return node


def _set(doc: dict[str, Any], path: list[str], value: Any) -> None:
    node: Any = doc
    for part in path[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    node[path[-1]] = value
