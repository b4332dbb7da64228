"""Model facts, GPU facts, VRAM and KV-cache arithmetic, engine command lines, and the fit checks.

Memory is counted in GiB (2^30 bytes) throughout and printed as "GB", the way dstack, gpuhunt and nvidia-smi
label GPU memory, so "80 GB" here is the H100's 80 GiB and weights compare with it directly.

The per-GPU budget an engine may fill is ``utilisation x memory``: vLLM's ``--gpu-memory-utilization`` (0.90
default) covers weights, activations and the KV cache; SGLang's ``--mem-fraction-static`` covers weights and KV
(activations live outside it); TGI's ``--cuda-memory-fraction`` defaults to 1.0 but its warm-up needs headroom,
so 0.95 is assumed. An engine refuses to start when the KV cache left over cannot hold one sequence of the
maximum length, which is what the fit check tests.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from deploy_mcp.engines import EngineCall, find_engine
from deploy_mcp.errors import DeployError
from deploy_mcp.model_facts import BY_ID, ModelFacts
from deploy_mcp.problems import Problem

Engine = Literal["vllm", "sglang", "tgi"]
ENGINES: tuple[Engine, ...] = ("vllm", "sglang", "tgi")
DEFAULT_HF_ENDPOINT = "https://huggingface.co"
HF_TIMEOUT_SECONDS = 5.0

DEFAULT_UTILISATION: dict[str, float] = {"vllm": 0.90, "sglang": 0.85, "tgi": 0.95}
UTILISATION_SOURCE: dict[str, str] = {
    "vllm": "vLLM --gpu-memory-utilization default",
    "sglang": "typical SGLang --mem-fraction-static on 40 GB+ GPUs (SGLang picks it from the GPU size)",
    "tgi": "TGI --cuda-memory-fraction 1.0 less 5% warm-up headroom",
}
# Engines whose KV cache gives sliding-window layers only their window (vLLM's hybrid allocator, SGLang's SWA pool).
WINDOW_AWARE = frozenset({"vllm", "sglang"})
# Tokens in one prefill batch, which sizes the activation peak (vLLM's default on large GPUs).
PREFILL_TOKENS = 8192

_DTYPE_ALIASES = {"half": "float16", "fp16": "float16", "float16": "float16", "bfloat16": "bfloat16",
                  "bf16": "bfloat16", "float": "float32", "float32": "float32", "auto": "auto"}
# Bytes per quantized weight, scales and zero points included (group size 128).
_QUANT_BYTES = {4: 0.53, 8: 1.02}
FP8_METHODS = frozenset({"fp8", "fbgemm_fp8", "compressed-tensors", "modelopt", "fp8_e4m3", "fp8_e5m2"})
# Lowest compute capability with a kernel for each method (vLLM's get_min_capability); FP8 below 8.9 runs as
# weight-only Marlin (W8A16) on Ampere.
QUANT_MIN_CC: dict[str, tuple[int, int]] = {
    "awq": (7, 5), "awq_marlin": (8, 0), "gptq": (6, 0), "gptq_marlin": (8, 0), "fp8": (8, 0),
    "fbgemm_fp8": (8, 0), "compressed-tensors": (7, 5), "mxfp4": (8, 0), "bitsandbytes": (7, 0),
    "bitsandbytes-nf4": (7, 0), "bitsandbytes-fp4": (7, 0), "eetq": (7, 0), "marlin": (8, 0),
}
FP8_NATIVE_CC = (8, 9)
BF16_CC = (8, 0)

# Architectures the engines implement themselves: a config.json auto_map for these is not a reason to run
# the repository's own code.
NATIVE_ARCHITECTURES = frozenset({
    "LlamaForCausalLM", "MistralForCausalLM", "MixtralForCausalLM", "Qwen2ForCausalLM", "Qwen2MoeForCausalLM",
    "Qwen3ForCausalLM", "Qwen3MoeForCausalLM", "Gemma2ForCausalLM", "Gemma3ForCausalLM", "GemmaForCausalLM",
    "Gemma3ForConditionalGeneration", "Phi3ForCausalLM", "PhiForCausalLM", "PhiMoEForCausalLM",
    "DeepseekV2ForCausalLM", "DeepseekV3ForCausalLM", "GptOssForCausalLM", "GPTNeoXForCausalLM",
    "FalconForCausalLM", "Starcoder2ForCausalLM", "CohereForCausalLM", "Cohere2ForCausalLM",
    "GraniteForCausalLM", "GraniteMoeForCausalLM", "OlmoForCausalLM", "Olmo2ForCausalLM", "OLMoForCausalLM",
    "Qwen2VLForConditionalGeneration", "Qwen2_5_VLForConditionalGeneration", "MllamaForConditionalGeneration",
    "Llama4ForConditionalGeneration", "Mistral3ForConditionalGeneration", "GPTBigCodeForCausalLM",
    "GPT2LMHeadModel", "OPTForCausalLM", "BloomForCausalLM", "StableLmForCausalLM", "InternLM2ForCausalLM",
    "ExaoneForCausalLM", "Glm4ForCausalLM", "Glm4MoeForCausalLM", "SmolLM3ForCausalLM", "ArceeForCausalLM",
})

GiB = float(1 << 30)


def canonical_dtype(text: str | None) -> str | None:
    return _DTYPE_ALIASES.get(text.lower()) if text else None


# ---- GPUs ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GpuInfo:
    name: str
    memory_gib: float
    vendor: Literal["nvidia", "amd"]
    compute_capability: tuple[int, int] | None
    bf16: bool
    fp8: bool

    @property
    def cc_text(self) -> str:
        return f"{self.compute_capability[0]}.{self.compute_capability[1]}" if self.compute_capability else "n/a"


# AMD Instinct generations: CDNA 1 (MI100) has bf16 matrix cores; FP8 arrives with CDNA 3 (MI300).
_AMD_FP8_ARCHES = {"CDNA3", "CDNA4"}


@lru_cache(maxsize=1)
def known_gpus() -> tuple[GpuInfo, ...]:
    """Every GPU gpuhunt knows, with the dtype support sizing needs."""
    import gpuhunt  # ~0.1 s; only the first sizing pays it

    gpus: list[GpuInfo] = []
    for nv in gpuhunt.KNOWN_NVIDIA_GPUS:
        cc = tuple(nv.compute_capability)
        gpus.append(GpuInfo(nv.name, float(nv.memory), "nvidia", cc, cc >= BF16_CC, cc >= FP8_NATIVE_CC))
    for amd in gpuhunt.KNOWN_AMD_GPUS:
        arch = getattr(amd.architecture, "value", str(amd.architecture))
        gpus.append(GpuInfo(amd.name, float(amd.memory), "amd", None, True, arch in _AMD_FP8_ARCHES))
    return tuple(gpus)


def gpu_variants(name: str) -> list[GpuInfo]:
    """The memory variants of a GPU name (A100 has 40 and 80 GB), case-insensitive; empty when unknown."""
    key = name.replace(" ", "").upper()
    return [gpu for gpu in known_gpus() if gpu.name.upper() == key]


@dataclass
class GpuRequest:
    """A ``resources.gpu`` spec in any form dstack accepts: ``A100:80GB:2``, a dict, or dstack's parsed dict."""

    names: list[str]
    memory_min: float | None = None
    memory_max: float | None = None
    count_min: int | None = None
    count_max: int | None = None
    vendor: str | None = None
    compute_capability: tuple[int, int] | None = None
    total_memory_min: float | None = None
    count_given: bool = True

    def candidates(self) -> list[GpuInfo]:
        """Known GPUs this spec may land on (by name, narrowed by memory); empty when no name is given."""
        found: list[GpuInfo] = []
        for name in self.names:
            for gpu in gpu_variants(name):
                if self.memory_min is not None and gpu.memory_gib < self.memory_min:
                    continue
                if self.memory_max is not None and gpu.memory_gib > self.memory_max:
                    continue
                found.append(gpu)
        return found

    def memory_per_gpu(self) -> tuple[float | None, str]:
        """The smallest memory per GPU the spec allows (the worst case), and where the number comes from."""
        if self.memory_min is not None:
            return self.memory_min, "resources.gpu memory"
        candidates = self.candidates()
        if candidates:
            smallest = min(candidates, key=lambda g: g.memory_gib)
            note = f"{smallest.name} {smallest.memory_gib:g} GB (gpuhunt)"
            if len({g.memory_gib for g in candidates}) > 1:
                note += "; the smallest variant of " + "/".join(self.names)
            return smallest.memory_gib, note
        if self.total_memory_min is not None and self.count_min:
            return self.total_memory_min / self.count_min, "resources.gpu total_memory / count"
        return None, "unknown"

    def lowest_capability(self) -> GpuInfo | None:
        """The least capable GPU the spec allows, for dtype and kernel checks."""
        candidates = self.candidates()
        if not candidates:
            return None
        return min(candidates, key=lambda g: g.compute_capability or (99, 0))


_MEMORY = re.compile(r"^(\d+(?:\.\d+)?)\s*(GB|MB|TB|G|M|T)?$", re.IGNORECASE)


def _memory_gib(text: Any) -> float | None:
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text)
    m = _MEMORY.match(str(text).strip())
    if not m:
        return None
    unit = (m.group(2) or "GB").upper()[0]
    return float(m.group(1)) * {"G": 1, "M": 1 / 1024, "T": 1024}[unit]


def _range(value: Any, convert: Callable[[Any], Any]) -> tuple[Any, Any]:
    if value is None:
        return None, None
    if isinstance(value, dict):
        return convert(value.get("min")), convert(value.get("max"))
    if isinstance(value, (int, float)):
        return convert(value), convert(value)
    text = str(value).strip()
    if ".." in text:
        low, _, high = text.partition("..")
        return (convert(low) if low else None), (convert(high) if high else None)
    return convert(text), convert(text)


def _int(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def parse_gpu(value: Any) -> GpuRequest | None:
    """Read a GPU spec the way dstack does (tokens in any order); None when there is no spec."""
    if value is None:
        return None
    if isinstance(value, dict):
        names = value.get("name") or []
        names = [names] if isinstance(names, str) else list(names)
        memory = _range(value.get("memory"), _memory_gib)
        count = _range(value.get("count"), _int)
        total = _range(value.get("total_memory"), _memory_gib)
        cc = value.get("compute_capability")
        if isinstance(cc, str):
            major, _, minor = cc.partition(".")
            cc = (int(major), int(minor or 0))
        return GpuRequest(
            names=[str(n) for n in names], memory_min=memory[0], memory_max=memory[1], count_min=count[0],
            count_max=count[1], vendor=value.get("vendor"), compute_capability=tuple(cc) if cc else None,
            total_memory_min=total[0],
        )
    if isinstance(value, int):
        return GpuRequest(names=[], count_min=value, count_max=value)
    request = GpuRequest(names=[])
    for token in str(value).split(":"):
        token = token.strip()
        if not token:
            continue
        low_text = token.split("..")[0] or token.split("..")[-1]
        if token.lower() in ("nvidia", "amd", "tpu", "intel", "tenstorrent"):
            request.vendor = token.lower()
        elif re.fullmatch(r"\d*\.\.\d*|\d+", token):
            request.count_min, request.count_max = _range(token, _int)
        elif _memory_gib(low_text) is not None and re.search(r"[A-Za-z]", token):
            request.memory_min, request.memory_max = _range(token, _memory_gib)
        else:
            request.names = [n.strip() for n in token.split(",") if n.strip()]
    request.count_given = request.count_min is not None
    if request.count_min is None and (request.names or request.memory_min is not None):
        request.count_min = 1  # dstack reads a spec without a count as 1..
    return request


def format_gpu(names: list[str], memory: float | None, count: int) -> str:
    """A compact dstack GPU spec, e.g. ``H100:80GB:2``."""
    parts = [",".join(names)] if names else []
    if memory is not None:
        parts.append(f"{memory:g}GB")
    parts.append(str(count))
    return ":".join(parts)


# ---- Model facts --------------------------------------------------------------------------------------------


_MOE_NAME = re.compile(r"(?<![\w.])(\d+)x(\d+(?:\.\d+)?)b(?![a-z])", re.IGNORECASE)
_ACTIVE_NAME = re.compile(r"[-_.]a(\d+(?:\.\d+)?)b(?![a-z])", re.IGNORECASE)
_SIZE_NAME = re.compile(r"(?<![a-z0-9.])(\d+(?:\.\d+)?)([bm])(?![a-z])", re.IGNORECASE)
# Orgs whose repositories ask for a licence acceptance.
GATED_ORGS = frozenset({"meta-llama", "google", "mistralai"})
# (largest size in B, layers, heads, kv heads, head dim, hidden): typical dense GQA shapes by size.
_TYPICAL_SHAPES = (
    (1.5, 28, 16, 8, 128, 2048), (4.5, 36, 32, 8, 128, 2560), (10, 36, 32, 8, 128, 4096),
    (20, 48, 40, 8, 128, 5120), (40, 64, 64, 8, 128, 5120), (90, 80, 64, 8, 128, 8192),
    (200, 96, 96, 8, 128, 12288), (float("inf"), 128, 128, 8, 128, 16384),
)


def quantization_from_name(model_id: str) -> tuple[str | None, int | None]:
    name = model_id.lower()
    if "mxfp4" in name:
        return "mxfp4", 4
    if "awq" in name:
        return "awq", 4
    if "gptq" in name:
        return "gptq", 8 if re.search(r"int8|8bit|w8a16", name) else 4
    if "fp8" in name:
        return "fp8", 8
    if "gguf" in name:
        return "gguf", 4
    if re.search(r"bnb|4bit", name):
        return "bitsandbytes", 4
    if re.search(r"w4a16|int4", name):
        return "compressed-tensors", 4
    if re.search(r"w8a8|w8a16|int8", name):
        return "compressed-tensors", 8
    return None, None


def facts_from_name(model_id: str, notes: list[str] | None = None) -> ModelFacts | None:
    """Parameter count from the name (``8B``, ``0.5B``, ``8x7B``, ``30B-A3B``, ``360M``); shapes are typical."""
    base = model_id.rsplit("/", 1)[-1]
    active: float | None = None
    moe = _MOE_NAME.search(base)
    if moe:
        experts, size = int(moe.group(1)), float(moe.group(2))
        # Experts share attention and embeddings: Mixtral 8x7B is 46.7B, not 56B.
        params = experts * size * 0.83
        active = size * 2 * 0.9
    else:
        sizes = [float(m.group(1)) * (1e-3 if m.group(2).lower() == "m" else 1.0)
                 for m in _SIZE_NAME.finditer(base)]
        if not sizes:
            return None
        params = max(sizes)
        act = _ACTIVE_NAME.search(base)
        if act:
            active = float(act.group(1))
    shape = next(s for s in _TYPICAL_SHAPES if params <= s[0])
    quant, bits = quantization_from_name(base)
    org = model_id.split("/", 1)[0].lower() if "/" in model_id else ""
    return ModelFacts(
        model_id=model_id, source="name-estimate", params_b=params, active_params_b=active, layers=shape[1],
        heads=shape[2], kv_heads=shape[3], head_dim=shape[4], hidden_size=shape[5], max_positions=None,
        quantization=quant, quant_bits=bits, dtype="float16" if quant in ("awq", "gptq") else "bfloat16",
        gated=True if org in GATED_ORGS else None,
        estimated=["params_b", "layers", "heads", "kv_heads", "head_dim", "max_positions"],
        notes=[*(notes or []), f"parameters read from the name '{base}'; layers, heads and head size are typical "
               f"values for {params:g}B models, max positions unknown"],
    )


def _first(config: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if config.get(key) is not None:
            return config[key]
    return None


def _estimate_params(cfg: dict[str, Any], layers: int, heads: int, kv: int, head_dim: int, hidden: int,
                     vocab: int, tied: bool) -> tuple[float, float | None]:
    """Total and active parameters from the shapes, for when the Hub does not report a count."""
    if cfg.get("kv_lora_rank"):
        nope, rope = cfg.get("qk_nope_head_dim", 128), cfg.get("qk_rope_head_dim", 64)
        v_dim, kv_lora, q_lora = cfg.get("v_head_dim", 128), cfg["kv_lora_rank"], cfg.get("q_lora_rank")
        q = hidden * q_lora + q_lora * heads * (nope + rope) if q_lora else hidden * heads * (nope + rope)
        attention = q + hidden * (kv_lora + rope) + kv_lora * heads * (nope + v_dim) + heads * v_dim * hidden
    else:
        attention = 2 * hidden * heads * head_dim + 2 * hidden * kv * head_dim
    inter = _first(cfg, "intermediate_size", "ffn_hidden_size") or 4 * hidden
    experts = _first(cfg, "num_local_experts", "num_experts", "n_routed_experts")
    per_token = _first(cfg, "num_experts_per_tok", "num_experts_per_token", "experts_per_token")
    embeddings = vocab * hidden * (1 if tied else 2)
    if not experts:
        total = embeddings + layers * (attention + 3 * hidden * inter)
        return total / 1e9, None
    moe_inter = cfg.get("moe_intermediate_size") or inter
    shared = (cfg.get("n_shared_experts") or 0) * 3 * hidden * moe_inter
    if cfg.get("shared_expert_intermediate_size"):
        shared = 3 * hidden * cfg["shared_expert_intermediate_size"]
    dense_layers = min(cfg.get("first_k_dense_replace") or 0, layers)
    moe_layers = layers - dense_layers
    expert = 3 * hidden * moe_inter
    common = embeddings + layers * attention + dense_layers * 3 * hidden * inter + moe_layers * (shared + hidden * experts)
    total = common + moe_layers * experts * expert
    active = common + moe_layers * (per_token or 2) * expert
    return total / 1e9, active / 1e9


def facts_from_config(model_id: str, config: dict[str, Any], api: dict[str, Any] | None = None) -> ModelFacts:
    """ModelFacts from a Hub ``config.json`` (and the optional ``/api/models`` answer for counts and gating)."""
    cfg = {**config, **(config.get("text_config") or {})}
    for key in ("quantization_config", "architectures", "auto_map"):
        cfg.setdefault(key, config.get(key))
    layers = _int(_first(cfg, "num_hidden_layers", "n_layer", "num_layers"))
    heads = _int(_first(cfg, "num_attention_heads", "n_head", "num_heads"))
    hidden = _int(_first(cfg, "hidden_size", "n_embd", "d_model"))
    if not layers or not heads or not hidden:
        raise DeployError(
            "model_config_unreadable",
            f"config.json of {model_id} has no layer, head or hidden-size count this server can read.",
            "Pass gpu explicitly and check the model card for the memory it needs.",
        )
    kv = _int(_first(cfg, "num_key_value_heads", "num_kv_heads", "multi_query_group_num")) or (
        1 if cfg.get("multi_query") else heads)
    head_dim = _int(_first(cfg, "head_dim", "kv_channels")) or (hidden // heads)
    if cfg.get("kv_lora_rank"):
        head_dim = int(cfg.get("qk_nope_head_dim", 128)) + int(cfg.get("qk_rope_head_dim", 64))
    vocab = _int(_first(cfg, "vocab_size", "padded_vocab_size")) or 32000
    tied = bool(cfg.get("tie_word_embeddings", False))
    max_pos = _int(_first(cfg, "max_position_embeddings", "n_positions", "max_sequence_length", "seq_length"))
    dtype = canonical_dtype(str(_first(cfg, "torch_dtype", "dtype") or "bfloat16")) or "bfloat16"
    quant_cfg = cfg.get("quantization_config") or {}
    quant = quant_cfg.get("quant_method") if isinstance(quant_cfg, dict) else None
    bits = _int(quant_cfg.get("bits") or quant_cfg.get("w_bit")) if quant else None
    if quant == "compressed-tensors":
        group = next(iter((quant_cfg.get("config_groups") or {}).values()), {})
        bits = _int((group.get("weights") or {}).get("num_bits")) or 8
    if quant in FP8_METHODS or quant == "fp8":
        bits = bits or 8
    if quant == "mxfp4":
        bits = 4
    if quant == "bitsandbytes":
        bits = 4 if quant_cfg.get("load_in_4bit") else 8
    window = _int(cfg.get("sliding_window")) if cfg.get("use_sliding_window", True) is not False else None
    global_layers: int | None = None
    layer_types = cfg.get("layer_types")
    architecture = (cfg.get("architectures") or [None])[0]
    if window and isinstance(layer_types, list) and layer_types:
        global_layers = sum(1 for t in layer_types if t == "full_attention")
    elif window and cfg.get("sliding_window_pattern"):
        global_layers = layers // int(cfg["sliding_window_pattern"])
    elif window and architecture == "Gemma2ForCausalLM":
        global_layers = layers // 2
    else:
        window = None  # every layer caches the full context: count it that way
    params, active = _estimate_params(cfg, layers, heads, kv, head_dim, hidden, vocab, tied)
    weights_gib: float | None = None
    gated: bool | None = None
    notes = ["architecture read from config.json"]
    estimated: list[str] = []
    if api:
        gated_value = api.get("gated")
        gated = bool(gated_value) if gated_value is not None else None
        counts = (api.get("safetensors") or {}).get("parameters") or {}
        if counts:
            weights_gib = sum(n * _SAFETENSORS_BYTES.get(k.upper(), 2) for k, n in counts.items()) / GiB
            notes.append("weight size from the Hub's safetensors metadata")
            if not quant and (api.get("safetensors") or {}).get("total"):
                params = api["safetensors"]["total"] / 1e9
    if not api or not (api.get("safetensors") or {}).get("parameters"):
        estimated.append("params_b")
        notes.append("parameter count computed from the config shapes")
    auto_map = cfg.get("auto_map") or {}
    remote = bool(auto_map) and architecture not in NATIVE_ARCHITECTURES
    return ModelFacts(
        model_id=model_id, source="config.json", params_b=round(params, 3),
        active_params_b=round(active, 3) if active else None, layers=layers, heads=heads, kv_heads=kv,
        head_dim=head_dim, hidden_size=hidden, vocab_size=vocab, tied_embeddings=tied, max_positions=max_pos,
        dtype="bfloat16" if dtype == "auto" else dtype, quantization=quant, quant_bits=bits, gated=gated,
        trust_remote_code=remote, kv_lora_rank=_int(cfg.get("kv_lora_rank")),
        qk_rope_head_dim=_int(cfg.get("qk_rope_head_dim")) if cfg.get("kv_lora_rank") else None,
        sliding_window=window, global_layers=global_layers, weights_gib=weights_gib, architecture=architecture,
        estimated=estimated, notes=notes,
    )


_SAFETENSORS_BYTES = {"F64": 8, "I64": 8, "F32": 4, "I32": 4, "U32": 4, "BF16": 2, "F16": 2, "I16": 2,
                      "F8_E4M3": 1, "F8_E5M2": 1, "I8": 1, "U8": 1, "BOOL": 1}


class ModelResolver:
    """Model id -> ModelFacts: the built-in table, then the Hub's config.json (cached), then the name.

    Hub answers are cached under ``cache_dir`` as one JSON file per model, so a model is fetched once per
    state directory. ``HF_TOKEN`` from the environment is sent as a bearer token and never stored.
    """

    def __init__(self, *, hf_lookup: bool = False, cache_dir: Path | None = None,
                 endpoint: str | None = None, timeout: float = HF_TIMEOUT_SECONDS) -> None:
        self.hf_lookup = hf_lookup
        self.cache_dir = cache_dir
        self.endpoint = (endpoint or hf_endpoint()).rstrip("/")
        self.timeout = timeout
        self._memo: dict[str, ModelFacts] = {}
        self._lock = threading.Lock()

    def __call__(self, model_id: str) -> ModelFacts:
        key = model_id.strip()
        with self._lock:
            if key in self._memo:
                return self._memo[key]
        facts = self._resolve(key)
        with self._lock:
            self._memo[key] = facts
        return facts

    def _resolve(self, model_id: str) -> ModelFacts:
        known = BY_ID.get(model_id.lower())
        if known is not None:
            return known.model_copy(update={"model_id": model_id})
        notes: list[str] = []
        if self.hf_lookup and re.fullmatch(r"[\w.-]+/[\w.-]+", model_id):
            fetched, note = self._fetch(model_id)
            if fetched is not None:
                return fetched
            notes.append(note)
        elif not self.hf_lookup:
            notes.append("not in the built-in table and Hub lookups are off")
        estimate = facts_from_name(model_id, notes)
        if estimate is None:
            raise DeployError(
                "model_unknown",
                f"Cannot size {model_id}: it is not in the built-in table, "
                f"{'; '.join(notes) or 'it is not a Hub id'}, and its name carries no size such as 8B or 0.5B.",
                "Use the full Hugging Face id (org/name); for a model outside the table, ask the user to enable Hub "
                "lookups on the server, or write the configuration by hand and check it with validate_config.",
            )
        return estimate

    def _cache_file(self, model_id: str) -> Path | None:
        if self.cache_dir is None:
            return None
        return self.cache_dir / (model_id.replace("/", "--") + ".json")

    def _fetch(self, model_id: str) -> tuple[ModelFacts | None, str]:
        cache = self._cache_file(model_id)
        if cache is not None and cache.is_file():
            try:
                stored = json.loads(cache.read_text())
                return facts_from_config(model_id, stored["config"], stored.get("api")), ""
            except (ValueError, KeyError, DeployError):
                pass  # an unreadable cache entry is fetched again
        import httpx

        headers = {"User-Agent": "deploy-mcp"}
        token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN")
        if token:
            headers["Authorization"] = f"Bearer {token}"
        try:
            with httpx.Client(timeout=self.timeout, headers=headers, follow_redirects=True) as http:
                answer = http.get(f"{self.endpoint}/{model_id}/resolve/main/config.json")
                if answer.status_code in (401, 403):
                    facts = facts_from_name(model_id, [
                        f"config.json refused (HTTP {answer.status_code}): gated or private"
                        + ("; HF_TOKEN has no access" if token else "; HF_TOKEN is not set on the server")
                    ])
                    if facts is not None:
                        return facts.model_copy(update={"gated": True}), ""
                    return None, f"config.json refused (HTTP {answer.status_code}): gated or private"
                if answer.status_code == 404:
                    raise DeployError(
                        "model_not_found", f"The Hub has no model '{model_id}' ({self.endpoint}, HTTP 404).",
                        "Check the spelling and the org of the model id (case matters on the Hub).",
                    )
                answer.raise_for_status()
                config = answer.json()
                api: dict[str, Any] | None = None
                meta = http.get(f"{self.endpoint}/api/models/{model_id}")
                if meta.status_code == 200:
                    body = meta.json()
                    api = {"gated": body.get("gated"), "safetensors": body.get("safetensors")}
        except httpx.HTTPError as exc:
            return None, f"config.json lookup failed ({type(exc).__name__})"
        except ValueError:
            return None, "config.json is not JSON"
        facts = facts_from_config(model_id, config, api)
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            tmp.write_text(json.dumps({"config": config, "api": api}))
            tmp.replace(cache)
        return facts, ""


def hf_endpoint() -> str:
    return os.environ.get("DEPLOY_MCP_HF_ENDPOINT") or os.environ.get("HF_ENDPOINT") or DEFAULT_HF_ENDPOINT


def resolver_for(hf_lookup: bool, state_dir: Path) -> ModelResolver:
    """The resolver a server uses: Hub lookups as the settings say, cached in ``<state_dir>/hf-cache``."""
    return _resolver(hf_lookup, str(state_dir), hf_endpoint())


@lru_cache(maxsize=8)
def _resolver(hf_lookup: bool, state_dir: str, endpoint: str) -> ModelResolver:
    return ModelResolver(hf_lookup=hf_lookup, cache_dir=Path(state_dir) / "hf-cache", endpoint=endpoint)


def table_resolver(model_id: str) -> ModelFacts:
    """Offline resolution: the table, else the name."""
    return _OFFLINE(model_id)


_OFFLINE = ModelResolver(hf_lookup=False)


# ---- Memory arithmetic --------------------------------------------------------------------------------------


def quantized_bytes_per_param(quantization: str, bits: int | None) -> float:
    return _QUANT_BYTES.get(bits or (8 if quantization in FP8_METHODS else 4), 0.53)


def weights_gib(facts: ModelFacts, quantization: str | None = None) -> tuple[float, str]:
    """Weight memory, and how it was computed. ``quantization`` is an on-the-fly method (e.g. fp8)."""
    if quantization is None and facts.weights_gib is not None:
        return facts.weights_gib, f"{facts.source}: checkpoint size {facts.weights_gib:.1f} GB"
    quant = quantization or facts.quantization
    bits = 8 if quantization else facts.quant_bits
    if quant is None:
        # Engines load float32 checkpoints in 16 bits.
        total = facts.params_b * 1e9 * 2
        return total / GiB, f"{facts.source}: {facts.params_b:g}B params x 2 bytes ({facts.dtype})"
    per_param = quantized_bytes_per_param(quant, bits)
    embed = 0
    if facts.vocab_size and facts.hidden_size:
        embed = facts.vocab_size * facts.hidden_size * (1 if facts.tied_embeddings else 2)
    total = embed * 2 + (facts.params_b * 1e9 - embed) * per_param
    return total / GiB, (f"{facts.source}: {facts.params_b:g}B params at {per_param:g} bytes ({quant} "
                         f"{bits}-bit), embeddings 16-bit")


def kv_token_bytes_per_gpu(facts: ModelFacts, *, tp: int = 1, kv_bytes: int = 2) -> float:
    """KV-cache bytes one token costs on one GPU, all layers counted (the rate inside the sliding window)."""
    if facts.kv_lora_rank:
        # The latent is not split by tensor parallelism: every rank keeps all of it.
        return facts.layers * (facts.kv_lora_rank + (facts.qk_rope_head_dim or 0)) * kv_bytes
    heads_per_gpu = max(1.0, facts.kv_heads / tp)
    return 2 * facts.layers * heads_per_gpu * facts.head_dim * kv_bytes


def kv_gib_per_gpu(facts: ModelFacts, length: int, *, tp: int = 1, pp: int = 1, kv_bytes: int = 2,
                   window_aware: bool = True) -> float:
    """KV cache for one sequence of ``length`` tokens, on one GPU."""
    per_token = kv_token_bytes_per_gpu(facts, tp=tp, kv_bytes=kv_bytes)
    if window_aware and facts.sliding_window and facts.global_layers is not None:
        share = (facts.global_layers * length
                 + (facts.layers - facts.global_layers) * min(length, facts.sliding_window)) / facts.layers
    else:
        share = float(length)
    return per_token * share / pp / GiB


def overhead_gib(facts: ModelFacts, engine: str) -> float:
    """Per-GPU memory besides weights and KV inside the engine's budget: CUDA graphs, activations, workspace.

    SGLang keeps activations outside --mem-fraction-static, so nothing is added for it.
    """
    if engine == "sglang":
        return 0.0
    hidden = facts.hidden_size or 4096
    return round(0.75 + PREFILL_TOKENS * hidden * 24 / GiB, 2)


@dataclass
class FitEstimate:
    weights_gib: float
    kv_gib: float  # one sequence of `length`, summed over GPUs
    overhead_gib: float  # summed over GPUs
    budget_gib: float  # summed over GPUs
    memory_gib: float
    gpus: int
    utilisation: float
    length: int
    room_per_gpu_gib: float  # per-GPU budget left for the KV cache after weights and overhead

    @property
    def fits(self) -> bool:
        return self.weights_gib + self.kv_gib + self.overhead_gib <= self.budget_gib + 1e-9

    def describe(self) -> str:
        over = f" + overhead {self.overhead_gib:.1f} GB" if self.overhead_gib else ""
        relation = "<=" if self.fits else ">"
        return (f"weights {self.weights_gib:.1f} GB + KV {self.kv_gib:.1f} GB ({self.length} tokens){over} "
                f"{relation} {self.gpus}x{self.memory_gib:g} GB x {self.utilisation:.2f} = {self.budget_gib:.1f} GB")


def estimate_fit(facts: ModelFacts, *, engine: str, memory_gib: float, tp: int, pp: int = 1, dp: int = 1,
                 length: int, utilisation: float | None = None, quantization: str | None = None,
                 kv_bytes: int = 2) -> FitEstimate:
    util = utilisation if utilisation is not None else DEFAULT_UTILISATION[engine]
    weights, _ = weights_gib(facts, quantization)
    overhead = overhead_gib(facts, engine)
    kv = kv_gib_per_gpu(facts, length, tp=tp, pp=pp, kv_bytes=kv_bytes, window_aware=engine in WINDOW_AWARE)
    per_replica = tp * pp
    room = util * memory_gib - weights / per_replica - overhead
    return FitEstimate(
        weights_gib=weights * dp, kv_gib=kv * per_replica * dp, overhead_gib=overhead * per_replica * dp,
        budget_gib=util * memory_gib * per_replica * dp, memory_gib=memory_gib, gpus=per_replica * dp,
        utilisation=util, length=length, room_per_gpu_gib=room,
    )


def max_length_that_fits(facts: ModelFacts, *, engine: str, memory_gib: float, tp: int, concurrency: int,
                         cap: int, utilisation: float | None = None, quantization: str | None = None,
                         kv_bytes: int = 2, step: int = 256) -> int:
    """The largest length (a multiple of ``step``, at most ``cap``) for which ``concurrency`` sequences fit."""
    fit = estimate_fit(facts, engine=engine, memory_gib=memory_gib, tp=tp, length=1, utilisation=utilisation,
                       quantization=quantization, kv_bytes=kv_bytes)
    if fit.room_per_gpu_gib <= 0:
        return 0

    def need(length: int) -> float:
        return concurrency * kv_gib_per_gpu(facts, length, tp=tp, kv_bytes=kv_bytes,
                                            window_aware=engine in WINDOW_AWARE)

    if need(cap) <= fit.room_per_gpu_gib:
        return cap
    low, high = 0, cap // step
    while low < high:
        mid = (low + high + 1) // 2
        if need(mid * step) <= fit.room_per_gpu_gib:
            low = mid
        else:
            high = mid - 1
    return low * step


def valid_tensor_parallel(facts: ModelFacts, tp: int) -> str | None:
    """Why ``tp`` cannot shard this model's attention, or None when it can."""
    if facts.heads % tp:
        return f"{facts.heads} attention heads are not divisible by tensor parallel size {tp}"
    if not facts.kv_lora_rank:
        kv = facts.kv_heads
        if kv >= tp and kv % tp or kv < tp and tp % kv:
            return f"{kv} KV heads cannot be split or replicated evenly over {tp} GPUs"
    return None


# ---- Engine command lines -----------------------------------------------------------------------------------

IMAGES: dict[tuple[str, str], str] = {
    ("vllm", "nvidia"): "vllm/vllm-openai:v0.19.1",
    ("vllm", "amd"): "vllm/vllm-openai-rocm:v0.19.1",
    ("sglang", "nvidia"): "lmsysorg/sglang:v0.5.10.post1",
    ("sglang", "amd"): "lmsysorg/sglang:v0.5.10-rocm720-mi30x",
    ("tgi", "nvidia"): "ghcr.io/huggingface/text-generation-inference:3.3.5",
    ("tgi", "amd"): "ghcr.io/huggingface/text-generation-inference:3.3.5-rocm",
}
HEALTH_PATH = {"vllm": "/health", "sglang": "/health", "tgi": "/health"}
# How each engine spells "16-bit float" and an FP8 KV cache.
_HALF = {"vllm": "half", "sglang": "half", "tgi": "float16"}
_KV_FP8 = {"vllm": "fp8", "sglang": "fp8_e4m3", "tgi": "fp8_e4m3fn"}


@dataclass
class EngineArgs:
    engine: Engine
    model: str
    port: int
    tp: int
    max_model_len: int
    utilisation: float
    dtype: str | None = None  # only when it must be forced
    quantization: str | None = None  # only on-the-fly methods; shipped ones are read from config.json
    kv_cache_fp8: bool = False
    trust_remote_code: bool = False


def tgi_max_input_tokens(max_total: int) -> int:
    """TGI needs room for at least some new tokens: keep a quarter of the length (at most 4096) for output."""
    return max(1, max_total - min(max_total // 4, 4096))


def serve_command(args: EngineArgs) -> list[str]:
    """The engine's command line as argv tokens."""
    if args.engine == "vllm":
        argv = ["vllm", "serve", args.model, "--host", "0.0.0.0", "--port", str(args.port),
                "--tensor-parallel-size", str(args.tp), "--max-model-len", str(args.max_model_len),
                "--gpu-memory-utilization", f"{args.utilisation:.2f}"]
    elif args.engine == "sglang":
        argv = ["python3", "-m", "sglang.launch_server", "--model-path", args.model, "--host", "0.0.0.0",
                "--port", str(args.port), "--tp-size", str(args.tp), "--context-length", str(args.max_model_len),
                "--mem-fraction-static", f"{args.utilisation:.2f}"]
    else:
        max_input = tgi_max_input_tokens(args.max_model_len)
        argv = ["text-generation-launcher", "--model-id", args.model, "--hostname", "0.0.0.0",
                "--port", str(args.port), "--num-shard", str(args.tp), "--max-input-tokens", str(max_input),
                "--max-total-tokens", str(args.max_model_len)]
    if args.quantization:
        argv += ["--quantize" if args.engine == "tgi" else "--quantization", args.quantization]
    # TGI refuses --dtype together with --quantize.
    if args.dtype and not (args.engine == "tgi" and args.quantization):
        argv += ["--dtype", _HALF[args.engine] if args.dtype == "float16" else args.dtype]
    if args.kv_cache_fp8:
        argv += ["--kv-cache-dtype", _KV_FP8[args.engine]]
    if args.trust_remote_code:
        argv.append("--trust-remote-code")
    return argv


def shell_command(argv: list[str]) -> str:
    """One readable shell command: the executable and model first, then one flag (and value) per line."""
    import shlex

    head: list[str] = []
    rest = list(argv)
    while rest and not rest[0].startswith("--"):
        head.append(rest.pop(0))
    lines = [" ".join(shlex.quote(t) for t in head)]
    while rest:
        flag = rest.pop(0)
        value = rest.pop(0) if rest and not rest[0].startswith("--") else None
        lines.append(shlex.quote(flag) + (f" {shlex.quote(value)}" if value is not None else ""))
    return " \\\n  ".join(lines)


# ---- Fit and compatibility checks ---------------------------------------------------------------------------

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
    method = (call.get("quantization") or facts.quantization or "").lower()
    if not method or gpu is None:
        return []
    if gpu.vendor == "amd":
        if method in FP8_METHODS and not gpu.fp8:
            return [_problem("quantization_unsupported", f"FP8 on {gpu.name}: FP8 needs MI300-class (CDNA 3) GPUs.",
                             "Serve the bf16 checkpoint or use MI300X/MI325X.", loc)]
        return []
    cc = gpu.compute_capability or (0, 0)
    minimum = QUANT_MIN_CC.get(method)
    if minimum is not None and cc < minimum:
        return [_problem(
            "quantization_unsupported",
            f"{method} needs compute capability {minimum[0]}.{minimum[1]}+; {gpu.name} has {gpu.cc_text}.",
            "Use a newer GPU (A10G/L4/A100/H100) or the unquantized checkpoint.", loc)]
    if method in FP8_METHODS and cc < FP8_NATIVE_CC:
        return [_problem(
            "quantization_unsupported",
            f"FP8 needs compute capability 8.9+ (L4, L40S, H100) for FP8 compute; {gpu.name} has {gpu.cc_text}, "
            "so it runs as weight-only FP8 (Marlin) at best: slower, and SGLang/TGI may refuse it.",
            "Use an L40S/H100-class GPU, or an AWQ/GPTQ checkpoint on this GPU.", loc, severity="warning")]
    return []


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
