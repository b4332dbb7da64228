"""What sizing needs to know about popular open models, as their own ``config.json`` files state it.

Numbers are the text model's: for multimodal checkpoints (Gemma 3 4B+) the ``text_config``. Parameter counts are
the unquantized model's, in billions. ``weights_gib`` is given only where the bit-width arithmetic would be wrong
(mixed-precision checkpoints), from the size of the published safetensors files.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from deploy_mcp.internal_model import InternalModel

FactsSource = Literal["table", "config.json", "hub-api", "name-estimate"]


class ModelFacts(InternalModel):
    model_id: str
    source: FactsSource = Field(description="table: built in; config.json: fetched from the Hub; hub-api: the Hub's "
                                "exact parameter count with typical shapes (config.json refused); name-estimate: "
                                "guessed from the name (architecture numbers are typical values).")
    params_b: float = Field(description="Total parameters, billions (all experts for MoE).")
    active_params_b: float | None = Field(None, description="Parameters used per token (MoE), billions.")
    layers: int
    heads: int = Field(description="Attention (query) heads.")
    kv_heads: int = Field(description="Key/value heads (GQA); equal to heads for plain multi-head attention.")
    head_dim: int
    hidden_size: int | None = None
    vocab_size: int | None = None
    tied_embeddings: bool = False
    max_positions: int | None = Field(None, description="max_position_embeddings: the longest context it knows.")
    dtype: str = Field("bfloat16", description="Native torch dtype of the checkpoint.")
    quantization: str | None = Field(None, description="Shipped quantization: awq, gptq, fp8, mxfp4, ...")
    quant_bits: int | None = None
    gated: bool | None = Field(None, description="The Hub asks for a licence acceptance (HF_TOKEN needed).")
    trust_remote_code: bool = Field(False, description="Engines need --trust-remote-code to load it.")
    kv_lora_rank: int | None = Field(None, description="Multi-head latent attention: cached latent width.")
    qk_rope_head_dim: int | None = None
    sliding_window: int | None = Field(None, description="Window of the sliding-window attention layers.")
    global_layers: int | None = Field(None, description="Full-attention layers when the others slide (or attend "
                                      "in chunks, as Llama 4's local layers do).")
    kv_layers: int | None = Field(None, description="Layers that cache K/V per token; None: all. Linear-attention "
                                  "and state-space (Mamba) layers keep a fixed state instead, cross-attention "
                                  "layers cache only the image.")
    layer_kinds: str | None = Field(None, description="Which layers hold KV, in words, when not all are alike.")
    experts: int | None = Field(None, description="Routed experts per MoE layer.")
    weights_gib: float | None = Field(None, description="Checkpoint weight size where known exactly, GiB.")
    architecture: str | None = None
    estimated: list[str] = Field(default_factory=list, description="Fields that are guesses, not read facts.")
    notes: list[str] = Field(default_factory=list, description="How the facts were found, and what failed.")


def _m(model_id: str, params: float, layers: int, heads: int, kv: int, head_dim: int, hidden: int, vocab: int,
       max_pos: int, *, active: float | None = None, tied: bool = False, dtype: str = "bfloat16",
       quant: str | None = None, bits: int | None = None, gated: bool = False, remote: bool = False,
       window: int | None = None, global_layers: int | None = None, weights_gib: float | None = None,
       kv_lora: int | None = None, rope_dim: int | None = None, arch: str | None = None,
       kv_layers: int | None = None, kinds: str | None = None, experts: int | None = None,
       aliases: tuple[str, ...] = ()) -> list[ModelFacts]:
    facts = ModelFacts(
        model_id=model_id, source="table", params_b=params, active_params_b=active, layers=layers, heads=heads,
        kv_heads=kv, head_dim=head_dim, hidden_size=hidden, vocab_size=vocab, tied_embeddings=tied,
        max_positions=max_pos, dtype=dtype, quantization=quant, quant_bits=bits, gated=gated,
        trust_remote_code=remote, kv_lora_rank=kv_lora, qk_rope_head_dim=rope_dim, sliding_window=window,
        global_layers=global_layers, weights_gib=weights_gib, architecture=arch, kv_layers=kv_layers,
        layer_kinds=kinds, experts=experts,
    )
    return [facts] + [facts.model_copy(update={"model_id": alias}) for alias in aliases]


def _variant(base: list[ModelFacts], model_id: str, *, quant: str, bits: int, dtype: str | None = None,
             gated: bool | None = None, **update: object) -> list[ModelFacts]:
    """A quantized checkpoint of a table model: same architecture, other weights."""
    changes = {"model_id": model_id, "quantization": quant, "quant_bits": bits, **update}
    if dtype is not None:
        changes["dtype"] = dtype
    if gated is not None:
        changes["gated"] = gated
    return [base[0].model_copy(update=changes)]


_LLAMA = "LlamaForCausalLM"
_QWEN2 = "Qwen2ForCausalLM"
_QWEN3 = "Qwen3ForCausalLM"
_QWEN3_MOE = "Qwen3MoeForCausalLM"

LLAMA_32_1B = _m("meta-llama/Llama-3.2-1B-Instruct", 1.236, 16, 32, 8, 64, 2048, 128256, 131072,
                 tied=True, gated=True, arch=_LLAMA, aliases=("meta-llama/Llama-3.2-1B",))
LLAMA_32_3B = _m("meta-llama/Llama-3.2-3B-Instruct", 3.213, 28, 24, 8, 128, 3072, 128256, 131072,
                 tied=True, gated=True, arch=_LLAMA, aliases=("meta-llama/Llama-3.2-3B",))
LLAMA_3_8B = _m("meta-llama/Meta-Llama-3-8B-Instruct", 8.030, 32, 32, 8, 128, 4096, 128256, 8192,
                gated=True, arch=_LLAMA, aliases=("meta-llama/Meta-Llama-3-8B",))
LLAMA_3_70B = _m("meta-llama/Meta-Llama-3-70B-Instruct", 70.554, 80, 64, 8, 128, 8192, 128256, 8192,
                 gated=True, arch=_LLAMA, aliases=("meta-llama/Meta-Llama-3-70B",))
LLAMA_31_8B = _m("meta-llama/Llama-3.1-8B-Instruct", 8.030, 32, 32, 8, 128, 4096, 128256, 131072, gated=True,
                 arch=_LLAMA, aliases=("meta-llama/Meta-Llama-3.1-8B-Instruct", "meta-llama/Llama-3.1-8B",
                                       "meta-llama/Meta-Llama-3.1-8B"))
LLAMA_31_70B = _m("meta-llama/Llama-3.1-70B-Instruct", 70.554, 80, 64, 8, 128, 8192, 128256, 131072, gated=True,
                  arch=_LLAMA, aliases=("meta-llama/Meta-Llama-3.1-70B-Instruct", "meta-llama/Llama-3.1-70B"))
LLAMA_33_70B = _m("meta-llama/Llama-3.3-70B-Instruct", 70.554, 80, 64, 8, 128, 8192, 128256, 131072, gated=True,
                  arch=_LLAMA)
LLAMA_31_405B = _m("meta-llama/Llama-3.1-405B-Instruct", 405.853, 126, 128, 8, 128, 16384, 128256, 131072,
                   gated=True, arch=_LLAMA, aliases=("meta-llama/Meta-Llama-3.1-405B-Instruct",))

QWEN25_05B = _m("Qwen/Qwen2.5-0.5B-Instruct", 0.494, 24, 14, 2, 64, 896, 151936, 32768, tied=True, arch=_QWEN2)
QWEN25_15B = _m("Qwen/Qwen2.5-1.5B-Instruct", 1.544, 28, 12, 2, 128, 1536, 151936, 32768, tied=True, arch=_QWEN2)
QWEN25_3B = _m("Qwen/Qwen2.5-3B-Instruct", 3.086, 36, 16, 2, 128, 2048, 151936, 32768, tied=True, arch=_QWEN2)
QWEN25_7B = _m("Qwen/Qwen2.5-7B-Instruct", 7.616, 28, 28, 4, 128, 3584, 152064, 32768, arch=_QWEN2)
QWEN25_14B = _m("Qwen/Qwen2.5-14B-Instruct", 14.770, 48, 40, 8, 128, 5120, 152064, 32768, arch=_QWEN2)
QWEN25_32B = _m("Qwen/Qwen2.5-32B-Instruct", 32.764, 64, 40, 8, 128, 5120, 152064, 32768, arch=_QWEN2)
QWEN25_72B = _m("Qwen/Qwen2.5-72B-Instruct", 72.706, 80, 64, 8, 128, 8192, 152064, 32768, arch=_QWEN2)
QWEN25_CODER_32B = _m("Qwen/Qwen2.5-Coder-32B-Instruct", 32.764, 64, 40, 8, 128, 5120, 152064, 32768, arch=_QWEN2)

QWEN3_06B = _m("Qwen/Qwen3-0.6B", 0.752, 28, 16, 8, 128, 1024, 151936, 40960, tied=True, arch=_QWEN3)
QWEN3_17B = _m("Qwen/Qwen3-1.7B", 2.032, 28, 16, 8, 128, 2048, 151936, 40960, tied=True, arch=_QWEN3)
QWEN3_4B = _m("Qwen/Qwen3-4B", 4.022, 36, 32, 8, 128, 2560, 151936, 40960, tied=True, arch=_QWEN3)
QWEN3_8B = _m("Qwen/Qwen3-8B", 8.191, 36, 32, 8, 128, 4096, 151936, 40960, arch=_QWEN3)
QWEN3_14B = _m("Qwen/Qwen3-14B", 14.768, 40, 40, 8, 128, 5120, 151936, 40960, arch=_QWEN3)
QWEN3_32B = _m("Qwen/Qwen3-32B", 32.762, 64, 64, 8, 128, 5120, 151936, 40960, arch=_QWEN3)
QWEN3_30B_A3B = _m("Qwen/Qwen3-30B-A3B", 30.532, 48, 32, 4, 128, 2048, 151936, 40960, active=3.3, experts=128,
                   arch=_QWEN3_MOE)
QWEN3_30B_A3B_2507 = _m("Qwen/Qwen3-30B-A3B-Instruct-2507", 30.532, 48, 32, 4, 128, 2048, 151936, 262144,
                        active=3.3, experts=128, arch=_QWEN3_MOE,
                        aliases=("Qwen/Qwen3-30B-A3B-Thinking-2507",))
QWEN3_235B_A22B = _m("Qwen/Qwen3-235B-A22B", 235.094, 94, 64, 4, 128, 4096, 151936, 40960, active=22.0,
                     experts=128, arch=_QWEN3_MOE)

MISTRAL_7B_V03 = _m("mistralai/Mistral-7B-Instruct-v0.3", 7.248, 32, 32, 8, 128, 4096, 32768, 32768, gated=True,
                    arch="MistralForCausalLM", aliases=("mistralai/Mistral-7B-v0.3",))
MISTRAL_NEMO = _m("mistralai/Mistral-Nemo-Instruct-2407", 12.248, 40, 32, 8, 128, 5120, 131072, 1024000,
                  gated=True, arch="MistralForCausalLM")
MISTRAL_SMALL_24B = _m("mistralai/Mistral-Small-24B-Instruct-2501", 23.572, 40, 32, 8, 128, 5120, 131072, 32768,
                       gated=True, arch="MistralForCausalLM")
MIXTRAL_8X7B = _m("mistralai/Mixtral-8x7B-Instruct-v0.1", 46.703, 32, 32, 8, 128, 4096, 32000, 32768,
                  active=12.9, gated=True, arch="MixtralForCausalLM")
MIXTRAL_8X22B = _m("mistralai/Mixtral-8x22B-Instruct-v0.1", 140.631, 56, 48, 8, 128, 6144, 32768, 65536,
                   active=39.2, gated=True, arch="MixtralForCausalLM")

# Gemma 2 alternates sliding (4096) and global layers; Gemma 3 has one global layer in six.
GEMMA2_2B = _m("google/gemma-2-2b-it", 2.614, 26, 8, 4, 256, 2304, 256000, 8192, tied=True, gated=True,
               dtype="float32", window=4096, global_layers=13, arch="Gemma2ForCausalLM")
GEMMA2_9B = _m("google/gemma-2-9b-it", 9.242, 42, 16, 8, 256, 3584, 256000, 8192, tied=True, gated=True,
               window=4096, global_layers=21, arch="Gemma2ForCausalLM")
GEMMA2_27B = _m("google/gemma-2-27b-it", 27.227, 46, 32, 16, 128, 4608, 256000, 8192, tied=True, gated=True,
                window=4096, global_layers=23, arch="Gemma2ForCausalLM")
GEMMA3_1B = _m("google/gemma-3-1b-it", 1.000, 26, 4, 1, 256, 1152, 262144, 32768, tied=True, gated=True,
               window=512, global_layers=4, arch="Gemma3ForCausalLM")
GEMMA3_4B = _m("google/gemma-3-4b-it", 4.300, 34, 8, 4, 256, 2560, 262208, 131072, tied=True, gated=True,
               window=1024, global_layers=5, arch="Gemma3ForConditionalGeneration")
GEMMA3_12B = _m("google/gemma-3-12b-it", 12.187, 48, 16, 8, 256, 3840, 262208, 131072, tied=True, gated=True,
                window=1024, global_layers=8, arch="Gemma3ForConditionalGeneration")
GEMMA3_27B = _m("google/gemma-3-27b-it", 27.432, 62, 32, 16, 128, 5376, 262208, 131072, tied=True, gated=True,
                window=1024, global_layers=10, arch="Gemma3ForConditionalGeneration")

PHI3_MINI_4K = _m("microsoft/Phi-3-mini-4k-instruct", 3.821, 32, 32, 32, 96, 3072, 32064, 4096,
                  arch="Phi3ForCausalLM")
PHI3_MINI_128K = _m("microsoft/Phi-3-mini-128k-instruct", 3.821, 32, 32, 32, 96, 3072, 32064, 131072,
                    arch="Phi3ForCausalLM")
PHI3_MEDIUM_128K = _m("microsoft/Phi-3-medium-128k-instruct", 13.960, 40, 40, 10, 128, 5120, 32064, 131072,
                      arch="Phi3ForCausalLM")
PHI35_MINI = _m("microsoft/Phi-3.5-mini-instruct", 3.821, 32, 32, 32, 96, 3072, 32064, 131072,
                arch="Phi3ForCausalLM")
PHI4 = _m("microsoft/phi-4", 14.660, 40, 40, 10, 128, 5120, 100352, 16384, arch="Phi3ForCausalLM")
PHI4_MINI = _m("microsoft/Phi-4-mini-instruct", 3.836, 32, 24, 8, 128, 3072, 200064, 131072, tied=True,
               arch="Phi3ForCausalLM")

# DeepSeek V3/R1: multi-head latent attention caches one 512+64 latent per layer and token, on every TP rank.
_DEEPSEEK = dict(active=37.0, quant="fp8", bits=8, kv_lora=512, rope_dim=64, weights_gib=642.0, experts=256,
                 arch="DeepseekV3ForCausalLM")
DEEPSEEK_V3 = _m("deepseek-ai/DeepSeek-V3", 671.0, 61, 128, 128, 192, 7168, 129280, 163840,
                 aliases=("deepseek-ai/DeepSeek-V3-0324", "deepseek-ai/DeepSeek-V3.1"), **_DEEPSEEK)  # type: ignore[arg-type]
DEEPSEEK_R1 = _m("deepseek-ai/DeepSeek-R1", 671.0, 61, 128, 128, 192, 7168, 129280, 163840,
                 aliases=("deepseek-ai/DeepSeek-R1-0528",), **_DEEPSEEK)  # type: ignore[arg-type]
R1_QWEN_15B = _m("deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B", 1.777, 28, 12, 2, 128, 1536, 151936, 131072,
                 arch=_QWEN2)
R1_QWEN_7B = _m("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", 7.616, 28, 28, 4, 128, 3584, 152064, 131072, arch=_QWEN2)
R1_QWEN_14B = _m("deepseek-ai/DeepSeek-R1-Distill-Qwen-14B", 14.770, 48, 40, 8, 128, 5120, 152064, 131072,
                 arch=_QWEN2)
R1_QWEN_32B = _m("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", 32.764, 64, 40, 8, 128, 5120, 152064, 131072,
                 arch=_QWEN2)
R1_LLAMA_8B = _m("deepseek-ai/DeepSeek-R1-Distill-Llama-8B", 8.030, 32, 32, 8, 128, 4096, 128256, 131072,
                 arch=_LLAMA)
R1_LLAMA_70B = _m("deepseek-ai/DeepSeek-R1-Distill-Llama-70B", 70.554, 80, 64, 8, 128, 8192, 128256, 131072,
                  arch=_LLAMA)

# gpt-oss: MoE weights in MXFP4, the rest bf16; sliding (128) and full attention alternate.
GPT_OSS_20B = _m("openai/gpt-oss-20b", 20.914, 24, 64, 8, 64, 2880, 201088, 131072, active=3.6, quant="mxfp4",
                 bits=4, window=128, global_layers=12, weights_gib=12.8, arch="GptOssForCausalLM")
GPT_OSS_120B = _m("openai/gpt-oss-120b", 116.829, 36, 64, 8, 64, 2880, 201088, 131072, active=5.1, quant="mxfp4",
                  bits=4, window=128, global_layers=18, weights_gib=60.8, arch="GptOssForCausalLM")

# ---- current MoE and hybrid families. Shapes are each model's config.json (text_config for multimodal ones);
# parameter totals the Hub's safetensors counts, rounded to 0.1B.

# Llama 4 (meta-llama/Llama-4-*/config.json): 48 layers, three chunked-attention layers (8192-token chunks) then one
# global NoPE layer; Scout has 16 experts in every layer, Maverick 128 in every other layer.
_LLAMA4 = "Llama4ForConditionalGeneration"
_LLAMA4_KINDS = "12 full-attention + 36 chunked (8192 tokens) layer(s) of 48 hold KV"
LLAMA4_SCOUT = _m("meta-llama/Llama-4-Scout-17B-16E-Instruct", 108.6, 48, 40, 8, 128, 5120, 202048, 10485760,
                  active=17.2, gated=True, window=8192, global_layers=12, kinds=_LLAMA4_KINDS, experts=16,
                  arch=_LLAMA4, aliases=("meta-llama/Llama-4-Scout-17B-16E",))
LLAMA4_MAVERICK = _m("meta-llama/Llama-4-Maverick-17B-128E-Instruct", 401.6, 48, 40, 8, 128, 5120, 202048, 1048576,
                     active=17.2, gated=True, window=8192, global_layers=12, kinds=_LLAMA4_KINDS, experts=128,
                     arch=_LLAMA4, aliases=("meta-llama/Llama-4-Maverick-17B-128E",))

# Qwen3-Next (Qwen/Qwen3-Next-80B-A3B-Instruct/config.json): full_attention_interval 4, so 12 gated-attention layers
# cache KV and 36 Gated DeltaNet (linear attention) layers keep a fixed state; 512 experts, 10 routed per token.
QWEN3_NEXT = _m("Qwen/Qwen3-Next-80B-A3B-Instruct", 81.3, 48, 16, 2, 256, 2048, 151936, 262144, active=3.0,
                kv_layers=12, kinds="12 full-attention layer(s) of 48 hold KV; 36 linear-attention (Gated DeltaNet) "
                "layer(s) keep a fixed per-sequence state", experts=512, arch="Qwen3NextForCausalLM",
                aliases=("Qwen/Qwen3-Next-80B-A3B-Thinking",))
QWEN3_235B_2507 = _m("Qwen/Qwen3-235B-A22B-Instruct-2507", 235.1, 94, 64, 4, 128, 4096, 151936, 262144,
                     active=22.0, experts=128, arch=_QWEN3_MOE, aliases=("Qwen/Qwen3-235B-A22B-Thinking-2507",))
QWEN3_CODER_30B = _m("Qwen/Qwen3-Coder-30B-A3B-Instruct", 30.5, 48, 32, 4, 128, 2048, 151936, 262144, active=3.3,
                     experts=128, arch=_QWEN3_MOE)
QWEN3_CODER_480B = _m("Qwen/Qwen3-Coder-480B-A35B-Instruct", 480.2, 62, 96, 8, 128, 6144, 151936, 262144,
                      active=35.0, experts=160, arch=_QWEN3_MOE)
QWEN3_4B_2507 = _m("Qwen/Qwen3-4B-Instruct-2507", 4.022, 36, 32, 8, 128, 2560, 151936, 262144, tied=True,
                   arch=_QWEN3, aliases=("Qwen/Qwen3-4B-Thinking-2507",))

# GLM-4.5/4.6 (zai-org/GLM-4.5*/config.json): Glm4MoeForCausalLM, 96 query heads, 8 KV heads of 128.
_GLM_MOE = "Glm4MoeForCausalLM"
GLM45 = _m("zai-org/GLM-4.5", 358.3, 92, 96, 8, 128, 5120, 151552, 131072, active=32.0, experts=160, arch=_GLM_MOE)
GLM45_AIR = _m("zai-org/GLM-4.5-Air", 110.5, 46, 96, 8, 128, 4096, 151552, 131072, active=12.0, experts=128,
               arch=_GLM_MOE)
GLM46 = _m("zai-org/GLM-4.6", 356.8, 92, 96, 8, 128, 5120, 151552, 202752, active=32.0, experts=160, arch=_GLM_MOE)

# Kimi K2 (moonshotai/Kimi-K2-Instruct/config.json): DeepSeek V3's architecture with 384 experts, 64 heads, FP8
# block-quantized weights (~1 TB of safetensors).
_KIMI = {"active": 32.0, "quant": "fp8", "bits": 8, "kv_lora": 512, "rope_dim": 64, "weights_gib": 959.0,
         "remote": True, "experts": 384, "arch": "DeepseekV3ForCausalLM"}
KIMI_K2 = _m("moonshotai/Kimi-K2-Instruct", 1026.5, 61, 64, 64, 192, 7168, 163840, 131072,
             **_KIMI)  # type: ignore[arg-type]
KIMI_K2_0905 = _m("moonshotai/Kimi-K2-Instruct-0905", 1026.5, 61, 64, 64, 192, 7168, 163840, 262144,
                  **_KIMI)  # type: ignore[arg-type]

# Mistral Small 3.1/3.2 (Mistral3ForConditionalGeneration text_config) and Mistral Large 2411.
MISTRAL_SMALL_31 = _m("mistralai/Mistral-Small-3.1-24B-Instruct-2503", 24.0, 40, 32, 8, 128, 5120, 131072, 131072,
                      arch="Mistral3ForConditionalGeneration",
                      aliases=("mistralai/Mistral-Small-3.2-24B-Instruct-2506",))
MISTRAL_LARGE = _m("mistralai/Mistral-Large-Instruct-2411", 122.6, 88, 96, 8, 128, 12288, 32768, 131072, gated=True,
                   arch="MistralForCausalLM")
PHI4_REASONING = _m("microsoft/Phi-4-reasoning", 14.660, 40, 40, 10, 128, 5120, 100352, 32768,
                    arch="Phi3ForCausalLM", aliases=("microsoft/Phi-4-reasoning-plus",))

# Hybrid state-space models: Jamba 1.5/1.7 (attn_layer_period 8, offset 4: one attention layer in eight, Mamba in
# the rest) and Granite 4.0-H (Mamba-2 with 4 attention layers of 40).
_JAMBA = "JambaForCausalLM"
JAMBA_MINI = _m("ai21labs/AI21-Jamba-Mini-1.7", 51.6, 32, 32, 8, 128, 4096, 65536, 262144, active=12.0,
                kv_layers=4, kinds="4 full-attention layer(s) of 32 hold KV; 28 Mamba layer(s) keep a fixed "
                "per-sequence state", experts=16, arch=_JAMBA, aliases=("ai21labs/AI21-Jamba-Mini-1.5",
                                                                         "ai21labs/AI21-Jamba-Mini-1.6"))
JAMBA_LARGE = _m("ai21labs/AI21-Jamba-Large-1.7", 398.6, 72, 64, 8, 128, 8192, 65536, 262144, active=94.0,
                 kv_layers=9, kinds="9 full-attention layer(s) of 72 hold KV; 63 Mamba layer(s) keep a fixed "
                 "per-sequence state", experts=16, arch=_JAMBA, aliases=("ai21labs/AI21-Jamba-Large-1.5",
                                                                          "ai21labs/AI21-Jamba-Large-1.6"))
GRANITE4_H_SMALL = _m("ibm-granite/granite-4.0-h-small", 32.2, 40, 32, 8, 128, 4096, 100352, 131072, active=9.0,
                      kv_layers=4, kinds="4 full-attention layer(s) of 40 hold KV; 36 Mamba-2 layer(s) keep a fixed "
                      "per-sequence state", experts=72, arch="GraniteMoeHybridForCausalLM")

QUANTIZED = [
    *_variant(QWEN25_7B, "Qwen/Qwen2.5-7B-Instruct-AWQ", quant="awq", bits=4, dtype="float16"),
    *_variant(QWEN25_32B, "Qwen/Qwen2.5-32B-Instruct-AWQ", quant="awq", bits=4, dtype="float16"),
    *_variant(QWEN25_72B, "Qwen/Qwen2.5-72B-Instruct-AWQ", quant="awq", bits=4, dtype="float16"),
    *_variant(QWEN25_72B, "Qwen/Qwen2.5-72B-Instruct-GPTQ-Int4", quant="gptq", bits=4, dtype="float16"),
    *_variant(QWEN25_7B, "Qwen/Qwen2.5-7B-Instruct-GPTQ-Int8", quant="gptq", bits=8, dtype="float16"),
    *_variant(QWEN3_8B, "Qwen/Qwen3-8B-FP8", quant="fp8", bits=8),
    *_variant(QWEN3_32B, "Qwen/Qwen3-32B-FP8", quant="fp8", bits=8),
    *_variant(QWEN3_32B, "Qwen/Qwen3-32B-AWQ", quant="awq", bits=4, dtype="float16"),
    *_variant(QWEN3_30B_A3B, "Qwen/Qwen3-30B-A3B-FP8", quant="fp8", bits=8),
    *_variant(LLAMA_31_8B, "hugging-quants/Meta-Llama-3.1-8B-Instruct-AWQ-INT4", quant="awq", bits=4,
              dtype="float16"),
    *_variant(LLAMA_31_70B, "hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4", quant="awq", bits=4,
              dtype="float16"),
    *_variant(LLAMA_31_8B, "neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8", quant="compressed-tensors", bits=8,
              gated=False),
    *_variant(LLAMA_33_70B, "RedHatAI/Llama-3.3-70B-Instruct-FP8-dynamic", quant="compressed-tensors", bits=8,
              gated=False),
    *_variant(LLAMA_31_405B, "meta-llama/Llama-3.1-405B-Instruct-FP8", quant="fbgemm_fp8", bits=8),
    *_variant(LLAMA_31_405B, "hugging-quants/Meta-Llama-3.1-405B-Instruct-AWQ-INT4", quant="awq", bits=4,
              dtype="float16", gated=False),
    *_variant(LLAMA4_SCOUT, "RedHatAI/Llama-4-Scout-17B-16E-Instruct-FP8-dynamic", quant="compressed-tensors", bits=8,
              gated=False),
    *_variant(LLAMA4_SCOUT, "RedHatAI/Llama-4-Scout-17B-16E-Instruct-quantized.w4a16", quant="compressed-tensors",
              bits=4, gated=False),
    *_variant(LLAMA4_MAVERICK, "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", quant="fbgemm_fp8", bits=8),
    *_variant(QWEN3_NEXT, "Qwen/Qwen3-Next-80B-A3B-Instruct-FP8", quant="fp8", bits=8),
    *_variant(QWEN3_235B_A22B, "Qwen/Qwen3-235B-A22B-FP8", quant="fp8", bits=8),
    *_variant(QWEN3_235B_A22B, "Qwen/Qwen3-235B-A22B-GPTQ-Int4", quant="gptq", bits=4, dtype="float16"),
    *_variant(QWEN3_235B_2507, "Qwen/Qwen3-235B-A22B-Instruct-2507-FP8", quant="fp8", bits=8),
    *_variant(QWEN3_30B_A3B_2507, "Qwen/Qwen3-30B-A3B-Instruct-2507-FP8", quant="fp8", bits=8),
    *_variant(QWEN3_CODER_480B, "Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8", quant="fp8", bits=8),
    *_variant(QWEN3_14B, "Qwen/Qwen3-14B-AWQ", quant="awq", bits=4, dtype="float16"),
    *_variant(GLM45, "zai-org/GLM-4.5-FP8", quant="compressed-tensors", bits=8),
    *_variant(GLM45_AIR, "zai-org/GLM-4.5-Air-FP8", quant="compressed-tensors", bits=8),
    *_variant(GLM46, "zai-org/GLM-4.6-FP8", quant="compressed-tensors", bits=8),
]

MODELS: tuple[ModelFacts, ...] = tuple(
    facts
    for group in (
        LLAMA_32_1B, LLAMA_32_3B, LLAMA_3_8B, LLAMA_3_70B, LLAMA_31_8B, LLAMA_31_70B, LLAMA_33_70B, LLAMA_31_405B,
        QWEN25_05B, QWEN25_15B, QWEN25_3B, QWEN25_7B, QWEN25_14B, QWEN25_32B, QWEN25_72B, QWEN25_CODER_32B,
        QWEN3_06B, QWEN3_17B, QWEN3_4B, QWEN3_8B, QWEN3_14B, QWEN3_32B, QWEN3_30B_A3B, QWEN3_30B_A3B_2507,
        QWEN3_235B_A22B, MISTRAL_7B_V03, MISTRAL_NEMO, MISTRAL_SMALL_24B, MIXTRAL_8X7B, MIXTRAL_8X22B,
        GEMMA2_2B, GEMMA2_9B, GEMMA2_27B, GEMMA3_1B, GEMMA3_4B, GEMMA3_12B, GEMMA3_27B,
        PHI3_MINI_4K, PHI3_MINI_128K, PHI3_MEDIUM_128K, PHI35_MINI, PHI4, PHI4_MINI,
        DEEPSEEK_V3, DEEPSEEK_R1, R1_QWEN_15B, R1_QWEN_7B, R1_QWEN_14B, R1_QWEN_32B, R1_LLAMA_8B, R1_LLAMA_70B,
        GPT_OSS_20B, GPT_OSS_120B, LLAMA4_SCOUT, LLAMA4_MAVERICK, QWEN3_NEXT, QWEN3_235B_2507, QWEN3_CODER_30B,
        QWEN3_CODER_480B, QWEN3_4B_2507, GLM45, GLM45_AIR, GLM46, KIMI_K2, KIMI_K2_0905, MISTRAL_SMALL_31,
        MISTRAL_LARGE, PHI4_REASONING, JAMBA_MINI, JAMBA_LARGE, GRANITE4_H_SMALL, QUANTIZED,
    )
    for facts in group
)

BY_ID: dict[str, ModelFacts] = {facts.model_id.lower(): facts for facts in MODELS}
