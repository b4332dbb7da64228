"""generate_service_config: a sized dstack service for a model, and the deployment that holds the user's options."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from deploy_mcp.runtime import Runtime
from deploy_mcp.sizing.generate import (
    DEFAULT_CONCURRENCY,
    USEFUL_CONTEXT,
    ServiceRequest,
    Sizing,
    deployment_name,
    generate_service,
)
from deploy_mcp.sizing.models import resolver_for
from deploy_mcp.tools.common import READ_ONLY_OPEN, add_tool

NameList = Annotated[list[str] | None, Field(description="Replaces the configuration's list; omit for any.")]


class GeneratedConfig(BaseModel):
    yaml: str = Field(description="The dstack service configuration; pass it to validate_config with the deployment.")
    deployment: str = Field(description="Deployment name: pass it to validate_config, estimate_cost and submit_run.")
    max_attempts: int = Field(description="Submissions this deployment allows (capped by the server's policy).")
    attempts_used: int = Field(description="Submissions already made (a reopened deployment keeps its count).")
    sizing: Sizing = Field(description="The numbers behind the configuration, each with its source.")
    warnings: list[str] = Field(description="What to tell the user or double-check before submitting.")
    mandatory_options: dict[str, Any] = Field(
        description="The user's options stored with the deployment: they override any edit of the YAML.")


def register(server, runtime: Runtime) -> None:
    def generate_service_config(
        model: Annotated[str, Field(pattern=r"^\s*\S+\s*$", description=(
            "Hugging Face model id, e.g. 'Qwen/Qwen2.5-7B-Instruct'."))],
        engine: Annotated[Literal["vllm", "sglang", "tgi"], Field(description="Inference engine.")] = "vllm",
        context_length: Annotated[int | None, Field(ge=256, description=(
            "Longest sequence (prompt + output) to serve: a requirement the GPUs are sized for. Default: "
            f"GPUs sized for {USEFUL_CONTEXT} tokens per sequence, then the longest length they hold, up to "
            "the model's maximum."
        ))] = None,
        concurrency: Annotated[int, Field(ge=1, le=1024, description=(
            f"Sequences the KV cache must hold at once, each context_length (default {USEFUL_CONTEXT}) "
            "tokens long; sizes the GPUs and --max-model-len."
        ))] = DEFAULT_CONCURRENCY,
        gpu: Annotated[str | None, Field(description=(
            "dstack GPU spec the user asked for, e.g. 'A100', 'L40S:2', '24GB', 'H100:80GB:8'; omit to let "
            "sizing choose the cheapest that fits. A missing count becomes the fewest GPUs that fit."
        ))] = None,
        backends: NameList = None,
        regions: NameList = None,
        fleets: NameList = None,
        instance_types: NameList = None,
        max_price: Annotated[float | None, Field(gt=0, description="Max USD per hour per instance.")] = None,
        spot_policy: Annotated[Literal["spot", "on-demand", "auto"] | None, Field(
            description="Spot instances: spot, on-demand or auto.")] = None,
        cpu: Annotated[str | None, Field(description="dstack CPU spec, e.g. '8..'.")] = None,
        memory: Annotated[str | None, Field(description="Host memory spec, e.g. '64GB..'.")] = None,
        disk: Annotated[str | None, Field(description="Disk spec, e.g. '500GB..'; default sized for the weights.")] = None,
        env: Annotated[list[str] | None, Field(description=(
            "Env variable NAMES the run needs (values come from the server's environment, never from here)."
        ))] = None,
        replicas: Annotated[int | None, Field(ge=1, le=64, description="Service replicas.")] = None,
        name: Annotated[str | None, Field(description=(
            "Deployment and run name (lowercase letters, digits, '-'); default derived from the model."
        ))] = None,
        max_attempts: Annotated[int | None, Field(ge=1, description=(
            "Submissions allowed for this deployment; capped by the server's policy."
        ))] = None,
        dtype: Annotated[Literal["auto", "bfloat16", "float16"], Field(description=(
            "Weights/activations dtype; auto uses the checkpoint's (float16 on GPUs without bf16)."
        ))] = "auto",
        quantization: Annotated[Literal["fp8"] | None, Field(description=(
            "Quantize an unquantized checkpoint on load (FP8 halves weight memory; best on L4/L40S/H100)."
        ))] = None,
        kv_cache_dtype: Annotated[Literal["auto", "fp8"], Field(description=(
            "fp8 halves the KV cache per token (longer contexts, slight quality cost)."
        ))] = "auto",
    ) -> GeneratedConfig:
        """Write a ready dstack service configuration for a model on vLLM, SGLang or TGI, sized for its weights
        and KV cache (GPU memory and count, tensor parallel size, --max-model-len, dtype), and open (or reopen) a
        deployment holding the user's options as mandatory. Deterministic, no LLM; starts nothing."""
        policy = runtime.policy
        warnings: list[str] = []
        sizing_gpu = gpu
        if policy.gpu:
            if gpu and gpu != policy.gpu:
                warnings.append(f"The server's policy forces gpu {policy.gpu!r}; sized for it instead of {gpu!r}.")
            sizing_gpu = policy.gpu
        request = ServiceRequest(
            model=model.strip(), engine=engine, context_length=context_length, concurrency=concurrency,
            gpu=sizing_gpu, backends=backends or [], regions=regions or [], fleets=fleets or [],
            instance_types=instance_types or [], max_price=max_price, spot_policy=spot_policy, cpu=cpu,
            memory=memory, disk=disk, env=env or [], replicas=replicas, name=name, dtype=dtype,
            quantization=quantization, kv_cache_dtype=kv_cache_dtype,
        )
        existing = runtime.ledger.get_deployment(deployment_name(request))
        if existing is not None:
            # Reopening: size for the options the deployment already holds, since they will override the YAML.
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
        options: dict[str, Any] = {
            "gpu": generated.gpu_option if gpu and not policy.gpu else None,
            "cpu": cpu, "memory": memory, "disk": disk, "backends": backends, "regions": regions,
            "instance_types": instance_types, "fleets": fleets, "max_price": max_price,
            "spot_policy": spot_policy, "env": env,
        }
        options = {key: value for key, value in options.items() if value not in (None, [])}
        record = runtime.ledger.open_deployment(
            deployment_name(request), target=settings.target, options=options,
            max_attempts=min(max_attempts or policy.max_attempts, policy.max_attempts),
        )
        return GeneratedConfig(
            yaml=generated.yaml, deployment=record.name, max_attempts=record.max_attempts,
            attempts_used=record.attempts_used, sizing=generated.sizing, warnings=warnings,
            mandatory_options=record.options,
        )

    add_tool(server, runtime, generate_service_config, READ_ONLY_OPEN, title="Generate a sized service configuration")
