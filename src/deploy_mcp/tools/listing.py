"""The ``tools/list`` answer, generated from the registered tools into ``listing.json`` and served from it.

Registering the tools has the SDK build an argument model and an output schema from every tool's signature, which
costs more than the rest of the start-up together; a client asks for the list first and calls a tool later, if
at all. So the server answers ``tools/list`` from this file and registers its tools on the first call.
tests/test_tool_schemas.py proves that the file equals what the registered tools give (and rewrites it with
``UPDATE_SNAPSHOTS=1``), so it cannot drift from the code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mcp.types import Tool

from deploy_mcp.tools.schemas import compact

LISTING = Path(__file__).with_name("listing.json")


def variant(read_only: bool) -> str:
    """The listing's key: a read-only server hides the tools that write and marks the draft tools read-only.
    No other setting changes a tool's name, description, annotations or schemas; one that did would need its own
    key here (the test compares every key against servers built with and without the Kubernetes target)."""
    return "read_only" if read_only else "read_write"


def as_listed(tool: Tool) -> dict[str, Any]:
    """A registered tool as ``tools/list`` carries it: with compact schemas (the agent reads them every turn)."""
    listed = tool.model_copy(update={
        "input_schema": compact(tool.input_schema),
        "output_schema": compact(tool.output_schema, output=True) if tool.output_schema else None,
    })
    return listed.model_dump(mode="json", by_alias=True, exclude_none=True)


def load(read_only: bool) -> list[Tool]:
    listings = json.loads(LISTING.read_text(encoding="utf-8"))
    return [Tool.model_validate(tool) for tool in listings[variant(read_only)]]


def write(read_only: bool, tools: list[dict[str, Any]]) -> None:
    """Replace one variant's listing in the file, keeping the others."""
    listings = json.loads(LISTING.read_text(encoding="utf-8")) if LISTING.exists() else {}
    listings[variant(read_only)] = tools
    LISTING.write_text(json.dumps(listings, indent=1, sort_keys=True) + "\n", encoding="utf-8")
