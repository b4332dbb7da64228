"""Calling tools from tests: the structured result of a success, or the JSON body of a tool error."""

from __future__ import annotations

import json
from typing import Any

from mcp import Client


async def call(client: Client, tool: str, args: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(tool, args)
    assert not result.is_error, result.content[0].text
    return result.structured_content


async def call_error(client: Client, tool: str, args: dict[str, Any]) -> dict[str, Any]:
    """The ``{"error", "message", "hint", ...}`` body, found behind the SDK's "Error executing tool X: " prefix."""
    result = await client.call_tool(tool, args)
    assert result.is_error, result.structured_content
    text = result.content[0].text
    return json.loads(text[text.index("{"):])
