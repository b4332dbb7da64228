"""The protocol every deployment target implements, and the plain models it speaks.

Configurations cross this boundary as the JSON form of a validated dstack run configuration (a ``dict``), so
the tool layer and the ledger never hold a backend's own objects. Every method is blocking; the MCP layer
calls them from worker threads with a timeout.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from deploy_mcp.errors import DeployError
from deploy_mcp.internal_model import InternalModel

RunStatus = Literal["submitted", "provisioning", "pulling", "running", "ready", "failed", "stopped", "done"]
"""One status model for every target. ``running`` means the container runs; ``ready`` that it serves."""

ACTIVE_STATUSES: frozenset[str] = frozenset({"submitted", "provisioning", "pulling", "running", "ready"})

TAG_DEPLOYMENT = "deploy-mcp-deployment"
TAG_ATTEMPT = "deploy-mcp-attempt"
TAG_SERVER = "deploy-mcp-server"
"""Tags (dstack ``tags``, Kubernetes labels) every run deploy-mcp submits carries, so that a lost ledger can be
rebuilt from the target: the deployment's name, the attempt number, and the deploy-mcp server (its state
directory) that made it. Keys and values fit dstack's tag rules (keys ``[_-a-zA-Z0-9]{1,60}``, values
``[a-zA-Z0-9 .:/=_-+@]{0,256}``); Kubernetes label values are shorter (63)."""


def ownership_tags(deployment: str, attempt: int, server: str | None = None) -> dict[str, str]:
    tags = {TAG_DEPLOYMENT: deployment, TAG_ATTEMPT: str(attempt)}
    return tags | {TAG_SERVER: server} if server else tags


def ownership_fields(tags: dict[str, str] | None) -> dict[str, Any]:
    """``RunInfo`` fields read from a run's tags or labels (None where a tag is missing or malformed)."""
    tags = tags or {}
    attempt = tags.get(TAG_ATTEMPT, "")
    return {
        "deployment": tags.get(TAG_DEPLOYMENT),
        "attempt": int(attempt) if attempt.isdigit() else None,
        "server": tags.get(TAG_SERVER),
    }


class Offer(BaseModel):
    backend: str
    region: str
    instance_type: str = Field(description="The provider's instance type name.")
    gpu_name: str | None = None
    gpu_memory_gb: float | None = None
    gpu_count: int = 0
    cpus: int | None = None
    memory_gb: float | None = None
    disk_gb: float | None = None
    spot: bool = False
    price_per_hour: float = Field(description="USD per hour for the whole instance.")
    priced: bool = Field(True, description="False when no price is known (a cluster of one's own without a rate "
                         "card): price_per_hour is then 0.")
    availability: str = "unknown"
    resources: str = Field("", description='Compact form, e.g. "cpu=32 mem=256GB disk=200GB gpu=A100:80GB:2".')
    source: Literal["backend", "catalog"] = Field(
        "backend", description="catalog: a provider's list price, not an offer that can be had now."
    )


class Plan(InternalModel):
    offers: list[Offer] = Field(default_factory=list, description="Cheapest first.")
    total_offers: int = 0
    max_price: float | None = Field(None, description="The highest offer price among all matching offers.")
    fleet_required: bool = Field(
        False, description="The offers exist in the backends, but no fleet can provision them yet."
    )
    note: str | None = Field(None, description="What the target wants said about these offers.")


class Exclusion(BaseModel):
    field: str = Field(description="The constraint, as a field path of the configuration.")
    requested: str
    offers_if_relaxed: int = Field(description="Offers that match every other constraint.")
    cheapest_if_relaxed: str | None = None


class GpuGroup(BaseModel):
    name: str
    memory_gb: float | None = None
    vendor: str | None = None
    count_min: int | None = None
    count_max: int | None = None
    price_per_gpu_min: float | None = Field(None, description="USD per GPU per hour, lowest.")
    price_per_gpu_max: float | None = Field(None, description="USD per GPU per hour, highest.")
    spot: list[bool] = Field(default_factory=list)
    backends: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    availability: list[str] = Field(default_factory=list)
    source: Literal["backend", "catalog"] = Field(
        "backend", description="catalog: providers' list prices, not GPUs that can be had now."
    )
    # A cluster's own GPUs (Kubernetes): counted from its nodes and pods.
    product: str | None = Field(None, description="The nodes' GPU product label.")
    nodes: int | None = Field(None, description="Nodes with these GPUs.")
    allocatable: int | None = Field(None, description="GPUs the nodes offer to pods.")
    requested: int | None = Field(None, description="GPUs that pods on the nodes hold.")
    free: int | None = Field(None, description="GPUs a new pod could get now.")
    priced: bool = Field(True, description="False when no price is known (no rate card).")


class RunInfo(InternalModel):
    name: str
    status: RunStatus
    raw_status: str = Field("", description="The target's own status, e.g. dstack's run/job status.")
    termination_reason: str | None = Field(None, description="The target's raw termination reason.")
    status_message: str | None = None
    exit_status: int | None = None
    service_url: str | None = None
    backend: str | None = None
    region: str | None = None
    instance_type: str | None = None
    price_per_hour: float | None = None
    submitted_at: str | None = Field(None, description="ISO 8601.")
    finished_at: str | None = None
    cost_usd: float | None = None
    extra: dict[str, Any] = Field(default_factory=dict, description="Target-specific details worth showing.")
    deployment: str | None = Field(None, description="The deployment named by the run's ownership tag.")
    attempt: int | None = Field(None, description="The attempt number named by the run's ownership tag.")
    server: str | None = Field(None, description="The deploy-mcp server named by the run's ownership tag.")
    configuration: dict[str, Any] | None = Field(
        None, description="The configuration the target stored for the run, env values removed (list_owned only)."
    )


class LogLine(InternalModel):
    timestamp: str | None = None
    source: str = "stdout"
    text: str
    cursor: str | None = Field(
        None, description="Position just after this line: a page cut short here continues from it."
    )


class LogPage(InternalModel):
    lines: list[LogLine]
    cursor: str | None = Field(None, description="Pass back to get only lines after these.")
    has_more: bool = Field(False, description="More lines after these exist already (the page hit its limit).")


def encode_cursor(position: dict[str, Any]) -> str:
    """A log position as the opaque cursor string every target hands out."""
    return base64.urlsafe_b64encode(json.dumps(position, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(text: str) -> dict[str, Any]:
    """The position inside a cursor from ``encode_cursor``; ``invalid_cursor`` for anything else."""
    try:
        position = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except (ValueError, binascii.Error) as exc:
        raise invalid_cursor() from exc
    if not isinstance(position, dict):
        raise invalid_cursor()
    return position


def invalid_cursor() -> DeployError:
    return DeployError("invalid_cursor", "The log cursor is not one this server returned.",
                       "Call again without a cursor to get the latest lines.")


@runtime_checkable
class Backend(Protocol):
    """A deployment target. Raise ``deploy_mcp.errors.DeployError`` for failures the model can act on
    (``backend_unreachable``, ``run_not_found``, ``backend_error`` ...)."""

    name: str

    def prepare(self) -> None:
        """Begin slow set-up (e.g. starting a local server) without blocking; calls wait for it, bounded."""
        ...

    def plan(self, config: dict[str, Any], *, max_offers: int = 20) -> Plan: ...

    def submit(self, config: dict[str, Any], *, run_name: str, tags: dict[str, str] | None = None) -> RunInfo:
        """Submit ``config`` as ``run_name``; ``tags`` (``ownership_tags``) go on the run and win over any tag
        of the same key in ``config``."""
        ...

    def get(self, run_name: str) -> RunInfo | None: ...

    def list(self, *, names: list[str] | None = None, include_finished: bool = True) -> list[RunInfo]: ...

    def list_owned(self) -> list[RunInfo]:
        """Every run, finished or not, that carries deploy-mcp's ownership tags (``ownership_tags``), with
        ``deployment``, ``attempt`` and ``configuration`` filled: what rebuilds a lost ledger."""
        ...

    def logs(self, run_name: str, *, cursor: str | None = None, limit: int = 200) -> LogPage: ...

    def stop(self, run_name: str, *, abort: bool = False) -> RunInfo: ...

    def gpus(self, config: dict[str, Any] | None = None) -> list[GpuGroup]: ...

    def all_offers(self, *, limit: int = 500) -> list[Offer]:
        """Everything the target could provide with no constraint at all (no resources, backends, regions,
        spot policy or price), for telling which constraint of a configuration excludes every offer."""
        ...

    def close(self) -> None: ...
