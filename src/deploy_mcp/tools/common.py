"""Annotations and error mapping shared by every toolset."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any, TypeVar

from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ToolAnnotations

from deploy_mcp.errors import DeployError

F = TypeVar("F", bound=Callable[..., Any])

READ_ONLY_OPEN = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=True)
DRAFT_OPEN = ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=True, open_world_hint=True)
"""Writes a draft deployment to the ledger: nothing runs, and the same call again changes nothing more."""
WRITE_OPEN = ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=False, open_world_hint=True)
DESTRUCTIVE_OPEN = ToolAnnotations(
    read_only_hint=False, destructive_hint=True, idempotent_hint=True, open_world_hint=True
)


def draft_annotations(runtime: Any) -> ToolAnnotations:
    """A tool that opens draft deployments writes them, except on a read-only server, which keeps no drafts."""
    return READ_ONLY_OPEN if runtime.settings.read_only else DRAFT_OPEN


def structured_errors(fn: F) -> F:
    """Turn a ``DeployError`` into a tool error whose text is the JSON body ``{error, message, hint}``.

    Only ``ToolError`` messages reach the client in mcp 2.x; anything else arrives as a bare
    "Error executing tool", which a model cannot act on.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except DeployError as exc:
            raise ToolError(json.dumps(exc.to_dict())) from exc

    return wrapper  # type: ignore[return-value]


def add_tool(server: Any, runtime: Any, fn: Callable[..., Any], annotations: ToolAnnotations, **kwargs: Any) -> None:
    """Register ``fn`` unless the server is read-only and the tool is not: a hidden tool cannot be called.

    The annotation is the single source of truth for the read-only gate.
    """
    if runtime.settings.read_only and not annotations.read_only_hint:
        return
    kwargs.setdefault("description", " ".join((fn.__doc__ or "").split()))
    tool = structured_errors(fn)
    if runtime.calls is not None:
        tool = runtime.calls.wrap(tool, fn.__name__)
    server.add_tool(tool, annotations=annotations, **kwargs)
