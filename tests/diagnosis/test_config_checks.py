"""`diagnose(..., config=...)` compares the log with the effective configuration, and a failed run always gets
a kind."""

from __future__ import annotations

from deploy_mcp.diagnose import diagnose

_PROBES = (
    "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)\n"
    "  Warning  Unhealthy  2m (x30 over 12m)  kubelet  Readiness probe failed: "
    'Get "http://10.42.0.17:80/health": '
    "dial tcp 10.42.0.17:80: connect: connection refused\n"
)


def _vllm(*flags: str, **extra) -> dict:
    return {
        "type": "service",
        "commands": [" ".join(["vllm serve Qwen/Qwen2.5-7B-Instruct", *flags])],
        **extra,
    }


def test_a_service_port_other_than_the_listening_port_names_both_values():
    result = diagnose(_PROBES, termination_reason="probe_failed", config=_vllm(port=80))
    assert result.kind == "health_check_failed"
    assert "port 8000" in result.summary and "80" in result.summary
    assert "`port: 8000`" in result.suggested_fix and "`--port 80`" in result.suggested_fix


def test_an_engine_listening_on_localhost_is_told_to_listen_on_all_interfaces():
    log = "main: server is listening on http://127.0.0.1:8080 - starting the main loop\n"
    config = {"commands": ["llama-server -m /models/m.gguf --port 8080"], "port": 8080}
    result = diagnose(log, termination_reason="probe_failed", config=config)
    assert result.kind == "health_check_failed"
    assert "`--host 0.0.0.0`" in result.suggested_fix


def test_a_matching_port_leaves_the_diagnosis_alone():
    without = diagnose(_PROBES, termination_reason="probe_failed")
    with_config = diagnose(_PROBES, termination_reason="probe_failed", config=_vllm(port=8000))
    assert with_config.suggested_fix == without.suggested_fix


def test_gpu_oom_fix_names_the_gpu_spec_and_what_the_engine_found():
    log = (
        "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 40.00 MiB. GPU 0 has a total capacity "
        "of 22.07 GiB of which 20.62 MiB is free.\n"
    )
    result = diagnose(log, exit_status=1, config=_vllm(resources={"gpu": "24GB"}))
    assert result.kind == "gpu_oom"
    assert "`24GB`" in result.suggested_fix and "22.07 GiB" in result.suggested_fix
    assert "`resources.gpu: 40GB..:1`" in result.suggested_fix


def test_bf16_on_a_t4_names_the_gpu_field_and_the_dtype_flag():
    log = (
        "ValueError: Bfloat16 is only supported on GPUs with compute capability of at least 8.0. "
        "Your Tesla T4 GPU has compute capability 7.5.\n"
    )
    result = diagnose(log, exit_status=1, config=_vllm(resources={"gpu": "T4"}))
    assert result.kind == "dtype_unsupported"
    assert "`resources.gpu: T4`" in result.suggested_fix and "`--dtype half`" in result.suggested_fix


def test_no_dtype_half_for_an_engine_the_generators_matrix_says_cannot_run_on_the_gpu():
    log = (
        "ValueError: Bfloat16 is only supported on GPUs with compute capability of at least 8.0. "
        "Your Tesla T4 GPU has compute capability 7.5.\n"
    )
    config = {
        "commands": ["python -m sglang.launch_server --model-path Qwen/Qwen2.5-7B"],
        "resources": {"gpu": "T4"},
    }
    result = diagnose(log, exit_status=1, config=config)
    assert result.kind == "dtype_unsupported"
    assert "--dtype half" not in result.suggested_fix
    assert "compute capability 8.0+" in result.suggested_fix and "T4" in result.suggested_fix


def test_a_quantization_the_pinned_image_serves_names_that_image():
    log = (
        "ValueError: The quantization method fp8 is not supported for the current GPU. "
        "Minimum capability: 89. Current capability: 75.\n"
    )
    result = diagnose(log, exit_status=1, config=_vllm(resources={"gpu": "T4"}))
    assert result.kind == "quantization_unsupported"
    assert "`image: vllm/vllm-openai:" in result.suggested_fix and "weight-only" in result.suggested_fix


def test_kv_cache_fix_rewrites_the_max_model_len_the_commands_asked_for():
    log = (
        "ValueError: The model's max seq len (32768) is larger than the maximum number of tokens that can be "
        "stored in KV cache (7344). Try increasing `gpu_memory_utilization` or decreasing `max_model_len`.\n"
    )
    result = diagnose(log, exit_status=1, config=_vllm("--max-model-len", "32768"))
    assert result.kind == "kv_cache_insufficient"
    assert "change `--max-model-len 32768` to `--max-model-len 7344`" in result.suggested_fix


def test_an_image_that_ships_another_engine_than_the_commands_start_names_the_image_to_use():
    log = "Traceback (most recent call last):\nModuleNotFoundError: No module named 'sglang'\n"
    config = {
        "image": "vllm/vllm-openai:v0.19.1",
        "commands": ["python -m sglang.launch_server --model-path Qwen/Qwen2.5-7B-Instruct --port 8000"],
    }
    result = diagnose(log, exit_status=1, config=config)
    assert "`image: lmsysorg/sglang" in result.suggested_fix
    assert "vllm/vllm-openai:v0.19.1" in result.summary


def test_a_failed_run_with_an_empty_log_is_never_reported_healthy():
    result = diagnose("", status="failed")
    assert result is not None and result.kind == "container_exited"


def test_a_failed_run_without_a_named_cause_quotes_its_last_error_lines():
    log = "INFO starting\nINFO loading weights\nRuntimeError: something nobody has seen before\nINFO bye\n"
    result = diagnose(log, status="failed")
    assert result.kind == "container_exited"
    assert "RuntimeError: something nobody has seen before" in result.evidence


def test_a_running_run_with_the_same_log_is_left_alone():
    assert diagnose("INFO starting\nINFO loading weights\n", status="running") is None
