"""What a diagnosis says, apart from how it is found: the run tools and the ledger describe runs with it, so
it loads without the classifier's rule tables (which the first diagnosis loads)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DiagnosisKind = Literal[
    "gpu_oom",
    "kv_cache_insufficient",
    "hf_auth",
    "model_unsupported",
    "dtype_unsupported",
    "quantization_unsupported",
    "tensor_parallel_invalid",
    "gpu_unavailable",
    "disk_full",
    "health_check_failed",
    "nccl_or_shm",
    "dependency_install_failed",
    "invalid_engine_args",
    "image_pull_failed",
    "no_capacity",
    "instance_interrupted",
    "instance_unreachable",
    "host_oom",
    "container_exited",
    "unknown",
]


class Diagnosis(BaseModel):
    """Why a deployment failed, and the smallest configuration change that should make it work."""

    model_config = ConfigDict(frozen=True)

    kind: DiagnosisKind = Field(
        description="The failure class; `unknown` when nothing in the input names a cause."
    )
    summary: str = Field(description="One sentence saying what went wrong, with the figures the log gave.")
    evidence: list[str] = Field(
        description="Up to five log lines that show the failure, verbatim once colours and prefixes are "
        "removed."
    )
    suggested_fix: str = Field(
        description="The minimal configuration change, with concrete values where known."
    )
    retryable_as_is: bool = Field(
        description="True when resubmitting the same configuration can succeed (capacity, interruption, "
        "network)."
    )
