"""Which engine runs on which GPU, in which dtype, with which quantization and architecture.

One table of facts, each row with its source, for the engine images pinned in ``sizing.commands.IMAGES``
(vLLM 0.19.1, SGLang 0.5.10, TGI 3.3.5). The generator, validate_config's fit checks and the diagnosis's
suggested fixes all ask this module, so the three never disagree.

Query API (pure, no I/O besides gpuhunt's catalogue on first use):

- ``supports(engine, gpu, dtype=None, quantization=None, architecture=None, kv_cache_dtype=None,
  on_the_fly=False) -> Support``: can this engine image serve this on that GPU? ``Support.ok`` is False with a
  ``reason``, the ``source`` rows, and the nearest working ``alternative`` (another engine, a GPU family, a
  dtype, a checkpoint) as one sentence; ``Support.note`` carries a caveat when it runs but slowly (FP8 as
  weight-only Marlin below compute capability 8.9).
- ``nearest_alternatives(engine, gpu, ...) -> list[Alternative]``: every alternative that works, nearest first
  (same GPU with another engine, then another dtype, then other GPU families).
- ``min_capability(engine, dtype=None, quantization=None, kv_cache_dtype=None, native=False) -> (major, minor)``: the lowest
  NVIDIA compute capability that serves the combination, for a ``resources.gpu`` spec.

``gpu`` is a gpuhunt name (``"T4"``, ``"A100"``) or a ``GpuInfo``. ``quantization`` is a method as engines and
``config.json`` spell it (fp8, awq, gptq, compressed-tensors, mxfp4, bitsandbytes, ...). ``architecture`` is
``config.json``'s ``architectures[0]`` (e.g. ``Qwen3NextForCausalLM``).
"""

from __future__ import annotations

from dataclasses import dataclass

from deploy_mcp.sizing.gpus import GpuInfo, gpu_variants

CC = tuple[int, int]

# Sources, cited once and referred to by key in the rows.
SOURCES = {
    "vllm-gpu": "vLLM installation docs: NVIDIA compute capability 7.0+ (V100, T4, A100, L4, H100)",
    "vllm-fp8": "vLLM quantization/fp8 docs + PR #5975 (FP8 Marlin W8A16 below 8.9) + PR #29901 (Marlin on sm75, "
                "in 0.13+)",
    "vllm-awq": "vLLM supported-hardware table (AWQ/GPTQ Turing+), PR #29901 (AWQ/GPTQ Marlin on sm75)",
    "vllm-mxfp4": "vLLM gpt-oss recipe (docs.vllm.ai/projects/recipes, GPT-OSS): Ampere+ (Marlin MXFP4 below Hopper)",
    "vllm-rocm": "vLLM ROCm docs: MI200 (gfx90a) and MI300 (gfx942) families",
    "sglang-gpu": "sgl-kernel builds for sm80+ (sgl-project/sglang#6006, #24302; gpustack/gpustack#3932): SGLang "
                  "does not start on V100/T4",
    "sglang-fp8": "SGLang quantization docs: FP8 W8A8 kernels need Ada/Hopper (sm89+); DeepSeek FP8 on A100 needs a "
                  "BF16/INT8 conversion",
    "sglang-rocm": "the pinned SGLang ROCm image is built for MI300-class (tag -mi30x)",
    "tgi-gpu": "TGI flash-attention v2 kernels need Ampere (huggingface/text-generation-inference#624)",
    "tgi-models": "TGI supported_models docs and router model types (huggingface/text-generation-inference#3199; "
                  "custom_modeling/ on main adds qwen3)",
    "tgi-quant": "TGI quantization docs: AWQ/GPTQ via Marlin/exllama, FP8 via FP8 Marlin on Ampere, no MXFP4",
    "tgi-rocm": "TGI AMD docs: MI210/MI250/MI300",
    "bf16": "bf16 tensor cores: NVIDIA Ampere (compute capability 8.0)+ and AMD CDNA+",
    "fp8-native": "FP8 tensor cores: NVIDIA Ada (8.9)/Hopper (9.0)+, AMD CDNA 3 (MI300)+",
    "kv-fp8": "this server's rule: an FP8 KV cache only where FP8 is native (8.9+), as all three engines' fast "
              "paths need",
}


@dataclass(frozen=True)
class Row:
    """One fact: ``engine`` (or ``*`` for all) with ``topic``/``key`` needs NVIDIA ``min_cc`` (None: any), and
    AMD support when ``amd`` is set; ``supported`` False means the engine does not serve it at all."""

    engine: str
    topic: str  # gpu | dtype | quantization | kv_cache | architecture
    key: str
    source: str
    min_cc: CC | None = None
    amd: bool = True
    supported: bool = True
    native_cc: CC | None = None  # below this (and at or above min_cc) it runs, but slower: say so


ROWS: tuple[Row, ...] = (
    # The engine itself on a GPU.
    Row("vllm", "gpu", "*", "vllm-gpu", min_cc=(7, 0)),
    Row("sglang", "gpu", "*", "sglang-gpu", min_cc=(8, 0)),
    Row("tgi", "gpu", "*", "tgi-gpu", min_cc=(8, 0)),
    Row("vllm", "gpu", "amd", "vllm-rocm"),
    Row("sglang", "gpu", "amd", "sglang-rocm"),
    Row("tgi", "gpu", "amd", "tgi-rocm"),
    # Dtypes.
    Row("*", "dtype", "bfloat16", "bf16", min_cc=(8, 0)),
    # Quantization methods (shipped in the checkpoint or on the fly).
    Row("vllm", "quantization", "fp8", "vllm-fp8", min_cc=(7, 5), native_cc=(8, 9)),
    Row("vllm", "quantization", "fbgemm_fp8", "vllm-fp8", min_cc=(8, 0), native_cc=(8, 9)),
    Row("vllm", "quantization", "compressed-tensors", "vllm-fp8", min_cc=(7, 5)),
    Row("vllm", "quantization", "modelopt", "vllm-fp8", min_cc=(8, 9), amd=False),
    Row("vllm", "quantization", "awq", "vllm-awq", min_cc=(7, 5)),
    Row("vllm", "quantization", "gptq", "vllm-awq", min_cc=(7, 0)),
    Row("vllm", "quantization", "mxfp4", "vllm-mxfp4", min_cc=(8, 0), native_cc=(9, 0)),
    Row("vllm", "quantization", "bitsandbytes", "vllm-gpu", min_cc=(7, 0), amd=False),
    Row("sglang", "quantization", "fp8", "sglang-fp8", min_cc=(8, 9)),
    Row("sglang", "quantization", "fbgemm_fp8", "sglang-fp8", min_cc=(8, 9)),
    Row("sglang", "quantization", "compressed-tensors", "sglang-fp8", min_cc=(8, 9)),
    Row("sglang", "quantization", "modelopt", "sglang-fp8", min_cc=(8, 9), amd=False),
    Row("sglang", "quantization", "awq", "sglang-gpu", min_cc=(8, 0)),
    Row("sglang", "quantization", "gptq", "sglang-gpu", min_cc=(8, 0)),
    Row("sglang", "quantization", "mxfp4", "sglang-gpu", min_cc=(8, 0), native_cc=(9, 0)),
    Row("tgi", "quantization", "fp8", "tgi-quant", min_cc=(8, 0), native_cc=(8, 9)),
    Row("tgi", "quantization", "fbgemm_fp8", "tgi-quant", min_cc=(8, 0), native_cc=(8, 9)),
    Row("tgi", "quantization", "compressed-tensors", "tgi-quant", min_cc=(8, 0)),
    Row("tgi", "quantization", "awq", "tgi-quant", min_cc=(8, 0)),
    Row("tgi", "quantization", "gptq", "tgi-quant", min_cc=(8, 0)),
    Row("tgi", "quantization", "mxfp4", "tgi-quant", supported=False),
    Row("tgi", "quantization", "modelopt", "tgi-quant", supported=False),
    # KV cache dtypes.
    Row("*", "kv_cache", "fp8", "kv-fp8", min_cc=(8, 9)),
    # Architectures TGI 3.3.5 serves with its own (flash) modelling; anything else it does not serve well.
    *(Row("tgi", "architecture", arch, "tgi-models") for arch in (
        "LlamaForCausalLM", "Llama4ForConditionalGeneration", "MistralForCausalLM", "MixtralForCausalLM",
        "Qwen2ForCausalLM", "Qwen3ForCausalLM", "Qwen2VLForConditionalGeneration",
        "Qwen2_5_VLForConditionalGeneration", "GemmaForCausalLM", "Gemma2ForCausalLM", "Gemma3ForCausalLM",
        "Gemma3ForConditionalGeneration", "Phi3ForCausalLM", "PhiForCausalLM", "PhiMoEForCausalLM",
        "DeepseekV2ForCausalLM", "DeepseekV3ForCausalLM", "CohereForCausalLM", "DbrxForCausalLM",
        "Starcoder2ForCausalLM", "GraniteForCausalLM", "GPTBigCodeForCausalLM", "FalconForCausalLM",
        "GPTNeoXForCausalLM", "GPT2LMHeadModel", "GPTJForCausalLM", "MptForCausalLM", "BloomForCausalLM",
        "OPTForCausalLM", "MambaForCausalLM", "MllamaForConditionalGeneration", "PaliGemmaForConditionalGeneration",
        "BaichuanForCausalLM", "LlavaNextForConditionalGeneration", "Idefics2ForConditionalGeneration",
        "Idefics3ForConditionalGeneration", "T5ForConditionalGeneration",
    )),
)

ENGINES = ("vllm", "sglang", "tgi")
# GPU families an alternative may name, cheapest first (the rough cost order sizing uses).
REFERENCE_GPUS = ("T4", "A10G", "L4", "L40S", "A100", "H100", "H200", "MI300X")
# Methods spelled differently by engines and config.json files, read as the method the rows name.
_QUANT_ALIASES = {"fp8_e4m3": "fp8", "fp8_e5m2": "fp8", "awq_marlin": "awq", "gptq_marlin": "gptq",
                  "bitsandbytes-nf4": "bitsandbytes", "bitsandbytes-fp4": "bitsandbytes", "marlin": "gptq"}


@dataclass(frozen=True)
class Alternative:
    kind: str  # engine | dtype | gpu | checkpoint
    value: str
    text: str  # one sentence a hint can quote


@dataclass(frozen=True)
class Support:
    ok: bool
    reason: str = ""
    alternative: str | None = None
    source: str = ""
    note: str | None = None  # a caveat when it runs (e.g. weight-only FP8)
    code: str = ""  # engine_gpu_unsupported | dtype_unsupported | quantization_unsupported | ...

    def __bool__(self) -> bool:
        return self.ok


def _gpu(gpu: GpuInfo | str) -> GpuInfo | None:
    if isinstance(gpu, GpuInfo):
        return gpu
    variants = gpu_variants(gpu)
    return min(variants, key=lambda g: g.memory_gib) if variants else None


def _rows(engine: str, topic: str, key: str) -> list[Row]:
    return [r for r in ROWS if r.topic == topic and r.key == key and r.engine in (engine, "*")]


def _canonical_quant(method: str | None) -> str | None:
    if not method:
        return None
    method = method.lower()
    return _QUANT_ALIASES.get(method, method)


def _cc(cc: CC) -> str:
    return f"{cc[0]}.{cc[1]}"


@dataclass(frozen=True)
class _Block:
    code: str
    reason: str
    source: str


def _blocks(engine: str, gpu: GpuInfo, dtype: str | None, quantization: str | None, architecture: str | None,
            kv_cache_dtype: str | None) -> tuple[list[_Block], list[str]]:
    """Every fact that stops ``engine`` here, and the caveats of those that let it run slowly."""
    blocks: list[_Block] = []
    notes: list[str] = []
    cc = gpu.compute_capability
    nvidia = gpu.vendor == "nvidia" and cc is not None

    def check(row: Row, what: str, code: str) -> None:
        if not row.supported:
            blocks.append(_Block(code, f"{engine} {engine_version(engine)} does not serve {what}", row.source))
        elif nvidia and row.min_cc and cc < row.min_cc:  # type: ignore[operator]
            subject = f"{engine} {engine_version(engine)}" if row.topic == "gpu" else f"{what} on {engine}"
            blocks.append(_Block(code, f"{subject} needs compute capability {_cc(row.min_cc)}+; "
                                 f"{gpu.name} has {gpu.cc_text}", row.source))
        elif gpu.vendor == "amd" and not row.amd:
            blocks.append(_Block(code, f"{what} on {engine} has no AMD (ROCm) kernels", row.source))
        elif nvidia and row.native_cc and cc < row.native_cc:  # type: ignore[operator]
            notes.append(f"{gpu.name} (compute capability {gpu.cc_text}) has no native {what}: {engine} runs it as "
                         "weight-only (Marlin), slower than on L40S/H100")

    for row in _rows(engine, "gpu", "*"):
        check(row, engine, "engine_gpu_unsupported")
    if gpu.vendor == "amd" and not _rows(engine, "gpu", "amd"):
        blocks.append(_Block("engine_gpu_unsupported", f"{engine} has no ROCm image here", "commands.IMAGES"))
    if engine == "sglang" and gpu.vendor == "amd" and not gpu.fp8:
        blocks.append(_Block("engine_gpu_unsupported", f"the pinned SGLang ROCm image is built for MI300-class GPUs, "
                             f"not {gpu.name}", "sglang-rocm"))
    if dtype == "bfloat16":
        for row in _rows(engine, "dtype", "bfloat16"):
            check(row, "bf16", "dtype_unsupported")
    method = _canonical_quant(quantization)
    if method:
        rows = _rows(engine, "quantization", method)
        for row in rows:
            check(row, f"{method} quantization", "quantization_unsupported")
        if gpu.vendor == "amd" and method in ("fp8", "fbgemm_fp8") and not gpu.fp8:
            blocks.append(_Block("quantization_unsupported", f"FP8 on {gpu.name}: AMD FP8 needs MI300-class (CDNA 3)",
                                 "fp8-native"))
    if kv_cache_dtype and kv_cache_dtype.lower().startswith("fp8"):
        for row in _rows(engine, "kv_cache", "fp8"):
            check(row, "an FP8 KV cache", "kv_cache_dtype_unsupported")
    if architecture and engine == "tgi" and not _rows(engine, "architecture", architecture):
        blocks.append(_Block("architecture_unsupported", f"TGI {engine_version('tgi')} has no implementation of "
                             f"{architecture}", "tgi-models"))
    return blocks, notes


def engine_version(engine: str) -> str:
    """The pinned image tag of ``engine`` (NVIDIA build)."""
    from deploy_mcp.sizing.commands import IMAGES

    return IMAGES[(engine, "nvidia")].rsplit(":", 1)[-1]


def supports(engine: str, gpu: GpuInfo | str, dtype: str | None = None, quantization: str | None = None,
             architecture: str | None = None, kv_cache_dtype: str | None = None,
             on_the_fly: bool = False) -> Support:
    """Whether the pinned ``engine`` image serves this combination on ``gpu``; see the module docstring.

    ``on_the_fly`` says the quantization is an engine option (``--quantization fp8``), not the checkpoint's:
    only then may an alternative suggest dropping it; a shipped one is never suggested again as a fix.
    """
    info = _gpu(gpu)
    if info is None:
        return Support(True, note=f"{gpu} is not in gpuhunt's catalogue: not checked")
    blocks, notes = _blocks(engine, info, dtype, quantization, architecture, kv_cache_dtype)
    if not blocks:
        return Support(True, note="; ".join(notes) or None)
    first = blocks[0]
    options = nearest_alternatives(engine, info, dtype=dtype, quantization=quantization,
                                   architecture=architecture, kv_cache_dtype=kv_cache_dtype, on_the_fly=on_the_fly)
    return Support(False, reason="; ".join(b.reason for b in blocks) + ".",
                   alternative=" ".join(o.text for o in options[:2]) or None,
                   source="; ".join(dict.fromkeys(SOURCES.get(b.source, b.source) for b in blocks)),
                   code=first.code)


def nearest_alternatives(engine: str, gpu: GpuInfo | str, dtype: str | None = None, quantization: str | None = None,
                         architecture: str | None = None, kv_cache_dtype: str | None = None,
                         on_the_fly: bool = False) -> list[Alternative]:
    """What works instead, nearest first: another engine on the same GPU, the same engine in float16 or without
    the on-the-fly option, then the cheapest GPU families that serve it all as asked."""
    info = _gpu(gpu)
    if info is None:
        return []
    found: list[Alternative] = []

    def works(e: str, g: GpuInfo, d: str | None = dtype, q: str | None = quantization,
              kv: str | None = kv_cache_dtype) -> bool:
        return not _blocks(e, g, d, q, architecture, kv)[0]

    for other in ENGINES:
        if other != engine and works(other, info):
            found.append(Alternative("engine", other, f"Use engine '{other}' on {info.name}."))
    if dtype == "bfloat16" and works(engine, info, d="float16"):
        found.append(Alternative("dtype", "float16", f"Use dtype 'float16' on {info.name}."))
    if kv_cache_dtype and works(engine, info, kv=None):
        found.append(Alternative("kv_cache_dtype", "auto", "Keep the KV cache in the model dtype (kv_cache_dtype "
                                 "'auto')."))
    if quantization and on_the_fly and works(engine, info, q=None):
        found.append(Alternative("quantization", "none", f"Drop quantization '{quantization}' on {info.name}."))
    for name in REFERENCE_GPUS:
        candidate = _gpu(name)
        if candidate is None or candidate.name == info.name:
            continue
        if works(engine, candidate):
            found.append(Alternative("gpu", name, f"Or use {engine} on {name}-class GPUs (compute capability "
                                     f"{candidate.cc_text})."))
            break
    if quantization and not on_the_fly and not any(a.kind in ("engine", "gpu") for a in found):
        found.append(Alternative("checkpoint", "unquantized", "Serve the unquantized (bf16) checkpoint or an "
                                 "AWQ/GPTQ one instead."))
    return found


def min_capability(engine: str, dtype: str | None = None, quantization: str | None = None,
                   kv_cache_dtype: str | None = None, native: bool = False) -> CC:
    """The lowest NVIDIA compute capability serving the combination (at least bf16's 8.0 unless float16 is forced,
    so that an unpinned GPU runs the model's own dtype). ``native`` asks for the kernels' fast path (FP8 compute
    rather than weight-only Marlin): what a GPU chosen for the user should have."""
    floor: CC = (7, 0) if dtype == "float16" else (8, 0)
    keys = [("gpu", "*")]
    if dtype == "bfloat16":
        keys.append(("dtype", "bfloat16"))
    if quantization:
        keys.append(("quantization", _canonical_quant(quantization) or ""))
    if kv_cache_dtype and kv_cache_dtype.lower().startswith("fp8"):
        keys.append(("kv_cache", "fp8"))
    for topic, key in keys:
        for row in _rows(engine, topic, key):
            needed = (row.native_cc if native and row.native_cc else None) or row.min_cc
            if needed and needed > floor:
                floor = needed
    return floor


def serves_architecture(engine: str, architecture: str | None) -> bool:
    """False only where the matrix knows the engine lacks the architecture (TGI's fixed list)."""
    if not architecture or engine != "tgi":
        return True
    return bool(_rows(engine, "architecture", architecture))
