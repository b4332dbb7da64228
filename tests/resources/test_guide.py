"""The skill, policy and schema resources and the deploy_endpoint prompt, read through the MCP client."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.anyio


async def read_text(client, uri: str) -> str:
    result = await client.read_resource(uri)
    return result.contents[0].text


async def test_resources_are_listed(client):
    uris = {str(r.uri) for r in (await client.list_resources()).resources}
    assert {"skill://deploy/SKILL.md", "deploy://policy", "deploy://schema/service"} <= uris


async def test_skill_is_this_projects_guide_with_front_matter(client):
    text = await read_text(client, "skill://deploy/SKILL.md")
    assert text.startswith("---\nname: deploy\n")
    for tool in ("generate_service_config", "validate_config", "estimate_cost", "submit_run", "tail_logs"):
        assert tool in text
    assert "names" in text and "When to stop and ask the user" in text


async def test_skill_teaches_waiting_instead_of_polling_and_draft_deployments(client):
    text = await read_text(client, "skill://deploy/SKILL.md")
    assert "wait_seconds" in text and "follow_seconds" in text and "progress notification" in text
    assert "draft" in text and "deployment_options_locked" in text and "`options`" in text


async def test_policy_resource_shows_the_options_in_force(settings, open_client):
    strict = settings.model_copy(update={"gpu": "24GB:1", "max_attempts": 2, "env": ["HF_TOKEN"], "read_only": True})
    async with open_client(strict) as client:
        policy = json.loads(await read_text(client, "deploy://policy"))
    assert (policy["gpu"], policy["max_attempts"], policy["env"], policy["read_only"]) == ("24GB:1", 2, ["HF_TOKEN"], True)


async def test_schema_resource_is_dstacks_service_schema(client):
    schema = json.loads(await read_text(client, "deploy://schema/service"))
    assert {"port", "commands", "resources", "model", "replicas"} <= set(schema["properties"])


async def test_deploy_endpoint_prompt_carries_the_model_and_the_loop(client):
    prompt = await client.get_prompt("deploy_endpoint", {"model": "Qwen/Qwen2.5-32B-Instruct",
                                                        "requirements": "cheapest GPU under $3/h"})
    text = prompt.messages[0].content.text
    assert "Qwen/Qwen2.5-32B-Instruct" in text and "under $3/h" in text
    assert text.index("validate_config") < text.index("estimate_cost") < text.index("submit_run")
