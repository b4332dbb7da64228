"""The ledger as resources: every deployment, and one deployment with each attempt's config, diff and outcome."""

from __future__ import annotations

import json
from datetime import datetime

from mcp.server.mcpserver.exceptions import ResourceError

from deploy_mcp.runs.ledger import AttemptRecord, DeploymentRecord
from deploy_mcp.runtime import Runtime


def _duration_seconds(attempt: AttemptRecord) -> float | None:
    if attempt.submitted_at is None or attempt.finished_at is None:
        return None
    start, end = datetime.fromisoformat(attempt.submitted_at), datetime.fromisoformat(attempt.finished_at)
    return max((end - start).total_seconds(), 0.0)


def _summary(record: DeploymentRecord, attempts: list[AttemptRecord]) -> dict:
    last = attempts[-1] if attempts else None
    return {
        "name": record.name,
        "target": record.target,
        "locked": record.locked,
        "attempts_used": record.attempts_used,
        "max_attempts": record.max_attempts,
        "last_run": last.run_name if last else None,
        "last_status": last.status if last else None,
        "last_failure_kind": last.failure_kind if last else None,
        "cost_usd": round(sum(a.cost_usd or 0.0 for a in attempts), 4),
        "created_at": record.created_at,
    }


def register(server, runtime: Runtime) -> None:
    @server.resource("deploy://deployments", mime_type="application/json", title="Deployments")
    def deployments() -> str:
        """Every deployment this server knows: attempts used of allowed, the last run, its outcome and cost."""
        ledger = runtime.ledger
        rows = [_summary(d, ledger.attempts(d.name)) for d in ledger.list_deployments()]
        budget = ledger.budget(runtime.policy.budget_usd)
        return json.dumps({"deployments": rows, "spend_usd": budget.spent_usd, "budget": budget.model_dump()},
                          indent=2)

    @server.resource("deploy://deployments/{name}", mime_type="application/json", title="Deployment")
    def deployment(name: str) -> str:
        """One deployment: its options and every attempt with the config as submitted and as effective, the diff
        from the previous attempt, status, failure kind, duration and cost."""
        ledger = runtime.ledger
        record = ledger.get_deployment(name)
        if record is None:
            raise ResourceError(f"No deployment named {name!r}; read deploy://deployments for the list.")
        attempts = ledger.attempts(name)
        body = _summary(record, attempts) | {
            "options": record.options,
            "attempts": [
                a.model_dump(exclude={"owner"}) | {"duration_seconds": _duration_seconds(a)}
                for a in attempts
            ],
        }
        return json.dumps(body, indent=2)
