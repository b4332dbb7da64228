"""Every tool's schema and description are snapshotted, and the README's tool table is generated from them.

Refresh both after a deliberate change with: UPDATE_SNAPSHOTS=1 pytest tests/test_tool_schemas.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

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
