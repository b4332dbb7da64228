"""VRAM and KV-cache arithmetic.

Memory is counted in GiB (2^30 bytes) throughout and printed as "GB", the way dstack, gpuhunt and nvidia-smi
label GPU memory, so "80 GB" here is the H100's 80 GiB and weights compare with it directly.

The per-GPU budget an engine may fill is ``utilisation x memory``: vLLM's ``--gpu-memory-utilization`` (0.90
default) covers weights, activations and the KV cache; SGLang's ``--mem-fraction-static`` covers weights and KV
(activations live outside it); TGI's ``--cuda-memory-fraction`` defaults to 1.0 but its warm-up needs headroom,
so 0.95 is assumed. An engine refuses to start when the KV cache left over cannot hold one sequence of the
maximum length, which is what the fit check tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from deploy_mcp.sizing.gpus import FP8_METHODS
from deploy_mcp.sizing.model_table import ModelFacts
from deploy_mcp.sizing.report import Engine

ENGINES: tuple[Engine, ...] = ("vllm", "sglang", "tgi")

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

# Bytes per quantized weight, scales and zero points included (group size 128).
_QUANT_BYTES = {4: 0.53, 8: 1.02}

GiB = float(1 << 30)




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


def kv_layer_count(facts: ModelFacts) -> int:
    """Layers that cache K/V per token (linear-attention, Mamba and cross-attention layers do not)."""
    return facts.layers if facts.kv_layers is None else facts.kv_layers


def kv_token_bytes_per_gpu(facts: ModelFacts, *, tp: int = 1, kv_bytes: int = 2) -> float:
    """KV-cache bytes one token costs on one GPU, every KV layer counted (the rate inside the sliding window)."""
    layers = kv_layer_count(facts)
    if facts.kv_lora_rank:
        # The latent is not split by tensor parallelism: every rank keeps all of it.
        return layers * (facts.kv_lora_rank + (facts.qk_rope_head_dim or 0)) * kv_bytes
    heads_per_gpu = max(1.0, facts.kv_heads / tp)
    return 2 * layers * heads_per_gpu * facts.head_dim * kv_bytes


def kv_gib_per_gpu(facts: ModelFacts, length: int, *, tp: int = 1, pp: int = 1, kv_bytes: int = 2,
                   window_aware: bool = True) -> float:
    """KV cache for one sequence of ``length`` tokens, on one GPU."""
    per_token = kv_token_bytes_per_gpu(facts, tp=tp, kv_bytes=kv_bytes)
    layers = kv_layer_count(facts)
    if not layers:
        return 0.0
    if window_aware and facts.sliding_window and facts.global_layers is not None:
        share = (facts.global_layers * length
                 + (layers - facts.global_layers) * min(length, facts.sliding_window)) / layers
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


