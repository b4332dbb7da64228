"""What the tool list costs the agent's context: bytes per tool and in total, against the 15 KB budget.

The figure is the ``tools/list`` result as the server serialises it (compact JSON), which every host sends to
its model on every turn. Usage: python bench/context.py
"""

from __future__ import annotations

import asyncio
import json
import logging
import tempfile

from mcp import Client

from deploy_mcp.server import build_server
from deploy_mcp.settings import Settings

BUDGET_BYTES = 15_000
PARTS = ("description", "inputSchema", "outputSchema")


async def main() -> None:
    logging.disable(logging.INFO)
    with tempfile.TemporaryDirectory() as state:
        settings = Settings(state_dir=state, hf_lookup=False, dstack="external")
        async with Client(build_server(settings)) as client:
            listed = await client.list_tools()
    print(f"{'tool':<26}{'total':>7}" + "".join(f"{p:>14}" for p in PARTS))
    for tool in listed.tools:
        wire = tool.model_dump(mode="json", by_alias=True, exclude_none=True)
        sizes = [len(json.dumps(wire.get(p, ""), separators=(",", ":"))) for p in PARTS]
        print(f"{tool.name:<26}{len(tool.model_dump_json(by_alias=True, exclude_none=True)):>7}"
              + "".join(f"{n:>14}" for n in sizes))
    total = len(listed.model_dump_json(by_alias=True, exclude_none=True))
    print(f"tools/list: {total} bytes, {total / BUDGET_BYTES:.0%} of the {BUDGET_BYTES}-byte budget")


if __name__ == "__main__":
    asyncio.run(main())
