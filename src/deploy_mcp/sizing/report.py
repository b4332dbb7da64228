"""What generate_service_config reports about the numbers it wrote, each with its source, and the defaults of a
request, which its tool schema shows.

Apart from the sizing arithmetic so that ``tools/list`` is answered without loading it (the model table, the
engine matrix, the YAML writer): those load on the first generate call.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Engine = Literal["vllm", "sglang", "tgi"]
DEFAULT_CONCURRENCY = 4
# Tokens per sequence the GPUs are sized for when the user gives no context_length: long enough for chat with
# a system prompt, RAG snippets or a short document and its answer. The final --max-model-len is the longest
# that fits on the GPUs chosen, so cheap GPUs with room to spare still serve long contexts.
USEFUL_CONTEXT = 8192
MAX_MODEL_ID = 200
"""Characters of a model id: the Hub allows 96 per part; anything longer is refused before it is parsed."""


class Sourced(BaseModel):
    value: float | int | str | None
    source: str = Field(description="Where the number comes from: the model facts, gpuhunt, an engine default, "
                        "the user's option, or this server's arithmetic.")


class Sizing(BaseModel):
    """The numbers behind the configuration. GB are GiB (2^30 bytes), as dstack and nvidia-smi count GPU memory."""

    engine: Engine
    image: str
    model_facts: str = Field(description="table, config.json or name-estimate (a guess: check the model card).")
    layers: int
    attention_heads: int = Field(description="The tensor parallel size must divide it.")
    kv_heads: int
    max_positions: int | None = Field(None, description="The model's max_position_embeddings (None: unknown).")
    parameters_b: Sourced
    active_parameters_b: Sourced | None = None
    weights_gb: Sourced
    kv_layers: str = Field(description="Which layers cache K/V per token (linear-attention and state-space layers "
                           "do not; sliding/chunked layers hold only their window).")
    kv_bytes_per_token: Sourced = Field(description="KV cache per token for the whole model, all KV layers.")
    kv_gb_per_sequence: Sourced = Field(description="KV cache of one max_model_len sequence, all GPUs.")
    overhead_gb: Sourced = Field(description="Activations, CUDA graphs and workspace, all GPUs.")
    gpu: Sourced = Field(description="The resources.gpu spec written.")
    gpu_memory_gb: Sourced = Field(description="Memory per GPU the sizing assumed (the smallest the spec allows).")
    gpu_count: Sourced
    tensor_parallel: Sourced
    max_model_len: Sourced
    concurrent_sequences: Sourced = Field(description="Full-length sequences the KV cache holds at once.")
    dtype: Sourced
    quantization: Sourced
    kv_cache_dtype: Sourced
    utilisation: Sourced = Field(description="Share of each GPU's memory the engine may fill.")
    fit: str = Field(description="The fit check: weights + KV for one full sequence + overhead vs the budget.")
