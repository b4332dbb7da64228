"""What validate_config answers: whether a configuration may be submitted, its located problems, the overrides
applied and the effective YAML.

Apart from the validation itself, so that the tool's schema is built without loading the checks it runs.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, PrivateAttr

from deploy_mcp.errors import DeployError
from deploy_mcp.problems import Override, Problem


class ConfigReport(BaseModel):
    valid: bool = Field(description="True when the effective configuration may be submitted.")
    config_type: str | None = Field(None, description="service, task or dev-environment.")
    errors: list[Problem] = Field(default_factory=list, description="What must change; each located by field path.")
    warnings: list[Problem] = Field(default_factory=list, description="Doubtful but allowed.")
    effective_yaml: str | None = Field(
        None, description="The configuration as it would be submitted: your YAML with the mandatory options applied."
    )
    overrides: list[Override] = Field(
        default_factory=list, description="Every field a mandatory option changed, with both values and the source."
    )
    manifests: str | None = Field(
        None, description="Kubernetes target only: the Deployment and Service this configuration becomes, as "
        "YAML (names and attempt label as the next submission would get them; secret values never appear).",
    )
    _effective: dict[str, Any] | None = PrivateAttr(None)

    @property
    def effective(self) -> dict[str, Any] | None:
        """The effective configuration as a dict, only when valid."""
        return self._effective if self.valid else None

    def require_effective(self, consequence: str) -> dict[str, Any]:
        """The effective configuration, or the refusal every tool that acts on a config gives when it is invalid."""
        if self.effective is None:
            raise DeployError(
                "invalid_config",
                f"The configuration is invalid ({len(self.errors)} error(s)); {consequence}.",
                "Fix the errors listed (the same validate_config reports), validate, then call again.",
                errors=[p.model_dump(exclude_none=True) for p in self.errors],
            )
        return self.effective
