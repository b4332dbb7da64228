"""The fit and compatibility checks that validate_config runs on every unit that serves a model.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from deploy_mcp.config.engines import EngineCall, find_engine
from deploy_mcp.errors import DeployError
from deploy_mcp.problems import Problem
from deploy_mcp.sizing import matrix
from deploy_mcp.sizing.commands import _HALF, IMAGES
from deploy_mcp.sizing.gpus import GpuInfo, GpuRequest, parse_gpu
from deploy_mcp.sizing.memory import (
    DEFAULT_UTILISATION,
    ENGINES,
    WINDOW_AWARE,
    estimate_fit,
    kv_gib_per_gpu,
    max_length_that_fits,
    valid_tensor_parallel,
)
from deploy_mcp.sizing.model_table import ModelFacts
from deploy_mcp.sizing.models import canonical_dtype, table_resolver

Resolve = Callable[[str], ModelFacts]
_GPUS_NUM = re.compile(r"\$\{?DSTACK_GPUS_(?:NUM|PER_NODE)\}?")


def parse_length(text: str | None) -> int | None:
    """An engine length argument: ``32768``, or vLLM's human-readable ``32k`` (1000s) / ``32K`` (1024s)."""
    if text is None:
        return None
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)\s*", str(text))
    if not m:
        return None
    scale = {"": 1, "k": 1000, "K": 1024, "m": 10**6, "M": 1 << 20, "g": 10**9, "G": 1 << 30}[m.group(2)]
    return int(float(m.group(1)) * scale)


def _parallel_size(call: EngineCall, idea: str, gpu_count: int | None) -> int | None:
    flag_names = {"tensor_parallel": ("--tensor-parallel-size", "-tp", "--tp-size", "--tp", "--num-shard"),
                  "pipeline_parallel": ("--pipeline-parallel-size", "-pp", "--pp-size"),
                  "data_parallel": ("--data-parallel-size", "-dp", "--dp-size", "--dp")}[idea]
    for flag in flag_names:
        raw = call.flags.get(flag)
        if raw is not None and _GPUS_NUM.fullmatch(raw.strip()):
            return gpu_count
    return call.int_value(idea)


def _config_model(config: dict[str, Any]) -> str | None:
    model = config.get("model")
    if isinstance(model, dict):
        return model.get("name")
    return model if isinstance(model, str) else None


def _problem(code: str, message: str, hint: str, loc: list[str | int], severity: str = "error") -> Problem:
    return Problem(severity=severity, code=code, loc=loc, message=message, hint=hint)  # type: ignore[arg-type]


def fit_problems(config: dict[str, Any], *, resolve: Resolve | None = None) -> list[Problem]:
    """Fit and compatibility problems of a service configuration (raw YAML dict or dstack's parsed JSON form).

    Reads the engine command (vLLM, SGLang, TGI), the model it serves and ``resources.gpu``; reports, with the
    numbers: weights + KV cache for one full-length sequence beyond the GPUs' budget (error), a max length
    above the model's positions (error), a tensor parallel size the attention heads cannot be split by
    (error), bf16 below compute capability 8.0 and quantization kernels the GPU lacks (error or warning).
    """
    call = find_engine(config)
    if call is None or call.engine not in ENGINES:
        return []
    resolve = resolve or table_resolver
    loc_cmd: list[str | int] = ["commands", call.command_index]
    problems: list[Problem] = []
    model_id = call.get("model")
    if not model_id or model_id.startswith(("/", ".")):
        model_id = _config_model(config) or model_id
    gpu = parse_gpu((config.get("resources") or {}).get("gpu"))
    if gpu is None or gpu.count_max == 0 or not gpu.count_min:
        problems.append(_problem(
            "gpu_missing", f"{call.engine} needs a GPU but resources.gpu allows a run without one.",
            "Set resources.gpu, e.g. '24GB:1' or 'H100:80GB:2' (generate_service_config sizes it).",
            ["resources", "gpu"], severity="warning"))
        if gpu is None or gpu.count_max == 0:
            return problems
    gpu_count = gpu.count_min or 1
    if not model_id:
        return problems
    try:
        facts = resolve(model_id)
    except DeployError as exc:
        problems.append(_problem("model_facts_unknown", f"Fit not checked: {exc.message}", exc.hint, loc_cmd,
                                 severity="warning"))
        return problems

    tp = _parallel_size(call, "tensor_parallel", gpu_count) or 1
    pp = _parallel_size(call, "pipeline_parallel", gpu_count) or 1
    dp = _parallel_size(call, "data_parallel", gpu_count) or 1
    problems += _tensor_parallel_problems(facts, tp, loc_cmd)
    problems += _length_problems(call, facts, loc_cmd)
    low = gpu.lowest_capability()
    problems += _dtype_problems(call, facts, low, loc_cmd)
    problems += _quantization_problems(call, facts, low, loc_cmd)
    problems += _image_problems(config, call, low)
    problems += _token_problems(config, facts)

    memory, memory_source = gpu.memory_per_gpu()
    if memory is None:
        problems.append(_problem(
            "fit_unchecked", "resources.gpu gives neither a GPU name nor memory: the fit of "
            f"{model_id} cannot be checked.", "Add the memory per GPU, e.g. '80GB:2'.", ["resources", "gpu"],
            severity="warning"))
        return problems
    length = _engine_length(call, facts)
    util = _float(call.get("gpu_memory_utilization")) or _default_utilisation(call.engine, tp)
    on_the_fly = _on_the_fly_quantization(call, facts)
    kv_bytes = 1 if (call.get("kv_cache_dtype") or "").lower().startswith("fp8") else 2
    fit = estimate_fit(facts, engine=call.engine, memory_gib=memory, tp=tp, pp=pp, dp=dp, length=length,
                       utilisation=util, quantization=on_the_fly, kv_bytes=kv_bytes)
    source = f"model facts from {facts.source}" + (" (estimate)" if facts.estimated else "")
    enough = _smallest_count_that_fits(call, facts, gpu, memory, length, util, on_the_fly, kv_bytes) \
        if not fit.fits else None
    if enough is not None:
        problems.append(_problem(
            "gpu_count_range_too_low",
            f"{model_id} fits from {enough} GPUs ({memory:g} GB each) but resources.gpu allows {gpu_count}: "
            f"{fit.describe()}. dstack takes the cheapest offer, likely the smallest count.",
            f"Raise the lowest GPU count to {enough} (e.g. '{enough}..{gpu.count_max or ''}').",
            ["resources", "gpu"], severity="warning"))
    elif not fit.fits:
        flag = {"vllm": "--max-model-len", "sglang": "--context-length", "tgi": "--max-total-tokens"}[call.engine]
        if fit.room_per_gpu_gib <= 0:
            hint = (f"The weights alone need more than {tp * pp} GPU(s) x {memory:g} GB: request more or larger "
                    "GPUs (and the same tensor parallel size), or serve an AWQ/FP8 checkpoint.")
            severity, verdict = "error", "does not fit"
        else:
            best = max_length_that_fits(facts, engine=call.engine, memory_gib=memory, tp=tp, concurrency=1,
                                        cap=length, utilisation=util, quantization=on_the_fly, kv_bytes=kv_bytes)
            hint = (f"Set {flag} {best} (or less), or request more GPU memory." if best
                    else "Request more GPU memory.")
            # SGLang starts with a smaller KV pool and caps requests; vLLM and TGI refuse to start. Within the
            # overhead estimate the outcome is uncertain.
            clear = fit.weights_gib + fit.kv_gib > fit.budget_gib
            severity = "error" if clear and call.engine != "sglang" else "warning"
            verdict = "does not fit" if severity == "error" else "may not fit"
            if call.engine == "sglang":
                verdict += f" one {length}-token sequence (SGLang then caps request length)"
        problems.append(_problem(
            "gpu_memory_insufficient",
            f"{model_id} {verdict}: {fit.describe()} ({source}; GPU memory: {memory_source}).",
            hint, ["resources", "gpu"], severity=severity))
    elif call.given("max_model_len") and call.engine != "tgi":
        sequences = fit.room_per_gpu_gib / max(kv_gib_per_gpu(
            facts, length, tp=tp, pp=pp, kv_bytes=kv_bytes, window_aware=call.engine in WINDOW_AWARE), 1e-9)
        if sequences < 2:
            problems.append(_problem(
                "kv_cache_tight",
                f"Only {sequences:.1f} sequence(s) of {length} tokens fit the KV cache ({fit.describe()}): "
                "requests will queue behind each other.",
                "Lower the max length or request more GPU memory for concurrent requests.",
                ["resources", "gpu"], severity="warning"))
    return problems


def _smallest_count_that_fits(call: EngineCall, facts: ModelFacts, gpu: GpuRequest, memory: float, length: int,
                              util: float, quantization: str | None, kv_bytes: int) -> int | None:
    """With tensor parallel = $DSTACK_GPUS_NUM and a count range, the lowest count in the range that fits."""
    follows = any(_GPUS_NUM.fullmatch((call.flags.get(flag) or "").strip())
                  for flag in ("--tensor-parallel-size", "-tp", "--tp-size", "--tp", "--num-shard"))
    low = gpu.count_min or 1
    high = gpu.count_max if gpu.count_max is not None else 16
    if not follows or high <= low:
        return None
    for count in range(low + 1, high + 1):
        if valid_tensor_parallel(facts, count) is None and estimate_fit(
                facts, engine=call.engine, memory_gib=memory, tp=count, length=length, utilisation=util,
                quantization=quantization, kv_bytes=kv_bytes).fits:
            return count
    return None


def _default_utilisation(engine: str, tp: int) -> float:
    if engine == "sglang":
        # SGLang's own choice when --mem-fraction-static is absent: less with more ranks (NCCL buffers).
        return next(frac for size, frac in ((1, 0.88), (2, 0.87), (4, 0.85), (8, 0.81), (10**6, 0.79))
                    if tp <= size)
    return DEFAULT_UTILISATION[engine]


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


def _engine_length(call: EngineCall, facts: ModelFacts) -> int:
    """The length the engine will reserve for: the flag, else the engine's own default."""
    given = parse_length(call.get("max_model_len"))
    if given:
        return given
    if call.engine == "tgi":
        return min(facts.max_positions or 4096, 4096)
    return facts.max_positions or 4096


def _on_the_fly_quantization(call: EngineCall, facts: ModelFacts) -> str | None:
    method = (call.get("quantization") or "").lower() or None
    if method is None or facts.quantization is not None:
        return None  # the checkpoint's own quantization (weights already counted that way)
    return method


def _tensor_parallel_problems(facts: ModelFacts, tp: int, loc: list[str | int]) -> list[Problem]:
    reason = valid_tensor_parallel(facts, tp)
    if reason is None:
        return []
    valid = [n for n in (1, 2, 4, 8, 16) if valid_tensor_parallel(facts, n) is None]
    severity = "warning" if "heads" in facts.estimated else "error"
    return [_problem("tensor_parallel_heads", f"{facts.model_id}: {reason}.",
                     f"Use a tensor parallel size (and GPU count) of {', '.join(map(str, valid))}.", loc, severity)]


def _length_problems(call: EngineCall, facts: ModelFacts, loc: list[str | int]) -> list[Problem]:
    length = parse_length(call.get("max_model_len"))
    if length is None or facts.max_positions is None or length <= facts.max_positions:
        return []
    flag = {"vllm": "--max-model-len", "sglang": "--context-length", "tgi": "--max-total-tokens"}[call.engine]
    return [_problem(
        "max_model_len_too_long",
        f"{flag} {length} is above {facts.model_id}'s max_position_embeddings {facts.max_positions} "
        f"({facts.source}): the engine refuses it (or extrapolates badly with rope scaling).",
        f"Set {flag} {facts.max_positions} or less.", loc)]


def _dtype_problems(call: EngineCall, facts: ModelFacts, gpu: GpuInfo | None, loc: list[str | int]) -> list[Problem]:
    if gpu is None or gpu.bf16:
        return []
    forced = canonical_dtype(call.get("dtype"))
    half = _HALF[call.engine]
    if forced == "bfloat16":
        return [_problem(
            "dtype_unsupported",
            f"--dtype bfloat16 on {gpu.name} (compute capability {gpu.cc_text}): bf16 needs 8.0 or newer.",
            f"Use --dtype {half}.", loc)]
    if forced in (None, "auto") and facts.dtype == "bfloat16" and facts.quantization is None:
        return [_problem(
            "dtype_unsupported",
            f"{facts.model_id} is bf16 and {gpu.name} (compute capability {gpu.cc_text}) has no bf16: the "
            "engine must fall back to float16, which older releases refuse to do on their own.",
            f"Pass --dtype {half} explicitly.", loc, severity="warning")]
    return []


def _quantization_problems(call: EngineCall, facts: ModelFacts, gpu: GpuInfo | None,
                           loc: list[str | int]) -> list[Problem]:
    """What the engine matrix says about this engine on this GPU with this quantization and architecture."""
    problems: list[Problem] = []
    if not matrix.serves_architecture(call.engine, facts.architecture):
        problems.append(_problem(
            "architecture_unsupported", f"{call.engine} {matrix.engine_version(call.engine)} has no implementation "
            f"of {facts.architecture} ({facts.model_id}).", "Use vLLM or SGLang for this model.", loc))
    if gpu is None:
        return problems
    asked = (call.get("quantization") or "").lower() or None
    method = asked or facts.quantization
    forced = canonical_dtype(call.get("dtype"))
    support = matrix.supports(call.engine, gpu, dtype=forced if forced == "bfloat16" else None, quantization=method,
                              kv_cache_dtype=call.get("kv_cache_dtype"),
                              on_the_fly=asked is not None and facts.quantization is None)
    if not support.ok and support.code != "dtype_unsupported":  # forced bf16 is reported by _dtype_problems
        problems.append(_problem(support.code, f"{support.reason} ({support.source})",
                                 support.alternative or "Use another engine or GPU.", loc))
    elif support.note:
        problems.append(_problem("quantization_weight_only", support.note + ".",
                                 "Use an L40S/H100-class GPU for FP8 compute, or an AWQ/GPTQ checkpoint here.", loc,
                                 severity="warning"))
    return problems


def _token_problems(config: dict[str, Any], facts: ModelFacts) -> list[Problem]:
    """A gated model served without a Hugging Face token: the download is refused (HTTP 401/403)."""
    if not facts.gated:
        return []
    env = config.get("env") or {}
    names = set(env) if isinstance(env, dict) else {str(item).split("=", 1)[0] for item in env}
    if names & {"HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"}:
        return []
    return [_problem(
        "hf_token_missing", f"{facts.model_id} is gated on the Hugging Face Hub but env has no HF_TOKEN: the "
        "download will be refused.", "Add '- HF_TOKEN' (the name only) under env.", ["env"], severity="warning")]


def _image_problems(config: dict[str, Any], call: EngineCall, gpu: GpuInfo | None) -> list[Problem]:
    """A CUDA build of an engine on AMD GPUs, or a ROCm build on NVIDIA (only the engines' own images)."""
    image = str(config.get("image") or "").lower()
    repository = image.rsplit(":", 1)[0]
    if gpu is None or repository not in _ENGINE_REPOSITORIES:
        return []
    built_for = "amd" if "rocm" in image else "nvidia"
    if built_for == gpu.vendor:
        return []
    kind = {"amd": "ROCm", "nvidia": "CUDA"}
    return [_problem(
        "image_gpu_mismatch", f"{config['image']} is a {kind[built_for]} build but {gpu.name} is an "
        f"{gpu.vendor.upper()} GPU.", f"Use the {kind[gpu.vendor]} build, e.g. {IMAGES[(call.engine, gpu.vendor)]}.",
        ["image"])]


_ENGINE_REPOSITORIES = frozenset(image.rsplit(":", 1)[0] for image in IMAGES.values())
