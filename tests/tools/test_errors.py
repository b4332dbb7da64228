"""Every failure a client sees carries the structured body, redacted: schema misfits, hostile text, crashes."""

from __future__ import annotations

import json

import pytest
from support import body_of, call_error

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


async def test_a_password_inside_the_dstack_server_url_is_never_echoed(settings, open_client) -> None:
    url = "http://admin:Url5ecretPw@127.0.0.1:9"  # nothing listens on port 9
    async with open_client(settings.model_copy(update={"dstack_server_url": url, "dstack_token": "t0ken-fuzz"})) as c:
        result = await c.call_tool("get_run", {"run_name": "some-run"})
    text = result.content[0].text
    assert result.is_error and body_of(result)["error"] != "internal_error"
    assert "Url5ecretPw" not in text and "t0ken-fuzz" not in text


async def test_a_hundred_one_megabyte_model_ids_are_refused_before_anything_keeps_them(client, settings) -> None:
    from deploy_mcp.sizing.models import resolver_for

    for i in range(100):
        body = await call_error(client, "generate_service_config", {"model": f"org/{i}" + "x" * 1_000_000})
        assert body["error"] == "invalid_arguments" and "model" in body["message"]
    # the server's own resolver (one per state directory) holds none of them
    assert not any(len(key) > 200 for key in resolver_for(settings.hf_lookup, settings.state_dir)._memo)
