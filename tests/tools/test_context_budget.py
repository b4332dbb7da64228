"""The agent pays for the ``tools/list`` answer on every turn: it must stay within the issue's 15 KB budget.

bench/context.py prints the same figure per tool for a closer look.
"""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.anyio

BUDGET_BYTES = 15_000


async def test_the_whole_tools_list_answer_fits_the_context_budget(client):
    listed = await client.list_tools()
    total = len(listed.model_dump_json(by_alias=True, exclude_none=True))
    for tool in listed.tools:
        print(f"{tool.name:<26}{len(tool.model_dump_json(by_alias=True, exclude_none=True)):>7} bytes")
    print(f"{'tools/list':<26}{total:>7} bytes of {BUDGET_BYTES}")
    assert total <= BUDGET_BYTES


async def test_every_description_is_one_to_three_sentences(client):
    for tool in (await client.list_tools()).tools:
        sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", tool.description.strip())
        assert 1 <= len(sentences) <= 3, tool.name


async def test_output_schemas_keep_every_key_of_the_answer(client):
    tools = {t.name: t for t in (await client.list_tools()).tools}
    run = tools["get_run"].output_schema
    assert {"run_name", "status", "ready", "service_url", "cost_usd"} <= set(run["properties"])
    diagnosis = tools["tail_logs"].output_schema["$defs"]["Diagnosis"]
    assert "gpu_oom" in diagnosis["properties"]["kind"]["enum"]
