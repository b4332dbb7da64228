"""Resources and prompts: the skill, the policy in force, dstack's service schema, the ledger."""

from __future__ import annotations

from deploy_mcp.resources import deployments, guide
from deploy_mcp.runtime import Runtime


def register(server, runtime: Runtime) -> None:
    guide.register(server, runtime)
    deployments.register(server, runtime)
