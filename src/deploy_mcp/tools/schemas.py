"""Tool schemas as short as they can be while still validating what they describe.

Every ``tools/list`` answer lands in the agent's context on every turn, and pydantic's schemas carry bytes that
tell a model nothing: a title per property that repeats its name (and one per schema naming a Python class),
``anyOf [X, null]`` where a type list says the same, ``default: null`` on optional arguments.

Output schemas keep the shape of the answer: every key, the nesting of objects and lists, and enums (they teach
the vocabulary, e.g. the diagnosis kinds). The answer arrives as JSON whose values show their own scalar types,
and what a field means is the tool description's job, so scalar types, descriptions, defaults, ``required``
lists and the ``object`` type of nested schemas with keys are dropped (the root keeps it: MCP requires it). The
structured content still validates against what remains.
"""

from __future__ import annotations

from typing import Any

_SUBSCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SUBSCHEMA = ("items", "additionalProperties", "not", "contains")
_SUBSCHEMA_MAPS = ("properties", "$defs", "patternProperties")
_ANY_TYPE_KEYWORDS = {"enum", "const", "$ref", "anyOf", "oneOf", "allOf", "not"}
"""Keywords that constrain every instance, a null one included: a schema with one of them cannot simply have
``null`` added to its type list."""


_OUTPUT_ANNOTATIONS = {"description", "default", "required"}
_KEPT_TYPES = ("object", "array", "null")


def compact(schema: dict[str, Any], *, output: bool = False) -> dict[str, Any]:
    """The schema without titles and ``default: null``, with nullable types as type lists; an output schema also
    without descriptions, defaults and ``required``."""
    result = _compact(schema, output=output)
    if schema.get("type") == "object":
        result["type"] = "object"
    return result


def _compact(schema: Any, *, output: bool) -> Any:
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in _nullable_as_type_list(schema).items():
        if key == "title" or (key == "default" and value is None) or (output and key in _OUTPUT_ANNOTATIONS):
            continue
        if key == "additionalProperties" and value is True:  # JSON Schema's default
            continue
        if key in _SUBSCHEMA_MAPS and isinstance(value, dict):
            result[key] = {name: _compact(sub, output=output) for name, sub in value.items()}
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            result[key] = [_compact(sub, output=output) for sub in value]
        elif key in _SUBSCHEMA:
            result[key] = _compact(value, output=output)
        else:
            result[key] = value
    if output and result.keys() == {"type"} and result["type"] not in _KEPT_TYPES:
        return {}  # a plain scalar: its value in the answer says what it is
    if output and result.get("type") == "object" and "properties" in result:
        del result["type"]  # the keys say it is an object
    return result


def _nullable_as_type_list(schema: dict[str, Any]) -> dict[str, Any]:
    """``{"anyOf": [{"type": "string", ...}, {"type": "null"}], ...}`` -> ``{"type": ["string", "null"], ...}``."""
    options = schema.get("anyOf")
    if not isinstance(options, list) or len(options) != 2 or {"type": "null"} not in options:
        return schema
    other = options[0] if options[1] == {"type": "null"} else options[1]
    siblings = schema.keys() - {"anyOf"}
    if not isinstance(other.get("type"), str) or _ANY_TYPE_KEYWORDS & other.keys() or other.keys() & siblings:
        return schema
    merged = {key: value for key, value in schema.items() if key != "anyOf"}
    merged.update(other)
    merged["type"] = [other["type"], "null"]
    return merged
