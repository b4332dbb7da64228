"""Engine command lines for vLLM, SGLang and TGI, as the generator writes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from deploy_mcp.sizing.report import Engine

IMAGES: dict[tuple[str, str], str] = {
    ("vllm", "nvidia"): "vllm/vllm-openai:v0.19.1",
    ("vllm", "amd"): "vllm/vllm-openai-rocm:v0.19.1",
    ("sglang", "nvidia"): "lmsysorg/sglang:v0.5.10.post1",
    ("sglang", "amd"): "lmsysorg/sglang:v0.5.10-rocm720-mi30x",
    ("tgi", "nvidia"): "ghcr.io/huggingface/text-generation-inference:3.3.5",
    ("tgi", "amd"): "ghcr.io/huggingface/text-generation-inference:3.3.5-rocm",
}
# Every flag serve_command may write, as the pinned versions spell them (vLLM's engine-args reference, SGLang's
# server-arguments page, TGI's launcher reference); a test holds the generator to this list.
ENGINE_FLAGS: dict[str, frozenset[str]] = {
    "vllm": frozenset({"--host", "--port", "--tensor-parallel-size", "--max-model-len", "--gpu-memory-utilization",
                       "--quantization", "--dtype", "--kv-cache-dtype", "--trust-remote-code"}),
    "sglang": frozenset({"--model-path", "--host", "--port", "--tp-size", "--context-length", "--mem-fraction-static",
                         "--quantization", "--dtype", "--kv-cache-dtype", "--trust-remote-code"}),
    "tgi": frozenset({"--model-id", "--hostname", "--port", "--num-shard", "--max-input-tokens", "--max-total-tokens",
                      "--quantize", "--dtype", "--kv-cache-dtype", "--trust-remote-code"}),
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


