from __future__ import annotations

import pytest

from deploy_mcp.runs.readiness import detect

VLLM = """\
INFO 07-11 10:00:01 [api_server.py:1395] vLLM API server version 0.9.2
INFO 07-11 10:00:02 [__init__.py:244] Automatically detected platform cuda.
INFO 07-11 10:02:10 [gpu_model_runner.py:1770] Model loading took 14.99 GiB and 120.5 seconds
INFO 07-11 10:02:30 [api_server.py:1457] Starting vLLM API server 0 on http://0.0.0.0:8000
INFO:     Started server process [1]
INFO:     Waiting for application startup.
INFO:     Application startup complete.
"""

SGLANG = """\
[2025-07-27 08:54:10] Load weight end. type=LlamaForCausalLM, dtype=torch.bfloat16, avail mem=61.14 GB
[2025-07-27 08:54:43] INFO:     Uvicorn running on http://0.0.0.0:30000 (Press CTRL+C to quit)
[2025-07-27 08:54:44] INFO:     127.0.0.1:58310 - "POST /generate HTTP/1.1" 200 OK
[2025-07-27 08:54:44] The server is fired up and ready to roll!
"""

TGI_TEXT = """\
2024-05-01T10:00:00.000000Z  INFO text_generation_launcher: Starting shard rank=0
2024-05-01T10:01:00.000000Z  INFO text_generation_launcher: Shard ready in 60.1s rank=0
2024-05-01T10:01:02.000000Z  INFO text_generation_router::server: router/src/server.rs:1889: Connected
"""

TGI_JSON = '{"timestamp":"2024-05-01T10:01:02Z","level":"INFO","message":"Connected","target":"text_generation_router"}\n'


@pytest.mark.parametrize(
    ("log", "engine"),
    [(VLLM, "vllm"), (SGLANG, "sglang"), (TGI_TEXT, "tgi"), (TGI_JSON, "tgi"),
     ("main: server is listening on http://0.0.0.0:8080 - starting the main loop\n", "llama.cpp"),
     ("I0101 00:00:00.1 1 http_server.cc:4637] Started HTTPService at 0.0.0.0:8000\n", "triton")],
)
def test_each_engines_ready_line_is_recognised(log: str, engine: str) -> None:
    readiness = detect(log.splitlines())
    assert readiness.ready and readiness.engine == engine
    assert readiness.evidence in log


def test_loading_is_not_ready() -> None:
    assert detect(VLLM.splitlines()[:4]).ready is False
    assert detect([]).engine is None


def test_a_shutdown_after_ready_means_not_ready() -> None:
    lines = VLLM.splitlines() + ["INFO:     Shutting down", "INFO:     Finished server process [1]"]
    readiness = detect(lines)
    assert readiness.ready is False and readiness.evidence == "INFO:     Finished server process [1]"


def test_a_restart_that_comes_up_again_is_ready() -> None:
    lines = VLLM.splitlines() + ["INFO:     Shutting down"] + VLLM.splitlines()
    assert detect(lines).ready is True


def test_tgi_launcher_lines_alone_are_not_ready() -> None:
    assert detect(TGI_TEXT.splitlines()[:2]).ready is False
