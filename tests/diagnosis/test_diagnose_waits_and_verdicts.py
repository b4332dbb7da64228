"""A client or proxy waiting for a model server, and the verdict it prints once it gives up.

A wait in progress (a client retrying, a proxy polling a loading upstream) names no failure; the line that ends
the wait does. The lines are built the way the cited sources print them, in shapes the corpora did not show.
"""

from __future__ import annotations

from deploy_mcp.diagnose import diagnose


def test_trl_client_giving_up_on_the_vllm_server_is_a_health_check_failure():
    # trl/extras/vllm_client.py, the async client's wording.
    line = (
        "ConnectionError: The async vLLM server can't be reached at http://10.0.0.4:8000 after 240 seconds. "
        "Make sure the server is running by running `trl vllm-serve-async`."
    )
    result = diagnose(line)
    assert result is not None and result.kind == "health_check_failed"


def test_trl_client_still_retrying_names_no_failure():
    log = "INFO - trl.extras.vllm_client - Server is not up yet. Retrying in 2.0 seconds...\n" * 3
    assert diagnose(log) is None


def test_a_gateway_that_cannot_connect_to_its_llm_server_is_a_health_check_failure():
    # apisix/plugins/ai-drivers/openai-base.lua: "failed to connect to LLM server: " .. err
    line = "2025/12/23 10:00:00 [warn] 49#49: *12 [lua] openai-base.lua:231: failed to connect to LLM server: timeout"
    result = diagnose(line)
    assert result is not None and result.kind == "health_check_failed"


def test_llama_swap_polling_a_loading_upstream_is_a_start_in_progress():
    # proxy/process.go's ready-check loop, today's wording and the early-2025 one.
    today = 'level=DEBUG msg="<qwen> Health check error on http://127.0.0.1:9503/health, status code: 503 '
    today += '(normal during startup)"'
    for poll in (today, "!!! Connection refused on http://127.0.0.1:9503/health, ttl 295s"):
        log = (
            f"{poll}\n"
            "llama_model_loader: loaded meta data with 44 key-value pairs and 626 tensors from "
            "/models/qwen3-8b-q4_k_m.gguf (version GGUF V3 (latest))\n"
            "llama_model_loader: - kv   0:                       general.architecture str              = qwen3\n"
        )
        assert diagnose(log) is None, poll


def test_llama_swap_giving_up_on_its_upstream_is_still_a_health_check_failure():
    result = diagnose("unable to start process: health check timed out after 300s")
    assert result is not None and result.kind == "health_check_failed"


def test_triton_serving_is_up_whatever_it_warned_while_loading():
    log = (
        "W0608 18:34:52.793676 1 pinned_memory_manager.cc:236] Unable to allocate pinned system memory, pinned "
        "memory pool will not be available: CUDA driver version is insufficient for CUDA runtime version\n"
        "I0608 18:34:55.100000 1 grpc_server.cc:2519] Started GRPCInferenceService at 0.0.0.0:8001\n"
        "I0608 18:34:55.100000 1 http_server.cc:4623] Started HTTPService at 0.0.0.0:8000\n"
        "I0608 18:34:55.100000 1 http_server.cc:315] Started Metrics Service at 0.0.0.0:8002\n"
    )
    assert diagnose(log) is None


def test_triton_serving_beside_a_model_that_failed_to_load_is_not_up():
    # --exit-on-error=false: the front ends start although a model of the repository is UNAVAILABLE.
    log = (
        "I0120 08:28:09.425599 2049 model_lifecycle.cc:654] \"failed to load 'tensorrt_llm' version 1: Invalid "
        "argument: unable to find backend library for backend 'tensorrtllm', try specifying runtime on the model "
        'configuration."\n'
        "| tensorrt_llm | 1       | UNAVAILABLE: Invalid argument: unable to find backend library for backend "
        "'tensorrtllm' |\n"
        "I0120 08:28:10.100000 2049 grpc_server.cc:2519] Started GRPCInferenceService at 0.0.0.0:8001\n"
        "I0120 08:28:10.100000 2049 http_server.cc:4623] Started HTTPService at 0.0.0.0:8000\n"
    )
    result = diagnose(log)
    assert result is not None and result.kind != "health_check_failed"


def test_gunicorn_booting_its_workers_does_not_outlive_a_bind_to_loopback():
    # arbiter.py logs the bind, then "Using worker" and one "Booting worker" per worker: nothing reached it yet.
    boot = (
        "[2025-03-01 10:00:00 +0000] [7] [INFO] Using worker: uvicorn.workers.UvicornWorker\n"
        "[2025-03-01 10:00:00 +0000] [8] [INFO] Booting worker with pid: 8\n"
        "[2025-03-01 10:00:00 +0000] [9] [INFO] Booting worker with pid: 9\n"
        "[2025-03-01 10:00:00 +0000] [10] [INFO] Booting worker with pid: 10\n"
    )
    bind = "[2025-03-01 10:00:00 +0000] [7] [INFO] Listening at: http://{} (7)\n"
    result = diagnose(bind.format("127.0.0.1:8080") + boot)
    assert result is not None and result.kind == "health_check_failed"
    assert diagnose(bind.format("0.0.0.0:8080") + boot) is None


def _answers(*statuses: str) -> str:
    return "".join(
        f'INFO:     10.42.92.56:{52330 + i} - "POST /v1/chat/completions HTTP/1.1" {status}\n'
        for i, status in enumerate(statuses)
    )


_STARTED = (
    "INFO:     Started server process [1]\nINFO:     Waiting for application startup.\n"
    "INFO:     Application startup complete.\nINFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)\n"
)


def test_a_server_that_answers_every_request_with_500_is_broken_for_everyone():
    for text in (_answers(*["500 Internal Server Error"] * 6), _STARTED + _answers(*["500 Internal Server Error"] * 8)):
        result = diagnose(text)
        assert result is not None and result.kind == "container_exited"
        assert "500 Internal Server Error" in result.summary


def test_a_few_requests_answered_500_or_500s_followed_by_a_200_are_a_server_that_goes_on():
    assert diagnose(_answers(*["500 Internal Server Error"] * 4)) is None
    assert diagnose(_answers(*["500 Internal Server Error"] * 6, "200 OK")) is None
    assert diagnose(_STARTED + _answers("200 OK", "500 Internal Server Error", "200 OK")) is None
