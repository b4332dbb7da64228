"""A human approves spend: submit_run asks through MCP elicitation with the exact worst case, in both protocol eras;
a client that cannot be asked must bring the plan_id of an estimate_cost instead, never silent approval."""

from __future__ import annotations

import json
from typing import Any

import pytest
from mcp import Client
from mcp.types import ElicitResult
from support import WAITING, call, call_error

from deploy_mcp.server import build_server

pytestmark = [pytest.mark.anyio, pytest.mark.dstack_server]

PRICED = WAITING + "max_price: 0.5\nreplicas: 2\n"
MODES = ["legacy", "auto"]  # the 2025-11-25 handshake (a mid-call request) and 2026-07-28 (input_required rounds)


class Human:
    """An elicitation callback that answers like a person would, and remembers what it was shown."""

    def __init__(self, action: str, content: dict[str, Any] | None = None) -> None:
        self.action, self.content, self.asked = action, content, []

    async def __call__(self, context: Any, params: Any) -> ElicitResult:
        self.asked.append(params.message)
        return ElicitResult(action=self.action, content=self.content)


def approval_settings(dstack_server, settings, **update: Any):
    return dstack_server.settings(settings, **{"confirm": "elicit", "budget_usd": 20.0, "max_duration": "2h", **update})


async def attempts_of(client: Client, deployment: str) -> list[int] | None:
    body = json.loads((await client.read_resource("deploy://deployments")).contents[0].text)
    rows = {d["name"]: d for d in body["deployments"]}
    return None if deployment not in rows else [rows[deployment]["attempts_used"]]


@pytest.mark.parametrize("mode", MODES)
async def test_an_accepting_human_sees_the_worst_case_and_the_run_starts(
    dstack_server, settings, mode: str
) -> None:
    human = Human("accept", {"approve": True})
    server = build_server(approval_settings(dstack_server, settings))
    async with Client(server, elicitation_callback=human, mode=mode) as client:
        submitted = await call(client, "submit_run", {"yaml": PRICED.format(name=f"ok-{mode}")})
        await call(client, "stop_run", {"run_name": submitted["run_name"], "abort": True})
    [question] = human.asked
    assert f"Deployment ok-{mode}, attempt 1 of 3." in question
    assert "Max price: $0.50 per hour per instance. Max duration: 2 h. Instances at most: 2." in question
    assert "Worst-case cost of this attempt: $0.50/h x 2 h x 2 instance(s) = $2.00." in question
    assert "Budget left: $20.00 of $20.00" in question
    assert submitted["attempt"] == 1 and submitted["reserved_usd"] == 2.0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("action", "content", "kind"), [
    ("decline", None, "spend_declined"),
    ("cancel", None, "spend_cancelled"),
    ("accept", {"approve": False}, "spend_declined"),
])
async def test_a_human_who_declines_gets_nothing_submitted_and_no_attempt_used(
    dstack_server, settings, mode: str, action: str, content: dict[str, Any] | None, kind: str
) -> None:
    human = Human(action, content)
    name = f"no-{action}-{mode}"
    server = build_server(approval_settings(dstack_server, settings))
    async with Client(server, elicitation_callback=human, mode=mode) as client:
        refused = await call_error(client, "submit_run", {"yaml": PRICED.format(name=name)})
        assert refused["error"] == kind and "no attempt was used" in refused["message"]
        assert await attempts_of(client, name) is None
    assert len(human.asked) == 1
    assert not [r for r in dstack_server.client().runs.list(all=True) if r.name.startswith(name)]
    assert not (settings.state_dir / "deployments" / name).exists()


@pytest.mark.parametrize("mode", MODES)
async def test_a_client_that_cannot_elicit_must_bring_the_plan_id_of_an_estimate(
    dstack_server, settings, mode: str
) -> None:
    server = build_server(approval_settings(dstack_server, settings))
    async with Client(server, mode=mode) as client:
        text = PRICED.format(name=f"plan-{mode}")
        refused = await call_error(client, "submit_run", {"yaml": text})
        assert refused["error"] == "plan_required" and "cannot ask the user" in refused["message"]
        assert "$0.50/h x 2 h x 2 instance(s) = $2.00" in refused["hint"]
        other = await call(client, "estimate_cost", {"yaml": text.replace("replicas: 2", "replicas: 1")})
        mismatch = await call_error(client, "submit_run", {"yaml": text, "plan_id": other["plan_id"]})
        assert mismatch["error"] == "plan_mismatch"
        estimate = await call(client, "estimate_cost", {"yaml": text})
        submitted = await call(client, "submit_run", {"yaml": text, "plan_id": estimate["plan_id"]})
        assert submitted["attempt"] == 1
        await call(client, "stop_run", {"run_name": submitted["run_name"], "abort": True})


async def test_confirm_off_is_the_users_choice_and_asks_nobody(dstack_server, settings) -> None:
    human = Human("decline")
    server = build_server(approval_settings(dstack_server, settings, confirm="off"))
    async with Client(server, elicitation_callback=human, mode="legacy") as client:
        submitted = await call(client, "submit_run", {"yaml": PRICED.format(name="unasked")})
        await call(client, "stop_run", {"run_name": submitted["run_name"], "abort": True})
    assert human.asked == []
