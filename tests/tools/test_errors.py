"""Every failure a client sees carries the structured body, redacted: schema misfits, hostile text, crashes."""

from __future__ import annotations

import json

import pytest
from support import call_error

pytestmark = pytest.mark.anyio

HF = "hf_" + "Zq8" * 10


async def test_arguments_that_do_not_fit_the_schema_get_the_structured_body_without_their_values(client) -> None:
    body = await call_error(client, "tail_logs", {"run_name": "r", "lines": HF})
    assert body["error"] == "invalid_arguments" and "lines" in body["message"] and body["hint"]
    result = await client.call_tool("generate_service_config", {"model": "x" * 5000, "engine": HF})
    assert result.is_error and HF not in result.content[0].text and "x" * 201 not in result.content[0].text
    assert json.loads(result.content[0].text.split(": ", 1)[1])["error"] == "invalid_arguments"


@pytest.mark.parametrize(("tool", "args"), [
    ("get_run", {"run_name": HF}),
    ("stop_run", {"run_name": "sk-proj-" + "a1" * 12}),
    ("list_runs", {"deployment": "postgres://u:pa55word@db/x"}),
    ("validate_config", {"yaml": "type: service\n", "deployment": HF}),
    ("generate_service_config", {"model": "Qwen/Qwen3-8B", "name": "ghp_" + "a" * 36}),
])
async def test_a_secret_passed_as_a_name_is_refused_before_it_is_echoed(client, tool: str, args: dict) -> None:
    result = await client.call_tool(tool, args)
    text = result.content[0].text
    assert result.is_error and json.loads(text.split(": ", 1)[1])["error"] == "secret_in_argument"
    assert all(value not in text for value in args.values() if value != "type: service\n")


@pytest.mark.parametrize(("tool", "args"), [
    ("validate_config", {"yaml": "type: service\nname: a\ud800b\n"}),
    ("get_run", {"run_name": "run-\udfff"}),
    ("generate_service_config", {"model": "Qwen/Qwen3-8B\ud800"}),
])
async def test_lone_surrogates_are_a_structured_error(client, tool: str, args: dict) -> None:
    body = await call_error(client, tool, args)
    # a field with a length bound or pattern is refused by its schema, any other by deploy-mcp's own check
    assert body["error"] in {"invalid_text", "invalid_arguments"} and body["hint"]


async def test_an_empty_deployment_argument_is_a_structured_error(client) -> None:
    body = await call_error(client, "submit_run", {"yaml": "type: service\nport: 8000\ncommands: [x]\n",
                                                   "deployment": ""})
    assert body["error"] == "invalid_arguments" and "deployment" in body["message"]
