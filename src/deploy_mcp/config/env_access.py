"""Which env variables a run may receive from this server's environment: only the names the user allowed.

A configuration that lists ``NAME`` without a value asks deploy-mcp to copy its own ``NAME`` into the run. The
model chooses the names it writes, so an unrestricted list would let it send the server's own credentials
(DSTACK_TOKEN, cloud keys) into a workload. Names with a value of their own (``NAME: value``) are the model's
values and are checked by the secrets check instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from deploy_mcp.config.spec import env_as_dict
from deploy_mcp.errors import DeployError
from deploy_mcp.problems import Problem
from deploy_mcp.settings import Policy, is_server_credential


def env_access_problems(config: dict[str, Any], policy: Policy) -> list[Problem]:
    """An error for every name-only env entry the policy does not allow."""
    allowed = policy.allowed_env_names()
    return [
        Problem(code="env_not_allowed", loc=["env", name], message=_message(name), hint=_hint(name))
        for name, value in env_as_dict(config.get("env")).items()
        if value is None and name not in allowed
    ]


def require_allowed_env(names: Iterable[str], policy: Policy) -> None:
    """Refuse env names the policy does not allow (for tools that take names as arguments)."""
    allowed = policy.allowed_env_names()
    refused = [name for name in names if name.partition("=")[0] not in allowed]
    if refused:
        raise DeployError("env_not_allowed", _message(refused[0]), _hint(refused[0]))


def _message(name: str) -> str:
    return f"env {name} would be copied from deploy-mcp's own environment, and the user has not allowed {name}."


def _hint(name: str) -> str:
    if is_server_credential(name):
        return (f"{name} is one of deploy-mcp's own credentials or settings: no run may receive it. Remove it "
                "from env.")
    return (f"Remove {name} from env, or ask the user to allow it: restart deploy-mcp with --allow-env {name} "
            f"(or DEPLOY_MCP_ALLOW_ENV={name}), or --env {name} to give it to every run.")
