"""validate_config: the offline check every configuration passes before it reaches a backend."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from deploy_mcp.config.report import ConfigReport
from deploy_mcp.runtime import Runtime
from deploy_mcp.tools.common import add_tool, draft_annotations

DeploymentName = Annotated[str | None, Field(min_length=1, max_length=100, description=(
    "Deployment whose mandatory options apply; a new name opens it as a draft."))]


def register(server, runtime: Runtime) -> None:
    def validate_config(yaml: str, deployment: DeploymentName = None) -> ConfigReport:
        """Check a dstack run configuration (YAML) with dstack's schema and this server's checks, mandatory options
        applied. Invalid is a normal answer: valid=false with errors by field path. Call it after every edit."""
        return runtime.validate_opening(yaml, deployment)

    add_tool(server, runtime, validate_config, draft_annotations(runtime), title="Validate a run configuration",
             uses_backend=False)
