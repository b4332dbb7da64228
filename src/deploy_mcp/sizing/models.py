"""Model facts: the built-in table, the Hub's config.json and API, and sizes read from a model's name.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from deploy_mcp.errors import DeployError
from deploy_mcp.sizing.gpus import FP8_METHODS, as_int
from deploy_mcp.sizing.memory import GiB
from deploy_mcp.sizing.model_table import BY_ID, ModelFacts
from deploy_mcp.sizing.report import MAX_MODEL_ID

DEFAULT_HF_ENDPOINT = "https://huggingface.co"
MEMO_SIZE = 256
"""Model facts a resolver keeps in memory (least recently used first out)."""
HF_TIMEOUT_SECONDS = 5.0

_DTYPE_ALIASES = {"half": "float16", "fp16": "float16", "float16": "float16", "bfloat16": "bfloat16",
                  "bf16": "bfloat16", "float": "float32", "float32": "float32", "auto": "auto"}

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
    "Qwen3NextForCausalLM", "JambaForCausalLM", "GraniteMoeHybridForCausalLM", "NemotronHForCausalLM",
    "FalconH1ForCausalLM", "MambaForCausalLM", "Mamba2ForCausalLM", "Llama4ForCausalLM",
})

def canonical_dtype(text: str | None) -> str | None:
    return _DTYPE_ALIASES.get(text.lower()) if text else None





_MOE_NAME = re.compile(r"(?<![\w.])(\d+)x(\d+(?:\.\d+)?)b(?![a-z])", re.IGNORECASE)
_ACTIVE_NAME = re.compile(r"[-_.]a(\d+(?:\.\d+)?)b(?![a-z])", re.IGNORECASE)
# Llama 4's "17B-16E": the active size and the expert count, which do not give the total.
_EXPERTS_NAME = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)b[-_](\d+)e(?![a-z])", re.IGNORECASE)
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
    """Parameter count from the name (``8B``, ``0.5B``, ``8x7B``, ``30B-A3B``, ``360M``); shapes are typical.

    A mixture-of-experts name is sized for all its parameters; one that gives only the active size (``17B-16E``,
    ``A3B`` alone) is refused with ``model_facts_unknown`` rather than sized for the smaller number.
    """
    base = model_id.rsplit("/", 1)[-1]
    active: float | None = None
    moe = _MOE_NAME.search(base)
    experts_only = _EXPERTS_NAME.search(base)
    sizes = [float(m.group(1)) * (1e-3 if m.group(2).lower() == "m" else 1.0) for m in _SIZE_NAME.finditer(base)]
    act = _ACTIVE_NAME.search(base)
    if experts_only or (act and not sizes):
        hint_size = f"{experts_only.group(1)}B active, {experts_only.group(2)} experts" if experts_only else \
            f"{act.group(1)}B active"  # type: ignore[union-attr]
        raise DeployError(
            "model_facts_unknown",
            f"{model_id} is a mixture-of-experts model whose name gives only part of its size ({hint_size}); its "
            f"total parameter count, which sets the memory it needs, is unknown "
            f"({'; '.join(notes or []) or 'not in the built-in table'}).",
            "Ask the user to enable Hub lookups (and set HF_TOKEN on the server for a gated model), or to name the "
            "GPU and count from the model card, then check the written configuration with validate_config.",
        )
    if moe:
        experts, size = int(moe.group(1)), float(moe.group(2))
        # Experts share attention and embeddings: Mixtral 8x7B is 46.7B, not 56B.
        params = experts * size * 0.83
        active = size * 2 * 0.9
    else:
        if not sizes:
            return None
        params = max(sizes)
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
        notes=[*(notes or []), (f"parameters read from the name '{base}'; layers, heads and head size are typical "
               f"values for {params:g}B models, max positions unknown")
               + (f"; a mixture of experts, sized for all {params:g}B parameters" if active else "")],
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
    layers = as_int(_first(cfg, "num_hidden_layers", "n_layer", "num_layers"))
    heads = as_int(_first(cfg, "num_attention_heads", "n_head", "num_heads"))
    hidden = as_int(_first(cfg, "hidden_size", "n_embd", "d_model"))
    if not layers or not heads or not hidden:
        raise DeployError(
            "model_config_unreadable",
            f"config.json of {model_id} has no layer, head or hidden-size count this server can read.",
            "Pass gpu explicitly and check the model card for the memory it needs.",
        )
    kv = as_int(_first(cfg, "num_key_value_heads", "num_kv_heads", "multi_query_group_num")) or (
        1 if cfg.get("multi_query") else heads)
    head_dim = as_int(_first(cfg, "head_dim", "kv_channels")) or (hidden // heads)
    if cfg.get("kv_lora_rank"):
        head_dim = int(cfg.get("qk_nope_head_dim", 128)) + int(cfg.get("qk_rope_head_dim", 64))
    vocab = as_int(_first(cfg, "vocab_size", "padded_vocab_size")) or 32000
    tied = bool(cfg.get("tie_word_embeddings", False))
    max_pos = as_int(_first(cfg, "max_position_embeddings", "n_positions", "max_sequence_length", "seq_length"))
    dtype = canonical_dtype(str(_first(cfg, "torch_dtype", "dtype") or "bfloat16")) or "bfloat16"
    quant_cfg = cfg.get("quantization_config") or {}
    quant = quant_cfg.get("quant_method") if isinstance(quant_cfg, dict) else None
    bits = as_int(quant_cfg.get("bits") or quant_cfg.get("w_bit")) if quant else None
    if quant == "compressed-tensors":
        group = next(iter((quant_cfg.get("config_groups") or {}).values()), {})
        bits = as_int((group.get("weights") or {}).get("num_bits")) or 8
    if quant in FP8_METHODS or quant == "fp8":
        bits = bits or 8
    if quant == "mxfp4":
        bits = 4
    if quant == "bitsandbytes":
        bits = 4 if quant_cfg.get("load_in_4bit") else 8
    architecture = (cfg.get("architectures") or [None])[0]
    plan = layer_plan(cfg, layers, architecture)
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
        trust_remote_code=remote, kv_lora_rank=as_int(cfg.get("kv_lora_rank")),
        qk_rope_head_dim=as_int(cfg.get("qk_rope_head_dim")) if cfg.get("kv_lora_rank") else None,
        sliding_window=plan.window, global_layers=plan.global_layers, kv_layers=plan.kv_layers,
        layer_kinds=plan.kinds, experts=as_int(_first(cfg, "num_local_experts", "num_experts", "n_routed_experts")),
        weights_gib=weights_gib, architecture=architecture, estimated=estimated, notes=notes,
    )


# How config.json files name a layer's kind, read as: caches K/V for every token, for a window, or not per token.
_FULL_KINDS = {"full_attention", "attention", "global_attention", "full"}
_WINDOW_KINDS = {"sliding_attention", "sliding_window", "local_attention", "chunked_attention", "sliding"}
_STATE_KINDS = {"linear_attention", "mamba", "mamba2", "ssm", "conv", "short_conv", "deltanet", "linear"}
_PURE_SSM = {"MambaForCausalLM", "Mamba2ForCausalLM", "FalconMambaForCausalLM"}


@dataclass(frozen=True)
class LayerPlan:
    kv_layers: int | None  # None: every layer
    global_layers: int | None  # full-attention layers when others hold a window
    window: int | None
    kinds: str | None


def layer_plan(cfg: dict[str, Any], layers: int, architecture: str | None) -> LayerPlan:
    """Which layers cache K/V per token, from whichever of the many config.json spellings the model uses."""
    full = windowed = state = cross = 0
    window = as_int(_first(cfg, "sliding_window", "attention_chunk_size"))
    if cfg.get("use_sliding_window") is False and not cfg.get("attention_chunk_size"):
        window = None
    kinds = cfg.get("layer_types") or cfg.get("layers_block_type")
    pattern = cfg.get("hybrid_override_pattern")
    if isinstance(kinds, list) and kinds:
        for kind in (str(k).lower() for k in kinds):
            if kind in _WINDOW_KINDS:
                windowed += 1
            elif kind in _STATE_KINDS:
                state += 1
            elif kind == "cross_attention":
                cross += 1
            else:
                full += 1
    elif isinstance(pattern, str) and pattern:
        # Nemotron-H: '*' attention, 'M' Mamba, '-' MLP and 'E' MoE layers (which hold no attention at all).
        full, state = pattern.count("*"), pattern.count("M")
        layers = full + state
    elif cfg.get("full_attention_interval"):  # Qwen3-Next: one full-attention layer in N, the rest linear
        full = layers // int(cfg["full_attention_interval"])
        state = layers - full
    elif cfg.get("attn_layer_period"):  # Jamba: attention at offset within each period, Mamba elsewhere
        period, offset = int(cfg["attn_layer_period"]), int(cfg.get("attn_layer_offset") or 0)
        full = sum(1 for i in range(layers) if i % period == offset)
        state = layers - full
    elif architecture in _PURE_SSM:
        state = layers
    elif cfg.get("cross_attention_layers"):
        cross = len(cfg["cross_attention_layers"])
        full = layers - cross
    elif cfg.get("attention_chunk_size"):  # Llama 4: three chunked layers, then one global (NoPE) layer
        no_rope = cfg.get("no_rope_layers")
        full = sum(1 for v in no_rope if not v) if isinstance(no_rope, list) and no_rope else layers // 4
        windowed = layers - full
    elif window and cfg.get("sliding_window_pattern"):
        full = layers // int(cfg["sliding_window_pattern"])
        windowed = layers - full
    elif window and architecture == "Gemma2ForCausalLM":
        full = windowed = layers // 2
    else:
        full = layers
    if not windowed or not window:
        full, windowed, window = full + windowed, 0, None
    kv = full + windowed
    parts = []
    if full:
        parts.append(f"{full} full-attention")
    if windowed:
        parts.append(f"{windowed} {'chunked' if cfg.get('attention_chunk_size') else 'sliding-window'} ({window} "
                     "tokens)")
    words = " + ".join(parts) + f" layer(s) of {layers} hold KV" if parts else f"none of {layers} layers hold KV"
    if state:
        words += f"; {state} linear-attention/state-space layer(s) keep a fixed per-sequence state"
    if cross:
        words += f"; {cross} cross-attention layer(s) cache only the image"
    plain = not windowed and kv == layers
    return LayerPlan(kv_layers=None if kv == layers else kv, global_layers=full if windowed else None,
                     window=window, kinds=None if plain else words)


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
        self._memo: OrderedDict[str, ModelFacts] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, model_id: str) -> ModelFacts:
        key = model_id.strip()
        if len(key) > MAX_MODEL_ID:
            raise DeployError(
                "model_id_too_long", f"The model id has {len(key)} characters; the limit is {MAX_MODEL_ID}.",
                "Use the Hugging Face id (org/name), e.g. 'Qwen/Qwen2.5-7B-Instruct'.",
            )
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        facts = self._resolve(key)
        with self._lock:
            self._memo[key] = facts
            while len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
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
        """Facts from the Hub: the model API (exact parameter counts, gating; public even for gated repos) and
        config.json (the architecture; gated repos need HF_TOKEN). A refused config.json still sizes from the
        API's counts; only when both fail does the name decide."""
        cache = self._cache_file(model_id)
        if cache is not None and cache.is_file():
            try:
                stored = json.loads(cache.read_text())
                return facts_from_config(model_id, stored["config"], stored.get("api")), ""
            except (ValueError, KeyError, TypeError, DeployError):
                pass  # an unreadable cache entry is fetched again
        import httpx

        headers = {"User-Agent": "deploy-mcp"}
        token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN")
        if token:
            headers["Authorization"] = f"Bearer {token}"
        api: dict[str, Any] | None = None
        config: dict[str, Any] | None = None
        refused: str | None = None
        try:
            with httpx.Client(timeout=self.timeout, headers=headers, follow_redirects=True) as http:
                # huggingface_hub's HfApi.model_info(expand=[...]) asks the same URL; expand lists what to return.
                meta = http.get(f"{self.endpoint}/api/models/{model_id}",
                                params={"expand": ["safetensors", "config", "gated"]})
                if meta.status_code == 200:
                    body = meta.json()
                    api = {"gated": body.get("gated"), "safetensors": body.get("safetensors"),
                           "config": body.get("config")}
                answer = http.get(f"{self.endpoint}/{model_id}/resolve/main/config.json")
                if answer.status_code in (401, 403):
                    refused = (f"config.json refused (HTTP {answer.status_code}): gated or private"
                               + ("; HF_TOKEN has no access" if token else "; HF_TOKEN is not set on the server"))
                elif answer.status_code == 404 and meta.status_code == 404:
                    raise DeployError(
                        "model_not_found", f"The Hub has no model '{model_id}' ({self.endpoint}, HTTP 404).",
                        "Check the spelling and the org of the model id (case matters on the Hub).",
                    )
                elif answer.status_code == 404:
                    refused = "the repository has no config.json"
                else:
                    answer.raise_for_status()
                    config = answer.json()
        except httpx.HTTPError as exc:
            return None, f"Hub lookup failed ({type(exc).__name__})"
        except ValueError:
            return None, "config.json is not JSON"
        if config is None and not _counts(api):
            facts = facts_from_name(model_id, [refused or "config.json unavailable"])
            if facts is not None and refused and "gated" in refused:
                return facts.model_copy(update={"gated": True}), ""
            return facts, refused or ""
        facts = self._facts(model_id, config, api, refused)
        if cache is not None and config is not None:  # a refusal is asked again: HF_TOKEN may be set later
            _store(cache, {"config": config, "api": api})
        return facts, ""

    @staticmethod
    def _facts(model_id: str, config: dict[str, Any] | None, api: dict[str, Any] | None,
               refused: str | None) -> ModelFacts:
        if config is not None:
            return facts_from_config(model_id, config, api)
        return facts_from_api(model_id, api or {}, refused or "config.json unavailable")


# Hub answers kept in the state directory: enough for every model a team serves, small enough to never matter.
CACHE_ENTRIES = 256


def _store(cache: Path, entry: dict[str, Any]) -> None:
    """Write one cache entry atomically, then drop the oldest beyond ``CACHE_ENTRIES``."""
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(json.dumps(entry))
    tmp.replace(cache)
    entries = sorted(cache.parent.glob("*.json"), key=lambda f: f.stat().st_mtime)
    for old in entries[:-CACHE_ENTRIES]:
        old.unlink(missing_ok=True)


def _counts(api: dict[str, Any] | None) -> dict[str, int]:
    return ((api or {}).get("safetensors") or {}).get("parameters") or {}


def facts_from_api(model_id: str, api: dict[str, Any], why: str) -> ModelFacts:
    """Facts when config.json is out of reach but the Hub's model API answered: the exact parameter count and
    weight bytes from its safetensors metadata, the architecture's name from its config summary, and typical
    shapes for the KV cache (marked estimated)."""
    counts = _counts(api)
    total = (api.get("safetensors") or {}).get("total") or sum(counts.values())
    params = total / 1e9
    summary = api.get("config") or {}
    architecture = (summary.get("architectures") or [None])[0]
    quant_cfg = summary.get("quantization_config") or {}
    quant = quant_cfg.get("quant_method") if isinstance(quant_cfg, dict) else None
    name_quant, name_bits = quantization_from_name(model_id)
    quant = quant or name_quant
    shape = next(s for s in _TYPICAL_SHAPES if params <= s[0])
    gated_value = api.get("gated")
    return ModelFacts(
        model_id=model_id, source="hub-api", params_b=round(params, 3), layers=shape[1], heads=shape[2],
        kv_heads=shape[3], head_dim=shape[4], hidden_size=shape[5], max_positions=None,
        quantization=quant, quant_bits=(8 if quant in FP8_METHODS else name_bits) if quant else None,
        weights_gib=sum(n * _SAFETENSORS_BYTES.get(k.upper(), 2) for k, n in counts.items()) / GiB,
        gated=bool(gated_value) if gated_value is not None else None, architecture=architecture,
        estimated=["layers", "heads", "kv_heads", "head_dim", "max_positions"],
        notes=[why, ("parameter count and weight size from the Hub's safetensors metadata; layers, heads and head "
                     f"size are typical values for {params:.0f}B models (config.json unread), max positions unknown")],
    )


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


