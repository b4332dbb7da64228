"""Servers for embedding, rerank, speech and image models in their own words: the wordings learnt from world37's
training part, and the lines of the same servers that must not read as failures."""

from __future__ import annotations

import pytest

from deploy_mcp.diagnose import diagnose

FAILURES = [
    # text-embeddings-inference's Candle backend on a GPU its image was not compiled for
    # (backends/candle/src/lib.rs), and the multi-arch image's entrypoint on one no build covers.
    (
        "gpu_unavailable",
        (
            "Error: Could not create backend\n\nCaused by:\n"
            "    Could not start backend: Runtime compute cap 75 is not compatible with compile time compute cap 80"
        ),
    ),
    ("gpu_unavailable", "cuda compute cap 120 is not supported"),
    # Candle's VarBuilder when the checkpoint lacks a tensor the implementation loads (candle-core error.rs).
    (
        "model_unsupported",
        (
            "2025-04-18T02:45:50.805518Z ERROR text_embeddings_backend: backends/src/lib.rs:388: Could not start "
            "Candle backend: Could not start backend: cannot find tensor dense.weight\nError: Could not create backend"
        ),
    ),
    # Xinference's model actor on torch's OutOfMemoryError, before os._exit(1) (xinference/core/model.py).
    ("gpu_oom", "2024-01-18 21:27:53,300 xinference.core.model 35043 ERROR    Model actor is out of memory."),
    (
        "gpu_oom",
        "ERROR    Model actor is out of memory, model id: whisper-0, error: CUDA out of memory. Tried to allocate 1.34 GiB.",
    ),
    # CUDA libraries of the wheels missing from the library path: cuDNN 8 and 9 (Linux and Windows), CTranslate2's
    # cuBLAS stub (src/cuda/cublas_stub.cc).
    (
        "dependency_install_failed",
        (
            "Could not load library libcudnn_ops_infer.so.8. Error: libcudnn_ops_infer.so.8: cannot open shared "
            "object file: No such file or directory\nPlease make sure libcudnn_ops_infer.so.8 is in your library path!"
        ),
    ),
    (
        "dependency_install_failed",
        (
            "Unable to load any of {libcudnn_ops.so.9.1.0, libcudnn_ops.so.9.1, libcudnn_ops.so.9, libcudnn_ops.so}\n"
            "Invalid handle. Cannot load symbol cudnnCreateTensorDescriptor"
        ),
    ),
    (
        "dependency_install_failed",
        "Could not locate cudnn_ops64_9.dll. Please make sure it is in your library path!",
    ),
    ("dependency_install_failed", "RuntimeError: Library libcublas.so.12 is not found or cannot be loaded"),
    # vLLM's placeholder module for an extra the image was built without.
    ("dependency_install_failed", "ImportError: Please install vllm[audio] for audio support"),
    # Lemonade's router when the backend server it spawned exits, whatever it retries next.
    (
        "container_exited",
        (
            "error: failed to initialize whisper context\n"
            "[ERROR] whisper-server process has terminated with exit code: 3\n"
            "[Router] Retrying backend load...\n[WhisperServer] Loading model: Whisper-Large-v3"
        ),
    ),
]


@pytest.mark.parametrize(("kind", "text"), FAILURES)
def test_non_chat_model_servers_failures_are_named_by_their_own_wordings(kind, text):
    found = diagnose(text)
    assert found is not None and found.kind == kind


HEALTHY = [
    # TEI starting its Candle backend with a warning that a config file is absent.
    (
        "2025-09-08T00:38:24.444390Z  WARN text_embeddings_router: router/src/lib.rs:190: Could not find a Sentence "
        "Transformers config\n2025-04-23T03:14:05.918661Z  INFO text_embeddings_backend_candle: "
        "backends/candle/src/lib.rs:317: Starting DistilBertModel model on Cuda(CudaDevice(DeviceId(1)))"
    ),
    # CTranslate2's NCCL stub words a missing multi-GPU library the same way (src/cuda/nccl_stub.cc), which is not
    # the cuBLAS the rule names; candle-vllm reading a compute capability without refusing it
    # (https://github.com/EricLBuehler/candle-vllm/issues/387).
    "RuntimeError: Library libnccl.so.2 is not found or cannot be loaded",
    (
        "2026-03-16T08:11:23.682632Z  WARN candle_vllm: CUDA compute capability: 7 (<8), switched to F16 cause no "
        "BF16 support."
    ),
]


@pytest.mark.parametrize("text", HEALTHY)
def test_non_chat_model_servers_start_lines_are_not_failures(text):
    found = diagnose(text)
    assert found is None or found.kind not in ("gpu_unavailable", "dependency_install_failed")
