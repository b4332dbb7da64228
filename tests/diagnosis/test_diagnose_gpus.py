"""GPUs, drivers and more than one GPU in their own words: the wordings learnt from world33's training part."""

from __future__ import annotations

import pytest

from deploy_mcp.diagnose import diagnose

FAILURES = [
    # TensorRT's builder on a GPU without FP8 units, under the API-usage wording of another entry point.
    (
        "quantization_unsupported",
        (
            "[12/01/2025-10:00:00] [TRT] [E] IBuilder::buildSerializedNetwork: Error Code 9: API Usage Error (Networks "
            "with FP8 precision require hardware with FP8 support.)\n[TRT-LLM] [E] Engine building failed."
        ),
    ),
    # ggml's numbered CUDA_CHECK with cudaErrorMemoryAllocation, then its assert.
    (
        "gpu_oom",
        'CUDA error 2 at ggml-cuda.cu:7004: out of memory\ncurrent device: 1\nGGML_ASSERT: ggml-cuda.cu:7004: !"CUDA error"',
    ),
    # cudaErrorInvalidDevice as torch and as TensorRT-LLM's runtime word it.
    (
        "gpu_unavailable",
        (
            "[rank3]: torch.AcceleratorError: CUDA error: invalid device ordinal\n"
            "[rank3]: GPU device may be out of range, do you have enough GPUs?\n"
            "[rank3]: CUDA kernel errors might be asynchronously reported at some other API call."
        ),
    ),
    (
        "gpu_unavailable",
        (
            "[TensorRT-LLM][ERROR] CUDA runtime error in cudaSetDevice(device): invalid device ordinal "
            "(/src/tensorrt_llm/runtime/utils.cpp:42)"
        ),
    ),
    # The kernel driver's hardware Xids: double-bit ECC, uncontained ECC, the recovery action.
    (
        "gpu_unavailable",
        (
            "kernel: NVRM: Xid (PCI:0000:18:00): 48, pid=4242, name=python3, An uncorrectable double bit error (DBE) "
            "has been detected on GPU in the framebuffer at partition 0, subpartition 0."
        ),
    ),
    (
        "gpu_unavailable",
        "[Tue Dec  2 10:00:00 2025] NVRM: Xid (PCI:0000:41:00): 95, pid=777, name=vllm, Uncontained: FBHUB. RST: Yes",
    ),
    (
        "gpu_unavailable",
        "NVRM: Xid (PCI:0000:01:00): 154, GPU recovery action changed from 0x0 (None) to 0x1 (GPU Reset Required)",
    ),
    # SGLang's launcher losing a child while other workers of the job still log.
    (
        "container_exited",
        (
            "[2025-06-01 10:00:00] Received sigquit from a child process. It usually means the child failed.\n"
            "(Worker pid=12) Capturing batches (avail_mem=30.1 GB): 50%|#####     | 12/23\n"
            "(Worker pid=12) Capturing batches (avail_mem=30.0 GB): 75%|#######   | 18/23\n"
            "(Worker pid=12) Capturing batches (avail_mem=29.9 GB): 100%|##########| 23/23\n"
        ),
    ),
]


@pytest.mark.parametrize(("kind", "log"), FAILURES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(FAILURES)])
def test_a_gpu_or_driver_wording_names_its_family(kind, log):
    result = diagnose(log)
    assert result is not None and result.kind == kind


def test_an_application_fault_xid_is_not_read_as_a_failed_gpu():
    # Xid 31 (an MMU fault) and 43 (a channel the program reset) are the program's faults, not the GPU's.
    log = (
        "NVRM: Xid (PCI:0000:00:07): 31, pid=2512, name=python3, Ch 00000008, intr 00000000. MMU Fault: ENGINE "
        "GRAPHICS GPCCLIENT_T1_8 faulted @ 0x73ac_1c000000. Fault is of type FAULT_PDE ACCESS_TYPE_VIRT_WRITE\n"
        "NVRM: Xid (PCI:0000:00:07): 43, pid=2513, name=python3, Ch 00000008\n"
    )
    result = diagnose(log)
    assert result is None or result.kind != "gpu_unavailable"


def test_vllms_debug_platform_probe_alone_is_not_a_failure():
    # The probe rules out each platform in turn on a CPU image that goes on to serve.
    log = (
        "DEBUG 11-02 08:00:01 [platforms/__init__.py:34] Checking if TPU platform is available.\n"
        "DEBUG 11-02 08:00:01 [platforms/__init__.py:52] TPU platform is not available because: No module named "
        "'libtpu'\n"
        "DEBUG 11-02 08:00:01 [platforms/__init__.py:58] Checking if CUDA platform is available.\n"
        "DEBUG 11-02 08:00:01 [platforms/__init__.py:82] Exception happens when checking CUDA platform: NVML "
        "Shared Library Not Found\n"
        "DEBUG 11-02 08:00:01 [platforms/__init__.py:99] CUDA platform is not available because: NVML Shared "
        "Library Not Found\n"
    )
    assert diagnose(log) is None


def test_vllms_import_that_disables_triton_without_a_driver_is_not_a_failure():
    # vLLM's CPU images log it at import and go on to serve.
    log = (
        "INFO 10-01 09:00:00 [importing.py:44] Triton is installed but 0 active driver(s) found (expected 1). "
        "Disabling Triton to prevent runtime errors.\n"
        "INFO 10-01 09:00:00 [importing.py:68] Triton not installed or not compatible; certain GPU-related "
        "functions will not be available.\n"
    )
    assert diagnose(log) is None


def test_tiny_cuda_nns_fallback_to_cutlassmlp_on_an_older_gpu_is_not_a_failure():
    # tiny-cuda-nn (under instant-ngp and nerfstudio) builds its networks with CutlassMLP on a GPU below SM 75 and
    # training goes on: "not supported for the selected architecture" names the GPU's kernels, not the model.
    log = (
        "00:43:37 WARNING  FullyFusedMLP is not supported for the selected architecture 62. Falling back to "
        "CutlassMLP. For maximum performance, raise the target GPU architecture to 75+.\n"
        "00:43:37 INFO     Density model: 3--[HashGrid]-->32--[FullyFusedMLP(neurons=64,layers=3)]-->1\n"
    )
    assert diagnose(log) is None


def test_websockets_connection_handler_failed_is_one_connection_not_the_server():
    # websockets' server logs a handler's exception with "connection handler failed" and closes that connection;
    # nerfstudio's viser viewer goes on serving the others and the training under it goes on.
    log = (
        "(viser) Connection opened (39, 40 total), 267 persistent messages\n"
        "connection handler failed\n"
        "Traceback (most recent call last):\n"
        '  File "/env/lib/python3.10/site-packages/websockets/legacy/server.py", line 236, in handler\n'
        "    await self.ws_handler(self)\n"
        "KeyError: 'CameraMessage'\n"
    )
    assert diagnose(log) is None


def test_the_web_uis_caught_report_that_it_cannot_import_xformers_is_not_a_failure():
    # AUTOMATIC1111's web UI reports the traceback of xFormers' failed import under "Cannot import xformers" and goes
    # on without it (world534's training part): the ModuleNotFoundError it caught is no install that failed.
    log = (
        "No module 'xformers'. Proceeding without it.\n"
        "Cannot import xformers\n"
        "Traceback (most recent call last):\n"
        '  File "/webui/modules/sd_hijack_optimizations.py", line 18, in <module>\n'
        "    import xformers.ops\n"
        "ModuleNotFoundError: No module named 'xformers.ops'; 'xformers' is not a package\n"
    )
    assert diagnose(log) is None
