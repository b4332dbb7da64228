"""Throughput of `deploy_mcp.diagnose.diagnose` on a 20 MB log of mixed, real-shaped lines.

Prints MB/s and the ratio of its time to one `re.search` over the same text, the floor of a single pass. Real
tails repeat a few line shapes with other numbers, and carry ids that never repeat: every line gets its own
clock and every request line its own hex id, so no two lines are equal byte for byte.
Run: /work/venv/bin/python bench/diagnose.py [size_mb]
"""

from __future__ import annotations

import random
import re
import sys
import time

from deploy_mcp.diagnose import diagnose

# Shapes of what engines print while healthy (most of any tail), with the warnings that mention memory, tokens
# and deprecated flags, plus the noise of failing runs: probes, retries, tracebacks.
_LINES = (
    "(APIServer pid=1) INFO 09-21 10:14:05 [model.py:1510] Using max model len 32768",
    "(EngineCore_DP0 pid=214) INFO 09-21 10:14:40 [gpu_worker.py:298] Available KV cache memory: 52.01 GiB",
    "(EngineCore_DP0 pid=214) INFO 09-21 10:14:40 [kv_cache_utils.py:864] GPU KV cache size: 974,112 tokens",
    (
        "(APIServer pid=1) WARNING 09-21 10:14:01 [arg_utils.py:1750] `--disable-log-requests` is deprecated "
        "and has been replaced with `--enable-log-requests`."
    ),
    'INFO:     10.0.0.9:50122 - "POST /v1/chat/completions HTTP/1.1" 200 OK',
    (
        "INFO 05-05 05:05:05 [loggers.py:118] Engine 000: Avg prompt throughput: 1204.3 tokens/s, Avg "
        "generation throughput: 388.1 tokens/s, Running: 12 reqs, Waiting: 0 reqs, GPU KV cache usage: 21.4%"
    ),
    (
        "2024-11-05T09:11:15.020311Z  INFO shard-manager: text_generation_launcher: Waiting for shard to be "
        "ready... rank=0"
    ),
    (
        "2024-11-05T09:11:10.020311Z  WARN text_generation_launcher: Could not import Mamba: No module named "
        "'mamba_ssm'"
    ),
    (
        "[2025-03-14 02:10:41 TP0] Decode batch. #running-req: 31, #token: 90412, token usage: 0.08, gen "
        "throughput (token/s): 2110.52, #queue-req: 0"
    ),
    (
        "vllm-1  | INFO 03-03 03:03:31 [kv_cache_utils.py:634] Maximum concurrency for 4,096 tokens per "
        "request: 91.46x"
    ),
    (
        "WARNING 06-01 09:00:01 utils.py:569] Possibly too large swap space. 4.00 GiB out of the 7.63 GiB "
        "total CPU memory is allocated for the swap space."
    ),
    "model-00001-of-00004.safetensors: 100%|██████████| 4.98G/4.98G [00:41<00:00, 121MB/s]",
    (
        'Warning  Unhealthy  2m (x30 over 12m)  kubelet  Readiness probe failed: Get "http://10.42.0.17:8000/health":'
        " dial tcp 10.42.0.17:8000: connect: connection refused"
    ),
    (
        "[rank0]:[W1023 11:00:00.000000 ProcessGroupNCCL.cpp:4561] using GPU 0 to perform barrier as devices "
        "used by this process are currently unknown."
    ),
    '  File "/usr/local/lib/python3.12/dist-packages/vllm/v1/engine/core.py", line 691, in run_engine_core',
    (
        "\x1b[1;36m(VllmWorker rank=0 pid=150)\x1b[0;0m INFO 05-05 05:05:05 [custom_all_reduce.py:196] "
        "Registering 4355 cuda graph addresses"
    ),
)
_TAIL = (
    "(EngineCore_DP0 pid=311) ERROR 03-02 11:21:07 [core.py:700] torch.OutOfMemoryError: CUDA out of memory. "
    "Tried to allocate 896.00 MiB. GPU 0 has a total capacity of 79.19 GiB of which 402.56 MiB is "
    "free.\n(APIServer pid=1) RuntimeError: Engine core initialization failed. See root cause above.\n"
)


_REQUEST = (
    "(APIServer pid=1) INFO {clock} [logger.py:43] Received request chatcmpl-{rid}: prompt: None, params: "
    "SamplingParams(n=1, temperature=0.7, top_p=1.0, max_tokens=512), lora_request: None."
)
_CLOCK = re.compile(r"\d\d:\d\d:\d\d")


def make_log(size_mb: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    target = int(size_mb * 1_000_000)
    lines, size = [], 0
    while size < target:
        second = len(lines) // 40
        clock = f"{second // 3600 % 24:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
        if rng.random() < 0.1:
            line = _REQUEST.format(clock=f"09-21 {clock}", rid=f"{rng.getrandbits(128):032x}")
        else:
            line = _CLOCK.sub(clock, rng.choice(_LINES), count=1)
        lines.append(line)
        size += len(line.encode()) + 1
    return "\n".join(lines) + "\n" + _TAIL


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    size_mb = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
    text = make_log(size_mb)
    megabytes = len(text.encode()) / 1_000_000
    result = diagnose(text, exit_status=1)
    absent = re.compile(r"no such phrase appears in this log")
    t_diag = best_of(3, lambda: diagnose(text, exit_status=1))
    t_search = best_of(3, lambda: absent.search(text))
    print(f"log: {megabytes:.1f} MB, {text.count(chr(10))} lines -> {result.kind if result else None}")
    print(f"diagnose: {t_diag:.3f} s = {megabytes / t_diag:.1f} MB/s")
    print(f"re.search: {t_search:.4f} s = {megabytes / t_search:.0f} MB/s")
    print(f"ratio diagnose / re.search: {t_diag / t_search:.1f}x")


if __name__ == "__main__":
    main()
