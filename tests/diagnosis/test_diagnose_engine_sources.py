"""The engines' own fatal start-up messages, as their sources print them, recognised by the family they name.

Each line is built the way the engine prints it (the exception line that ends a traceback, a pydantic
validation line, a logger or client line) from the message in the file cited beside it, so the rules are
tested on wordings no corpus thread showed yet. The lines a run logs when an engine falls back and goes on
must not name a cause.
"""

from __future__ import annotations

import pytest

from deploy_mcp.diagnose import diagnose

_OLLAMA = "https://github.com/ollama/ollama/blob/main/"
_TGI = "https://github.com/huggingface/text-generation-inference/blob/main/"
_VLLM = "https://github.com/vllm-project/vllm/blob/main/"
_SGLANG = "https://github.com/sgl-project/sglang/blob/main/"
_LLAMACPP = "https://github.com/ggml-org/llama.cpp/blob/master/"
_TORCH = "https://github.com/pytorch/pytorch/blob/main/"
_CUDA = "https://docs.nvidia.com/cuda/cuda-runtime-api/"
_PYTHON = "https://docs.python.org/3/library/"
_HF_HUB = "https://github.com/huggingface/huggingface_hub/blob/main/"
_PIP = "https://github.com/pypa/pip/blob/main/"
_TRANSFORMERS = "https://github.com/huggingface/transformers/blob/main/"
_K8S = "https://github.com/kubernetes/kubernetes/tree/master/"
_TRITON_CORE = "https://github.com/triton-inference-server/core/blob/main/"
_TRTLLM = "https://github.com/NVIDIA/TensorRT-LLM/blob/main/"
_PRRTE = "https://github.com/openpmix/prrte/blob/master/"
_XFORMERS = "https://github.com/facebookresearch/xformers/blob/main/"

# vLLM's configs are pydantic dataclasses: a ValueError raised in one prints as
# "  Value error, <message> [...]".
_PYDANTIC = " [type=value_error, input_value=ArgsKwargs((), {'model': 'x'}), input_type=ArgsKwargs]"

# (family, repository, file that prints it, the line as printed)
SOURCE_MESSAGES = [
    # A KV budget at or below zero, as each engine logs it before raising (world24): vLLM V0's profile line
    # (vllm/worker/worker.py), SGLang's override warning (model_runner.py), and torch's allocator sentence with the
    # device's size when a wrap left "out of memory." on the line before (c10/cuda/CUDACachingAllocator.cpp).
    (
        "gpu_oom",
        _VLLM,
        "vllm/worker/worker.py",
        "INFO 03-02 10:00:00 worker.py:267] model weights take 14.99GiB; non_torch_memory takes 0.35GiB; PyTorch activation peak memory takes 2.10GiB; the rest of the memory reserved for KV Cache is -0.42GiB.",
    ),
    (
        "gpu_oom",
        _SGLANG,
        "python/sglang/srt/model_executor/model_runner.py",
        "[2026-01-05 10:00:00 TP0] max_total_tokens=32768 is larger than the profiled value -2048. Use the profiled value instead.",
    ),
    (
        "gpu_oom",
        _TORCH,
        "c10/cuda/CUDACachingAllocator.cpp",
        "Tried to allocate 2.00 GiB. GPU 1 has a total capacity of 79.15 GiB of which 1.02 GiB is free.",
    ),
    (
        "gpu_oom",
        _OLLAMA,
        "llm/llama_server.go",
        'time=2026-08-21T10:00:00.000Z level=ERROR source=sched.go:734 msg="error loading llama server" error="llama-server reported out-of-memory during startup: ggml_backend_cuda_buffer_type_alloc_buffer: allocating 8192.00 MiB on device 0: cudaMalloc failed: out of memory"',
    ),
    (
        "gpu_oom",
        _OLLAMA,
        "llm/llama_server.go",
        "Error: 500 Internal Server Error: llama-server reported out-of-memory during startup: failed to allocate compute pp buffers",
    ),
    (
        "gpu_oom",
        _OLLAMA,
        "ml/device.go",
        "panic: insufficient memory - required allocations: {InputWeights:459276288A CPU:{Name:CPU ID:0}}",
    ),
    (
        "gpu_oom",
        _OLLAMA,
        "llm/server.go",
        "Error: 500 Internal Server Error: unable to load full model on GPU",
    ),
    (
        "model_unsupported",
        _OLLAMA,
        "server/sched.go",
        "Error: 500 Internal Server Error: unable to load model: /root/.ollama/models/blobs/sha256-6f85: this model may be incompatible with your version of Ollama. If you previously pulled this model, try updating it by running `ollama pull qwen3`",
    ),
    (
        "model_unsupported",
        _OLLAMA,
        "fs/ggml/ggml.go",
        'time=2026-08-21T10:00:00.000Z level=ERROR source=sched.go:734 msg="error loading llama server" error="unsupported model format: this model may be incompatible with your version of Ollama. If you previously pulled this model, try updating it by running `ollama pull foo`"',
    ),
    (
        "model_unsupported",
        _OLLAMA,
        "convert/convert.go",
        'Error: unsupported architecture "Gemma3nForConditionalGeneration"',
    ),
    (
        "model_unsupported",
        _OLLAMA,
        "server/routes.go",
        "Error: 'llama3.2-vision' is no longer compatible with your version of Ollama and has been replaced by a newer version. To re-download, run 'ollama pull llama3.2-vision'",
    ),
    ("hf_auth", _OLLAMA, "server/images.go", "Error: pull model manifest: unauthorized: access denied"),
    (
        "gpu_unavailable",
        _OLLAMA,
        "discover/cuda_compat.go",
        'time=2026-08-21T10:00:00.000Z level=WARN source=cuda_compat.go:65 msg="NVIDIA driver too old" device="Tesla T4" compute=7.5 driver=535 required_driver="550 or newer"',
    ),
    (
        "gpu_unavailable",
        _OLLAMA,
        "discover/amd.go",
        'time=2026-08-21T10:00:00.000Z level=WARN source=amd.go:485 msg="AMD driver is too old. Update your AMD driver to enable GPU inference."',
    ),
    (
        "container_exited",
        _OLLAMA,
        "llm/llama_server.go",
        "Error: 500 Internal Server Error: llama-server process has terminated: exit status 2: error loading model",
    ),
    (
        "model_unsupported",
        _OLLAMA,
        "llm/server.go",
        "Error: this model is not supported by your version of Ollama. You may need to upgrade",
    ),
    (
        "invalid_engine_args",
        _TGI,
        "launcher/src/main.rs",
        'Error: ArgumentValidation("`max_input_tokens`(8192) must be < `max_total_tokens`(8192)")',
    ),
    (
        "invalid_engine_args",
        _TGI,
        "launcher/src/main.rs",
        'Error: ArgumentValidation("`max_total_tokens` must be <= `max_batch_total_tokens`. Given: 8192 and 4096")',
    ),
    (
        "invalid_engine_args",
        _TGI,
        "launcher/src/main.rs",
        'Error: ArgumentValidation("Sharding is currently not supported with `exl2` quantization")',
    ),
    (
        "invalid_engine_args",
        _TGI,
        "launcher/src/main.rs",
        'Error: ArgumentValidation("Both `max_input_tokens` (4096) and `max_input_length` (4096) are set. Please define only `max_input_tokens` as `max_input_length is deprecated for naming consistency.")',
    ),
    (
        "invalid_engine_args",
        _TGI,
        "launcher/src/main.rs",
        'Error: ArgumentValidation("`sharded` is true but `num_shard` <= 1")',
    ),
    (
        "tensor_parallel_invalid",
        _TGI,
        "launcher/src/main.rs",
        'Error: NotEnoughCUDADevices("`sharded` is true but only found 1 CUDA devices")',
    ),
    (
        "invalid_engine_args",
        _TGI,
        "backends/v3/src/main.rs",
        'Error: ArgumentValidation("`max_batch_prefill_tokens` must be >= `max_input_tokens`. Given: 2048 and 4095")',
    ),
    ("kv_cache_insufficient", _TGI, "backends/v3/src/lib.rs", "Error: Backend(NotEnoughMemory(32768))"),
    (
        "kv_cache_insufficient",
        _TGI,
        "backends/v3/src/lib.rs",
        "2026-01-08T10:00:00.000000Z ERROR text_generation_launcher: Backend failed: Not enough memory to handle `max_total_tokens=32768`",
    ),
    (
        "gpu_oom",
        _TGI,
        "server/text_generation_server/models/flash_causal_lm.py",
        "RuntimeError: Not enough memory to handle 4096 prefill tokens. You need to decrease `--max-batch-prefill-tokens`",
    ),
    (
        "gpu_oom",
        _TGI,
        "server/text_generation_server/models/flash_causal_lm.py",
        'Error: Backend(Warmup(Generation("Not enough memory to handle 16000 prefill tokens. You need to decrease `--max-batch-prefill-tokens`")))',
    ),
    (
        "model_unsupported",
        _TGI,
        "server/text_generation_server/models/__init__.py",
        "ValueError: Unsupported model type qwen3_next",
    ),
    (
        "model_unsupported",
        _TGI,
        "server/text_generation_server/models/__init__.py",
        "NotImplementedError: Sharded Gemma2 requires Flash Attention enabled models.",
    ),
    (
        "quantization_unsupported",
        _TGI,
        "server/text_generation_server/layers/marlin/util.py",
        "RuntimeError: Using quantized Marlin models requires a GPU with CUDA capability 8.0 or later.",
    ),
    (
        "invalid_engine_args",
        _VLLM,
        "vllm/config/model.py",
        "  Value error, User-specified max_model_len (40000) is greater than the derived max_model_len (max_position_embeddings=32768 or model_max_length=None in model's config.json). To allow overriding this maximum, set the env var VLLM_ALLOW_LONG_MAX_MODEL_LEN=1."
        + _PYDANTIC,
    ),
    (
        "tensor_parallel_invalid",
        _VLLM,
        "vllm/config/model.py",
        "  Value error, Total number of attention heads (28) must be divisible by tensor parallel size (8)."
        + _PYDANTIC,
    ),
    (
        "tensor_parallel_invalid",
        _VLLM,
        "vllm/config/model.py",
        "NotImplementedError: Pipeline parallelism is not supported for this model. Supported models implement the `SupportsPP` interface.",
    ),
    (
        "dtype_unsupported",
        _VLLM,
        "vllm/config/model.py",
        "  Value error, The model type 'gemma2' does not support float16. Reason: Numerical instability. Please use bfloat16 or float32 instead."
        + _PYDANTIC,
    ),
    (
        "quantization_unsupported",
        _VLLM,
        "vllm/config/model.py",
        "  Value error, Unknown quantization method: auto-round. Must be one of ['awq', 'fp8', 'gptq']."
        + _PYDANTIC,
    ),
    (
        "quantization_unsupported",
        _VLLM,
        "vllm/config/model.py",
        "  Value error, Quantization method specified in the model config (awq) does not match the quantization method specified in the `quantization` argument (gptq)."
        + _PYDANTIC,
    ),
    (
        "model_unsupported",
        _VLLM,
        "vllm/config/model.py",
        "  Value error, This model does not support `--runner generate`." + _PYDANTIC,
    ),
    (
        "model_unsupported",
        _VLLM,
        "vllm/config/model.py",
        "  Value error, This model does not support `--runner pooling`. You can pass `--convert <embed|classify|reward> to adapt it into a pooling model."
        + _PYDANTIC,
    ),
    (
        "dependency_install_failed",
        _VLLM,
        "vllm/config/model.py",
        "  Value error, VLLM_ATTENTION_BACKEND is set to FLASHINFER, but flashinfer module was not found. See https://github.com/vllm-project/vllm/blob/main/docker/Dockerfile for instructions on how to install it."
        + _PYDANTIC,
    ),
    (
        "model_unsupported",
        _VLLM,
        "vllm/model_executor/models/registry.py",
        "  Value error, Model architectures ['Qwen3NextForCausalLM'] are not supported for now. Supported architectures: dict_keys(['AquilaModel'])"
        + _PYDANTIC,
    ),
    (
        "model_unsupported",
        _VLLM,
        "vllm/model_executor/models/registry.py",
        "  Value error, Model architectures ['Gemma3nForConditionalGeneration'] failed to be inspected. Please check the logs for more details."
        + _PYDANTIC,
    ),
    (
        "model_unsupported",
        _VLLM,
        "vllm/model_executor/models/registry.py",
        "ValueError: Model architecture MPTForCausalLM was supported in vLLM until v0.10.2, and is not supported anymore. Please use an older version of vLLM if you want to use this model architecture.",
    ),
    (
        "model_unsupported",
        _VLLM,
        "vllm/model_executor/models/registry.py",
        "  Value error, Cannot find model module. 'FooForCausalLM' is not a registered model in the Transformers library (only relevant if the model is meant to be in Transformers) and 'AutoModel' is not present in the model config's 'auto_map' (relevant if the model is custom)."
        + _PYDANTIC,
    ),
    (
        "model_unsupported",
        _VLLM,
        "vllm/model_executor/models/registry.py",
        "ValueError: The Transformers implementation of 'FooForCausalLM' is not compatible with vLLM.",
    ),
    (
        "quantization_unsupported",
        _VLLM,
        "vllm/model_executor/layers/quantization/kernels/mixed_precision/__init__.py",
        "ValueError: Failed to find a kernel that can implement the WNA16 linear layer. Reasons: ",
    ),
    (
        "quantization_unsupported",
        _VLLM,
        "vllm/model_executor/layers/quantization/kernels/scaled_mm/__init__.py",
        "(EngineCore_DP0 pid=123) ValueError: Failed to find a kernel that can implement the ScaledMM linear layer. Reasons: ",
    ),
    (
        "quantization_unsupported",
        _VLLM,
        "vllm/model_executor/kernels/linear/__init__.py",
        "ValueError: Failed to find a kernel that can implement the NVFP4 linear layer. Reasons: ",
    ),
    (
        "gpu_unavailable",
        _VLLM,
        "vllm/executor/ray_utils.py",
        "ValueError: Current node has no GPU available. current_node_resource={'CPU': 20.0, 'memory': 10868666368.0}. vLLM engine cannot start without GPU. Make sure you have at least 1 GPU available in a node current_node_id='abc' current_ip='10.0.0.1'.",
    ),
    (
        "gpu_oom",
        _VLLM,
        "vllm/v1/worker/gpu_worker.py",
        "AssertionError: Error in memory profiling. Initial free memory 10.2 GiB, current free memory 12.0 GiB. This happens when other processes sharing the same container release GPU memory while vLLM is profiling during initialization. To fix this, ensure consistent GPU memory allocation or isolate vLLM in its own container.",
    ),
    (
        "quantization_unsupported",
        _VLLM,
        "vllm/attention/layer.py",
        "ValueError: fp8_e5m2 kv-cache is not supported with fp8 checkpoints.",
    ),
    (
        "invalid_engine_args",
        _VLLM,
        "vllm/engine/arg_utils.py",
        "NotImplementedError: VLLM_USE_V1=1 is not supported with --speculative-model.",
    ),
    (
        "invalid_engine_args",
        _SGLANG,
        "python/sglang/srt/configs/model_config.py",
        "ValueError: Warning: User-specified context_length (200000) is greater than the derived context_length (131072). This may lead to incorrect model outputs or CUDA errors. Note that the derived context_length may differ from max_position_embeddings in the model's config. To allow overriding this maximum, set the env var SGLANG_ALLOW_OVERWRITE_LONGER_CONTEXT_LEN=1",
    ),
    (
        "quantization_unsupported",
        _SGLANG,
        "python/sglang/srt/configs/model_config.py",
        "ValueError: gguf quantization is currently not supported in ROCm.",
    ),
    (
        "quantization_unsupported",
        _SGLANG,
        "python/sglang/srt/configs/model_config.py",
        "ValueError: Unknown quantization method: auto-round-v2. Must be one of ['awq', 'fp8'].",
    ),
    (
        "model_unsupported",
        _SGLANG,
        "python/sglang/srt/configs/model_config.py",
        "ValueError: Transformers version 4.57.1 is not supported for model zai-org/GLM-4.6V or model type glm4v_moe. Please upgrade transformers to >= 5.0.0.",
    ),
    (
        "gpu_oom",
        _SGLANG,
        "python/sglang/srt/model_executor/model_runner.py",
        "RuntimeError: The memory capacity is unbalanced. Some GPUs may be occupied by other processes. min_per_gpu_memory=16.28, local_gpu_memory=46.81, local_gpu_memory * 0.9=42.129",
    ),
    (
        "gpu_oom",
        _SGLANG,
        "python/sglang/srt/model_executor/model_runner.py",
        "ValueError: The memory capacity is unbalanced. Some GPUs may be occupied by other processes.",
    ),
    (
        "gpu_oom",
        _SGLANG,
        "python/sglang/srt/model_executor/model_runner.py",
        "RuntimeError: Not enough GPU memory for hybrid state cache. total_rest_memory=0.41 GB",
    ),
    (
        "gpu_oom",
        _SGLANG,
        "python/sglang/srt/model_executor/model_runner.py",
        "RuntimeError: Not enough memory. Please try to increase --mem-fraction-static. Current value: mem_fraction_static=0.5",
    ),
    (
        "model_unsupported",
        _LLAMACPP,
        "src/llama-vocab.cpp",
        "llama_model_load: error loading model: error loading model vocabulary: unknown pre-tokenizer type: 'qwen35'",
    ),
    (
        "model_unsupported",
        _LLAMACPP,
        "src/llama-model-loader.cpp",
        "llama_model_load: error loading model: done_getting_tensors: wrong number of tensors; expected 292, got 291",
    ),
    (
        "model_unsupported",
        _LLAMACPP,
        "src/llama-model-loader.cpp",
        "llama_model_load: error loading model: missing tensor 'blk.0.attn_q_norm.weight'",
    ),
    (
        "model_unsupported",
        _LLAMACPP,
        "src/llama-model-loader.cpp",
        "llama_model_load: error loading model: check_tensor_dims: tensor 'output.weight' has wrong shape; expected  4096, 32000, got  4096, 32001,     1,     1",
    ),
    (
        "model_unsupported",
        _LLAMACPP,
        "src/llama-model.cpp",
        "llama_model_load: error loading model: error loading model hyperparameters: key not found in model: qwen3.context_length",
    ),
    (
        "model_unsupported",
        _LLAMACPP,
        "src/llama-model.cpp",
        "llama_model_load: error loading model: error loading model architecture: unknown model architecture: 'qwen35moe'",
    ),
    (
        "model_unsupported",
        _LLAMACPP,
        "ggml/src/gguf.cpp",
        "gguf_init_from_file_impl: invalid magic characters: 'vers', expected 'GGUF'",
    ),
    (
        "gpu_oom",
        _LLAMACPP,
        "ggml/src/ggml-alloc.c",
        "alloc_tensor_range: failed to allocate Vulkan0 buffer of size 1632174080",
    ),
    (
        "gpu_oom",
        _LLAMACPP,
        "ggml/src/ggml-alloc.c",
        "ggml_gallocr_reserve_n: failed to allocate ROCm0 buffer of size 536870912",
    ),
    (
        "gpu_oom",
        _LLAMACPP,
        "ggml/src/ggml-alloc.c",
        "alloc_tensor_range: failed to allocate CUDA0 buffer of size 12306496768",
    ),
    (
        "gpu_oom",
        _LLAMACPP,
        "ggml/src/ggml-alloc.c",
        "ggml_gallocr_reserve_n: failed to allocate SYCL0 buffer of size 2147483648",
    ),
    (
        "gpu_oom",
        _LLAMACPP,
        "ggml/src/ggml-cuda/ggml-cuda.cu",
        "ggml_backend_cuda_buffer_type_alloc_buffer: allocating 5000.00 MiB on device 0: cudaMalloc failed: out of memory",
    ),
    (
        "gpu_oom",
        _LLAMACPP,
        "ggml/src/ggml-metal/ggml-metal-context.m",
        "error: Insufficient Memory (00000008:kIOGPUCommandBufferCallbackErrorOutOfMemory)",
    ),
    (
        "health_check_failed",
        _LLAMACPP,
        "tools/server/server.cpp",
        "main: couldn't bind HTTP server socket, hostname: 0.0.0.0, port: 8080",
    ),
    (
        "hf_auth",
        _LLAMACPP,
        "common/download.cpp",
        "common_download_file_single_online: invalid http status code received: 401",
    ),
    (
        "hf_auth",
        _LLAMACPP,
        "common/download.cpp",
        "common_download_file_single_online: invalid http status code received: 403",
    ),
    (
        "dtype_unsupported",
        _TGI,
        "server/text_generation_server/layers/attention/cuda.py",
        "ImportError: GPU with CUDA capability 7 5 is not supported",
    ),
    (
        "dtype_unsupported",
        _TGI,
        "server/text_generation_server/layers/attention/cuda.py",
        "ImportError: FlashAttention only supports Ampere GPUs or newer.",
    ),
    (
        "dependency_install_failed",
        _TGI,
        "server/text_generation_server/layers/attention/cuda.py",
        "ImportError: Flash Attention V2 is not installed.",
    ),
    (
        "dependency_install_failed",
        _TGI,
        "server/text_generation_server/layers/attention/cuda.py",
        "ImportError: Could not import attention kernels. Make sure your installation is correct. Complete error: No module named 'flash_attn_2_cuda'",
    ),
    (
        "kv_cache_insufficient",
        _SGLANG,
        "python/sglang/srt/mem_cache/common.py",
        "RuntimeError: Prefill out of memory. Try to lower your batch size.",
    ),
    (
        "kv_cache_insufficient",
        _SGLANG,
        "python/sglang/srt/mem_cache/common.py",
        "RuntimeError: Decode out of memory. Try to lower your batch size.",
    ),
    (
        "health_check_failed",
        _OLLAMA,
        "llm/llama_server.go",
        "Error: timed out waiting for llama-server to start - loading model",
    ),
    (
        "health_check_failed",
        _OLLAMA,
        "llm/llama_server.go",
        'time=2026-08-21T10:05:00.000Z level=ERROR source=sched.go:734 msg="error loading llama server" error="timed out waiting for llama runner to start - progress 0.00 - "',
    ),
    # --- the runtimes under every engine
    (
        "gpu_unavailable",
        _TORCH,
        "c10/cuda/CUDAFunctions.cpp",
        (
            "UserWarning: CUDA initialization: Unexpected error from cudaGetDeviceCount(). Did you run some cuda "
            "functions before calling NumCudaDevices() that might have already set an error? Error 802: system not yet "
            "initialized (Triggered internally at ../c10/cuda/CUDAFunctions.cpp:108.)"
        ),
    ),
    (
        "gpu_unavailable",
        _CUDA,
        "group__CUDART__TYPES.html",
        "RuntimeError: CUDA error: system not yet initialized",
    ),
    (
        "gpu_unavailable",
        _CUDA,
        "group__CUDART__TYPES.html",
        "RuntimeError: CUDA error: CUDA-capable device(s) is/are busy or unavailable",
    ),
    (
        "gpu_unavailable",
        _TORCH,
        "c10/cuda/CUDAFunctions.cpp",
        "RuntimeError: CUDA driver initialization failed, you might not have a CUDA gpu.",
    ),
    (
        "gpu_unavailable",
        _CUDA,
        "group__CUDART__TYPES.html",
        "RuntimeError: CUDA error: API call is not supported in the installed CUDA driver",
    ),
    (
        "gpu_unavailable",
        _CUDA,
        "group__CUDART__TYPES.html",
        "RuntimeError: CUDA error: uncorrectable ECC error encountered",
    ),
    (
        "gpu_unavailable",
        "https://docs.nvidia.com/deploy/",
        "xid-errors/index.html",
        "NVRM: Xid (PCI:0000:3b:00): 79, pid=1234, GPU has fallen off the bus.",
    ),
    (
        "gpu_unavailable",
        "https://docs.nvidia.com/deploy/",
        "xid-errors/index.html",
        "Unable to determine the device handle for GPU0000:3B:00.0: Unknown Error",
    ),
    (
        "host_oom",
        _TORCH,
        "c10/core/impl/alloc_cpu.cpp",
        (
            "RuntimeError: [enforce fail at alloc_cpu.cpp:117] err == 0. DefaultCPUAllocator: can't allocate memory: "
            "you tried to allocate 1073741824 bytes. Error code 12 (Cannot allocate memory)"
        ),
    ),
    ("host_oom", _PYTHON, "exceptions.html#MemoryError", "MemoryError"),
    ("host_oom", _PYTHON, "errno.html#errno.ENOMEM", "OSError: [Errno 12] Cannot allocate memory"),
    (
        "hf_auth",
        _HF_HUB,
        "src/huggingface_hub/utils/_http.py",
        (
            "huggingface_hub.errors.HfHubHTTPError: 429 Client Error: Too Many Requests for url: "
            "https://huggingface.co/api/models/meta-llama/Llama-3.1-8B"
        ),
    ),
    # --- the device allocators under torch
    (
        "gpu_oom",
        _TORCH,
        "aten/src/ATen/mps/MPSAllocator.mm",
        "RuntimeError: MPS backend out of memory (MPS allocated: 17.00 GB, other allocations: 1.20 GB, max allowed: 18.13 GB). Tried to allocate 256.00 MB on private pool.",
    ),
    (
        "gpu_oom",
        _TORCH,
        "c10/xpu/XPUCachingAllocator.cpp",
        "RuntimeError: XPU out of memory. Tried to allocate 2.00 GiB (GPU 0; 15.11 GiB total capacity)",
    ),
    (
        "gpu_oom",
        "https://rocm.docs.amd.com/projects/HIP/en/latest/",
        "reference/error_codes.html",
        "RuntimeError: HIP error: out of memory",
    ),
    (
        "gpu_oom",
        "https://rocm.docs.amd.com/projects/HIP/en/latest/",
        "reference/error_codes.html",
        "hipErrorOutOfMemory",
    ),
    (
        "gpu_oom",
        "https://docs.nvidia.com/deeplearning/cudnn/latest/",
        "api/overview.html",
        "RuntimeError: cuDNN error: CUDNN_STATUS_ALLOC_FAILED",
    ),
    # --- torch.distributed's rendezvous and Ray's placement
    (
        "nccl_or_shm",
        _TORCH,
        "torch/csrc/distributed/c10d/TCPStore.cpp",
        "torch.distributed.DistStoreError: Timed out after 901 seconds waiting for clients. 1/2 clients joined.",
    ),
    (
        "nccl_or_shm",
        _TORCH,
        "torch/csrc/distributed/c10d/socket.cpp",
        "torch.distributed.DistNetworkError: The server socket has failed to listen on any local network address. port: 29500, useIpv6: 0, code: -98, name: EADDRINUSE, message: address already in use",
    ),
    (
        "nccl_or_shm",
        _TORCH,
        "torch/csrc/distributed/c10d/socket.cpp",
        "RuntimeError: The client socket has timed out after 600000ms while trying to connect to (10.0.0.1, 29500).",
    ),
    (
        "instance_unreachable",
        "https://github.com/ray-project/ray/blob/master/",
        "python/ray/exceptions.py",
        "ray.exceptions.ActorDiedError: The actor died because its node has died. Node Id: 4c5a",
    ),
    (
        "gpu_unavailable",
        _VLLM,
        "vllm/executor/ray_utils.py",
        "ValueError: Ray does not allocate any GPUs on the driver node. Consider adjusting the Ray placement group or running the driver on a GPU node.",
    ),
    # --- installs, builds and disk limits, by each tool's verdict
    (
        "disk_full",
        "https://salsa.debian.org/apt-team/apt/-/blob/main/",
        "apt-private/private-install.cc",
        "E: You don't have enough free space in /var/cache/apt/archives/.",
    ),
    (
        "dependency_install_failed",
        _PIP,
        "src/pip/_internal/",
        "ERROR: flash_attn-2.5.8+cu122torch2.3cxx11abiFALSE-cp310-cp310-linux_x86_64.whl is not a supported wheel on this platform.",
    ),
    (
        "dependency_install_failed",
        _PIP,
        "src/pip/_internal/resolution/legacy/resolver.py",
        "ERROR: Package 'vllm' requires a different Python: 3.8.10 not in '<3.14,>=3.9'",
    ),
    (
        "dependency_install_failed",
        _PIP,
        "src/pip/_internal/exceptions.py",
        "ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes.",
    ),
    (
        "dependency_install_failed",
        _PIP,
        "src/pip/_internal/req/req_file.py",
        "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt'",
    ),
    (
        "dependency_install_failed",
        _PIP,
        "src/pip/_internal/",
        "ERROR: Invalid requirement: 'torch==2.1.0+cu121 torchvision': Expected end or semicolon (after version specifier)",
    ),
    (
        "dependency_install_failed",
        "https://github.com/astral-sh/",
        "uv",
        "error: Distribution `vllm==0.11.0 @ registry+https://pypi.org/simple` can't be installed because it doesn't have a source distribution or wheel for the current platform",
    ),
    (
        "dependency_install_failed",
        "https://sourceware.org/git/?p=glibc.git;a=blob;f=",
        "elf/dl-version.c",
        "ImportError: /lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.32' not found (required by /usr/local/lib/python3.10/site-packages/vllm/_C.abi3.so)",
    ),
    (
        "dependency_install_failed",
        "https://sourceware.org/git/?p=glibc.git;a=blob;f=",
        "elf/dl-version.c",
        "/usr/bin/llama-server: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found (required by /usr/bin/llama-server)",
    ),
    (
        "dependency_install_failed",
        _TRANSFORMERS,
        "src/transformers/dynamic_module_utils.py",
        "ImportError: This modeling file requires the following packages that were not found in your environment: flash_attn. Run `pip install flash_attn`",
    ),
    (
        "dependency_install_failed",
        _TRANSFORMERS,
        "src/transformers/utils/import_utils.py",
        "RuntimeError: Failed to import transformers.models.qwen2.modeling_qwen2 because of the following error (look up to see its traceback):",
    ),
    (
        "dependency_install_failed",
        "https://github.com/gcc-mirror/gcc/blob/master/",
        "libcpp/files.cc",
        "csrc/flash_api.cpp:4:10: fatal error: Python.h: No such file or directory",
    ),
    (
        "dependency_install_failed",
        "https://github.com/gcc-mirror/gcc/blob/master/",
        "libcpp/files.cc",
        "csrc/ops.cu:2:10: fatal error: cuda_runtime.h: No such file or directory",
    ),
    (
        "dependency_install_failed",
        "https://github.com/gcc-mirror/gcc/blob/master/",
        "gcc/collect-utils.cc",
        "collect2: error: ld returned 1 exit status",
    ),
    (
        "dependency_install_failed",
        "https://github.com/Kitware/CMake/blob/master/",
        "Source/cmake.cxx",
        "-- Configuring incomplete, errors occurred!",
    ),
    (
        "dependency_install_failed",
        "https://salsa.debian.org/apt-team/apt/-/blob/main/",
        "apt-private/private-install.cc",
        "E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?",
    ),
    (
        "dependency_install_failed",
        "https://salsa.debian.org/apt-team/apt/-/blob/main/",
        "apt-pkg/deb/dpkgpm.cc",
        "E: Sub-process /usr/bin/dpkg returned an error code (1)",
    ),
    (
        "disk_full",
        _K8S,
        "pkg/kubelet/eviction",
        'Container vllm exceeded its local ephemeral storage limit "10Gi". ',
    ),
    (
        "disk_full",
        _K8S,
        "pkg/kubelet/eviction",
        'Usage of EmptyDir volume "cache" exceeds the limit "20Gi". ',
    ),
    (
        "disk_full",
        "https://github.com/moby/moby/blob/master/",
        "daemon/graphdriver/devmapper/deviceset.go",
        "Error response from daemon: devmapper: Thin Pool has 96867 free data blocks which is less than minimum required 163840 free data blocks. Create more free space in thin pool or use dm.min_free_space option to change behavior",
    ),
    # mlx-lm and mlx-vlm import one module per architecture and word the ImportError (utils.py `_get_classes`).
    (
        "model_unsupported",
        "https://github.com/ml-explore/mlx-lm/blob/main/",
        "mlx_lm/utils.py",
        "ValueError: Model type qwen3_next not supported.",
    ),
    # The same import cut before the wording: the missing module is the architecture's, not a package's.
    (
        "model_unsupported",
        "https://github.com/ml-explore/mlx-vlm/blob/main/",
        "mlx_vlm/utils.py",
        "ModuleNotFoundError: No module named 'mlx_vlm.models.gemma3n'",
    ),
    (
        "model_unsupported",
        _VLLM,
        "vllm/entrypoints/openai/api_server.py",
        '{"object":"error","message":"The model does not support Embeddings API","type":"BadRequestError","param":null,"code":400}',
    ),
    (
        "dtype_unsupported",
        _TGI,
        "server/text_generation_server/layers/attention/cuda.py",
        "NotImplementedError: softcap is only available with flash attn v2",
    ),
    (
        "quantization_unsupported",
        _LLAMACPP,
        "ggml/src/gguf.cpp",
        "gguf_init_from_file_impl: tensor 'blk.0.ffn_gate_exps.weight' has invalid ggml type 39 (NONE)",
    ),
    (
        "model_unsupported",
        _TRANSFORMERS,
        "src/transformers/models/auto/auto_factory.py",
        "ValueError: Unrecognized configuration class <class 'transformers.models.qwen3_vl.configuration_qwen3_vl.Qwen3VLConfig'> for this kind of AutoModel: AutoModelForCausalLM.",
    ),
    (
        "model_unsupported",
        _OLLAMA,
        "server/images.go",
        "Error: pull model manifest: 412: The model you are attempting to pull requires a newer version of Ollama.",
    ),
    # A build without a quantized kernel: torch's op registry refuses the attribute (torch/_ops.py).
    (
        "quantization_unsupported",
        _TORCH,
        "torch/_ops.py",
        "AttributeError: '_OpNamespace' '_C' object has no attribute 'awq_marlin_repack'",
    ),
    # The Hub refusing or not reaching the weights, as clients other than a huggingface_hub traceback print it:
    # the Rust hf-hub client's RevisionNotFoundError, huggingface_hub's offline adapter, llama.cpp's own `-hf`
    # client, Ollama's blob download giving up.
    (
        "hf_auth",
        "https://github.com/huggingface/hf-hub/blob/main/",
        "src/api/mod.rs",
        "Error: request error: Revision Not Found for url: https://huggingface.co/api/models/Qwen/Qwen3-8B/revision/v2",
    ),
    (
        "hf_auth",
        _HF_HUB,
        "src/huggingface_hub/utils/_http.py",
        "huggingface_hub.errors.OfflineModeIsEnabled: Cannot reach https://huggingface.co/api/models/Qwen/Qwen3-8B/revision/main: offline mode is enabled. To disable it, please unset the `HF_HUB_OFFLINE` environment variable.",
    ),
    (
        "hf_auth",
        _LLAMACPP,
        "common/download.cpp",
        "0.05.988.397 E get_repo_commit: error: GET failed (401): Invalid username or password.",
    ),
    ("hf_auth", _OLLAMA, "server/download.go", "Error: max retries exceeded: unexpected EOF"),
    # vLLM's CUTLASS scaled-mm for SM100 refusing a block-scaled FP8 and an INT8 checkpoint (world28).
    (
        "quantization_unsupported",
        _VLLM,
        "csrc/quantization/cutlass_w8a8/scaled_mm_c3x_sm100.cu",
        "RuntimeError: Currently, block scaled fp8 gemm is not implemented for Blackwell",
    ),
    (
        "quantization_unsupported",
        _VLLM,
        "csrc/quantization/cutlass_w8a8/scaled_mm_c3x_sm100.cu",
        "RuntimeError: Currently, only fp8 gemm is implemented for Blackwell",
    ),
    # The WNA16 MoE kernel's tiling check, which too many tensor-parallel ranks trip (world28).
    (
        "tensor_parallel_invalid",
        _VLLM,
        "csrc/moe/moe_wna16.cu",
        "RuntimeError: size_k must divisible by BLOCK_SIZE_K",
    ),
    # vLLM's Ray warning, the cause of a run that failed after it (world's gpustack threads).
    (
        "tensor_parallel_invalid",
        _VLLM,
        "vllm/v1/executor/ray_utils.py",
        "(EngineCore_DP0 pid=34) WARNING 03-30 14:11:45 [ray_utils.py:352] Tensor parallel size (16) exceeds available GPUs (8). This may result in Ray placement group allocation failures. Consider reducing tensor_parallel_size to 8 or less, or ensure your Ray cluster has 16 GPUs available.",
    ),
    # world29: TGI's get_model refusing a quantization on its transformers fallback (models/__init__.py), Triton
    # finding no library for a model's backend (core src/backend_model.cc, through model_lifecycle.cc's load
    # error), and Open MPI's launcher naming SIGKILL with strsignal() (PRRTE's help-prun.txt).
    (
        "quantization_unsupported",
        _TGI,
        "server/text_generation_server/models/__init__.py",
        (
            "NotImplementedError: gptq quantization is not supported for AutoModel, you can try to quantize it with "
            "`text-generation-server quantize ORIGINAL_MODEL_ID NEW_MODEL_ID`"
        ),
    ),
    (
        "quantization_unsupported",
        _TGI,
        "server/text_generation_server/models/__init__.py",
        "NotImplementedError: 4bit quantization is not supported for AutoModel",
    ),
    (
        "dependency_install_failed",
        _TRITON_CORE,
        "src/backend_model.cc",
        (
            "E0326 10:10:41.293702 1 model_lifecycle.cc:654] \"failed to load 'vllm_model' version 1: Invalid "
            "argument: unable to find backend library for backend 'vllm', try specifying runtime on the model "
            'configuration."'
        ),
    ),
    # TensorRT-LLM's TLLM_CHECK_WITH_INFO in the KV cache manager (batch_manager/kvCacheManager.cpp), and a check
    # whose condition no row knows (batch_manager/trtGptModelInflightBatching.cpp), through common/assert.h.
    (
        "kv_cache_insufficient",
        _TRTLLM,
        "cpp/tensorrt_llm/batch_manager/kvCacheManager.cpp",
        (
            "[TensorRT-LLM][ERROR] Assertion failed: maxTokensInPagedKvCache (2048) must be large enough to process "
            "at least 1 sequence to completion (i.e. must be larger than beam_width (1) * tokensPerBlock (64) * "
            "maxBlocksPerSeq (128)) (/app/tensorrt_llm/cpp/tensorrt_llm/batch_manager/kvCacheManager.cpp:420)"
        ),
    ),
    (
        "container_exited",
        _TRTLLM,
        "cpp/tensorrt_llm/batch_manager/trtGptModelInflightBatching.cpp",
        (
            "RuntimeError: [TensorRT-LLM][ERROR] Assertion failed: Must set crossKvCacheFraction for encoder-decoder "
            "model (/src/tensorrt_llm/cpp/tensorrt_llm/batch_manager/trtGptModelInflightBatching.cpp:177)"
        ),
    ),
    (
        "host_oom",
        _PRRTE,
        "src/tools/prun/help-prun.txt",
        "prterun noticed that process rank 3 with PID 4242 on node gpu-node-1 exited on signal 9 (Killed).",
    ),
    # Installs whose binaries do not match the machine: torch's cuDNN check, DeepSpeed's op builder without a
    # CUDA toolkit, an xformers wheel without CUDA kernels; and the same xformers list naming a GPU too old.
    (
        "dependency_install_failed",
        _TORCH,
        "torch/backends/cudnn/__init__.py",
        (
            "RuntimeError: cuDNN version incompatibility: PyTorch was compiled  against (8, 9, 2) but found runtime "
            "version (8, 4, 0). PyTorch already comes bundled with cuDNN. One option to resolving this error is to "
            "ensure PyTorch can find the bundled cuDNN."
        ),
    ),
    (
        "dependency_install_failed",
        "https://github.com/microsoft/DeepSpeed/blob/master/",
        "op_builder/builder.py",
        "op_builder.builder.MissingCUDAException: CUDA_HOME does not exist, unable to compile CUDA op(s)",
    ),
    (
        "dependency_install_failed",
        _XFORMERS,
        "xformers/ops/fmha/common.py",
        (
            "NotImplementedError: No operator found for `memory_efficient_attention_forward` with inputs:\n"
            "     query       : shape=(1, 2, 1, 40) (torch.float16)\n"
            "`cutlassF` is not supported because:\n"
            "    xFormers wasn't build with CUDA support\n"
            "    Operator wasn't built - see `python -m xformers.info` for more info"
        ),
    ),
    (
        "dtype_unsupported",
        _XFORMERS,
        "xformers/ops/fmha/common.py",
        (
            "NotImplementedError: No operator found for `memory_efficient_attention_forward` with inputs:\n"
            "`cutlassF` is not supported because:\n"
            "    requires device with capability > (8, 0) but your GPU has capability (7, 0) (too old)\n"
            "`smallkF` is not supported because:\n"
            "    xFormers wasn't build with CUDA support"
        ),
    ),
]


@pytest.mark.parametrize(
    ("kind", "repo", "path", "line"),
    SOURCE_MESSAGES,
    ids=[
        f"{repo.split('/')[4]}-{path.rsplit('/', 1)[-1]}-{i}"
        for i, (_, repo, path, _) in enumerate(SOURCE_MESSAGES)
    ],
)
def test_a_failed_runs_engine_message_is_classified_by_the_family_it_names(kind, repo, path, line):
    result = diagnose(line, exit_status=1)
    assert result is not None and result.kind == kind, f"{repo}{path}: {line}"


# What the same engines log when they fall back and go on: the words of a failure family without the failure.
NOTICES = [
    # TGI when flash attention v2 is absent: it falls back to v1 (layers/attention/cuda.py).
    ("dependency_install_failed", "Unable to use Flash Attention V2: Flash Attention V2 is not installed."),
    # SGLang and vLLM with the long-context override set: the warning lacks "To allow overriding this
    # maximum".
    (
        "invalid_engine_args",
        (
            "[2026-01-08 10:00:00] Warning: User-specified context_length (200000) is greater than the derived "
            "context_length (131072). This may lead to incorrect model outputs or CUDA errors."
        ),
    ),
    # torch's GPU allocator error is not Python's MemoryError.
    ("host_oom", "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB."),
    # pip's note after an install that went through, when the legacy resolver left conflicts.
    (
        "dependency_install_failed",
        "ERROR: pip's legacy dependency resolver does not consider dependency conflicts when selecting packages.",
    ),
    # An emptyDir mounted at /dev/shm over its limit is shared memory, not the disk.
    ("disk_full", 'Usage of EmptyDir volume "dshm" exceeds the limit "8Gi". '),
    # SGLang retracting requests when its KV pool runs short, and going on (managers/scheduler.py).
    (
        "kv_cache_insufficient",
        "[2026-01-08 10:00:00 TP0] Decode out of memory happened. #retracted_reqs: 1, #new_token_ratio: 0.5 -> 0.8",
    ),
    # vLLM falling back to its V0 engine for an option V1 lacks, and going on (engine/arg_utils.py).
    (
        "invalid_engine_args",
        (
            "WARNING 06-23 13:44:32 [arg_utils.py:1642] --kv-cache-dtype is not supported by the V1 Engine. Falling "
            "back to V0."
        ),
    ),
    # ggml failing to get a host buffer is not a GPU allocation (ggml-alloc.c).
    ("gpu_oom", "alloc_tensor_range: failed to allocate CPU buffer of size 37748736000"),
    # llama.cpp loading a pinned model offline logs the Hub's 404 and uses its cache (common/download.cpp).
    ("hf_auth", "0.00.073.098 E get_repo_commit: error: GET failed (404): Not Found"),
    # Ollama retrying one part of a blob; most retries recover (server/download.go).
    (
        "hf_auth",
        'time=2024-12-23T21:40:20.330Z level=INFO source=download.go:291 msg="60e05f210007 part 5 attempt 0 failed: EOF, retrying in 1s"',
    ),
    # The same lines with a budget above zero are a healthy start (vLLM V0, SGLang capping the pool to its profile).
    (
        "gpu_oom",
        "INFO 12-22 10:55:34 worker.py:241] model weights take 8.51GiB; non_torch_memory takes 0.26GiB; PyTorch activation peak memory takes 0.94GiB; the rest of the memory reserved for KV Cache is 2.18GiB.",
    ),
    ("gpu_oom", "max_total_tokens=131072 is larger than the profiled value 50756. Use the profiled value instead."),
]


@pytest.mark.parametrize(("kind", "line"), NOTICES, ids=[f"{k}-{i}" for i, (k, _) in enumerate(NOTICES)])
def test_an_engines_fallback_notice_does_not_name_that_family(kind, line):
    result = diagnose(line, exit_status=1)
    assert result is None or result.kind != kind


def test_sglangs_memory_balance_warning_names_no_failure_and_not_the_crash_of_a_server_that_came_up():
    # SGLang with its TP memory-balance check switched off logs the check as a warning, not a raise, and loads
    # (model_executor/model_runner.py). A run known to have failed that said nothing else may be named from these
    # words (GPU memory held by other processes), as torch's driver warning below is; a server that then came up
    # did not die of it.
    line = (
        "[2026-01-08 10:00:00 TP0] The memory capacity is unbalanced. Some GPUs may be occupied by other "
        "processes. min_per_gpu_memory=16.28, local_gpu_memory=46.81, local_gpu_memory * 0.9=42.129"
    )
    up = "[2026-01-08 10:00:31] INFO:     Application startup complete.\n"
    assert diagnose(line) is None
    assert diagnose(f"{line}\n{up}", exit_status=1).kind != "gpu_oom"
    assert diagnose(line, exit_status=1).kind in ("gpu_oom", "container_exited")


def test_torchs_driver_warning_names_no_failure_until_the_run_fails_with_nothing_else_said():
    # torch on a machine without a usable driver warns at import and may run on the CPU (c10/cuda): no rule reads
    # it as a failure. A run known to have failed that said nothing else never had its GPU, as the scoring
    # model reads these words.
    line = (
        "/usr/lib/python3/dist-packages/torch/cuda/__init__.py:118: UserWarning: CUDA initialization: CUDA driver "
        "initialization failed, you might not have a CUDA gpu. (Triggered internally at "
        "../c10/cuda/CUDAFunctions.cpp:108.)"
    )
    assert diagnose(line) is None
    assert diagnose(line + "\nINFO:     Application startup complete.\n", exit_status=1).kind != "gpu_unavailable"
    assert diagnose(line, exit_status=1).kind == "gpu_unavailable"


def test_the_flash_attention_version_notice_does_not_name_the_crash_that_follows_it():
    # vLLM's and Aphrodite's get_flash_attn_version (attention/utils/fa_utils.py) log at ERROR why FlashAttention 2
    # cannot run on the GPU, then catch their own assert and return None: the engine picks another attention
    # backend and goes on, so a crash logged later is not the GPU generation's.
    log = (
        "ERROR 10-01 10:00:00 [fa_utils.py:72] Cannot use FA version 2 is not supported due to FA2 is only "
        "supported on devices with compute capability >= 8\n"
        "INFO 10-01 10:00:01 [gpu_model_runner.py:1000] Starting to load model Qwen/Qwen3-0.6B...\n"
        "ERROR 10-01 10:00:02 [core.py:700] EngineCore failed to start.\n"
        "ERROR 10-01 10:00:02 [core.py:700] Traceback (most recent call last):\n"
        'ERROR 10-01 10:00:02 [core.py:700]   File "/usr/lib/python3/dist-packages/vllm/v1/engine/core.py", line 691, '
        "in run_engine_core"
    )
    result = diagnose(log)
    assert result is not None and result.kind == "container_exited"


# TGI's launcher quoting a dead shard's stderr (world40's training part, OPEA's Xeon chart under minikube).
_SHARD_STDERR = (
    '{"timestamp":"2024-11-27T22:44:00.951312Z","level":"ERROR","fields":{"message":"Shard complete standard '
    "error output:\\n\\n2024-11-27 22:42:25.931 | INFO     | text_generation_server.utils.import_utils:<module>:80 "
    "- Detected system ipex\\nget_mempolicy: Operation not permitted\\n/opt/co\n"
)


def test_tgi_quoting_a_dead_shards_stderr_is_a_crash():
    result = diagnose(_SHARD_STDERR)
    assert result is not None and result.kind == "container_exited"


def test_a_cause_in_the_quoted_shard_stderr_names_the_kind():
    text = (
        "2024-06-17T13:18:29.371622Z ERROR shard-manager: text_generation_launcher: Shard complete standard error "
        "output:\n\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total "
        "capacity of 22.05 GiB of which 1.02 GiB is free.\n"
    )
    result = diagnose(text)
    assert result is not None and result.kind == "gpu_oom"


# TensorRT's builder while it times tactics: a tactic that asks for more memory than is free is skipped, and the
# build often goes on to write its engine; it failed only when the builder says it gave up.
_TRT_TACTIC_MEMORY = (
    "[11/07/2023-08:45:41] [TRT] [W] Requested amount of GPU memory (33555480576 bytes) could not be allocated. "
    "There may not be enough free memory for allocation to succeed.\n"
    "[11/07/2023-08:45:41] [TRT] [E] 2: [virtualMemoryBuffer.cpp::resizePhysical::140] Error Code 2: OutOfMemory "
    "(no further information)\n"
    "[11/07/2023-08:45:41] [TRT] [W] Skipping tactic 3 due to insufficient memory on requested size of 33555480576 "
    "detected for tactic 0x000000000000001f.\n"
)


def test_tensorrt_skipping_a_tactic_for_memory_is_no_failure_while_the_build_goes_on():
    assert diagnose(_TRT_TACTIC_MEMORY) is None


@pytest.mark.parametrize(
    "end",
    [
        # tensorrt_llm/builder.py when the network builds no engine.
        "[11/07/2023-08:46:02] [TRT-LLM] [E] Engine building failed, please check the error log.",
        # trtexec's end of a build that gave up.
        "[11/07/2023-08:46:02] [E] Engine could not be created from network",
        "&&&& FAILED TensorRT.trtexec [TensorRT v8601] # trtexec --onnx=model.onnx --saveEngine=model.plan",
    ],
)
def test_tensorrt_memory_errors_name_a_build_that_gave_up(end):
    result = diagnose(_TRT_TACTIC_MEMORY + end + "\n")
    assert result is not None and result.kind == "gpu_oom"


def test_tensorrt_memory_errors_name_a_run_known_to_have_failed():
    result = diagnose(_TRT_TACTIC_MEMORY, status="failed")
    assert result is not None and result.kind == "gpu_oom"


@pytest.mark.parametrize(
    "line",
    [
        # vLLM's load_weights looking a checkpoint's tensor up in params_dict (vllm/model_executor/models/*.py).
        "KeyError: 'layers.0.mlp.down_proj.weight_scale'",
        "KeyError: 'model.layers.55.mlp.experts.w2_weight_scale_inv'",
        "KeyError: 'layers.32.self_attn.qkv_proj.k_scale'",
        # vllm/model_executor/models/utils.py AutoWeightsLoader._load_module.
        "ValueError: There is no module or parameter named 'model.layers.0.mlp.gate_proj.qweight' in LlamaForCausalLM",
    ],
)
def test_a_quantized_checkpoints_tensor_the_loader_has_no_parameter_for_is_its_quantization(line):
    result = diagnose(f"Traceback (most recent call last):\n    param = params_dict[name]\n{line}\n")
    assert result is not None and result.kind == "quantization_unsupported"


def test_an_unquantized_tensor_the_loader_has_no_parameter_for_is_not_a_quantization():
    result = diagnose("Traceback (most recent call last):\n    param = params_dict[name]\nKeyError: 'lm_head.weight'\n")
    assert result is not None and result.kind != "quantization_unsupported"
