"""validate_config: the offline check every configuration passes before it reaches a backend."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from deploy_mcp.config.validation import ConfigReport
from deploy_mcp.runtime import Runtime
from deploy_mcp.tools.common import READ_ONLY_OPEN, add_tool

ConfigYaml = Annotated[str, Field(description="The dstack run configuration as YAML text (type: service).")]
DeploymentName = Annotated[
    str | None,
    Field(description="Deployment from generate_service_config whose mandatory options apply; omit for none."),
]


def register(server, runtime: Runtime) -> None:
    def validate_config(yaml: ConfigYaml, deployment: DeploymentName = None) -> ConfigReport:
        """Validate a dstack run configuration with dstack's schema and this server's checks, after applying the
        user's mandatory options. An invalid config is a normal answer (valid=false) with errors located by field
        path; call it after every edit and before estimate_cost or submit_run."""
        return runtime.validate(yaml, deployment)

    add_tool(server, runtime, validate_config, READ_ONLY_OPEN, title="Validate a run configuration")
