"""Annotations and error mapping shared by every toolset.

Every failure a client sees is a tool error whose text ends in the JSON body ``{error, message, hint}``:
the core's ``DeployError``s, arguments that do not fit a tool's schema, and (as ``internal_error``) anything
unexpected. Every body passes through redaction, and arguments that carry a credential or a lone surrogate
are refused before any tool reads (or echoes) them.
"""

from __future__ import annotations

import functools
import inspect
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import anyio.to_thread
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from mcp.types import ToolAnnotations
from pydantic import BaseModel, ValidationError

from deploy_mcp.config.redact import redactor_for
from deploy_mcp.config.secrets import credential_kind
from deploy_mcp.errors import DeployError

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger(__name__)

READ_ONLY_OPEN = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=True)
DRAFT_OPEN = ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=True, open_world_hint=True)
"""Writes a draft deployment to the ledger: nothing runs, and the same call again changes nothing more."""
WRITE_OPEN = ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=False, open_world_hint=True)
DESTRUCTIVE_OPEN = ToolAnnotations(
    read_only_hint=False, destructive_hint=True, idempotent_hint=True, open_world_hint=True
)


# Arguments whose text has its own located checks (a configuration's secrets are reported by field).
_CHECKED_ELSEWHERE = frozenset({"yaml"})

def draft_annotations(runtime: Any) -> ToolAnnotations:
    """A tool that opens draft deployments writes them, except on a read-only server, which keeps no drafts."""
    return READ_ONLY_OPEN if runtime.settings.read_only else DRAFT_OPEN


def error_body(error: DeployError, extra_secrets: list[str] | None = None) -> str:
    """The redacted JSON body of a tool error."""
    redact = redactor_for(extra_values=extra_secrets or [])
    error.message = redact(error.message)
    error.hint = redact(error.hint)
    return redact(json.dumps(error.to_dict(), ensure_ascii=False))


def structured_errors(fn: F, extra_secrets: Callable[[], list[str]] = list) -> F:
    """Refuse hostile arguments, and turn a ``DeployError`` into a tool error whose text is the JSON body.

    Only ``ToolError`` messages reach the client in mcp 2.x; anything else arrives as a bare
    "Error executing tool", which a model cannot act on.
    """

    if inspect.iscoroutinefunction(fn):  # the SDK awaits it on the event loop: the wrapper must be a coroutine too

        @functools.wraps(fn)
        async def awaiting(*args: Any, **kwargs: Any) -> Any:
            try:
                refuse_hostile_arguments(kwargs)
                return await fn(*args, **kwargs)
            except DeployError as exc:
                raise ToolError(error_body(exc, extra_secrets())) from exc

        return awaiting  # type: ignore[return-value]

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            refuse_hostile_arguments(kwargs)
            return fn(*args, **kwargs)
        except DeployError as exc:
            raise ToolError(error_body(exc, extra_secrets())) from exc

    return wrapper  # type: ignore[return-value]


def refuse_hostile_arguments(arguments: dict[str, Any]) -> None:
    """Lone surrogates cannot be stored or returned; a credential in a name would be echoed back."""
    for name, text in _strings(arguments):
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise DeployError(
                "invalid_text", f"Argument '{name}' holds a lone surrogate (an escape such as \\ud800 that is no "
                "character).", "Send text made of whole Unicode characters.",
            ) from None
        if name in _CHECKED_ELSEWHERE:
            continue
        kind = credential_kind(text)
        if kind is not None:
            raise DeployError(
                "secret_in_argument", f"Argument '{name}' holds what looks like a {kind}; it is not used or echoed.",
                "Secrets are env variable names only: never pass a credential as a name, model, filter or option.",
            )


def _strings(value: Any, name: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield name, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, str(key) if not name else name)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item, name)
    elif isinstance(value, BaseModel):  # an options object
        yield from _strings(value.model_dump(), name)


def in_worker_thread(fn: Callable[..., Any], limiter: Callable[[], Any]) -> Callable[..., Any]:
    """``fn`` as an async tool that runs in a worker thread of ``limiter()``, not of the SDK's shared pool.
    An async ``fn`` is returned as it is: it runs on the event loop and takes its threads itself."""
    if inspect.iscoroutinefunction(fn):
        return fn

    @functools.wraps(fn)
    async def run(*args: Any, **kwargs: Any) -> Any:
        return await anyio.to_thread.run_sync(functools.partial(fn, *args, **kwargs), limiter=limiter())

    return run


def add_tool(
    server: Any, runtime: Any, fn: Callable[..., Any], annotations: ToolAnnotations, *,
    uses_backend: bool = True, **kwargs: Any,
) -> None:
    """Register ``fn`` unless the server is read-only and the tool is not: a hidden tool cannot be called.

    The annotation is the single source of truth for the read-only gate. ``uses_backend=False`` (only for
    tools that never call the backend) runs the tool in threads a hung backend cannot take.
    """
    if runtime.settings.read_only and not annotations.read_only_hint:
        return
    kwargs.setdefault("description", " ".join((fn.__doc__ or "").split()))
    limiter = functools.partial(runtime.limiter, uses_backend)
    tool = in_worker_thread(structured_errors(fn, lambda: [runtime.settings.dstack_token or ""]), limiter)
    if runtime.calls is not None:  # wraps the wait for a thread too: the time the caller sees
        tool = runtime.calls.wrap(tool, fn.__name__)
    server.add_tool(tool, annotations=annotations, **kwargs)


class StructuredErrorServer(MCPServer):
    """``MCPServer`` whose tool errors all carry the structured body, also for arguments that do not fit the
    tool's schema (the SDK's text quotes the rejected value) and for crashes (the SDK's text says nothing)."""

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        try:
            return await super().call_tool(name, arguments, context)
        except UnexpectedToolError as exc:
            log.error("tool %s failed unexpectedly", name, exc_info=exc.__cause__)
            cause = type(exc.__cause__).__name__ if exc.__cause__ is not None else "error"
            raise ToolError(f"Error executing tool {name}: " + error_body(DeployError(
                "internal_error", f"{name} failed inside deploy-mcp ({cause}); the server's log has the details.",
                "This is a defect of deploy-mcp, not of your input: report it to the user; retrying will not help.",
            ))) from exc
        except ToolError as exc:
            if not isinstance(exc.__cause__, ValidationError):
                raise
            raise ToolError(f"Error executing tool {name}: " + error_body(DeployError(
                "invalid_arguments", "Arguments do not fit the tool's schema: " + "; ".join(
                    # Field and reason only: the rejected values are the caller's data (and may be secrets).
                    f"{'.'.join(str(part) for part in err['loc']) or 'arguments'}: {err['msg']}"
                    for err in exc.__cause__.errors(include_url=False, include_input=False)
                ),
                "Fix the arguments named (see the tool's input schema) and call again.",
            ))) from exc
