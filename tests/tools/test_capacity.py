"""list_gpus and estimate_cost through the MCP client against a real dstack server."""

from __future__ import annotations

import pytest
from fixtures.dstack_server import start_dstack_server
from support import call, call_error

from deploy_mcp.backends.dstack import DstackBackend

pytestmark = pytest.mark.anyio

SERVICE = """\
type: service
name: echo
port: 8000
commands:
  - python -m http.server 8000
resources:
  gpu: 24GB:1
max_price: 10
"""




@pytest.fixture
async def dstack_client(dstack_settings, open_client):
    async with open_client(dstack_settings, DstackBackend) as c:
        yield c


async def test_estimate_without_offers_says_why_and_binds_a_plan_id_to_the_effective_spec(dstack_client):
    estimate = await call(dstack_client, "estimate_cost", {"yaml": SERVICE, "hours": 3})
    assert estimate["offers"] == [] and estimate["total_offers"] == 0 and estimate["hours"] == 3
    assert estimate["cheapest_per_hour"] is None and "backend or fleet" in estimate["note"]
    assert estimate["max_price"] == 10
    reordered = ("# the same service, written differently\nmax_price: 10\nresources: {gpu: '24GB:1'}\n"
                 "commands: ['python -m http.server 8000']\nport: 8000\nname: echo\ntype: service\n")
    assert (await call(dstack_client, "estimate_cost", {"yaml": reordered}))["plan_id"] == estimate["plan_id"]
    changed = await call(dstack_client, "estimate_cost", {"yaml": SERVICE.replace("24GB:1", "80GB:2")})
    assert changed["plan_id"] != estimate["plan_id"]


async def test_estimate_accepts_a_config_name_that_is_no_dstack_run_name(dstack_client):
    """submit_run derives the run name; pricing must not trip over the YAML's own (here one letter, uppercase)."""
    for name in ("q", "My_Service"):
        estimate = await call(dstack_client, "estimate_cost", {"yaml": SERVICE.replace("name: echo", f"name: {name}")})
        assert estimate["total_offers"] == 0 and estimate["plan_id"]


async def test_estimate_prices_the_config_with_the_policy_applied(dstack_settings, open_client):
    async with open_client(dstack_settings.model_copy(update={"max_price": 1.5}), DstackBackend) as client:
        estimate = await call(client, "estimate_cost", {"yaml": SERVICE})
        validated = await call(client, "validate_config", {"yaml": SERVICE})
    assert estimate["max_price"] == 1.5
    assert any(o["field"] == "max_price" for o in validated["overrides"])


async def test_estimate_of_an_invalid_config_is_refused_with_the_validation_errors(dstack_client):
    error = await call_error(dstack_client, "estimate_cost", {"yaml": SERVICE.replace("port: 8000", "prot: 8000")})
    assert error["error"] == "invalid_config" and error["hint"]
    assert ("port",) in {tuple(e["loc"]) for e in error["errors"]}


async def test_estimate_rejects_nonsense_hours(dstack_client):
    result = await dstack_client.call_tool("estimate_cost", {"yaml": SERVICE, "hours": 0})
    assert result.is_error


async def test_list_gpus_with_no_backends_is_empty_with_a_note(dstack_client):
    listed = await call(dstack_client, "list_gpus", {})
    assert listed["gpus"] == [] and "backend or fleet" in listed["note"]
    listed = await call(dstack_client, "list_gpus", {"yaml": SERVICE})
    assert listed["gpus"] == []
    error = await call_error(dstack_client, "list_gpus", {"yaml": "type: service\n"})
    assert error["error"] == "invalid_config"


async def test_capacity_tools_are_read_only_and_open_world(dstack_settings, open_client):
    async with open_client(dstack_settings.model_copy(update={"read_only": True}), DstackBackend) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
    for name in ("list_gpus", "estimate_cost"):
        ann = tools[name].annotations
        assert (ann.read_only_hint, ann.destructive_hint, ann.open_world_hint) == (True, False, True)
        assert tools[name].output_schema is not None


@pytest.mark.timeout(300)
async def test_tools_answer_unreachable_while_the_dstack_server_is_down_and_work_again_after(
    settings, open_client, tmp_path
):
    private = start_dstack_server(tmp_path / "private")
    try:
        down_settings = settings.model_copy(update={
            "dstack": "external", "dstack_server_url": private.url, "dstack_token": private.token_within(1),
            "dstack_project": "main", "backend_timeout": 5.0,
            # The background warm-up's start-up reconciliation may also fail while the server is down: the circuit
            # breaker (tested on its own) must not open on those and turn the recovery below into a wait.
            "breaker_failures": 10,
        })
        async with open_client(down_settings, DstackBackend) as client:
            assert (await call(client, "list_gpus", {}))["gpus"] == []
            private.stop()
            for tool, args in (("list_gpus", {}), ("estimate_cost", {"yaml": SERVICE})):
                error = await call_error(client, tool, args)
                assert error["error"] == "backend_unreachable" and "dstack server" in error["hint"]
            private.start()
            private.token_within(180)
            assert (await call(client, "estimate_cost", {"yaml": SERVICE}))["offers"] == []
    finally:
        private.close()
