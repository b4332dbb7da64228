"""Checking a run configuration against dstack's own schema, with located errors; names and digests.

dstack's configuration models are the schema of record. They are imported inside functions, never at module
import, so the server answers ``tools/list`` first (the import costs ~0.4 s).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from typing import Any

from deploy_mcp.problems import Problem

RUN_TYPES = ("service", "task", "dev-environment")
ROOT = "<root>"
YAML_LOC = "<yaml>"


def parse_configuration(data: dict[str, Any]) -> tuple[Any | None, list[Problem]]:
    """Validate with dstack's ``parse_apply_configuration``; errors come back located in ``data``."""
    from dstack._internal.core.errors import ConfigurationError
    from dstack._internal.core.models.configurations import parse_apply_configuration

    try:
        return parse_apply_configuration(data), []
    except ConfigurationError as exc:
        cause = exc.args[0] if exc.args else exc
        if hasattr(cause, "errors"):
            return None, schema_problems(data, cause.errors(include_url=False))
        return None, [Problem(code="invalid_configuration", loc=[ROOT], message=str(cause))]


def schema_problems(data: dict[str, Any], errors: list[dict[str, Any]]) -> list[Problem]:
    """One problem per field: a union yields an error per branch, and the first one reads best."""
    problems: dict[tuple[str | int, ...], Problem] = {}
    for err in errors:
        loc = _field_path(data, err)
        if tuple(loc) in problems:
            continue
        message = err["msg"]
        problems[tuple(loc)] = Problem(
            code=err["type"], loc=loc or [ROOT], message=message, hint=_hint(data, loc, err)
        )
    return list(problems.values())


def _field_path(data: dict[str, Any], err: dict[str, Any]) -> list[str | int]:
    """Map pydantic's loc onto the fields of the document.

    pydantic's loc starts with the discriminator tag and names union branches in between
    (``('service', 'port', 'constrained-int')``); only the parts that exist in the document are fields,
    except the last part of a ``missing`` error, which names the field that should be there.
    """
    raw = list(err.get("loc", ()))
    if err["type"] in ("union_tag_invalid", "union_tag_not_found") and not raw:
        return ["type"]
    if raw and raw[0] == data.get("type"):
        raw = raw[1:]
    path: list[str | int] = []
    node: Any = data
    for position, part in enumerate(raw):
        if isinstance(node, dict) and part in node:
            path.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            path.append(part)
            node = node[part]
        elif position == len(raw) - 1 and err["type"] == "missing" and isinstance(node, dict):
            path.append(part)
    return path


def _hint(data: dict[str, Any], loc: list[str | int], err: dict[str, Any]) -> str | None:
    kind = err["type"]
    if kind == "extra_forbidden" and loc:
        allowed = allowed_fields(data.get("type"), loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=3, cutoff=0.6)
        if close:
            return f"Unknown field '{loc[-1]}'; did you mean {' or '.join(repr(c) for c in close)}?"
        return f"Remove '{loc[-1]}': it is not a field here."
    if kind == "missing":
        return f"Add the required field '{loc[-1]}'." if loc else None
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return "Set 'type' to one of: service, task, dev-environment."
    return None


def allowed_fields(config_type: Any, parent: list[str | int]) -> list[str]:
    """Field names dstack accepts under ``parent`` (alias-aware), found by walking the model annotations."""
    model = _configuration_model(config_type)
    for part in parent:
        if model is None:
            return []
        if isinstance(part, int):
            continue
        info = model.model_fields.get(str(part))
        model = _model_in(info.annotation) if info is not None else None
    if model is None:
        return []
    return [info.alias or name for name, info in model.model_fields.items()]


def _configuration_model(config_type: Any) -> Any:
    from dstack._internal.core.models import configurations as c

    return {
        "service": c.ServiceConfiguration,
        "task": c.TaskConfiguration,
        "dev-environment": c.DevEnvironmentConfiguration,
    }.get(config_type)


def _model_in(annotation: Any) -> Any:
    """The first pydantic model class inside an annotation such as ``Optional[list[X]]``."""
    from typing import get_args

    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel) and annotation.model_fields:
        if "root" not in annotation.model_fields:
            return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def env_as_dict(env: Any) -> dict[str, Any]:
    """A configuration's ``env`` in either form (``[NAME, NAME=value]`` or a mapping) as name -> value, where a
    name given without a value maps to None."""
    if isinstance(env, dict):
        return dict(env)
    result: dict[str, Any] = {}
    for item in env if isinstance(env, list) else []:
        key, sep, value = str(item).partition("=")
        result[key] = value if sep else None
    return result


def name_slug(text: str, *, prefix: str, limit: int) -> str:
    """Lowercase letters, digits and '-', starting with a letter (``prefix`` is put first when it would not),
    at most ``limit`` characters: the shape dstack requires of run names (``^[a-z][a-z0-9-]{1,40}$``)."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not slug or not slug[0].isalpha():
        slug = prefix + slug
    return slug[:limit].rstrip("-")


def config_digest(config: dict[str, Any]) -> str:
    """A stable identifier of an effective configuration: the same fields give the same digest."""
    canonical = json.dumps(config, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:24]
