"""The skill, the policy, the service schema and the deploy_endpoint prompt."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from deploy_mcp.runtime import Runtime

SKILL_URI = "skill://deploy/SKILL.md"


def skill_text() -> str:
    """The packaged SKILL.md; from a source checkout, the repository's own file."""
    packaged = resources.files("deploy_mcp") / "skills" / "deploy" / "SKILL.md"
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parents[3] / "skills" / "deploy" / "SKILL.md").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def service_schema() -> str:
    from dstack._internal.core.models.configurations import ServiceConfiguration

    return json.dumps(ServiceConfiguration.model_json_schema(), indent=1)


def register(server, runtime: Runtime) -> None:
    @server.resource(SKILL_URI, name="deploy-skill", title="How to deploy with deploy-mcp", mime_type="text/markdown")
    def skill() -> str:
        """The fix loop, sizing rules, engine recipes and when to stop and ask the user."""
        return skill_text()

    @server.resource("deploy://policy", name="policy", title="Policy in force", mime_type="application/json")
    def policy() -> str:
        """Mandatory options and limits this server enforces; the model cannot change them."""
        body = runtime.policy.model_dump(mode="json")
        body.update(read_only=runtime.settings.read_only, target=runtime.settings.target,
                    budget=runtime.ledger.budget(runtime.policy.budget_usd).model_dump())
        body["backend_circuit"] = runtime.breaker.snapshot().model_dump(mode="json")
        kubernetes = runtime.settings.kubernetes_policy()
        if kubernetes is not None:
            body["kubernetes"] = kubernetes
        notices = runtime.backend_notices()
        if notices:
            body["notices"] = notices
        return json.dumps(body, indent=2)

    @server.resource(
        "deploy://schema/service", name="service-schema", title="dstack service schema", mime_type="application/json"
    )
    def schema() -> str:
        """JSON schema of dstack's `type: service` configuration (the version this server validates with)."""
        return service_schema()

    @server.prompt(name="deploy_endpoint", title="Deploy a model endpoint")
    def deploy_endpoint(model: str, requirements: str = "") -> str:
        """The fix-loop recipe to deploy one model as an OpenAI-compatible endpoint."""
        extra = f"\nUser requirements: {requirements}" if requirements else ""
        return (
            f"Deploy {model} as an OpenAI-compatible endpoint with deploy-mcp.{extra}\n"
            "1. Read skill://deploy/SKILL.md and deploy://policy.\n"
            "2. generate_service_config with the model and the user's options; note the deployment name.\n"
            "3. validate_config with that deployment until valid; fix only what the errors name.\n"
            "4. estimate_cost; show the cheapest offers and the hourly price; ask the user to confirm.\n"
            "5. submit_run with the deployment (and plan_id if the policy requires it).\n"
            "6. Watch with get_run(wait_seconds=120) until ready or failed, and tail_logs(follow_seconds=60, "
            "cursor) for new lines, instead of polling.\n"
            "7. On failure read the diagnosis, apply the smallest suggested change, validate, resubmit.\n"
            "8. Stop when ready (report the URL), when attempts or budget run out, or when the fix needs the "
            "user (a token, a bigger budget, another GPU): then report what happened and ask."
        )
