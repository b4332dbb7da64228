"""Local runners (llama.cpp and its wrappers, Ollama, LM Studio, LocalAI, TabbyAPI) and non-NVIDIA GPUs in their own
words: the wordings and log shapes learnt from world30's training part."""

from __future__ import annotations

import pytest

from deploy_mcp.diagnose import diagnose

FAILURES = [
    # llama.cpp's wrapper around load_arch's exception, whole and with the cause wrapped onto the next line by an
    # 80-column console (src/llama.cpp llama_model_load).
    (
        "model_unsupported",
        "llama_model_load: error loading model: error loading model architecture: unknown model architecture: 'x9'",
    ),
    (
        "model_unsupported",
        (
            "llama_model_load: error loading model: error loading model architecture: unknown\n model architecture: 'x9'\n"
            "llama_model_load_from_file_impl: failed to load model"
        ),
    ),
    # The SYCL runtime finding no device image with the kernel (program_manager.cpp).
    (
        "gpu_unavailable",
        (
            "No kernel named _ZTS10k_op_scale was foundException caught at file:/src/ggml/src/ggml-sycl/ggml-sycl.cpp, "
            "line:3010"
        ),
    ),
    # LocalAI without the backend the model needs.
    (
        "dependency_install_failed",
        (
            'ERROR Failed to load model modelID="m" error=failed to load model with internal loader: backend not found: '
            'vllm backend="vllm"'
        ),
    ),
    # Windows' ERROR_MOD_NOT_FOUND under a loader that passes it on.
    (
        "dependency_install_failed",
        (
            "OSError: [WinError 126] The specified module could not be found. Error loading "
            '"C:\\venv\\lib\\site-packages\\torch\\lib\\c10.dll" or one of its dependencies.'
        ),
    ),
    # Ollama's pull rate-limited by the registry.
    ("hf_auth", 'Error: pull model manifest: 429: {"error":"Too many requests"}'),
]


@pytest.mark.parametrize(("kind", "log"), FAILURES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(FAILURES)])
def test_a_local_runners_or_device_runtimes_wording_names_its_family(kind, log):
    result = diagnose(log)
    assert result is not None and result.kind == kind


def test_ollama_that_chose_a_gpu_library_is_not_read_as_without_a_gpu():
    log = (
        'time=2025-07-26T11:15:53.114+03:00 level=INFO source=routes.go:1288 msg="Listening on 127.0.0.1:11434 '
        '(version 0.9.6)"\n'
        'time=2025-07-26T11:15:53.144+03:00 level=WARN source=amd_linux.go:61 msg="ollama recommends running the '
        'https://www.amd.com/en/support/linux-drivers" error="amdgpu version file missing: /sys/module/amdgpu/version '
        'stat /sys/module/amdgpu/version: no such file or directory"\n'
        'time=2025-07-26T11:15:53.149+03:00 level=INFO source=amd_linux.go:296 msg="unsupported Radeon iGPU detected '
        'skipping" id=1 total="512.0 MiB"\n'
        'time=2025-07-26T11:15:53.149+03:00 level=INFO source=types.go:130 msg="inference compute" id=0 library=rocm '
        'variant="" compute=gfx1102 driver=0.0 name=1002:7480 total="8.0 GiB" available="7.9 GiB"\n'
    )
    assert diagnose(log) is None


def test_ollama_that_fell_back_to_the_cpu_after_refusing_its_gpu_still_reads_as_without_a_gpu():
    log = (
        'time=2025-07-29T13:31:47.016+02:00 level=WARN source=amd_windows.go:138 msg="amdgpu is not supported '
        '(supported types:[])" gpu_type=gfx1100 gpu=0 library=C:\\ollama\\lib\\ollama\\rocm\n'
        'time=2025-07-29T13:31:47.017+02:00 level=INFO source=gpu.go:377 msg="no compatible GPUs were discovered"\n'
        'time=2025-07-29T13:31:47.017+02:00 level=INFO source=types.go:130 msg="inference compute" id=0 library=cpu '
        'variant="" compute="" driver=0.0 name="" total="127.1 GiB" available="108.0 GiB"\n'
    )
    result = diagnose(log)
    assert result is not None and result.kind == "gpu_unavailable"


WRAPPED = (
    "tabbyapi-1  | 2025-05-07 14:53:20.766 ERROR:      File \n"
    'tabbyapi-1  | "/opt/venv/lib/python3.12/site-packages/torch/utils/_contextlib.py", line 116, \n'
    "tabbyapi-1  | in decorate_context\n"
    "tabbyapi-1  | 2025-05-07 14:53:20.766 ERROR:        return func(*args, **kwargs)\n"
    "tabbyapi-1  | 2025-05-07 14:53:20.766 ERROR:      File \n"
    'tabbyapi-1  | "/opt/venv/lib/python3.12/site-packages/exllamav2/linear.py", line 129, in load\n'
    "tabbyapi-1  | 2025-05-07 14:53:20.766 ERROR:        if w is None: w = self.load_weight(cpu = \n"
    "tabbyapi-1  | output_map is not None)\n"
)


def test_a_traceback_wrapped_at_the_consoles_width_and_cut_is_a_crash():
    result = diagnose(WRAPPED)
    assert result is not None and result.kind == "container_exited"


def test_a_wrapped_traceback_the_log_goes_on_after_is_not_a_crash_at_the_tail():
    log = WRAPPED + "".join(
        f"tabbyapi-1  | 2025-05-07 14:53:{i:02d}.000 INFO:     Metrics: {i} tokens/s\n" for i in range(30, 36)
    )
    assert diagnose(log) is None
