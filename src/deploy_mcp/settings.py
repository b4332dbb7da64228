"""Settings and policy: fixed when the server starts, never by the model.

Sources, lowest first: defaults, ``DEPLOY_MCP_*`` environment variables, command-line flags. Lists come from
the environment as comma-separated values (``DEPLOY_MCP_BACKENDS=aws,gcp``).
"""

from __future__ import annotations

import hashlib
import math
import os
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from deploy_mcp.durations import duration_seconds
from deploy_mcp.internal_model import InternalModel

SpotPolicy = Literal["spot", "on-demand", "auto"]
Confirm = Literal["elicit", "plan", "off"]
CommaList = Annotated[list[str], NoDecode]


HUB_TOKEN_NAMES = ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN")
"""Env names a run may always receive by name: the model hub's token and its legacy alias."""
# What deploy-mcp itself reads to reach dstack, Kubernetes and the clouds: never a run's to receive.
_SERVER_CREDENTIAL_PREFIXES = ("DSTACK_", "DEPLOY_MCP_", "KUBE", "AWS_", "AZURE_", "ARM_", "GOOGLE_", "GCP_",
                               "GCLOUD_", "CLOUDSDK_")


def is_server_credential(name: str) -> bool:
    """A variable deploy-mcp's own connections read (dstack, Kubernetes, cloud keys, its own settings)."""
    return name.upper().startswith(_SERVER_CREDENTIAL_PREFIXES)


def _refuse_server_credentials(flag: str, names: list[str]) -> None:
    for name in names:
        if is_server_credential(name):
            raise ValueError(
                f"{flag} {name}: {name} is one of deploy-mcp's own credentials or settings (dstack, Kubernetes, "
                "cloud keys, DEPLOY_MCP_*), which no run may receive. Remove it; give the run a credential of "
                "its own under another name."
            )


def default_state_dir() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "deploy-mcp"


class Policy(InternalModel):
    """The mandatory options (``dstack apply`` flag semantics) and the limits the model is held to."""

    gpu: str | None = Field(None, description="Forced resources.gpu spec, replaces the model's whole GPU spec.")
    cpu: str | None = Field(None, description="Forced resources.cpu spec.")
    memory: str | None = Field(None, description="Forced resources.memory spec.")
    disk: str | None = Field(None, description="Forced resources.disk spec.")
    backends: list[str] = Field(default_factory=list, description="Forced backends (replaces the model's list).")
    regions: list[str] = Field(default_factory=list, description="Forced regions (replaces the model's list).")
    instance_types: list[str] = Field(default_factory=list, description="Forced instance types.")
    fleets: list[str] = Field(default_factory=list, description="Forced fleets.")
    max_price: float | None = Field(
        None, gt=0, description="Highest max_price, USD per hour per instance; a lower one in the YAML stands."
    )
    max_duration: str | None = Field(
        None, description="Longest max_duration of any run (dstack duration, e.g. 2h); a shorter one stands."
    )
    spot_policy: SpotPolicy | None = Field(None, description="Forced spot_policy.")
    env: list[str] = Field(
        default_factory=list, description="Env variable names every run gets, filled from the server's environment."
    )
    allow_env: list[str] = Field(
        default_factory=list,
        description="Further env variable names a configuration may list by name (filled from the server's "
        "environment); the hub token names and every forced env name are allowed too, no other name.",
    )
    max_replicas: int = Field(4, ge=1, description="Most replicas a service (or each replica group) may ask for.")
    max_attempts: int = Field(3, ge=1, description="Submissions allowed per deployment.")
    max_active_runs: int | None = Field(None, ge=1, description="Runs this server may have active at once.")
    budget_usd: float | None = Field(None, ge=0, description="Total spend allowed across all runs, USD.")
    require_plan: bool = Field(False, description="submit_run needs a plan_id from estimate_cost.")
    confirm: Confirm = Field(
        "elicit", description="Who approves a paid submit: elicit (the human, through the client), plan (a plan_id "
        "from estimate_cost), off (nobody: the user's explicit choice)."
    )
    allow_foreign_runs: bool = Field(False, description="stop_run may stop runs this server did not create.")

    def mandatory_options(self) -> dict[str, Any]:
        """The options that override the model's YAML, only those that are set."""
        keys = ("gpu", "cpu", "memory", "disk", "backends", "regions", "instance_types", "fleets",
                "max_price", "max_duration", "spot_policy", "env")
        return {k: getattr(self, k) for k in keys if getattr(self, k) not in (None, [])}

    def allowed_env_names(self) -> set[str]:
        """The names a run may receive from this server's environment: only the user chooses them."""
        forced = {entry.partition("=")[0] for entry in self.env if "=" not in entry}
        return {*HUB_TOKEN_NAMES, *forced, *self.allow_env}


class Settings(BaseSettings):
    # An empty variable is no setting (a bundle host passes empty strings for options the user left blank).
    model_config = SettingsConfigDict(env_prefix="DEPLOY_MCP_", extra="ignore", env_ignore_empty=True)

    transport: Literal["stdio", "http"] = "stdio"
    host: str = "127.0.0.1"
    port: int = 8765
    auth_token: SecretStr | None = Field(
        None, description="Bearer token every HTTP request must carry; required off loopback. Never echoed.")
    allowed_hosts: CommaList = Field(
        default_factory=list, description="Host header values HTTP clients may use (required off loopback).")
    log_level: str = "INFO"
    target: Literal["dstack", "kubernetes"] = Field("dstack", description="Where runs go: dstack or a Kubernetes cluster.")
    read_only: bool = False
    state_dir: Path = Field(default_factory=default_state_dir)
    hf_lookup: bool = Field(True, description="Fetch config.json from Hugging Face for models not in the table.")
    backend_timeout: float = Field(30.0, gt=0, description="Seconds a backend call may take.")
    backend_concurrency: int = Field(16, ge=1, description="Tool calls that may use the backend at once.")
    breaker_failures: int = Field(3, ge=1, description="Unreachable failures in a row that pause calls.")
    breaker_cooldown: float = Field(30.0, gt=0, description="Seconds calls stay paused before a probe.")
    server_name: str | None = Field(
        None, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$",
        description="Names this deploy-mcp in its runs' tags; default derived from the state directory.",
    )

    # dstack connection
    dstack: Literal["auto", "embedded", "external"] = "auto"
    dstack_server_url: str | None = None
    dstack_token: str | None = None
    dstack_project: str | None = None
    dstack_server_dir: Path | None = Field(None, description="Embedded server directory; dstack's default if unset.")
    dstack_server_port: int | None = Field(
        None, description="Embedded server port; unset means 3000, or a free port when 3000 is taken."
    )

    # Kubernetes connection and placement (target kubernetes)
    kubeconfig: Path | None = Field(None, description="kubeconfig file; else KUBECONFIG, ~/.kube/config or in-cluster.")
    k8s_context: str | None = Field(None, description="kubeconfig context; else the current context.")
    k8s_namespace: str | None = Field(None, description="Namespace of every run; else the context's, else default.")
    k8s_secret: str | None = Field(None, description="Secret that value-less env names are read from in the pod.")
    k8s_cache_pvc: str | None = Field(None, description="PVC mounted as the model cache; else an emptyDir.")
    k8s_gpu_prices: Path | None = Field(None, description="Rate card: YAML/JSON of USD per GPU-hour by product.")

    # policy
    gpu: str | None = None
    cpu: str | None = None
    memory: str | None = None
    disk: str | None = None
    backends: CommaList = Field(default_factory=list)
    regions: CommaList = Field(default_factory=list)
    instance_types: CommaList = Field(default_factory=list)
    fleets: CommaList = Field(default_factory=list)
    max_price: float | None = Field(None, gt=0)
    max_duration: str | None = None
    spot_policy: SpotPolicy | None = None
    env: CommaList = Field(default_factory=list)
    allow_env: CommaList = Field(default_factory=list)
    max_replicas: int = Field(4, ge=1)
    max_attempts: int = Field(3, ge=1)
    max_active_runs: int | None = Field(None, ge=1)
    budget_usd: float | None = Field(None, ge=0)
    require_plan: bool = False
    confirm: Confirm = "elicit"
    allow_foreign_runs: bool = False

    @field_validator("backends", "regions", "instance_types", "fleets", "env", "allow_env", "allowed_hosts",
                     mode="before")
    @classmethod
    def _split_commas(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("max_duration", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> Any:
        if value in (None, ""):
            return None
        seconds = duration_seconds(value)
        if not 0 < seconds < math.inf:
            raise ValueError("max_duration must be a positive duration such as 90m or 2h")
        return str(value).strip()

    def kubernetes_policy(self) -> dict[str, Any] | None:
        """The Kubernetes placement the model cannot change, for deploy://policy; None on other targets."""
        if self.target != "kubernetes":
            return None
        return {
            "namespace": self.k8s_namespace,
            "secret": self.k8s_secret,
            "cache_pvc": self.k8s_cache_pvc,
            "gpu_prices": str(self.k8s_gpu_prices) if self.k8s_gpu_prices else None,
        }

    @model_validator(mode="after")
    def _no_server_credentials_for_runs(self) -> Settings:
        _refuse_server_credentials("--env", [entry for entry in self.env if "=" not in entry])
        _refuse_server_credentials("--allow-env", self.allow_env)
        return self

    @property
    def server_id(self) -> str:
        """The tag that marks runs as this server's: a lost ledger in the same state directory finds them
        again, while another deploy-mcp on the same dstack project (another state directory) does not adopt
        them."""
        if self.server_name:
            return self.server_name
        return "s" + hashlib.sha256(str(self.state_dir.expanduser().resolve()).encode()).hexdigest()[:12]

    @property
    def policy(self) -> Policy:
        return Policy(**{name: getattr(self, name) for name in Policy.model_fields})
