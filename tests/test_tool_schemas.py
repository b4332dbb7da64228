"""Every tool's schema and description are snapshotted, the README's tool table is generated from them, and the
server's ``tools/list`` is served from src/deploy_mcp/tools/listing.json, generated from the registered tools.

Refresh all three after a deliberate change with: UPDATE_SNAPSHOTS=1 pytest tests/test_tool_schemas.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from mcp import Client

from deploy_mcp.server import build_server
from deploy_mcp.tools import listing

pytestmark = pytest.mark.anyio

REPO = Path(__file__).resolve().parents[1]
SNAPSHOTS = REPO / "tests" / "snapshots" / "tools"
README = REPO / "README.md"
START, END = "<!-- tools:start -->", "<!-- tools:end -->"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"


def readme_table(snapshots: list[dict]) -> str:
    rows = ["| tool | kind | what it does |", "|---|---|---|"]
    for tool in sorted(snapshots, key=lambda t: t["name"]):
        ann = tool["annotations"]
        kind = "read-only" if ann["readOnlyHint"] else "destructive" if ann["destructiveHint"] else "write"
        if ann["openWorldHint"]:
            kind += ", open world"
        description = " ".join(tool["description"].split())
        rows.append(f"| `{tool['name']}` | {kind} | {description} |")
    return "\n".join(rows)


def listing_differences(served: list[dict], registered: list[dict]) -> list[str]:
    """The tools whose served entry is not the registered tool's, or that only one side has, by name."""
    served_by_name = {tool["name"]: tool for tool in served}
    registered_by_name = {tool["name"]: tool for tool in registered}
    return sorted(name for name in served_by_name.keys() | registered_by_name.keys()
                  if served_by_name.get(name) != registered_by_name.get(name))


# First in this file: with UPDATE_SNAPSHOTS=1 it rewrites the listing that the snapshot tests below then read.
@pytest.mark.parametrize("target", ["dstack", "kubernetes"])
@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
async def test_the_served_tools_list_is_what_the_registered_tools_give(settings, read_only, target):
    """Names, titles, descriptions, annotations and compacted schemas, in order, as a client receives them."""
    server = build_server(settings.model_copy(update={"read_only": read_only, "target": target}))
    async with Client(server) as client:
        served = [tool.model_dump(mode="json", by_alias=True, exclude_none=True)
                  for tool in (await client.list_tools()).tools]
    registered = await server.registered_listing()
    if UPDATE and target == "dstack":  # the listing does not depend on the target, which the other cases prove
        listing.write(read_only, registered)
        return
    assert served, "the listing is empty"
    drifted = listing_differences(served, registered)
    assert not drifted, f"tools/listing.json is stale for {drifted}: rerun with UPDATE_SNAPSHOTS=1"
    assert [tool["name"] for tool in served] == [tool["name"] for tool in registered], "stale tool order"


async def test_a_listing_that_drifted_from_the_registered_tools_is_caught(settings):
    registered = await build_server(settings).registered_listing()
    changed = json.loads(json.dumps(registered))
    changed[0]["description"] += " Now also does something else."
    changed[1]["inputSchema"]["properties"].pop(next(iter(changed[1]["inputSchema"]["properties"])))
    assert listing_differences(changed, registered) == sorted([changed[0]["name"], changed[1]["name"]])
    assert listing_differences(registered[:-1], registered) == [registered[-1]["name"]]
    assert listing_differences(registered, registered) == []


async def test_tool_schemas_match_snapshots(client):
    tools = (await client.list_tools()).tools
    assert tools
    seen = set()
    for tool in tools:
        got = tool.model_dump(mode="json", by_alias=True, exclude_none=True)
        path = SNAPSHOTS / f"{tool.name}.json"
        seen.add(path.name)
        if UPDATE:
            SNAPSHOTS.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(got, indent=2, sort_keys=True) + "\n")
        assert path.exists(), f"no snapshot for {tool.name}: rerun with UPDATE_SNAPSHOTS=1"
        assert json.loads(path.read_text()) == got, f"{tool.name} changed: rerun with UPDATE_SNAPSHOTS=1"
    stale = {p.name for p in SNAPSHOTS.glob("*.json")} - seen
    if UPDATE:
        for name in stale:
            (SNAPSHOTS / name).unlink()
    else:
        assert not stale, f"snapshots of tools that no longer exist: {sorted(stale)}"


def test_readme_tool_table_is_generated_from_the_snapshots():
    snapshots = [json.loads(p.read_text()) for p in sorted(SNAPSHOTS.glob("*.json"))]
    table = readme_table(snapshots)
    text = README.read_text()
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    expected = f"{before}{START}\n{table}\n{END}{after}"
    if UPDATE:
        README.write_text(expected)
        return
    assert text == expected, "README tool table is stale: rerun with UPDATE_SNAPSHOTS=1"
