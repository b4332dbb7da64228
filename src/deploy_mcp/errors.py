"""The one exception the core raises for failures the model can act on.

The MCP layer turns it into a tool error whose body is ``{"error", "message", "hint"}``; core modules never
import ``mcp``, so this is the contract between the two.
"""

from __future__ import annotations

from typing import Any


class DeployError(Exception):
    """A failure with a machine-readable kind and a hint saying what to call or change next."""

    def __init__(self, kind: str, message: str, hint: str = "", **details: Any) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.hint = hint
        self.details = details

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": self.kind, "message": self.message, "hint": self.hint}
        body.update(self.details)
        return body
