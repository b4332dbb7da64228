"""The shapes every check reports in: a located problem and an enforced override."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

Severity = Literal["error", "warning"]
Rule = Literal["forced", "min"]


class Problem(BaseModel):
    severity: Severity = "error"
    code: str = Field(description="Stable machine-readable kind, e.g. yaml_syntax, extra_forbidden, secret_inline.")
    loc: list[str | int] = Field(
        default_factory=list, description='Field path in the configuration, e.g. ["resources", "gpu"].'
    )
    message: str
    line: int | None = Field(None, description="1-based YAML line, where known.")
    column: int | None = Field(None, description="1-based YAML column, where known.")
    hint: str | None = Field(None, description="The smallest change that fixes it.")

    @property
    def path(self) -> str:
        return ".".join(str(part) for part in self.loc)


class Override(BaseModel):
    field: str = Field(description='Dotted field path, e.g. "resources.gpu" or "env.HF_TOKEN".')
    model_value: Any = Field(description="What the submitted YAML had (null when absent).")
    enforced_value: Any = Field(description="What the effective configuration has.")
    source: Literal["policy", "deployment"] = Field(description="policy: set when the server started; "
                                                    "deployment: the user's options for this deployment.")
    rule: Rule = Field("forced", description="forced: the option replaces the value (dstack apply flags); "
                       "min: a limit, lowered to the strictest of every source.")
