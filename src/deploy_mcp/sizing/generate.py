"""From a model id, an engine and the user's options to a ready dstack ``type: service`` configuration.

Pure and deterministic: the same request and facts give the same YAML. The GPU (when the user named none), the
GPU count (= tensor parallel size, a divisor of the attention heads) and ``--max-model-len`` come from the
arithmetic in ``sizing``; every number is reported with where it came from.

The policy is "the cheapest GPUs that work": GPUs are chosen to hold the weights plus ``concurrency``
sequences of a *sizing length* (the user's ``context_length``, else ``USEFUL_CONTEXT`` tokens, both capped by
the model's maximum), trying GPU classes and counts in a rough cost order; ``--max-model-len`` is then the
longest length those GPUs hold ``concurrency`` times, up to the model's maximum and ``context_length``. A
longer context is something the user asks for, never a reason on its own to rent more GPUs.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Literal

import yaml
from pydantic import Field

from deploy_mcp.config.spec import name_slug
from deploy_mcp.errors import DeployError
from deploy_mcp.internal_model import InternalModel
from deploy_mcp.sizing import matrix
from deploy_mcp.sizing.commands import HEALTH_PATH, IMAGES, EngineArgs, serve_command, shell_command
from deploy_mcp.sizing.gpus import GpuInfo, GpuRequest, gpu_variants, parse_gpu
from deploy_mcp.sizing.memory import (
    UTILISATION_SOURCE,
    WINDOW_AWARE,
    estimate_fit,
    kv_gib_per_gpu,
    kv_layer_count,
    kv_token_bytes_per_gpu,
    max_length_that_fits,
    valid_tensor_parallel,
    weights_gib,
)
from deploy_mcp.sizing.model_table import ModelFacts
from deploy_mcp.sizing.report import DEFAULT_CONCURRENCY, USEFUL_CONTEXT, Engine, Sizing, Sourced

PORT = 8000
# The longest --max-model-len written when the model's maximum is unknown: most current models serve 32k or more,
# and an engine given more than the model knows refuses to start, which the warning says.
UNKNOWN_CONTEXT_CAP = 32768
# On GPUs the user fixed, a default-sized deployment may be shortened down to this before it is refused.
MIN_USEFUL_LENGTH = 2048
GPU_COUNTS = (1, 2, 4, 8)


@dataclass(frozen=True)
class GpuClass:
    """A GPU memory class sizing may pick when the user names no GPU."""

    memory: float  # GB per GPU: the spec asks for this much or more
    examples: str
    cost: float  # relative cost of one GPU-hour, for ranking only
    price_floor: float  # USD per GPU-hour below which offers of this class are rare


# Cost ranks follow the on-demand prices of the cheapest common offers per GPU-hour (2025 list prices on
# RunPod, Lambda, AWS and GCP: 24 GB ~$0.4-1, 48 GB ~$0.8-1.9, 80 GB ~$1.6-3, 141 GB ~$3.5-4.5), rounded to a
# doubling ladder so that two GPUs of one class cost about one of the next; H200 sits just above 2x80 GB
# because its offers are scarcer. Equal costs go to fewer GPUs (no tensor-parallel traffic, and single-GPU
# offers are the most common). Price floors are rough lows including spot and community clouds (an RTX
# 3090/4090 from ~$0.2/h), so a warning based on them means "unlikely", never a quote.
GPU_CLASSES = (
    GpuClass(24.0, "A10G, L4, RTX 4090", cost=1.0, price_floor=0.2),
    GpuClass(48.0, "L40S, RTX A6000", cost=2.0, price_floor=0.4),
    GpuClass(80.0, "A100 80GB, H100", cost=4.0, price_floor=0.8),
    GpuClass(141.0, "H200", cost=8.5, price_floor=2.0),
)
RUN_NAME = re.compile(r"^[a-z][a-z0-9-]{1,40}$")
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class ServiceRequest(InternalModel):
    """What the user asked for; ``gpu`` is the spec sizing must honour (the policy's, else the user's)."""

    model: str
    engine: Engine = "vllm"
    context_length: int | None = None
    concurrency: int = DEFAULT_CONCURRENCY
    gpu: str | None = None
    backends: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    fleets: list[str] = Field(default_factory=list)
    instance_types: list[str] = Field(default_factory=list)
    max_price: float | None = None
    spot_policy: Literal["spot", "on-demand", "auto"] | None = None
    cpu: str | None = None
    memory: str | None = None
    disk: str | None = None
    env: list[str] = Field(default_factory=list)
    replicas: int | None = None
    name: str | None = None
    dtype: Literal["auto", "bfloat16", "float16"] = "auto"
    quantization: Literal["fp8"] | None = None
    kv_cache_dtype: Literal["auto", "fp8"] = "auto"


class GeneratedService(InternalModel):
    config: dict[str, Any]
    yaml: str
    sizing: Sizing
    warnings: list[str]
    gpu_option: str | None = Field(
        None, description="The user's GPU spec completed with the sized count (and memory): what the deployment "
        "enforces. None when the user named no GPU.")


@dataclass
class _Choice:
    names: list[str]
    memory: float
    memory_source: str
    count: int
    low_gpu: GpuInfo | None = None


def deployment_name(request: ServiceRequest) -> str:
    if request.name is not None:
        if not RUN_NAME.match(request.name):
            raise DeployError(
                "invalid_argument", f"name {request.name!r} is not a valid dstack run name.",
                "Use 2-41 characters: a lowercase letter first, then lowercase letters, digits and '-'.",
            )
        return request.name
    return model_slug(request.model)


def model_slug(model_id: str) -> str:
    """The deployment name a model gets by default: its repository name as a dstack run name."""
    return name_slug(model_id.rsplit("/", 1)[-1], prefix="m-", limit=41) or "model"


def generate_service(request: ServiceRequest, facts: ModelFacts) -> GeneratedService:
    """Size and write the service configuration; raise DeployError when the model cannot fit what was asked."""
    warnings: list[str] = []
    _check_request(request, facts)
    engine = request.engine
    kv_bytes = 1 if request.kv_cache_dtype == "fp8" else 2
    quant = request.quantization
    effective_quant = quant or facts.quantization
    cap, cap_source = _length_cap(request, facts, warnings)
    # A context_length the user gave is a requirement the GPUs are sized for; otherwise a useful minimum is.
    explicit = request.context_length is not None
    sizing_length = cap if explicit else min(cap, USEFUL_CONTEXT)

    gpu_request = parse_gpu(request.gpu) if request.gpu else None
    choice = _choose(request, facts, gpu_request, sizing_length=sizing_length, explicit=explicit,
                     kv_bytes=kv_bytes)
    util = _utilisation(engine, choice.memory)
    length = _fitting_length(request, facts, choice, cap=cap, kv_bytes=kv_bytes)
    on = f"{choice.count}x{choice.memory:g} GB"
    if explicit and length < cap:
        held = _sequences_held(request, facts, choice, cap, kv_bytes)
        warnings.append(
            f"Only {held:.1f} sequence(s) of the {cap} tokens asked for fit the KV cache of {on} at "
            f"once, not {request.concurrency}: further requests wait their turn. Request more GPUs (or a GPU "
            "without a count), a shorter context_length, lower concurrency or kv_cache_dtype='fp8'.")
        length = cap
        length_source = f"{cap_source} (the user's requirement; fewer concurrent sequences fit)"
    elif length < cap:
        chosen_by = ("the GPUs asked for" if gpu_request is not None and gpu_request.count_given
                     else f"the {'cheapest' if gpu_request is None else 'fewest'} GPUs that hold "
                     f"{request.concurrency}x{sizing_length} tokens")
        short = f", below the {sizing_length} tokens a deployment is sized for" \
            if length < sizing_length else ""
        warnings.append(
            f"--max-model-len is {length} (the cap is {cap_source}){short}: that is the most "
            f"{request.concurrency} concurrent sequences fit on {on}, {chosen_by}. Pass context_length to "
            "size the GPUs for longer sequences, or lower concurrency.")
        length_source = (f"largest multiple of 256 where {request.concurrency} sequences fit the KV cache, "
                         f"capped by {cap_source}")
    else:
        length_source = f"{cap_source} (fits)"
    price_warning = _price_warning(request, choice)
    if price_warning:
        warnings.append(price_warning)
    if gpu_request is not None and gpu_request.count_given:
        count_source = "user's gpu option"
    else:
        chooser = "cheapest GPU class x count (rough cost order)" if gpu_request is None else "fewest GPUs"
        count_source = (f"{chooser} that hold weights + KV for {request.concurrency} sequences of "
                        f"{sizing_length} tokens")

    dtype = _dtype(request, facts, choice.low_gpu, warnings)
    _check_support(request, facts, choice.low_gpu, warnings)
    vendor = choice.low_gpu.vendor if choice.low_gpu else "nvidia"
    image = IMAGES[(engine, vendor)]
    args = EngineArgs(engine=engine, model=request.model, port=PORT, tp=choice.count, max_model_len=length,
                      utilisation=util, dtype=dtype, quantization=quant,
                      kv_cache_fp8=request.kv_cache_dtype == "fp8", trust_remote_code=facts.trust_remote_code)
    if facts.trust_remote_code:
        warnings.append(f"{request.model} ships its own modelling code: --trust-remote-code runs it in the "
                        "container. Pin a revision you have reviewed for production.")

    fit = estimate_fit(facts, engine=engine, memory_gib=choice.memory, tp=choice.count, length=length,
                       utilisation=util, quantization=quant, kv_bytes=kv_bytes)
    weights, weights_source = weights_gib(facts, quant)
    gpu_spec, gpu_yaml, gpu_option = _gpu_spec(request, gpu_request, choice, facts)
    config = _config(request, facts, image, args, gpu_yaml, weights, choice.count, warnings)
    text = yaml_text(config)
    sequences = _sequences_held(request, facts, choice, length, kv_bytes)
    facts_label = f"{facts.source}" + (" (estimate: check the model card)" if facts.estimated else "")
    sizing = Sizing(
        engine=engine, image=image, model_facts=facts.source, layers=facts.layers, attention_heads=facts.heads,
        kv_heads=facts.kv_heads, max_positions=facts.max_positions,
        parameters_b=Sourced(value=facts.params_b, source=facts_label),
        active_parameters_b=Sourced(value=facts.active_params_b, source=facts_label)
        if facts.active_params_b else None,
        weights_gb=Sourced(value=round(weights, 2), source=weights_source),
        kv_layers=_kv_layers_text(facts),
        kv_bytes_per_token=Sourced(value=int(kv_token_bytes_per_gpu(facts, kv_bytes=kv_bytes)),
                                   source=_kv_formula(facts, kv_bytes)),
        kv_gb_per_sequence=Sourced(value=round(fit.kv_gib, 2), source=f"{length} tokens x KV per token"
                                   + (f", sliding/chunked layers hold {facts.sliding_window}"
                                      if facts.sliding_window and engine in ("vllm", "sglang") else "")),
        overhead_gb=Sourced(value=round(fit.overhead_gib, 2), source=_overhead_source(engine)),
        gpu=Sourced(value=gpu_spec, source=choice.memory_source),
        gpu_memory_gb=Sourced(value=choice.memory, source=choice.memory_source),
        gpu_count=Sourced(value=choice.count, source=count_source),
        tensor_parallel=Sourced(value=choice.count, source=f"= GPU count; divides {facts.heads} attention heads"),
        max_model_len=Sourced(value=length, source=length_source),
        concurrent_sequences=Sourced(value=round(sequences, 1),
                                     source=f"KV room {fit.room_per_gpu_gib:.1f} GB per GPU / one sequence"),
        dtype=Sourced(value=dtype or facts.dtype, source="forced: no bf16 on this GPU" if dtype == "float16"
                      and request.dtype == "auto" else ("user's option" if dtype else "checkpoint's native dtype")),
        quantization=Sourced(value=effective_quant, source="user's option (on the fly)" if quant
                             else ("shipped with the checkpoint" if effective_quant else "none")),
        kv_cache_dtype=Sourced(value=request.kv_cache_dtype, source="user's option" if kv_bytes == 1
                               else "engine default (model dtype)"),
        utilisation=Sourced(value=util, source=UTILISATION_SOURCE[engine] if engine != "sglang"
                            else "set explicitly with --mem-fraction-static"),
        fit=fit.describe(),
    )
    return GeneratedService(config=config, yaml=text, sizing=sizing, warnings=warnings, gpu_option=gpu_option)


def _check_request(request: ServiceRequest, facts: ModelFacts) -> None:
    if request.concurrency < 1:
        raise DeployError("invalid_argument", "concurrency must be at least 1.", "Pass 1 or more.")
    if request.context_length is not None and request.context_length < 256:
        raise DeployError("invalid_argument", f"context_length {request.context_length} is too short.",
                          "Pass at least 256 tokens, or omit it for the model's maximum.")
    if request.quantization and facts.quantization:
        raise DeployError(
            "invalid_argument",
            f"{request.model} is already quantized ({facts.quantization}); it cannot be quantized again to "
            f"{request.quantization}.", "Omit quantization, or start from the unquantized checkpoint.")
    for name in request.env:
        if not ENV_NAME.match(name):
            raise DeployError(
                "invalid_argument", f"env entry {name.split('=')[0]!r}... is not a variable name.",
                "Give env variable names only (e.g. HF_TOKEN); their values come from the server's environment, "
                "never from the configuration.")


def _length_cap(request: ServiceRequest, facts: ModelFacts, warnings: list[str]) -> tuple[int, str]:
    max_pos = facts.max_positions
    if max_pos is None:
        if request.context_length is None:
            warnings.append(
                f"The maximum context of {request.model} is unknown: the GPUs are sized for {USEFUL_CONTEXT} tokens "
                f"and --max-model-len grows to what they hold, up to a default cap of {UNKNOWN_CONTEXT_CAP}, which "
                "the model may not support. Pass context_length (the model card states its maximum).")
            return UNKNOWN_CONTEXT_CAP, f"a default cap of {UNKNOWN_CONTEXT_CAP} (model maximum unknown)"
        warnings.append(f"The maximum context of {request.model} is unknown; trusting context_length "
                        f"{request.context_length}.")
        return request.context_length, "context_length (model maximum unknown)"
    if request.context_length is None:
        return max_pos, f"the model's max_position_embeddings {max_pos}"
    if request.context_length > max_pos:
        warnings.append(f"context_length {request.context_length} is above {request.model}'s maximum "
                        f"{max_pos}; capped at {max_pos}.")
        return max_pos, f"the model's max_position_embeddings {max_pos}"
    return request.context_length, f"context_length {request.context_length}"


def _utilisation(engine: str, memory: float) -> float:
    if engine == "sglang":
        # SGLang's activations live outside the static fraction: small GPUs need more of them left free.
        return 0.85 if memory >= 40 else 0.80
    return {"vllm": 0.90, "tgi": 0.95}[engine]


def _needed_capability(facts: ModelFacts, request: ServiceRequest) -> tuple[int, int]:
    """For a GPU chosen for the user: the kernels' fast path (FP8 compute for FP8), per the engine matrix."""
    return matrix.min_capability(request.engine, dtype=None if request.dtype == "auto" else request.dtype,
                                 quantization=request.quantization or facts.quantization,
                                 kv_cache_dtype=request.kv_cache_dtype, native=True)


def _plans(request: ServiceRequest, gpu: GpuRequest | None) -> list[_Choice]:
    """GPU memory x count to try, in the order sizing prefers: cost rank without a GPU, else fewest first."""
    counts = _counts(gpu)
    if gpu is None:
        ranked = sorted(((cls.cost * count, count, cls) for cls in GPU_CLASSES for count in counts),
                        key=lambda plan: (plan[0], plan[1]))
        return [_Choice([], cls.memory, f"cheapest common cloud GPU class that fits ({cls.memory:g} GB+: "
                        f"{cls.examples}; rough cost order)", count) for _, count, cls in ranked]
    candidates = gpu.candidates()
    if gpu.names and not candidates and gpu.memory_min is None:
        raise DeployError(
            "unknown_gpu", f"gpuhunt knows no GPU named {'/'.join(gpu.names)} (nor its memory).",
            "Use a known name (L4, A10G, L40S, A100, H100, H200, MI300X, ...) or give memory, e.g. '48GB:2'.")
    if candidates:
        low = min(candidates, key=lambda g: g.compute_capability or (99, 0))
        return [_Choice(gpu.names, memory, f"{'/'.join(gpu.names)} {memory:g} GB (gpuhunt)", count, low)
                for count in counts for memory in sorted({c.memory_gib for c in candidates})]
    if gpu.memory_min is not None:
        return [_Choice(gpu.names, gpu.memory_min, "user's gpu memory", count) for count in counts]
    raise DeployError("invalid_argument", f"gpu {request.gpu!r} gives neither a GPU name nor memory.",
                      "Give a name (e.g. 'A100:2') or memory (e.g. '80GB:2').")


def _fitting_length(request: ServiceRequest, facts: ModelFacts, choice: _Choice, *, cap: int,
                    kv_bytes: int) -> int:
    """The longest length (up to ``cap``) of which ``concurrency`` sequences fit the chosen GPUs."""
    return max_length_that_fits(facts, engine=request.engine, memory_gib=choice.memory, tp=choice.count,
                                concurrency=request.concurrency, cap=cap,
                                utilisation=_utilisation(request.engine, choice.memory),
                                quantization=request.quantization, kv_bytes=kv_bytes)


def _sequences_held(request: ServiceRequest, facts: ModelFacts, choice: _Choice, length: int,
                    kv_bytes: int) -> float:
    """How many sequences of ``length`` the KV room left on the chosen GPUs holds at once."""
    fit = estimate_fit(facts, engine=request.engine, memory_gib=choice.memory, tp=choice.count, length=length,
                       utilisation=_utilisation(request.engine, choice.memory),
                       quantization=request.quantization, kv_bytes=kv_bytes)
    per_sequence = kv_gib_per_gpu(facts, length, tp=choice.count, kv_bytes=kv_bytes,
                                  window_aware=request.engine in WINDOW_AWARE)
    return max(fit.room_per_gpu_gib, 0.0) / per_sequence if per_sequence else 0.0


def _choose(request: ServiceRequest, facts: ModelFacts, gpu: GpuRequest | None, *, sizing_length: int,
            explicit: bool, kv_bytes: int) -> _Choice:
    """The first plan that holds the weights and ``concurrency`` sequences of ``sizing_length`` tokens.

    When none does, an explicit context_length is kept and the plan holding the most sequences of it wins; a
    default-sized deployment takes the first plan where its sequences reach ``MIN_USEFUL_LENGTH``.
    """
    rejected: list[str] = []
    usable: list[tuple[_Choice, int]] = []
    for plan in _plans(request, gpu):
        reason = valid_tensor_parallel(facts, plan.count)
        if reason:
            rejected.append(f"{plan.count} GPUs: {reason}")
            continue
        length = _fitting_length(request, facts, plan, cap=sizing_length, kv_bytes=kv_bytes)
        if length >= sizing_length:
            return plan
        usable.append((plan, length))
        fit = estimate_fit(facts, engine=request.engine, memory_gib=plan.memory, tp=plan.count,
                           length=sizing_length, utilisation=_utilisation(request.engine, plan.memory),
                           quantization=request.quantization, kv_bytes=kv_bytes)
        rejected.append(f"{plan.count}x{plan.memory:g} GB: {fit.describe()}")
    if explicit:
        held = [(_sequences_held(request, facts, plan, sizing_length, kv_bytes), plan) for plan, _ in usable]
        most = max((h for h in held if h[0] >= 1), key=lambda h: h[0], default=None)
        if most is not None:
            return most[1]
    else:
        shortest = min(sizing_length, MIN_USEFUL_LENGTH)
        for plan, length in usable:
            if length >= shortest:
                return plan
    where = f"gpu {request.gpu!r}" if gpu is not None else \
        f"up to {max(GPU_COUNTS)}x{GPU_CLASSES[-1].memory:g} GB"
    asked = f"one sequence of {sizing_length} tokens" if explicit else \
        f"{request.concurrency} sequence(s) of {min(sizing_length, MIN_USEFUL_LENGTH)}+ tokens"
    raise DeployError(
        "does_not_fit",
        f"{request.model} with {asked} does not fit {where}: " + "; ".join(rejected[-3:]),
        "Request more or larger GPUs, an AWQ/FP8 checkpoint or quantization='fp8', a shorter context_length, or "
        "lower concurrency.",
    )


def _price_warning(request: ServiceRequest, choice: _Choice) -> str | None:
    """A warning when max_price is below what the chosen GPUs are ever offered for (by the rough floors)."""
    if request.max_price is None:
        return None
    cls = next((c for c in reversed(GPU_CLASSES) if c.memory <= choice.memory), None)
    if cls is None or cls.price_floor * choice.count <= request.max_price:
        return None
    return (f"max_price ${request.max_price:g}/h is unlikely to buy {choice.count}x{choice.memory:g} GB: a "
            f"GPU of {cls.memory:g} GB or more ({cls.examples}) typically costs ≥ ${cls.price_floor:g}/h per "
            "GPU (a rough floor across clouds, spot included; not a quote): dstack may find no offer. Check "
            "real offers with estimate_cost, raise max_price, or serve a smaller or quantized checkpoint.")


def _counts(gpu: GpuRequest | None) -> tuple[int, ...]:
    if gpu is None or not gpu.count_given:
        return GPU_COUNTS
    low, high = gpu.count_min or 1, gpu.count_max
    if high is not None and low == high:
        return (low,)
    counts = tuple(c for c in (*GPU_COUNTS, 16) if c >= low and (high is None or c <= high))
    return counts or (low,)


def _dtype(request: ServiceRequest, facts: ModelFacts, gpu: GpuInfo | None, warnings: list[str]) -> str | None:
    """The --dtype to force, or None to let the engine read the checkpoint's."""
    no_bf16 = gpu is not None and not gpu.bf16
    if request.dtype == "bfloat16":
        if no_bf16:
            raise DeployError(
                "dtype_unsupported",
                f"bf16 needs compute capability 8.0+; {gpu.name} has {gpu.cc_text}.",  # type: ignore[union-attr]
                "Use dtype='float16' (or 'auto'), or a GPU such as A10G, L4, A100 or H100.")
        return "bfloat16"
    if request.dtype == "float16":
        if facts.dtype == "bfloat16" and facts.model_id.lower().startswith("google/gemma"):
            warnings.append("Gemma models are trained in bf16 and can overflow in float16.")
        return "float16"
    if no_bf16 and facts.dtype in ("bfloat16", "float32") and not facts.quantization:
        warnings.append(f"{gpu.name} (compute capability {gpu.cc_text}) has no bf16: the engine is told to "  # type: ignore[union-attr]
                        f"run {request.model} in float16, which can differ slightly from bf16 results.")
        return "float16"
    return None


def _check_support(request: ServiceRequest, facts: ModelFacts, gpu: GpuInfo | None, warnings: list[str]) -> None:
    """Refuse what the pinned engine image cannot serve (engine x GPU x dtype x quantization x architecture)."""
    if not matrix.serves_architecture(request.engine, facts.architecture):
        others = [e for e in matrix.ENGINES if e != request.engine and matrix.serves_architecture(e, facts.architecture)]
        raise DeployError(
            "architecture_unsupported",
            f"{request.engine} {matrix.engine_version(request.engine)} has no implementation of "
            f"{facts.architecture} ({request.model}).",
            f"Use engine '{others[0]}'." if others else "Pick another engine.")
    if gpu is None:
        return
    support = matrix.supports(request.engine, gpu, dtype="bfloat16" if request.dtype == "bfloat16" else None,
                              quantization=request.quantization or facts.quantization,
                              kv_cache_dtype=request.kv_cache_dtype, on_the_fly=request.quantization is not None)
    if not support.ok:
        raise DeployError(support.code, f"{support.reason} ({support.source})",
                          support.alternative or "Pick another engine or GPU.")
    if support.note:
        warnings.append(support.note + ".")


def _gpu_spec(request: ServiceRequest, gpu: GpuRequest | None, choice: _Choice,
              facts: ModelFacts) -> tuple[str, Any, str | None]:
    """(spec for the sizing block, value for resources.gpu, the completed user option or None)."""
    if gpu is None:
        capability = _needed_capability(facts, request)
        spec = {"vendor": "nvidia", "memory": f"{choice.memory:g}GB..", "count": choice.count,
                "compute_capability": f"{capability[0]}.{capability[1]}"}
        return f"nvidia:{choice.memory:g}GB..:{choice.count} (compute capability {capability[0]}.{capability[1]}+)", \
            spec, None
    tokens = [t for t in str(request.gpu).split(":") if t.strip()]
    if not gpu.count_given:
        tokens.append(str(choice.count))
    elif gpu.count_min != gpu.count_max:
        tokens = [t for t in tokens if not re.fullmatch(r"\d*\.\.\d*", t.strip())] + [str(choice.count)]
    variants = {v.memory_gib for name in gpu.names for v in gpu_variants(name)}
    if gpu.names and gpu.memory_min is None and len(variants) > 1 and choice.memory > min(variants):
        tokens.insert(1, f"{choice.memory:g}GB")
    spec = ":".join(tokens)
    return spec, spec, spec


def _config(request: ServiceRequest, facts: ModelFacts, image: str, args: EngineArgs, gpu_yaml: Any,
            weights: float, count: int, warnings: list[str]) -> dict[str, Any]:
    env: list[str] = []
    if facts.gated:
        env.append("HF_TOKEN")
        warnings.append(f"{request.model} is gated: HF_TOKEN must be set in the environment of deploy-mcp (or "
                        "dstack) with a token whose account accepted the model's licence.")
    elif facts.gated is None:
        warnings.append(f"Whether {request.model} is gated is unknown: add env HF_TOKEN if the Hub asks for a "
                        "licence acceptance.")
    env += [name for name in request.env if name not in env]
    resources: dict[str, Any] = {"gpu": gpu_yaml}
    # Weights once in the Hugging Face cache plus the image (~20 GB) and room for safetensors conversion.
    disk = max(100, int(math.ceil((weights * 1.2 + 60) / 50.0)) * 50)
    resources["disk"] = request.disk or f"{disk}GB.."
    if count > 1:
        # NCCL between tensor-parallel ranks goes through /dev/shm; Docker's 64 MB default breaks it.
        resources["shm_size"] = "16GB" if count <= 4 else "32GB"
    if request.cpu:
        resources["cpu"] = request.cpu
    if request.memory:
        resources["memory"] = request.memory
    config: dict[str, Any] = {
        "type": "service",
        "name": deployment_name(request),
        "image": image,
    }
    if env:
        config["env"] = env
    config["commands"] = [shell_command(serve_command(args))]
    config["port"] = PORT
    config["model"] = request.model
    config["probes"] = [{"type": "http", "url": HEALTH_PATH[request.engine], "interval": "15s"}]
    if request.replicas is not None:
        config["replicas"] = request.replicas
    # Downloads survive restarts on backends with instance volumes; elsewhere the volume is skipped.
    cache = "/data" if request.engine == "tgi" else "/root/.cache"
    config["volumes"] = [{"instance_path": "/root/.cache", "path": cache, "optional": True}]
    config["resources"] = resources
    for key in ("backends", "regions", "instance_types", "fleets"):
        if getattr(request, key):
            config[key] = list(getattr(request, key))
    if request.max_price is not None:
        config["max_price"] = request.max_price
    if request.spot_policy is not None:
        config["spot_policy"] = request.spot_policy
    return config


class _BlockDumper(yaml.SafeDumper):
    """Multi-line strings (the engine command) as literal blocks, so the YAML reads like a shell script."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_BlockDumper.add_representer(str, _str)


def yaml_text(config: dict[str, Any]) -> str:
    return yaml.dump(config, Dumper=_BlockDumper, sort_keys=False, default_flow_style=False, width=1000)


def _kv_formula(facts: ModelFacts, kv_bytes: int) -> str:
    if facts.kv_lora_rank:
        return (f"{kv_layer_count(facts)} layers x (latent {facts.kv_lora_rank} + rope {facts.qk_rope_head_dim}) x "
                f"{kv_bytes} bytes (multi-head latent attention, kept whole on every GPU)")
    return (f"2 (K,V) x {kv_layer_count(facts)} KV layers x {facts.kv_heads} KV heads x {facts.head_dim} head dim x "
            f"{kv_bytes} bytes")


def _kv_layers_text(facts: ModelFacts) -> str:
    if facts.layer_kinds:
        return facts.layer_kinds
    if facts.sliding_window and facts.global_layers is not None:
        return (f"{facts.global_layers} full-attention + {facts.layers - facts.global_layers} sliding-window "
                f"({facts.sliding_window} tokens) layer(s) of {facts.layers} hold KV")
    kind = "multi-head latent attention" if facts.kv_lora_rank else "full attention"
    return f"all {facts.layers} layers ({kind})"


def _overhead_source(engine: str) -> str:
    if engine == "sglang":
        return "none inside --mem-fraction-static (SGLang keeps activations outside it)"
    return "per GPU: 0.75 GB CUDA graphs/workspace + activations of an 8192-token prefill"
