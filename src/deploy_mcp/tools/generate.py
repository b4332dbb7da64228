"""generate_service_config: a sized dstack service for a model, and the deployment that holds the user's options."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from deploy_mcp.errors import DeployError
from deploy_mcp.runtime import Runtime
from deploy_mcp.sizing.report import DEFAULT_CONCURRENCY, MAX_MODEL_ID, USEFUL_CONTEXT, Sizing
from deploy_mcp.tools.common import add_tool, draft_annotations


class GeneratedConfig(BaseModel):
    yaml: str
    deployment: str
    max_attempts: int
    attempts_used: int
    sizing: Sizing
    warnings: list[str]
    mandatory_options: dict[str, Any]
    locked: bool


MANDATORY_OPTIONS = {"cpu", "memory", "disk", "backends", "regions", "instance_types", "fleets", "max_price",
                     "spot_policy", "env"}
"""The options that become the deployment's mandatory overrides; the rest only shape the generated YAML."""


Names = Annotated[list[Annotated[str, Field(max_length=256)]], Field(max_length=64)]


class GenerateOptions(BaseModel):
    """The user's other choices: placement and limits (which the deployment enforces) and engine settings."""

    model_config = ConfigDict(extra="forbid")

    concurrency: int = Field(DEFAULT_CONCURRENCY, ge=1, le=1024, description="Full-length sequences served at once.")
    max_price: float | None = Field(None, gt=0, description="USD per hour per instance.")
    spot_policy: Literal["spot", "on-demand", "auto"] | None = None
    backends: Names | None = None
    regions: Names | None = None
    fleets: Names | None = None
    instance_types: Names | None = None
    cpu: str | None = Field(None, description="dstack specs like '8..'; memory and disk like '64GB..'.")
    memory: str | None = None
    disk: str | None = None
    env: Names | None = Field(None, description="Variable names only, never values.")
    replicas: int | None = Field(None, ge=1, le=64)
    max_attempts: int | None = Field(None, ge=1)
    dtype: Literal["auto", "bfloat16", "float16"] = "auto"
    quantization: Literal["fp8"] | None = Field(None, description="Quantize on load (halves weight memory).")
    kv_cache_dtype: Literal["auto", "fp8"] = "auto"


def register(server, runtime: Runtime) -> None:
    def generate_service_config(
        model: Annotated[str, Field(max_length=MAX_MODEL_ID, pattern=r"^\s*\S+\s*$",
                                    description="Hugging Face model id.")],
        engine: Literal["vllm", "sglang", "tgi"] = "vllm",
        gpu: Annotated[str | None, Field(description=(
            "dstack GPU spec, e.g. 'L40S', 'A100:80GB:2', '24GB'; default: the cheapest that fits."))] = None,
        context_length: Annotated[int | None, Field(ge=256, description=(
            f"Prompt + output tokens; default: sized for {USEFUL_CONTEXT}, then the longest that fits."))] = None,
        name: Annotated[str | None, Field(max_length=100, description="Deployment name; default from the model.")]
        = None,
        options: GenerateOptions | None = None,
    ) -> GeneratedConfig:
        """A dstack service configuration for a model on vLLM, SGLang or TGI, sized for its weights and KV cache,
        each number with its source. Opens the deployment as a draft holding the user's options; a new call
        replaces them until the first submit_run fixes them."""
        from deploy_mcp.config.env_access import require_allowed_env
        from deploy_mcp.sizing.generate import ServiceRequest, deployment_name, generate_service
        from deploy_mcp.sizing.models import resolver_for

        opts = options or GenerateOptions()
        policy = runtime.policy
        require_allowed_env(opts.env or [], policy)
        if opts.replicas is not None and opts.replicas > policy.max_replicas:
            raise DeployError("count_over_limit", f"options.replicas is {opts.replicas}; the policy allows at most "
                              f"{policy.max_replicas}.", f"Ask for {policy.max_replicas} replicas or fewer.")
        warnings: list[str] = []
        sizing_gpu = gpu
        if policy.gpu:
            if gpu and gpu != policy.gpu:
                warnings.append(f"The server's policy forces gpu {policy.gpu!r}; sized for it instead of {gpu!r}.")
            sizing_gpu = policy.gpu
        request = ServiceRequest(
            model=model.strip(), engine=engine, context_length=context_length, gpu=sizing_gpu, name=name,
            **opts.model_dump(exclude={"max_attempts"}, exclude_none=True),
        )
        existing = runtime.ledger.get_deployment(deployment_name(request))
        if existing is not None and existing.locked:
            # A submitted deployment's options override the YAML: size for them where the call gives none.
            held = {k: v for k, v in existing.options.items() if k in ServiceRequest.model_fields
                    and getattr(request, k) in (None, []) and not (k == "gpu" and policy.gpu)}
            request = request.model_copy(update=held)
        settings = runtime.settings
        facts = resolver_for(settings.hf_lookup, settings.state_dir)(request.model)
        generated = generate_service(request, facts)
        warnings += generated.warnings
        if policy.gpu and generated.gpu_option and generated.gpu_option != policy.gpu:
            warnings.append(f"The policy's gpu {policy.gpu!r} gives no count: the run may get fewer GPUs than "
                            f"the tensor parallel size {generated.sizing.tensor_parallel.value}.")
        mandatory = opts.model_dump(include=MANDATORY_OPTIONS, exclude_none=True)
        if gpu and not policy.gpu:
            mandatory["gpu"] = generated.gpu_option
        record = runtime.open_deployment(
            deployment_name(request), options={k: v for k, v in mandatory.items() if v != []},
            max_attempts=min(opts.max_attempts or policy.max_attempts, policy.max_attempts),
        )
        return GeneratedConfig(
            yaml=generated.yaml, deployment=record.name, max_attempts=record.max_attempts,
            attempts_used=record.attempts_used, sizing=generated.sizing, warnings=warnings,
            mandatory_options=record.options, locked=record.locked,
        )

    add_tool(server, runtime, generate_service_config, draft_annotations(runtime),
             title="Generate a sized service configuration", uses_backend=False)
