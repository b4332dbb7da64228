"""The rule table behind `deploy_mcp.diagnose`: which log lines point at which failure, and what to change.

Every needle is a lower-case literal tested with `in` against one cleaned line, so matching never backtracks.
Each needle must contain one of `GATES`: the scanner finds candidate lines by searching the whole log for the
gates only, which keeps a 20 MB log to a few dozen C-speed passes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from deploy_mcp.diagnosis.wordings import DOWNLOAD_HOSTS, HOST_MEMORY, WORDINGS

# Root-cause order: a kind higher up explains the kinds below it when both show in one log (a CUDA OOM on one
# rank makes the other ranks' NCCL calls abort; a gated repo surfaces as a generic OSError; a full disk breaks
# pip).
PRIORITY: tuple[str, ...] = (
    "hf_auth",
    "disk_full",
    "image_pull_failed",
    "gpu_unavailable",
    "dependency_install_failed",
    "invalid_engine_args",
    "model_unsupported",
    "dtype_unsupported",
    "quantization_unsupported",
    "tensor_parallel_invalid",
    "kv_cache_insufficient",
    "gpu_oom",
    "instance_interrupted",
    "instance_unreachable",
    "no_capacity",
    "nccl_or_shm",
    "host_oom",
    "health_check_failed",
    "container_exited",
    "unknown",
)

# "Segmentation fault" and bash's "(core dumped)" as they read under the locales users most often post logs from
# (glibc's and bash's translations: zh_CN "段错误 (核心已转储)", ja "(コアダンプ)", de "Speicherzugriffsfehler
# (Speicherabzug geschrieben)", es "Violación de segmento (`core' generado)", ru "Ошибка сегментирования (стек памяти
# сброшен на диск)", pt_BR "Falha de segmentação (imagem do núcleo gravada)", fr "Erreur de segmentation"): the
# core-dumped part follows every fatal signal's name ("已放弃 (核心已转储)" is an abort), so it is read alone too.
_LOCALE_CRASHES = (
    "核心已转储",
    "段错误",
    "コアダンプ",
    "セグメンテーション違反",
    "speicherabzug geschrieben",
    "speicherzugriffsfehler",
    "core' generado",
    "violación de segmento",
    "стек памяти сброшен на диск",
    "ошибка сегментирования",
    "imagem do núcleo gravada",
    "falha de segmentação",
    "erreur de segmentation",
)

GATES: tuple[str, ...] = (
    "out of memory",
    "outofmemory",
    "oom",
    "stored in",
    "is needed",
    "cache blocks",
    "permission",
    "gated",
    "auth",
    "denied",
    "invalid",
    "unrecognized",
    "unsupported",
    "not supported",
    # vLLM's MoE oracles: "No Fp8 MoE backend supports the deployment configuration."
    "deployment configuration",
    "not enough",
    # The ggml-era loaders' "tensor '%s' has wrong size in model file" (wordings.py, world164's).
    "wrong size",
    # The GGUF loader's "check_tensor_dims: tensor '%s' has wrong shape" quoted alone (world488's wordings).
    "wrong shape",
    # candle's GGUF reader's "unknown dtype for tensor N" (world509's wordings).
    "unknown dtype",
    # vLLM's tokenizer registry's "No tokenizer registered for tokenizer_mode='...'." (world603's wordings).
    "tokenizer registered",
    "not found",
    "not a valid",
    # diffusers' "is neither a valid local path nor a valid repo id" (world439's wordings).
    "nor a valid",
    # Python's "attempted relative import with no known parent package" (world497's wordings).
    "relative import",
    # SD.Next's "Diffusers download error: ... model access requires login" (world439's wordings).
    "requires login",
    # LLaMA-Factory's "Got unknown args, potentially deprecated arguments: [...]" and Unsloth's "`first_conversion`
    # can only be one of [...]" (wordings.py, world562's).
    "unknown args",
    "can only be one of",
    "cannot",
    "exceed",
    "insufficient",
    # Inf1 neuron-rtd's own spelling ("There were insufficent NCs for the requested operation"; world67's wordings).
    "insufficent",
    "nccl",
    "hccl",
    # Triton's shutdown ("All models are stopped, unloading models", wordings.py, world174's).
    "unloading models",
    # TensorRT's network validation ("Network has dynamic or shape inputs, but no optimization profile has been
    # defined."), ONNX-TensorRT's parser before plugin fallback ("No importer registered for op: DCNv2"), ncnn's
    # "layer Resize not exists or registered", ONNX Runtime's "Opset 16 is under development" (world563's wordings).
    "optimization profile",
    "no importer registered",
    "not exists",
    "under development",
    # runc's init before 1.1 failing to exec the container's process ('standard_init_linux.go:190: exec user process
    # caused "operation not permitted"', world546's wordings).
    "exec user process",
    # FlashInfer's setup.py refusing compute capabilities under 7.5 ("FlashInfer requires sm75+", world555's).
    "flashinfer requires",
    # vLLM's "The supplied chat template string (...) appears path-like, but doesn't exist!" (wordings.py, world391's).
    "appears path-like",
    # llama.cpp's "GGML_ASSERT(hparams.n_expert <= LLAMA_MAX_EXPERTS) failed" (wordings.py, world440's).
    "llama_max_experts",
    # The Linux kernel's WARN_ON report ("WARNING: CPU: 25 PID: 550 at ... [mtgpu]", wordings.py, world395's).
    "warning: cpu: ",
    # The NVIDIA Kubernetes device plugin's "No devices found. Waiting indefinitely." (wordings.py, world399's).
    "waiting indefinitely",
    # vLLM's workers' "Error executing method %r. This might cause deadlock in distributed execution." (wordings.py,
    # world382's).
    "distributed execution",
    # libmamba's solver giving up ("Encountered problems while solving:", wordings.py, world377's).
    "problems while solving",
    # PyTorch Lightning's accelerator summary when it finds no GPU ("GPU available: False, used: False", wordings.py,
    # world353's): an info line with no error word in it.
    "gpu available: false",
    # AllenNLP's check_for_gpu ("Experiment specified a GPU but none is available; ...", wordings.py, world365's): a
    # configuration error with no error word in its line.
    "none is available",
    # uvicorn's refusal of --workers/--reload for an app object ("You must pass the application as an import
    # string to enable 'reload' or 'workers'.", wordings.py, world296's).
    "as an import string",
    # Homebrew's refusal of a formula outside a tap ("Homebrew requires formulae to be in a tap", world300's).
    "formulae",
    # XLA's peak-buffers report under a RESOURCE_EXHAUSTED allocation ("XLA Label: fusion"; world311's wordings).
    "xla label:",
    # AutoGluon-TimeSeries' Chronos without a GPU ("... requires a GPU to run, but no GPU was detected.") and IBM's
    # TinyTimeMixer called without its frequency token ("Expecting freq_token in forward"; world337's wordings).
    "no gpu was detected",
    "freq_token",
    # OpenVINO Model Server's model manager ("Couldn't list directories in path: ...", wordings.py, world265's).
    "couldn't list directories",
    # torch-neuron's report of the compiler's exit ("INFO:Neuron:Compile command returned: -9", wordings.py,
    # world209's).
    "compile command returned",
    # ggml's Metal backend failing to build a kernel ("ggml_metal_library_compile_pipeline: failed to compile pipeline:
    # base = ..., name = ...", wordings.py, world522's).
    "failed to compile pipeline",
    # 1Cat-vLLM's refusal of prefix caching with speculative decoding on a hybrid model ("MRV2 align prefix caching
    # with speculative decoding requires the default SD Mamba conv-state layout ...", wordings.py, world302's).
    "speculative decoding requires",
    # GStreamer's refusal of an element no installed plugin provides ("no such element factory", "No such element
    # or plugin", wordings.py, world318's).
    "no such element",
    # PopART's session without an IPU ("Must pass a valid deviceInfo to ..."), tt-metal's device open that finds
    # no chip ("Detecting chips (found 0)") and its Ethernet core that does not come back ("Timed out while waiting
    # for active ethernet core ..."; wordings.py, world326's).
    "valid deviceinfo",
    "(found 0)",
    "ethernet core",
    # The Docker/libpod API's refusal as dockerode words it ("(HTTP code 400) bad parameter - ...", wordings.py,
    # world207's).
    "bad parameter",
    "backoff",
    "back-off",
    "traceback",
    "capacity",
    # The PCI core's "BAR 0: can't reserve [mem ...]" for a device bound to vfio-pci (wordings.py, world232's).
    "can't reserve",
    # A frame in NCCL's InfiniBand/RoCE transport sources (wordings.py, world526's).
    "net_ib",
    "divisib",
    "interrupt",
    # slurmstepd's walltime kill ("*** JOB ... CANCELLED AT ... DUE TO TIME LIMIT ***", wordings.py, world215's).
    "time limit",
    "preempt",
    "reachable",
    "schedul",
    # kube-scheduler's volume binding reasons (wordings.py).
    "persistent",
    "non-existent",
    "expected",
    "unable",
    "shutdown",
    "shutting down",
    "nodelost",
    "segmentation",
    "core dumped",
    # The same shell report under a translated locale. Gates are matched on bytes folded for ASCII only: Russian's
    # capital "Ошибка" is left out of its gate.
    *(crash.removeprefix("ошибка ") for crash in _LOCALE_CRASHES),
    # systemd-coredump's journal entry "Process 1337387 (server) of user 1000 dumped core." (wordings.py,
    # world272's).
    "dumped core",
    # systemd-coredump's "Signal: 11 (SEGV)" and "Signal: 6 (ABRT)" (wordings.py, world189's).
    "(segv)",
    "(abrt)",
    "manifest",
    "pull",
    "too old",
    "mismatch",
    "compatib",
    "unspecifiedplatform",
    "resolution",
    "conflict",
    "symbol",
    "validation",
    # ComfyUI's prompt validation ("Value not in list: ckpt_name: 'x' not in []", wordings.py, world242's).
    "not in list",
    "must be",
    "model_type",
    # transformers' lazy model-type mapping raising KeyError for a type it does not know (the frame ".../models/auto/
    # configuration_auto.py in __getitem__", wordings.py, world490's): a frame line with no error word in it.
    "configuration_auto",
    "custom code",
    "configuration file",
    "only support",
    # transformers' TrainingArguments on TF32 below Ampere ("--tf32 requires Ampere or a newer GPU arch", wordings.py,
    # world263's).
    "requires ampere",
    "quantiz",
    # vLLM's CUTLASS scaled-mm refusals by GPU generation (wordings.py).
    "gemm",
    "capabilit",
    "model length",
    "huggingface.co",
    "mem-fraction",
    "spot",
    "disruption",
    "stopped posting",
    "lost connection",
    "ssh:",
    "exhausted",
    "allocation",
    "scale-up",
    # GKE's cluster autoscaler message ids ("no.scale.up.*", "scale.up.error.*"; world47's wordings).
    "scale.up",
    "expired",
    "nodes are available",
    "timeout",
    # The NVIDIA kernel driver's channel watchdog ("RC watchdog: GPU is probably locked!", wordings.py, world435's).
    "probably locked",
    # Supervisors giving up on a child that keeps exiting (systemd's "Start request repeated too quickly.",
    # supervisord's "too many start retries too quickly"; wordings.py, world211's).
    "too quickly",
    # libibverbs callers refusing a memory region ("Couldn't register GPU MR", "Couldn't register MR"; wordings.py,
    # world225's).
    "couldn't register",
    "abrupt",
    "health check",
    "already in use",
    "throwing",
    "low on resource",
    "no space",
    "disk is full",
    "errno",
    "no cuda",
    "nvidia",
    # Ollama's CUDA driver probe ("cuInit err: 500"; world59's wordings).
    "cuinit",
    # Its MUSA twin ("muInit err: 101"; world205's wordings).
    "muinit",
    "driver",
    "kill",
    "exception",
    "upgrade",
    "requires transformers",
    # sherpa-onnx's build without the cuda provider ("Please compile with -DSHERPA_ONNX_ENABLE_GPU=ON. ... Fallback
    # to cpu!"), Kaldi's CU_SAFE_CALL on cudaErrorInitializationError ('cudaError_t 3 : "initialization error"
    # returned from ...') and VoiceStudio's "Transcribe stream dropped before emitting any segments" (wordings.py,
    # world364's).
    "sherpa_onnx_enable_gpu",
    '"initialization error"',
    "stream dropped",
    "transformers>=",
    "could not",
    "does not",
    "fail",
    "than",
    "no such option",
    "cuda",
    "pressure",
    # Docker Model Runner's registry client and huggingface_hub's plain-HTTP size limit (wordings.py).
    "from registry",
    "too large",
    "probing",
    "ready replicas",
    "terminated",
    "power key",
    "layer does not",
    "provisioning completed",
    # world20: TurboMind's kernel registry, Ollama's compute choice, the CDI cache.
    "kernel found",
    "inference compute",
    "unresolvable",
    "illegal instruction",
    # SIGILL in zsh's words ("illegal hardware instruction") and in Windows' status name ("STATUS_ILLEGAL_INSTRUCTION";
    # wordings.py, world264's).
    "hardware instruction",
    "illegal_instruction",
    "actor died",
    "ssh",
    "usage:",
    "world size",
    "world_size",
    "worldsize",
    "mpisize",
    "disk usage",
    "reclaim",
    "signaled",
    "sigkill",
    "architecture",
    # world262's rows: vLLM's compressed-tensors MoE dtype assert and Nunchaku's FP4 check (wordings.py).
    "required for moe",
    "available on this device",
    "_check_scheme",
    "compressed_tensors",
    "hf_raise",
    "errored out",
    "successfully",
    # TensorRT's builder short of GPU memory for a plugin's workspace (wordings.py, world52).
    "scratch space",
    "editable",
    "ptx",
    "target sm_",
    "nvcc",
    "headers are",
    "cuda_home",
    "nvcuda",
    "no gpu",
    "initialize",
    "bind on address",
    "curl:",
    "raised an error",
    "in time",
    "nccl_",
    # vLLM's Ray executor waiting for its placement group (world36, wordings.py).
    "placement group",
    "threshold",
    "node running low",
    "memory low",
    # nvcc's and NVRTC's closing line after a failed compilation (world129's wordings).
    "detected in the compilation",
    "responded with status",
    "refused",
    "% /",
    "already dead",
    "hf.co/",
    "% tp_size",
    # LMDeploy's TurboMind converter's "assert tensor.shape[split_dim] % tp == 0" (wordings.py, world560's).
    "% tp ==",
    "unavailable:",
    "magic",
    "gloo",
    "heartbeat",
    "marked as dead",
    "panicked",
    # Rust std's io::ErrorKind in an error's Debug form (wordings.py, world425).
    "readonlyfilesystem",
    # The Go runtime's failed type assertion, "interface conversion: ... is X, not Y" (wordings.py, world432).
    "interface conversion",
    # vLLM's placeholder for an optional extra the image lacks (wordings.py).
    "please install",
    "ggml_assert",
    "crash",
    "tini",
    "process died",
    "uncaught sig",
    "received at time",
    "signal (",
    "allocation of size",
    "empty reply",
    "couldn't bind",
    "free space",
    "timed out waiting",
    "fallen off",
    "timed out after",
    "too long",
    "became ready",
    "execute some code",
    "available space",
    "extension modules: ",
    "child process [",
    # BusyBox's "wget: can't open '<file>': <strerror>" (wordings.py, world240's).
    "can't open '",
    "enough free space",
    "more space needed",
    "disk space",
    "rust compiler",
    "aborted",
    "floating point exception",
    "breakpoint trap",
    "panic: ",
    "terminate called",
    "libc++abi",
    "free(): ",
    "malloc(): ",
    "double free",
    "munmap_chunk",
    "corrupted ",
    "stack smashing",
    "sigabrt",
    "by the operating system",
    "java runtime environment",
    "configuring incomplete",
    "storagefull",
    "quotaexceeded",
    # Azure Machine Learning's per-family quota refusal (world137's training part).
    "vcpu quota",
    "temporary directory",
    "chefbuilderror",
    "numpy",
    "c++ ops",
    "received by pid",
    "different python",
    "wheel for the current platform",
    "built for sm",
    "no module named",
    # setuptools' easy_install on a project the index lacks ("Couldn't find index page for 'mlperf_loadgen' (maybe
    # misspelled?)", wordings.py, world331's).
    "index page",
    "flash attn",
    "_opnamespace",
    "newer version",
    "listening at: ",
    # world33: TensorRT's FP8 refusal, the kernel driver's Xid events, SGLang's launcher losing a child.
    "require hardware",
    "nvrm: xid",
    "sigquit",
    "error",
    "exit",
    "memory",
    "not",
    "no ",
    # world31: Ray Serve's application verdict, Kueue's admission, Knative's progress deadline (wordings.py).
    "unhealthy",
    "couldn't assign",
    "never achieved",
    # world34: TRL's vLLM client giving up on the server (wordings.py).
    "be reached",
    # world39: Compute Engine's zone capacity verdict, dstack's CLI losing its SSH session (wordings.py).
    "unavailable in the",
    "remote host",
    # world45: ggml's report of a failed device call, OpenSSH's banner timeout (wordings.py).
    "current device",
    "banner exchange",
    # world41: Docker's legacy builder on a failed RUN step (wordings.py).
    "non-zero code",
    # Proxies, readiness waits, CI runners and cluster controllers (wordings.py, world43).
    "gateway",
    "temporarily unavailable",
    "upstream",
    "become ready",
    "lost communication",
    "disrupting",
    "evicting pods",
    # world115: Open MPI's mapper with no slot left for mpirun's processes (wordings.py).
    "already filled",
    # world48: Foundation's empty device list when MLX finds no Metal GPU (wordings.py).
    "beyond bounds",
    # world48: candle-vllm's config parse error (wordings.py).
    "missing field",
    # world51's wordings: Windows' EADDRINUSE text and the kernel's line for a SIGSEGV.
    "socket address",
    "segfault at",
    # logrus's fatal level and Karpenter's eviction event (world53's wordings).
    "level=fatal",
    "fata[",
    "evicted pod",
    # world58's wordings: SkyPilot's verdict on a Kubernetes API that does not answer.
    "healthy and retry",
    # dumb-init's report that it could not exec the container's command (world57's wordings).
    "[dumb-init]",
    # torch's JIT extension build frame (world60's wordings).
    "_run_ninja_build",
    # Go's net OpError for a listener that could not bind (world66's wordings).
    "listen tcp",
    # NIXL's status names for a failed KV-cache transfer (world63's wordings).
    "nixl_err",
    # gdb's notices as ggml_print_backtrace attaches it to a dying runner (world64's wordings).
    "[new lwp",
    "libthread_db",
    # llama.cpp's multimodal loader refusing an mmproj ("load_hparams: unknown projector type: gemma4uv"; world68's
    # wordings).
    "projector",
    # Ollama's scheduler losing its runner under a request ("POST predict: Post ...: EOF"; world76's wordings).
    "post predict",
    # EvalScope's perf pre-flight ("Retrying...  <{state_code}> ...", "Overall connection attempt timed out.";
    # world77's wordings).
    "retrying...",
    "attempt timed out",
    # NVIDIA NIM's profile check ("Not all of the provided profiles are supported."; world77's wordings).
    "provided profiles",
    # GNU wget's status line for a refused download ("HTTP request sent, awaiting response... 403 Forbidden";
    # world78's wordings).
    "awaiting response...",
    # Unraid's Docker log window ("Container stopped"; world82's wordings).
    "container stopped",
    # A converter's or engine's frame indexing rope_scaling["type"] on a config that names it rope_type (world83's
    # wordings).
    "scaling['type']",
    'scaling["type"]',
    # LLaMA-Factory's argument checks ("... backend is only available for API, CLI and Web.", "... only accepts a
    # single adapter.", "Adapter is only valid for the LoRA method."; world81's wordings).
    "only available for",
    "single adapter",
    "only valid for",
    # The llama-cpp-2 crate's load error for a null model ("null result from llama cpp"; world88's wordings).
    "null result",
    # torch's XPU warning for a machine with no Level Zero GPU, OpenVINO's GPU plugin out of memory (world89's
    # wordings).
    "device count is zero",
    "gpu resources",
    # IPEX's check of the torch it was built against ("... needs to work with PyTorch 2.2.*"; world89's wordings).
    "needs to work with",
    # Docker Compose's progress line for a service whose image pull failed ("✘ ollama-webui Error"; world84's
    # rules below).
    "✘ ",
    # RamaLama's refusal to run without its runner on the host (world87's wordings).
    "to be installed on",
    # bigcode-evaluation-harness's "Infilling not yet supported for:" (world85's wordings).
    "yet supported",
    # world93's wordings: vLLM's engine-crash dump, torch's MPS refusal for an old or deviceless macOS, Node's
    # listen error as LM Studio logs it.
    "dumping input data",
    "supported on macos",
    '"syscall":"listen"',
    "listen eacces",
    # rkllm's "please use the latest toolkit to reconvert the model", pycoral's "GetEdgeTpuContext(...) Must be non
    # NULL", GNU ld's "undefined reference to `...'" (world92's wordings).
    "reconvert the model",
    "getedgetpucontext",
    "undefined reference",
    # librknnrt's and libhailort's status names ("RKNN_ERR_DEVICE_UNAVAILABLE", "HAILO_OUT_OF_PHYSICAL_DEVICES";
    # world92's wordings).
    "rknn_err_",
    "hailo_",
    # The amdgpu kernel driver's GPU page fault reports (world94's wordings).
    "page fault",
    # torch's cudaMallocAsync allocator out of memory ("Allocation on device "), HunyuanVideo's xDiT check
    # ("... requires xfuser package."), a server logging its own stop ("Server has stopped."; world90's wordings).
    "allocation on device",
    "requires xfuser",
    "has stopped",
    # world98: the SELinux type of /dev/nvidia* in a denial, the VFIO manager's bind script.
    "xserver_misc_device",
    "vfio-manage",
    # vLLM's rope-scaling normaliser refusing a config with no `rope_type` key (world97's wordings).
    "'rope_type' key",
    # The OpenShift router's 503 page ("Route and path matches, but all pods are down."; world99's wordings).
    "pods are down",
    # CMake's CUDA compiler detection giving up on the default architecture (world100's wordings).
    "cuda architecture",
    # world103's wordings: SkyServe's refusal of another service and its registration deadline, GKE Autopilot's
    # admission webhook.
    "max number of services",
    "initialization of service",
    "warden rejected",
    # llamafile's and llama-box's refusals of their command line ("./llamafile: --host unknown argument"; world102's
    # wordings).
    "unknown argument",
    "missing argument",
    # Mesa anv's dump of a batch the kernel refused ("Batch offset=... (aperture: ...)", "BO: addr=... vram_only=0";
    # world102's wordings).
    "(aperture: ",
    " vram_only=",
    # world104's wordings: a traceback frame inside pip's isolated build environment.
    "pip-build-env",
    # world105: the stack dump SGLang's scheduler watchdog writes before it kills the server (wordings.py).
    "pyspy dump",
    # world108's wordings: an image's entrypoint refusing the command it was given ("Unknown command: bash"), and
    # llama-server giving up on a batch its KV cache has no room for ("failed to decode the batch, n_batch = 1").
    "unknown command",
    "decode the batch",
    # world111: a frame of Ray's runtime_env agent, which builds a job's or deployment's environment (wordings.py).
    "runtime_env_agent.py",
    # world146: vLLM V1's AsyncLLM output handler awaiting a dead engine core's outputs (wordings.py).
    "get_output_async",
    # world423: the same handler as the frame a request's traceback names ("async_llm.py", line N, in
    # output_handler"), where the paste is cut before its code line (wordings.py).
    "in output_handler",
    # world127: Go's exec.Error for a command that is not there, as runc relays it when Docker's inspect output wraps
    # the OCI error across lines ('exec: "cmd": stat cmd: no such file or directory'; wordings.py).
    '": stat ',
    # world130: TorchServe's frontend retrying a backend worker that died ("Retry worker: 9000 in 1 seconds.";
    # wordings.py).
    "retry worker",
    # world106: vLLM's LoRA worker manager on an adapter it could not load (wordings.py).
    "loading lora",
    # world110: the Kubernetes API server's RBAC refusal ("... is forbidden: User \"...\" cannot create resource ...";
    # wordings.py).
    "is forbidden",
    # world117: ONNX Runtime refusing a model file's IR version ("Unknown model file format version."; wordings.py).
    "model file format",
    # world112: Triton's launcher refusing a kernel the GPU cannot hold ("out of resource: shared memory, Required:
    # ..., Hardware limit: ..."), the model gateway's worker listing ("is_healthy": false) and the custom
    # all-reduce's CUDA checks (".../custom_all_reduce.cuh:350"; wordings.py).
    "out of resource",
    "is_healthy",
    "custom_all_reduce.cuh",
    # world113: libstdc++'s name for a failed operator new ("terminate called after throwing an instance of
    # 'std::bad_alloc'"; wordings.py).
    "bad_alloc",
    # world114: SkyPilot's rsync to a node failing ("... Ensure that the network is stable, then retry.";
    # wordings.py).
    "network is stable",
    # Intel Unified Runtime and Level Zero result codes for an exhausted device, and IBM Spyre's device discovery
    # counting its AIUs (world118's wordings).
    "error_out_of",
    "devices found",
    # world122: glibc's failed assert() ("file:line: function: Assertion `...' failed."; wordings.py).
    "assertion `",
    # world121: vLLM's refusal of a LoRA adapter's target modules (wordings.py).
    "lora module",
    # world123: SageMaker's runtime on an invocation that outlived its limit, grpcio's status of a server that does
    # not answer, TensorFlow's BFC allocator dump and ModelMesh finding no runtime for a model (wordings.py).
    "invocation timed out",
    "statuscode.unavailable",
    "in-use chunks",
    "nowhere available",
    # world124: Ray's object store refusing a put, and a Ray 1.x node giving up on the head's GCS (wordings.py).
    "object store because it is full",
    "reconnect to gcs",
    # world128: urllib3's read timeout to a model hub's host ("HTTPSConnectionPool(host='cdn-lfs-us-1.hf.co',
    # port=443): Read timed out."; wordings.py).
    "read timed out",
    # world135: Windows' WSAEADDRINUSE message in Chinese ("通常只允许每个套接字地址（协议/网络地址/端口）使用一次";
    # wordings.py).
    "套接字地址",
    # world133's wordings: CPython's UnboundLocalError message, httpcore's closed response, Megatron-LM's unset
    # required argument, ms-swift's left-over arguments.
    "referenced before",
    "peer closed",
    "argument is none",
    "remaining_argv",
    # world143's wordings: JAX's warning that the installed jaxlib cannot drive the accelerator, MaxText's batch
    # that does not divide over the mesh, and the TPU compiler's parameter limit.
    "jaxlib",
    "shardable",
    "more parameters",
    # world139: httpx's log of a response a gateway gave ("HTTP Request: POST ... \"HTTP/1.1 503 Service Unavailable\"";
    # wordings.py).
    "service unavailable",
    # world145: a frame of the `spaces` package's ZeroGPU client on Hugging Face Spaces (wordings.py).
    "spaces/zero/",
    # world141's wordings: Azure ML's DeploymentTimedOut, SageMaker's role and image refusals, botocore's parameter
    # validation, AI Platform's name conflict.
    "timedout",
    "trust relationship",
    "images included in the model",
    "unknown parameter in",
    "same name already exists",
    # world160's wordings: Windows' page-file commit limit, onnxruntime-genai's provider refusal, Docker Desktop's
    # WSL 2 back end, DirectML's own exceptions.
    "paging file",
    "provider type",
    "wsl command",
    "directml",
    # world173's wordings: vLLM's speculative config naming its `speculative_model` argument, PEFT's loader naming
    # the adapter's config file.
    "speculative_model",
    "adapter_config.json",
    # world281's wordings: mistral.rs's LoRA loader naming the ordering file whose adapters do not match.
    "ordering file",
    # world169's wordings: TGI's exllamav2 GPTQ kernel asserting its zero points against the group size.
    "qzeros",
    # world168's wordings: NCCL's bootstrap socket retrying a peer ("socketPollConnect: connect returned %s,
    # retrying (%d/%d) ...").
    "connect returned",
    # world185's wordings: a client's contracted "Couldn't connect to ..." (openui's Ollama client, curl's "Couldn't
    # connect to server"), and Knative's RevisionMissing reason as `kubectl get ksvc` prints it.
    "couldn't connect",
    "revisionmissing",
    # world187's wordings: TGI's router finding no tokenizer for the model ("... doesn't have a tokenizer"),
    # LMDeploy refusing chat through its base template ("You are using base template to handle chat task").
    "have a tokenizer",
    "base template",
    # world193's wordings: Ray's autoscaler restarting nodes "(lost contact with raylet)", containerd's "failed to
    # reserve container name", and Ray Serve's slow-scheduling warning ("Resources required for each replica: ...").
    "lost contact with raylet",
    "reserve container name",
    "resources required for each replica",
    # world194's wordings: nvidia-smi -q's "License Status : Unlicensed (Restricted)" on a vGPU guest.
    "unlicensed",
    # world201's wordings: the WHATWG TimeoutError of a fetch ("The operation timed out.").
    "operation timed out",
    # Jupyter's server refusing its configuration ("Bad config encountered during initialization", wordings.py,
    # world202's).
    "bad config",
    # world203's wordings: a kernel naming the GPU architecture it found ("mla_gluon requires gfx950 (CDNA4), got
    # gfx942").
    "got gfx",
    # world206's wordings: the API server's field validation of an object an operator built ("...configMap.name:
    # Required value").
    "required value",
    # world218's wordings: Ollama's "vram-based default context" sized from a discovery that found no VRAM.
    'total_vram="0 b"',
    # world223's wordings: squeue's pending reason for a job whose constraints no node satisfies
    # ("(BadConstraints)").
    "badconstraints",
    # world226's wordings: LobeChat's "please check whether your ollama service is available" and Ollama's "error
    # reading llm response".
    "service is available",
    "llm response",
    # world228's wordings: OpenVINO's NPU plugin on a model with dynamic shapes ("get_shape was called on a
    # descriptor::Tensor with dynamic shape") and the NPU compiler's diagnostics ("[vpux-compiler] Got Diagnostic").
    "dynamic shape",
    "[vpux-compiler]",
    # world233's wordings: serde_json's "trailing characters at line N column M", Chromium's
    # "net::ERR_INCOMPLETE_CHUNKED_ENCODING" and the Ollama CLI's "something went wrong, please see the ollama
    # server logs for details".
    "trailing characters",
    "incomplete_chunked",
    "went wrong",
    # Ollama's server dropping a request whose client hung up ("aborting embedding request due to client closing
    # the connection"; wordings.py, world234's).
    "client closing the connection",
    # world241's wordings: cluster-autoscaler's "Skipping node group %s - max size reached" and KEDA's "missing
    # required parameter %q in [triggerMetadata]".
    "max size reached",
    "missing required parameter",
    # world244: Ollama's failed blob download, transformers' "Can't load the model for ..." and ModelScope's hub
    # API path (wordings.py).
    "download blob",
    "local directory with the same name",
    "/api/v1/models/",
    # world254: http.client's RemoteDisconnected as a client's traceback ends with it, and BentoML's access log of
    # its readiness endpoint (wordings.py).
    "remote end closed",
    "path=/readyz",
    # world256: BuildKit's ">>>" marks on the lines of the Dockerfile instruction that failed (wordings.py).
    ">>> ",
    # world257: Karpenter's "deprovisioning via ...", ParallelCluster's "EC2_INSTANCE_TERMINATE event", Azure ML's
    # "got pre-empted" and TensorFlow's TPU "lame workers found" (wordings.py).
    "deprovisioning",
    "instance_terminate",
    "pre-empt",
    "lame worker",
    # world257: Compute Engine's "Instances with guest accelerators do not support live migration." (wordings.py).
    "live migration",
    # world279: the LimitRanger admission plugin's "maximum cpu usage per Container is 16, but request is 17" and
    # the scheduler's older "Node didn't have enough resource: cpu, requested: ..." (wordings.py).
    "usage per",
    "have enough resource",
    # world280: object storage clients (wordings.py): botocore's ClientError ("... when calling the HeadObject
    # operation"), download clients' frames where a traceback is cut, google-auth's metadata server retries and the
    # AWS Common Runtime's fatal assertion.
    "when calling the",
    "cloud/storage/blob.py",
    "s3transfer/",
    "retryhandler.py",
    "error_class(",
    "process_storage_error",
    "metadata server unavailable",
    "fatal error condition",
    # world304: setuptools' build_ext frame in a traceback cut inside a package's extension build (wordings.py).
    "command/build_ext.py",
    # A custom resource's definition missing: kubectl's and Helm's "ensure CRDs are installed first" on a line of its
    # own and controller-runtime's "if kind is a CRD, it should be installed before calling Start" (wordings.py,
    # world308's).
    "crd",
    # Frigate's watchdog on a detector that stopped answering ("Detection appears to be stuck", "Detection appears
    # to have stopped"; world315's wordings).
    "detection appears to",
    # Home Assistant's Wyoming integration retrying a satellite it cannot reach ("Satellite has been disconnected.
    # Reconnecting in 10 second(s)", wordings.py, world319's).
    "has been disconnected",
    # TensorFlow's BFC allocator listing its chunks after a failed allocation ("1 Chunks of size 167201280 totalling
    # 159.46MiB"; wordings.py, world323's).
    "chunks of size",
    # In-browser runtimes (wordings.py, world334's): Tint's WGSL refusal of half precision without its extension
    # ("'f16' type used without 'f16' extension enabled"), a browser with no WebGPU ("navigator.gpu is undefined"),
    # MediaPipe's LLM calculator refusing a model of the other backend ("... while the current model's backend type
    # is: cpu"), and a JavaScript promise rejected with nothing to catch it ("Uncaught (in promise) ...").
    "extension enabled",
    "navigator.gpu",
    "backend type is",
    "uncaught (in promise)",
    # libtorch's TorchScript loader meeting a custom class no loaded library registered ("Unknown type name
    # '__torch__.torch.classes.fbgemm.AtomicCounter'", wordings.py, world338's).
    "__torch__.torch.classes.",
    # InvokeAI 2.x's device announcement (">> Using device_type cpu") and SD.Next's ZLUDA loader ("ERROR Load ZLUDA:
    # ..."), world341's wordings.
    "device_type",
    "zluda",
    # hyper's IncompleteMessage as Linkerd's proxy and reqwest's clients word it ("connection closed before message
    # completed") and Envoy's UAEX response flag in a JSON access log (wordings.py, world343's).
    "closed before message",
    "uaex",
    # Jupyter's kernel death as its front ends and its restarter word it ("The kernel appears to have died. It will
    # restart automatically.", "KernelRestarter: restarting kernel (1/5)") and SageMaker Studio Lab's runtime that
    # does not start ("There was a problem when starting the project runtime"; wordings.py, world344's).
    "appears to have died",
    "restarting kernel",
    "project runtime",
    # PEFT's LoRA configuration with no target modules for an architecture it has no default for ("Please specify
    # `target_modules` in `peft_config`"; wordings.py, world351's).
    "target_modules",
    # Knative's and KServe's condition while the ingress has not programmed the route ("Waiting for load balancer to
    # be ready", wordings.py): a status line with no error word in it.
    "waiting for load balancer",
    # The tail of bitsandbytes' CUDA setup failure ("... to your LD_LIBRARY_PATH. If you suspect a bug, please take
    # the information from python -m bitsandbytes"; wordings.py, world360's): no error word on that line.
    "ld_library_path. if you suspect a bug",
    # PyTorch3D's "Not compiled with GPU support", French bash's "Processus arrêté" (its "Killed") and the args
    # parser's "Passed in argument, but no positional arguments were ready to receive it" (wordings.py, world361's).
    "not compiled with",
    "processus arrêté",
    "no positional arguments were ready",
    # CPython's TypeError message for a call short of an argument ("f() missing 1 required positional argument:
    # 'x'"), which a server may log bare, without the "TypeError:" (wordings.py, world433's): no error word in it.
    "required positional argument",
    # yum's dependency solver giving up ("You could try using --skip-broken to work around the problem") and apt's
    # "Package ... is not available, but is referred to by another package." (wordings.py, world372's): neither
    # line has an error word.
    "--skip-broken",
    "referred to by another package",
    # EvalScope's perf summary key ('"Succeed requests": 0,' when no request succeeded; wordings.py, world374's): a
    # JSON line with no error word in it.
    '"succeed requests"',
    # prometheus_client's "Duplicated timeseries in CollectorRegistry" (wordings.py, world375's): no error word on it.
    "duplicated timeseries",
    # transformers' and accelerate's refusals of a device_map that offloads to the disk without a folder ("The
    # current `device_map` had weights offloaded to the disk. Please provide an `offload_folder` ...", "We need an
    # `offload_dir` to dispatch this model ..."; wordings.py, world376's): no error word when quoted without the
    # ValueError.
    "offloaded to the disk",
    "offload_dir",
    # accelerate's refusal to move a dispatched model with offloaded modules ("You can't move a model that has some
    # modules offloaded to cpu or disk."; wordings.py, world572's).
    "offloaded to cpu or disk",
    # A model gateway's refusal behind `ollama launch claude` ("Unknown Model, please check the model code.",
    # wordings.py, world398's): no error word in its message.
    "unknown model",
    # A Go main refusing its flags ("unable to validate flags: using MPS requires --mps-root to be specified", the
    # NVIDIA device plugin's) and bash's set -u abort ("line 117: VAR: unbound variable"; wordings.py, world408's):
    # no error word in either.
    "validate flags",
    "unbound variable",
    # tritonclient's HTTP client when the server answers with no body ("InferenceServerException: [400] client
    # received an empty response from the server.", wordings.py, world416's): no error word in its message.
    "empty response from the server",
    # FreeToken's planner refusing a cache plan the GPU cannot hold ("cache budget too small: minimum plan ...
    # (raise memory_ratio, lower kv_reserve_tokens, or free GPU memory)") and vLLM-Omni's refusal of a checkpoint's
    # own code ("... executes the modeling code shipped with the checkpoint ... Pass --trust-remote-code ...";
    # wordings.py, world430's): no error word in either.
    "cache budget too small",
    "modeling code shipped",
    # SageMaker's quota refusal quoted without its ResourceLimitExceeded code ("The account-level service limit
    # 'ml.r5.large for processing job usage' is 0 Instances", wordings.py, world438's): no error word in it.
    "account-level service limit",
    # ONNX Runtime's ORT_ENFORCE failure quoted on a line of its own ("ort_value_name_idx_map.MaxIdx() > -1 was
    # false.", wordings.py, world455's): no error word in it.
    " was false.",
    # Windows Error Reporting's "Application Error" event header ("Faulting application name: python.exe, version:
    # ...", wordings.py, world460's): no error word in it.
    "faulting application name",
    # The kubelet's "ContainerStatusUnknown" reason as a pod's STATUS in `kubectl get pods` (wordings.py,
    # world483's): one word, no error word in it.
    "containerstatusunknown",
    # transformers' Phi-3 rope_scaling check ("`rope_scaling`'s short_factor field must have length 64, got 48",
    # wordings.py, world510's): no error word in it.
    "field must have length",
    # MindIE's daemon giving up on its endpoint ("ERR: Failed to init endpoint!", wordings.py, world510's): no
    # error word in it.
    "failed to init endpoint",
    # PEFT's first config loader on an adapter without its config file ("ValueError: Can't find config.json at
    # '<path>'", wordings.py, world518's): no error word in the message itself.
    "config.json at",
    # transformers' fast-tokenizer conversion ("You need to have sentencepiece installed to convert a slow tokenizer
    # to a fast one.", wordings.py, world525's): no error word in its line.
    "have sentencepiece installed",
    # AutoGPTQ's Marlin shape check with the sizes ("`infeatures:2048` must be divisible by 128 and
    # `outfeatures:5504` by 256.", wordings.py, world525's): no error word in it.
    "and `outfeatures",
    # transformers' version check ("transformers>=4.41.2,<=4.48.1 ... is required for a normal functioning of this
    # module, but found transformers==4.49.0.dev0.") and diffusers' AutoPipeline ("AutoPipeline can't find a
    # pipeline linked to KolorsPipeline for None"), wordings.py, world564's: no error word in either message.
    "normal functioning",
    "pipeline linked to",
    # torch.onnx's "Exporting the operator <op> to ONNX opset version <n> is not supported", coremltools' "Provided
    # minimum deployment target requires model to be of version ..." and OpenVINO's "Model wasn't fully converted."
    # (wordings.py, world577's): no error word the rows could gate on.
    "onnx opset version",
    "minimum deployment target",
    "fully converted",
    # ExecuTorch's runtime resizing a shape the export fixed ("Attempted to resize a static tensor to a new shape")
    # and its loader meeting a constant buffer the .pte lacks ("Constant buffer 1 out of program buffer range 0"),
    # wordings.py, world579's: no error word in either message.
    "static tensor",
    "program buffer range",
    # A Jupyter front end's "Kernel died, restarting", transformers' "... requires Accelerate: `pip install
    # accelerate`" and the Hugging Face inference toolkit's "Inference Toolkit can only inference tasks from
    # architectures ending with [...]" (wordings.py, world588's): no error word in any of the three.
    "kernel died",
    "requires accelerate",
    "inference toolkit can only",
    # gVisor's nvproxy warning about a driver call it does not proxy ("nvproxy: unknown control command 0x...",
    # "... unknown frontend ioctl ...", "... unknown allocation class ..."), wordings.py, world597's: no error word.
    "nvproxy: unknown",
    # LMCache's pinned CPU buffer allocation as its traceback frame prints it ("torch.empty(size, dtype=torch.uint8,
    # pin_memory=True)"), LMCache's server refusing an --l2-adapter type ("unknown adapter type 'nixl_store'") and
    # vLLM's "Hybrid KV cache manager is disabled but failed to convert the KV cache specs to one unified type"
    # (wordings.py, world604's): no error word in any of the three.
    "pin_memory=true)",
    "unknown adapter type",
    "one unified type",
)


# A launcher's probe that quotes an import error and goes on without what it probed: TGI's launcher asks torch
# for the GPU's compute capability through pyo3 and, when the import fails, logs `tracing::warn!("Cannot
# determine GPU compute capability: {}", err)` and starts with None (launcher/src/gpu.rs; tgi-gaudi's image has
# no torch in the launcher's interpreter: world55's training part). The quoted ModuleNotFoundError is not the
# run's failure.
_PROBE_WARNINGS = ("cannot determine gpu compute capability",)


@dataclass(frozen=True, slots=True)
class Rule:
    """One way a kind shows in a line: any of `needles`, one of `also` when given, and none of `unless`."""

    kind: str
    needles: tuple[str, ...]
    also: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    # Weak rules only decide when no strong rule fired: they say "something failed", not what.
    weak: bool = False
    # A warning that foretells a failure ("... may result in ...") names the cause of a run known to have
    # failed (its status, exit or termination reason), and nothing in a run that may well be up.
    failing_only: bool = False
    check: Callable[[str], bool] | None = None
    # A crash whose wording says all there is to say (a file cut short): the scoring model renames no crash it read.
    final: bool = False

    def matches(self, low: str, line: str) -> bool:
        if self.also and not any(a in low for a in self.also):
            return False
        if self.unless and any(u in low for u in self.unless):
            return False
        return self.check is None or self.check(line)


_BARE_EXCEPTION = re.compile(r"[A-Za-z_][\w.]{0,119}")


def is_exception_line(line: str) -> bool:
    """The last line of a crash: `ValueError: ...`, `torch.OutOfMemoryError: ...`, TGI's `Error: ...`."""
    head, sep, _ = line.partition(":")
    if not sep and not _BARE_EXCEPTION.fullmatch(line):
        # Python prints the bare name for an exception raised without a message (`assert x`, `raise
        # AssertionError`): "AssertionError" alone ends the traceback as "ValueError: ..." does.
        return False
    if " " in head or len(head) > 120:
        return False
    name = head.rpartition(".")[2]
    return name[:1].isupper() and name.endswith(("Error", "Exception")) and name != "KeyboardInterrupt"


# "exited with code 139", "exit status 2", "exitcode=-9", Tabby's supervisor "exited with status code -1073741819"
# (a Windows NTSTATUS), `kubectl describe`'s aligned "Exit Code:    139".
_EXIT_CODE = re.compile(
    r"(?:exit(?:ed)?(?: with)? ?(?:code|status)(?: code)?|exitcode|exited)[ :=(]{0,12}(-?\d{1,10})\b"
)


_POD_NOT_SCHEDULED = re.compile(r"\s*PodScheduled\s+False\b")


def _pod_not_scheduled(line: str) -> bool:
    return _POD_NOT_SCHEDULED.match(line) is not None


# A row of `kubectl get nodes` whose STATUS is NotReady ("docker3005   NotReady   18h   v1.7.0", with ROLES
# between since 1.12): the node stopped answering the control plane.
_NODE_NOT_READY_ROW = re.compile(r"(?:node/)?\S+ +NotReady(?:,SchedulingDisabled)? +(?:\S+ +)?\d+[smhd]")
# A row of `kubectl get pods` whose STATUS is the reason the kubelet gives a pod it stopped for a node shutdown
# (pkg/kubelet/nodeshutdown: "Shutdown" before 1.22, "Terminated" and "NodeShutdown" after).
_POD_SHUT_DOWN_ROW = re.compile(r"(?:pod/)?\S+ +\d+/\d+ +(?:Shutdown|NodeShutdown|Terminated) +\d")


# Ray Serve's controller warning on replicas not yet scheduled (serve/_private/deployment_state.py: "Deployment
# ... has N replicas that have taken more than 30s to be scheduled. ... Resources required for each replica: {...},
# total resources available: {...}."; before Ray 2.x "Backend ... has N replicas that have taken more than 30s to
# start up. ... resources available: {...}."). The required part is one dict or a list of placement bundles; the
# line may sit inside a JSON log record with its quotes escaped.
_SERVE_REPLICA_RESOURCES = re.compile(
    r"resources required for each replica: (\[[^\]]*\]|\{[^}]*\}),? (?:total )?resources available: (\{[^}]*\})",
    re.IGNORECASE,
)


# One "'name': amount" of such a dict; summed over a list of bundles it is what one replica asks for in all. Read
# with a pattern rather than evaluated: a log line is no Python literal to trust (an unhashable key raises).
_RESOURCE_AMOUNT = re.compile(
    r"""['"]([^'"]{1,100})['"]\s*:\s*(\d{1,20}(?:\.\d{1,20})?(?:[eE][+-]?\d{1,4})?)"""
)


def _resource_amounts(text: str) -> dict[str, float]:
    total: dict[str, float] = {}
    for name, amount in _RESOURCE_AMOUNT.findall(text.replace('\\"', '"')):
        total[name] = total.get(name, 0.0) + float(amount)
    return total


def _short_of(required: dict[str, float], free: dict[str, float]) -> bool:
    """Whether a request needs more of some resource than is free (a rounding's worth of slack)."""
    return any(amount > free.get(name, 0.0) + 1e-9 for name, amount in required.items() if amount > 0)


def _serve_replica_short_of_resources(line: str) -> bool:
    """Serve's slow-scheduling warning when a replica needs more of some resource than the cluster has free."""
    m = _SERVE_REPLICA_RESOURCES.search(line)
    if m is None:
        return False
    return _short_of(_resource_amounts(m.group(1)), _resource_amounts(m.group(2)))


# The raylet's warning on a task or actor it cannot place (src/ray/raylet/scheduling/cluster_task_manager.cc), in
# the one-line form of Ray 1.x: "The actor or task with ID ... cannot be scheduled right now. It requires {CPU_group_
# <pg>: 1.000000} for placement, but this node only has remaining {31.000000/32.000000 CPU, ..., 1.000000/1.000000
# CPU_group_<pg>, ...}". Each remaining entry is "<free>/<total> <name>" (memory in GiB).
_RAY_REQUEST = re.compile(
    r"requires \{([^}]*)\} for placement, but this node only has remaining \{([^}]*)\}", re.IGNORECASE
)
_RAY_REQUIRED = re.compile(r"([^\s{},:]{1,200}): (\d{1,20}(?:\.\d{1,20})?)")
_RAY_REMAINING = re.compile(
    r"(\d{1,20}(?:\.\d{1,20})?)(?: GiB)?/\d{1,20}(?:\.\d{1,20})?(?: GiB)? ([^\s,{}]{1,200})"
)


def _ray_request_not_covered(line: str) -> bool:
    """The raylet's cannot-be-scheduled warning, unless the free resources it prints cover the request."""
    m = _RAY_REQUEST.search(line)
    if m is None:
        return True
    required = {name: float(amount) for name, amount in _RAY_REQUIRED.findall(m.group(1))}
    free = {name: float(amount) for amount, name in _RAY_REMAINING.findall(m.group(2))}
    return not required or _short_of(required, free)


def _node_not_ready_row(line: str) -> bool:
    return _NODE_NOT_READY_ROW.match(line) is not None


def _pod_shut_down_row(line: str) -> bool:
    return _POD_SHUT_DOWN_ROW.match(line) is not None


def _module_not_found(line: str) -> bool:
    return is_exception_line(line) and line.partition(":")[0].rpartition(".")[2] == "ModuleNotFoundError"


def _nonzero_exit(line: str) -> bool:
    m = _EXIT_CODE.search(line.lower())
    return bool(m) and m.group(1) not in ("0", "137")


def _exit_137(line: str) -> bool:
    m = _EXIT_CODE.search(line.lower())
    return bool(m) and m.group(1) == "137"


def _shell_killed(line: str) -> bool:
    # The shell's report of a SIGKILLed child ("bash: line 1:  7 Killed  python ...") or the bare word.
    # A terminal's "Killed" written after a progress bar that was still drawing ("| 0/2 [00:00<?, ?it/sKilled"):
    # tqdm redraws its bar with a carriage return and no newline, so the shell's report lands on the bar's line
    # (world348's training part, Wav2Lip's inference in a container).
    s = line.strip()
    return (
        s == "Killed"
        or (" Killed " in f"{s} " and ("sh: line" in s or "sh: " in s))
        or bool(_BAR_KILLED.search(s))
    )


_BAR_KILLED = re.compile(r"(?:it/s|s/it)\]?Killed\b")


# argparse wraps a usage that does not fit the terminal's width, and under a narrow one (a notebook, a CI log)
# leaves the program's name alone on the first line ("usage: server.py" then "       [-h]" below it).
_BARE_USAGE = re.compile(r"usage: [A-Za-z_][\w.-]{0,80}")


def _argparse_bare_usage(line: str) -> bool:
    return _BARE_USAGE.fullmatch(line.strip()) is not None


def _argparse_usage(line: str) -> bool:
    # argparse prints its usage block ("usage: prog [-h] ...") only on --help or before "error: ..."; a tail cut
    # between the two still shows the block (CPython Lib/argparse.py, ArgumentParser.error and print_usage).
    s = line.lstrip()
    return s.startswith("usage: ") and "[-h" in s


def is_usage_line(line: str) -> bool:
    """The first line of argparse's usage block, whole or with the program's name alone."""
    return _argparse_usage(line) or _argparse_bare_usage(line)


def _df_full_row(line: str) -> bool:
    # A filesystem at 95% or more has no room for a model or an image layer. Read-only images mounted by snap
    # and loop devices always show 100% and say nothing about free space.
    fields = line.split()
    use = fields[-2] if len(fields) >= 5 else ""
    return (
        use[:-1].isdigit()
        and use.endswith("%")
        and int(use[:-1]) >= 95
        and fields[-1].startswith("/")
        and not fields[-1].startswith("/snap")
        and not fields[0].startswith("/dev/loop")
    )


# Ray's file-system monitor (src/ray/common/file_system_monitor.cc) logs "<path> is over 95% full, available
# space: <n> GB; capacity: <m> GB" every ten seconds once a spill or session directory passes its threshold (older
# Ray printed bytes: "available space: 0; capacity: 67108864"). Over the threshold with space left is a warning
# the run lives with; nothing left means object creation fails.
_RAY_AVAILABLE = re.compile(r"available space: (\d+(?:\.\d+)?)")


def _ray_space_exhausted(line: str) -> bool:
    m = _RAY_AVAILABLE.search(line.lower())
    return m is not None and float(m.group(1)) == 0


# torch's dispatcher when an extension's compiled operators did not register, as a torchvision or a kernel
# package built against another torch leaves them ("RuntimeError: operator torchvision::nms does not exist";
# TorchScript's lookup says "No such operator torchvision::nms").
_MISSING_OPERATOR = re.compile(
    r"operator [a-z_][\w.]{0,80}::\w{1,120} does not exist|no such operator [a-z_][\w.]{0,80}::\w"
)


def _missing_operator(line: str) -> bool:
    return _MISSING_OPERATOR.search(line.lower()) is not None


# Engines that load one Python module per architecture fail on an architecture they lack with the import of that
# module: mlx-lm's `_get_classes` imports `mlx_lm.models.<model_type>` and words the ImportError "Model type
# glm4_moe_lite not supported." (mlx-vlm and LM Studio's MLX engine alike); an older transformers lacks
# `transformers.models.<model_type>`. Such a missing module is the model's, not a package to install. A module
# below an architecture's package ("No module named 'tensorrt_llm.models.llama.weight'", a TensorRT-LLM example
# script from another release than the installed package; world159) is the package's layout, not the model's.
_MODEL_TYPE_REFUSED = re.compile(r"model type [\w.-]{1,80} not supported")
# A module under an application's vendored `third_party` tree ("No module named
# 'third_party.demucs.models.pretrained'", SongGeneration's copy of demucs missing from the checkout; world333) is
# the checkout's, not an architecture's.
_MODEL_MODULE = re.compile(r"no module named '(?!third_party\.)[\w.]{1,80}\.models\.\w{1,80}'")


def _model_type_refused(line: str) -> bool:
    return _MODEL_TYPE_REFUSED.search(line.lower()) is not None


def _model_module_missing(line: str) -> bool:
    return _MODEL_MODULE.search(line.lower()) is not None


# torch's op registry when a build did not compile a kernel (torch/_ops.py, `_OpNamespace.__getattr__`:
# "'_OpNamespace' '_C' object has no attribute 'gptq_marlin_repack'"): when the kernel is a quantized GEMM or its
# weight repacking, the checkpoint's format has no kernel on this platform or build.
_QUANT_KERNELS = (
    "marlin",
    "gptq",
    "awq",
    "fp8",
    "fp4",
    "scaled_mm",
    "machete",
    "ggml",
    "gguf",
    "int8",
    "int4",
)
_MISSING_OP = re.compile(r"'_opnamespace' '\w{1,80}' object has no attribute '(\w{1,120})'")


_C_SOURCE_ARG = re.compile(r"\.c'")


def _compiles_c_source(line: str) -> bool:
    return _C_SOURCE_ARG.search(line) is not None


def _missing_quant_kernel(line: str) -> bool:
    m = _MISSING_OP.search(line.lower())
    return m is not None and any(q in m.group(1) for q in _QUANT_KERNELS)


# The tensors a quantized checkpoint adds beside each weight: FP8's scales (weight_scale, weight_scale_inv for
# block FP8, input_scale, the KV cache's k_scale/v_scale), NVFP4's weight_scale_2 and global scales, GPTQ/AWQ's
# qweight/qzeros/scales/g_idx, compressed-tensors' weight_packed/weight_zero_point, Ascend's deq_scale and
# weight_offset. A model implementation with no parameter for one ("KeyError: 'layers.0.mlp.down_proj.weight_scale'"
# from params_dict[name] in vLLM's load_weights; "There is no module or parameter named '...k_scale' in ...") does
# not load that quantized layout (vLLM #9316, #15784, #25047, llm-compressor #959, vllm-ascend #3177).
_QUANTIZED_TENSOR = re.compile(
    r"'[\w.]*?[._](?:weight_scale(?:_inv|_2)?|input_scale(?:_inv)?|[kvq]_scale|deq_scale|qweight|qzeros|scales"
    r"|g_idx|weight_packed|weight_zero_point|weight_global_scale|input_global_scale|weight_offset)'"
)


def _names_quantized_tensor(line: str) -> bool:
    return _QUANTIZED_TENSOR.search(line.lower()) is not None


# The shell's words for a child a signal ended (bash's strsignal texts), alone or in its job report ("bash: line 1:
# 4242 Floating point exception python serve.py"); "(core dumped)" after them is a rule of its own.
_SHELL_SIGNALS = ("Aborted", "Floating point exception", "Trace/breakpoint trap")


def _shell_signal_report(line: str) -> bool:
    s = line.strip()
    return s in _SHELL_SIGNALS or (
        ("sh: line" in s or "sh: " in s) and any(f" {name}" in s for name in _SHELL_SIGNALS)
    )


def _go_panic(line: str) -> bool:
    # The Go runtime's first line for an unrecovered panic ("panic: runtime error: invalid memory address or nil
    # pointer dereference", runtime/panic.go printpanics), as Ollama's server and runners and other Go
    # front ends die with it.
    return line.lstrip().startswith("panic: ")


# systemd's verdicts on a service's main process (src/core/service.c: "Main process exited, code=%s, status=%i/%s"
# with code exited, killed or dumped; "Failed with result '%s'." with the unit's result). A clean exit and the
# results other rules own (the OOM killer's 'oom-kill', a stop that timed out) say nothing here.
_SYSTEMD_EXIT = re.compile(r"main process exited, code=(\w{1,10}), status=(\d{1,3})")
_SYSTEMD_RESULT = re.compile(r"failed with result '([\w-]{1,30})'")


def _systemd_death(line: str) -> bool:
    low = line.lower()
    exited = _SYSTEMD_EXIT.search(low)
    if exited is not None:
        return exited.group(1) != "exited" or exited.group(2) != "0"
    result = _SYSTEMD_RESULT.search(low)
    return result is not None and result.group(1) not in ("success", "oom-kill", "timeout")


# tini's report on the container's command (src/tini.c reap_zombies: "Main child exited normally (with status
# '%i')", "Main child exited with signal (with signal '%s')" with strsignal's text, "Main child exited for unknown
# reason"); Fly.io's init words it the same way with the signal's name. A child ended by the stop signal it was
# sent (SIGTERM, SIGINT) was stopped, not killed.
_TINI_STATUS = re.compile(r"main child exited normally \(with status '(-?\d{1,4})'\)")
_STOP_SIGNALS = ("'sigterm'", "'terminated'", "'sigint'", "'interrupt'")


def _tini_child_death(line: str) -> bool:
    low = line.lower()
    status = _TINI_STATUS.search(low)
    if status is not None:
        return status.group(1) != "0"
    if "main child exited with signal" in low:
        return not any(stop in low for stop in _STOP_SIGNALS)
    return "main child exited for unknown reason" in low


def _uvicorn_shutting_down(line: str) -> bool:
    # uvicorn's own line when its server stops (uvicorn/server.py: logger.info("Shutting down")), under its default
    # formatter's "INFO:     " or bare; a server that is still up never prints it.
    text = line.strip()
    return text.removeprefix("INFO:").lstrip() == "Shutting down"


# Docker Compose's progress events for a service's image pull (pkg/compose/pull.go pullServiceImage): a pull that
# fails for a service with a `build:` section is a Warning event ("! ollama-ipex-llm Warning  pull access denied
# for ...", rendered "!"), after which Compose builds the image instead ("image can be built, so we can ignore pull
# failure"); a pull that fails for a service with only an image is an Error event ("✘ ollama-webui Error",
# rendered "✘", the event's ID being the service name alone), which stops `up`. Container, network and volume
# events name their object type before the name ("✘ Container x  Error"), so they are not pulls.
_COMPOSE_PULL_WARNING = re.compile(r"\s*! [\w.-]+ +Warning\b")
_COMPOSE_PULL_ERROR = re.compile(r"\s*✘ [\w.-]+ +Error\b")


def _not_compose_buildable_warning(line: str) -> bool:
    return _COMPOSE_PULL_WARNING.match(line) is None


def _compose_pull_error(line: str) -> bool:
    return _COMPOSE_PULL_ERROR.match(line) is not None


def _bare_unexpected_eof(line: str) -> bool:
    # The docker CLI prints a pull stream's error alone on its line after the layer progress ("fb395f539ec6:
    # Extracting [==>  ]  28.41MB/521.3MB" then "unexpected EOF"); prefixed forms ("Error: max retries exceeded:
    # unexpected EOF") are other clients' downloads.
    return line.strip().lower() == "unexpected eof"


_SHM = ("/dev/shm", "shared memory", "shm", "</torch_", "posix_fallocate")

_BARE_ENDPOINT = re.compile(r"(?:^|\s)failed to connect to (?:\[[0-9a-f:.]*\]|[\w.\-]*):\d{1,5}$")


def _bare_endpoint(line: str) -> bool:
    # "Failed to connect to <host>:<port>" and nothing after: ggml-rpc's endpoint, not a sentence naming a service.
    return bool(_BARE_ENDPOINT.search(line.lower().rstrip()))


# A refusal on a line about a container image's registry (a pull's 401, a manifest) is the image's, not the Hub's.
_IMAGE_REGISTRY = ("registry", "docker", "manifest")

RULES: tuple[Rule, ...] = (
    # --- hf_auth
    Rule(
        "hf_auth",
        (
            "gatedrepoerror",
            "cannot access gated repo",
            "access to a gated repo",
            "is restricted and you are not in the authorized list",
            "you must have access to it and be authenticated",
            "awaiting a review from the repo authors",
            "repositorynotfounderror",
            "invalid user token",
            "invalid credentials in authorization header",
            "401 client error",
            "403 client error",
            "is not a valid model identifier listed on",
            "pass a token having permission to this repo",
            "invalid token passed",
            "repository not found for url",
            "invalid repository id or local directory specified",
        ),
        unless=_IMAGE_REGISTRY,
    ),
    # vLLM's words when it cannot read config.json from the hub: a gated repo without a token, or a wrong id. A repo
    # named for its GGUF files has no config.json to read: that is the model's format (wordings.py, world502). The
    # traceback's `raise ValueError(f"... {model}")` source line names no repo and is not the message.
    Rule(
        "hf_auth",
        ("no supported config format found in",),
        unless=(*_IMAGE_REGISTRY, "gguf", "raise "),
    ),
    # The hub cannot be reached: the model never downloads, whatever the token.
    Rule(
        "hf_auth",
        (
            "we couldn't connect to 'https://huggingface.co'",
            "localentrynotfounderror",
            "cannot find the requested files in the local cache",
        ),
    ),
    Rule(
        "hf_auth",
        ("huggingface.co",),
        also=(
            "max retries exceeded",
            "name resolution",
            "failed to resolve",
            "timed out",
            "connection refused",
            "connecterror",
            "connection reset",
        ),
        # huggingface_hub's snapshot_download falling back to the copy already on disk ("Returning existing
        # local_dir `...` as remote repo cannot be accessed in `snapshot_download` (...)",
        # src/huggingface_hub/_snapshot_download.py): the hub was out of reach, the weights were not (world288's
        # training part, dots.ocr's launch_vllm.sh behind a SOCKS proxy).
        unless=(*_IMAGE_REGISTRY, "returning existing local_dir"),
    ),
    # --- disk_full
    Rule(
        "disk_full",
        (
            "no space left on device",
            "errno 28",
            "not enough free disk space",
            "disk quota exceeded",
            "insufficient disk space",
            "not enough disk space",
            "low on resource: ephemeral-storage",
            "ephemeral local storage usage exceeds",
            "ephemeral-storage usage exceeds",
        ),
        # inotify's ENOSPC is the watch limit, not the disk (inotify(7); UCX logs "inotify_add_watch(/tmp) failed:
        # No space left on device" and goes on, https://github.com/InternLM/lmdeploy/pull/1913).
        unless=(*_SHM, "inotify"),
    ),
    # `df` showing a full filesystem: its row ends with the use percentage and the mount point (coreutils df).
    Rule("disk_full", ("% /",), check=_df_full_row),
    Rule("disk_full", ("% full, available space: ",), check=_ray_space_exhausted),
    # --- image_pull_failed
    Rule(
        "image_pull_failed",
        (
            "errimagepull",
            "imagepullbackoff",
            "failed to pull image",
            "back-off pulling image",
            "pull access denied",
            "manifest unknown",
            "toomanyrequests",
            "pull rate limit",
            "pullimage error",
            "error pulling image",
            "failed to resolve reference",
            "invalidimagename",
            "errimageneverpull",
            "failed to register layer",
            "failed to extract layer",
            "failed to pull and unpack image",
            "requested access to the resource is denied",
        ),
        check=_not_compose_buildable_warning,
    ),
    Rule("image_pull_failed", ("✘ ",), check=_compose_pull_error),
    Rule("image_pull_failed", ("manifest for ",), also=("not found",)),
    Rule("image_pull_failed", ("invalid reference format",), also=("image", "docker", "pull")),
    Rule("image_pull_failed", ("unexpected eof",), check=_bare_unexpected_eof, weak=True),
    # --- gpu_unavailable
    Rule(
        "gpu_unavailable",
        (
            "no cuda gpus are available",
            "found no nvidia driver on your system",
            "cuda driver version is insufficient",
            "nvidia driver on your system is too old",
            "failed to infer device type",
            "no cuda-capable device is detected",
            "cudaerrornodevice",
            "could not select device driver",
            "nvidia-container-cli: initialization error",
            "nvidia-container-cli: requirement error",
            "nvidia-container-cli: device error",
            "libcuda.so.1: cannot open shared object file",
            "torch not compiled with cuda enabled",
            "driver/library version mismatch",
            "forward compatibility was attempted on non supported hw",
            "unsupported display driver / cuda driver combination",
            "no kernel image is available for execution on the device",
            "cuda unknown error",
            "nvidia-smi has failed because it couldn't communicate with the nvidia driver",
            "no accelerator (cuda",
        ),
        # vLLM's import of its compiled ops logs the ImportError as a warning and goes on
        # (_custom_ops.py: "Failed to import from vllm._C with ImportError('libcuda.so.1: cannot open shared
        # object file ...')"): a CPU or plugin platform serves without them.
        # TGI's launcher probing the GPU at start (launcher/src/gpu.rs: "WARN text_generation_launcher::gpu:
        # Cannot determine GPU compute capability: AssertionError: Torch not compiled with CUDA enabled"): on a TPU
        # or CPU image the probe fails and the launcher goes on (world291's optimum-tpu start on a v5e).
        # AUTOMATIC1111's web UI starting its VRAM monitor (modules/memmon.py: "Warning: caught exception '{e}',
        # memory monitor disabled"): on a Mac (MPS), DirectML or CPU install torch has no CUDA, the monitor is
        # skipped and the UI goes on loading weights (world565's stable-diffusion-webui-amdgpu #579).
        unless=(
            "failed to import from vllm._c",
            "cannot determine gpu compute capability",
            "memory monitor disabled",
        ),
    ),
    # vLLM's notice on import when it finds no platform (platforms/__init__.py: "No platform detected, vLLM
    # is running on UnspecifiedPlatform"): a symptom, not a verdict. Where vLLM is the engine its refusal
    # follows ("RuntimeError: Failed to infer device type"); a server that imports vLLM but runs the model
    # with another backend on the CPU goes on and loads it (https://github.com/kserve/kserve/issues/4515).
    Rule("gpu_unavailable", ("running on unspecifiedplatform",), weak=True),
    # --- dependency_install_failed
    Rule(
        "dependency_install_failed",
        (
            "could not find a version that satisfies the requirement",
            "no matching distribution found for",
            "subprocess-exited-with-error",
            "failed building wheel for",
            "failed to build installable wheels",
            "could not build wheels for",
            "resolutionimpossible",
            "because these package versions have conflicting dependencies",
            "no solution found when resolving dependencies",
            "failed to prepare distributions",
            "failed to download and build",
            "e: unable to locate package",
            "has no installation candidate",
            "could not install packages due to an",
            "modulenotfounderror: no module named",
        ),
        unless=_PROBE_WARNINGS,
        check=lambda line: not _model_module_missing(line),
    ),
    # Python raises ModuleNotFoundError only for an import it cannot resolve, so the class alone names the
    # family when a tail is cut inside its message ("ModuleNotFoundError: No modul", an Azure ML endpoint's
    # gunicorn worker, https://github.com/Azure/azureml-examples/issues/646); a source line of a frame
    # ("except ModuleNotFoundError:") is not the exception.
    Rule(
        "dependency_install_failed",
        ("modulenotfounderror: ",),
        unless=_PROBE_WARNINGS,
        check=lambda line: _module_not_found(line) and not _model_module_missing(line),
    ),
    # The bare message of a ModuleNotFoundError as a program prints it for the import it could not resolve, the
    # class name dropped (str(exc): "No module named 'vllm.transformers_utils.tokenizer'"), as unsloth's
    # fast_inference loader reported a vLLM that moved its tokenizer module (world121's training part). Only as
    # the whole line: a library's "Failed to import X: No module named 'y'" is a notice it goes on from, and so
    # is vLLM's version lookup in a source tree, which warns "Failed to read commit hash:" and puts the bare message
    # on the next line (vllm/version.py: "No module named 'vllm._version'", before 0.6 'vllm.commit_id').
    Rule(
        "dependency_install_failed",
        ("no module named '",),
        # pyannote.audio's optional decoder: its UserWarning at import (pyannote/audio/core/io.py, "torchcodec is not
        # installed correctly so built-in audio decoding will fail. Solutions are: ... Error message was:") puts the
        # import error's bare message on a line of its own; WhisperX goes on to its VAD and model load (world132's
        # training part).
        unless=("'vllm._version'", "'vllm.commit_id'", "'torchcodec'"),
        weak=True,
        check=lambda line: line.lstrip().startswith("No module named '") and not _model_module_missing(line),
    ),
    Rule("dependency_install_failed", ("failed to build `",), also=("×", "error")),
    # NumPy's C API names its own module when an extension built against another NumPy cannot import it
    # (`_import_array` in the generated __multiarray_api.h: "numpy.core.multiarray failed to import", NumPy
    # 2's "numpy._core.multiarray failed to import"): the module's name alone keeps the family when a tail is
    # cut inside the message (world41's training part). An ImportError that tells its reader what to install is
    # the same family in the library's own words (transformers' modeling_utils.py: "Using `low_cpu_mem_usage=True`
    # or a `device_map` requires Accelerate: `pip install 'accelerate>=...'`"; vLLM's "ImportError: Please install
    # vllm[audio] for audio support", world37), whatever the package.
    Rule(
        "dependency_install_failed",
        ("importerror:",),
        also=(
            "undefined symbol",
            "cannot import name",
            "cannot open shared object file",
            "no module named",
            "core.multiarray",
            "pip install",
            "please install",
        ),
        # ms-swift's notice at import of an optional backend it did not find (swift/llm/__init__.py, 2.x: "No
        # vLLM installed, if you are using vLLM, you will get `ImportError: cannot import name 'get_vllm_engine'
        # from 'swift.llm'`"): a prediction for a backend the run may not use, not an import that failed
        # (world133's training part).
        unless=("you will get `importerror",),
        check=lambda line: not _model_module_missing(line),
    ),
    # bitsandbytes 0.37-0.41 probes its library for a CUDA symbol at import (bitsandbytes/cextension.py:
    # "lib.cadam32bit_grad_fp32 # runs on an error if the library could not be found -> COMPILED_WITH_CUDA=False",
    # then warns "compiled without GPU support" and prints the AttributeError, ".../libbitsandbytes_cpu.so:
    # undefined symbol: cadam32bit_grad_fp32"): the CPU build lacks that symbol by design and the import goes on,
    # so the line names no broken install (world87's training part, text-generation-webui's CPU loads).
    # A loader error a library reports as a Python warning and goes on from (ecmwflibs/__init__.py: "UserWarning:
    # /lib/x86_64-linux-gnu/libgobject-2.0.so.0: undefined symbol: ffi_type_uint32", printed by warnings.warn(str(e))
    # at import while ai-models' GraphCast run goes on) names no failed import either (world345's training part).
    Rule(
        "dependency_install_failed",
        ("undefined symbol:",),
        also=(".so",),
        unless=("cadam32bit_grad_fp32", "userwarning:"),
    ),
    # Sibling wordings of a broken environment, from the code that prints them: CPython's Windows extension
    # loader (Python/dynload_win.c: "DLL load failed while importing %U"), glibc's loader on a symbol built
    # against another library version (elf/dl-lookup.c: "symbol %s version %s not defined in file %s with link
    # time reference"), NumPy's C-API import in an extension built for another NumPy ("numpy.core.multiarray
    # failed to import", `_import_array`), and a JIT build without its toolchain (triton/runtime/build.py:
    # "Failed to find C compiler. Please specify via CC environment variable."; the shell's "nvcc: not found").
    # xFormers quotes such an error in its fallback warning ("A matching Triton is not available, some
    # optimizations will not be enabled" then "Error caught was: DLL load failed while importing libtriton",
    # xformers/__init__.py `_is_triton_available`) and goes on without Triton (world41's training part).
    Rule(
        "dependency_install_failed",
        (
            "dll load failed while importing",
            "not defined in file",
            "multiarray failed to import",
            "failed to find c compiler",
            "nvcc: not found",
            "nvcc: command not found",
        ),
        unless=("error caught was",),
    ),
    # torch's op registry names an op the extension library never registered (torch/_ops.py,
    # `_OpNamespace.__getattr__`: "'_OpNamespace' '_C' object has no attribute 'gelu_quick'"): the engine's
    # compiled ops are missing or were built for another torch. Quantized GEMM kernels are the checkpoint's
    # format instead (quantization_unsupported below).
    Rule(
        "dependency_install_failed",
        ("_opnamespace",),
        check=lambda line: _MISSING_OP.search(line.lower()) is not None and not _missing_quant_kernel(line),
    ),
    # Triton compiles its launcher stubs (`cuda_utils.c`, `main.c`) with the host's C compiler at first use
    # (triton/runtime/build.py `_build`: `[cc, src, "-O3", "-shared", ...]` run by `subprocess.check_call`);
    # when that fails (no compiler, no Python.h) the CalledProcessError names a C source and `-shared`.
    Rule("dependency_install_failed", ("calledprocesserror",), also=("-shared",), check=_compiles_c_source),
    Rule("dependency_install_failed", ("does not exist", "no such operator"), check=_missing_operator),
    # --- invalid_engine_args
    Rule(
        "invalid_engine_args",
        (
            "error: unrecognized arguments:",
            "error: argument --",
            "error: argument -",
            "error: the following arguments are required",
            "error: ambiguous option",
            "error: invalid value '",
            "error: found argument '",
            "which wasn't expected, or isn't valid in this context",
            "argumentvalidation(",
            "is greater than the derived max_model_len",
            "error: unknown argument",
        ),
    ),
    Rule(
        "invalid_engine_args",
        ("got an unexpected keyword argument",),
        also=("engineargs", "engine_args", "serverargs", "llm.__init__", "asyncllm"),
    ),
    Rule("invalid_engine_args", ("is smaller than max_model_len",), also=("max_num_batched_tokens",)),
    # Command-line parsers other than argparse and clap, in the words their sources print: glibc's getopt
    # (posix/getopt.c: "%s: unrecognized option '%s%s'", "%s: invalid option -- '%c'"; tritonserver parses
    # with it), click (click/exceptions.py `NoSuchOption`: "No such option: {name}", `BadParameter`:
    # "Invalid value for {param_hint}: ..."; trtllm-serve and trtllm-bench are click commands) and llama.cpp's
    # flag parser (common/arg.cpp "error: invalid argument: %s"; the older common.cpp and llamafile:
    # "error: invalid parameter for argument: %s").
    Rule(
        "invalid_engine_args",
        (
            ": unrecognized option '-",
            ": invalid option -- '",
            "error: no such option:",
            "error: invalid value for '-",
            "error: invalid argument: -",
            "error: invalid parameter for argument:",
        ),
    ),
    # vLLM's checks of its plugin names and scheduler budget (entrypoints/openai/cli_args.py
    # `validate_parsed_serve_args`: "invalid tool call parser: {name} (chose from {...})", "invalid reasoning
    # parser: ..."; config/vllm.py `_set_max_num_scheduled_tokens`: "max_num_scheduled_tokens is set to {n},
    # which does not allow any tokens to be scheduled"), raised before a weight is loaded.
    # vLLM's data-parallel launch check refusing a combination of flags (engine/arg_utils.py, as flag notes
    # quote it: "Invalid data-parallel launch options: --nnodes N requires --data-parallel-backend mp", "...
    # --data-parallel-hybrid-lb requires --data-parallel-size-local ..."); sizes that do not divide the world
    # are tensor_parallel_invalid.
    Rule("invalid_engine_args", ("invalid data-parallel launch options",), unless=("must evenly",)),
    Rule(
        "invalid_engine_args",
        (
            "invalid tool call parser",
            "invalid reasoning parser",
            "which does not allow any tokens to be scheduled",
        ),
    ),
    # SGLang checks its ServerArgs with asserts whose message names the field (server_args.py:
    # "chunked_prefill_size must be divisible by page_size"), and tools that wrap it raise the same way
    # ("mem_fraction_static must be in (0, 1]", "max_running_requests must be positive"); the field name is
    # what says the flag is wrong.
    Rule(
        "invalid_engine_args",
        ("must be",),
        also=("chunked_prefill_size", "page_size", "mem_fraction_static", "max_running_requests",
              "max_prefill_tokens"),
        check=is_exception_line,
    ),
    Rule(
        "invalid_engine_args",
        ("must be <", "must be >", "must be less than", "must be greater than"),
        also=("max_input", "max_total_tokens", "max_batch_prefill_tokens", "max-total-tokens", "max-input"),
    ),
    Rule("invalid_engine_args", ("validation error for",), also=("config", "args"), weak=True),
    Rule("invalid_engine_args", ("usage:",), check=_argparse_usage),
    Rule("invalid_engine_args", ("usage:",), check=_argparse_bare_usage, weak=True),
    # --- model_unsupported
    Rule(
        "model_unsupported",
        (
            "are not supported for now",
            "failed to be inspected",
            "is not supported in-tree anymore",
            "and is not supported anymore",
            "does not recognize this architecture",
            "unrecognized model in",
            "should have a `model_type` key",
            "requires you to execute the configuration file",
            "contains custom code which must be executed",
            "to allow custom code to be run",
            "does not exist or is not currently imported",
            "unsupported model type",
            "model type not supported",
            "is not supported by this version of transformers",
        ),
        # LMDeploy logs the check as a warning and falls back to its PyTorch engine.
        unless=("- warning -",),
    ),
    Rule("model_unsupported", ("not supported",), check=_model_type_refused),
    # SGLang's model registry skips a model module whose imports fail and says so ("Ignore import error when
    # loading sglang.srt.models.<name>: No module named 'transformers.models.<x>'", srt/models/registry.py
    # import_model_classes): every start prints it for modules of other models, so it names nothing about the
    # model being served (world52).
    Rule(
        "model_unsupported",
        ("no module named",),
        unless=("ignore import error",),
        check=_model_module_missing,
    ),
    Rule(
        "model_unsupported",
        ("not supported", "unsupported"),
        also=("architecture",),
        # PyTorch's ROCm warning when the GPU has no hipBLASLt support ("Attempting to use hipBLASLt on an
        # unsupported architecture! Overriding blas backend to hipblas", aten/src/ATen/Context.cpp): a fallback of
        # the BLAS library, not a model refused (world129).
        # The fused attention runners' check of the SM (FlashInfer's TllmGenFmhaRunner, TensorRT-LLM's context
        # FMHA fmhaRunner.cpp: "Unsupported architecture") is about the GPU, not the model (world263).
        # tiny-cuda-nn's choice of its slower MLP on a GPU older than Turing (src/networks.cu: "FullyFusedMLP is not
        # supported for the selected architecture 61. Falling back to CutlassMLP. For maximum performance, raise the
        # target GPU architecture to 75+.", under instant-ngp and nerfstudio): a fallback of the network's kernels,
        # and training goes on (world361's training part).
        # DeepGEMM's host dispatch ("Assertion error (csrc/apis/hyperconnection.hpp:56): Unsupported architecture")
        # is about the GPU too, read dtype_unsupported by world592's row in wordings.py (world592's training part).
        unless=(
            "compute capability",
            "quantiz",
            "fp8",
            "dtype",
            "overriding blas backend",
            "fmharunner",
            "assertion error (",
            "falling back to cutlassmlp",
        ),
    ),
    Rule(
        "model_unsupported",
        ("upgrade transformers", "upgrade your transformers", "requires transformers", "transformers>="),
        also=("cannot", "not ", "unable", "require", "please"),
        # LMDeploy's version check only warns ("LMDeploy requires transformers version: [4.33.0 ~ 4.57.3], but
        # found version: 5.2.0", https://github.com/InternLM/lmdeploy/issues/4407) and goes on. pip's
        # conflict list after an install ("vllm 0.8.5 requires transformers>=4.51.1, but you have transformers
        # 4.46.3 which is incompatible.", pip/_internal/commands/install.py `_warn_about_conflicts`) is printed
        # once the packages are installed; it is a warning, and the server may still start. pip's note that a
        # requirement is already met ("Requirement already satisfied: transformers>=4.40.0 in .../site-packages
        # (from vllm==0.4.1+cu122) (4.40.1)", pip/_internal/req/req_install.py) quotes the dependent's pin, met by
        # the version in its last parenthesis; "require" only matches "Requirement" (world451's training part,
        # OpenBMB/MiniCPM-V #63's editable install of OpenBMB's vLLM fork).
        unless=("but found version", "which is incompatible", "requirement already satisfied: "),
    ),
    # --- dtype_unsupported
    Rule(
        "dtype_unsupported",
        (
            "bfloat16 is only supported on gpus with compute capability",
            "bf16 is only supported on gpus with compute capability",
            "bfloat16 is not supported on",
            "does not support bfloat16",
            "does not support float16",
            "flashattention only supports ampere gpus or newer",
            "fa2 is only supported on devices with compute capability",
            "fa3 is only supported on devices with compute capability",
        ),
        # Engines that switch the dtype themselves say so: "Falling back to torch.float16", LMDeploy's "Device
        # does not support bfloat16. Set float16 forcefully" (https://github.com/InternLM/MindSearch/issues/243).
        # vLLM's and Aphrodite's get_flash_attn_version logs "Cannot use FA version %d is not supported due to
        # FA2 is only supported on devices with compute capability >= 8" and then returns None, catching its own
        # assert: the engine goes on with another attention backend (https://github.com/dphnAI/sonar/issues/1627).
        unless=(
            "could not import",
            "unable to use",
            "falling back",
            "fall back",
            "forcefully",
            "cannot use fa version",
        ),
    ),
    Rule(
        "dtype_unsupported",
        ("is not supported for quantization method",),
        also=("float16", "bfloat16", "dtype"),
    ),
    # --- quantization_unsupported
    Rule(
        "quantization_unsupported",
        (
            "is not supported for the current gpu",
            "unknown quantization method",
            "does not match the quantization method specified",
            "fp8e4nv not supported in this architecture",
        ),
    ),
    Rule(
        "quantization_unsupported",
        ("not supported", "unsupported", "minimum capability", "requires compute capability"),
        also=("quantization method", "compute capability"),
        unless=("does not have native support",),
        check=lambda line: any(
            q in line.lower()
            for q in (
                "quant",
                "fp8",
                "awq",
                "gptq",
                "marlin",
                "int4",
                "int8",
                "bitsandbytes",
                "nvfp4",
                "mxfp4",
            )
        ),
    ),
    Rule("quantization_unsupported", ("_opnamespace",), check=_missing_quant_kernel),
    Rule(
        "quantization_unsupported",
        ("keyerror: '", "no module or parameter named '"),
        check=_names_quantized_tensor,
    ),
    # --- tensor_parallel_invalid
    Rule(
        "tensor_parallel_invalid",
        (
            "must be divisible by tensor parallel size",
            "must be divisible by pipeline parallel size",
            "to less than max local gpu count",
            "is less than than max local gpu count",
            "not aligned with the quantized weight shape",
            "is larger than the number of available gpus",
            "to less than max local gpu count",
        ),
    ),
    # vLLM's Ray executor (executor/ray_utils.py, `initialize_ray_cluster`) raised this ValueError until 0.6.4;
    # since vllm-project/vllm#11138 the same sentence is a warning and the engine waits for the placement group
    # ("Waiting for creating a placement group of specs for 10 seconds"), as world36's AIBrix multi-node log
    # shows: a cluster whose GPUs have not all joined (no_capacity, wordings.py), not a size that cannot fit.
    Rule(
        "tensor_parallel_invalid",
        ("number of required gpus exceeds the total number of available gpus",),
        check=is_exception_line,
    ),
    # vLLM's data-parallel launch check (engine/arg_utils.py, `create_engine_config`) when the sizes do not fit
    # the nodes: "Invalid data-parallel launch options: `--nnodes 2` must evenly divide the total world size
    # (1)". Its siblings refuse a combination of flags instead (invalid_engine_args above).
    Rule("tensor_parallel_invalid", ("invalid data-parallel launch options",), also=("must evenly",)),
    # sglang and vLLM `ensure_divisibility`: "AssertionError: 16 is not divisible by 6", no other context.
    Rule("tensor_parallel_invalid", ("is not divisible by",), check=is_exception_line),
    Rule(
        "tensor_parallel_invalid",
        ("divisible by", "not divisible"),
        also=("tp_size", "tp size", "tensor parallel", "tensor_parallel", "num_shard", "world_size"),
    ),
    # Not vLLM's Ray warning that a world size beyond the GPUs this node sees "may result in Ray placement
    # group allocation failures" (v1/executor/ray_utils.py): on a multi-node cluster other nodes hold them. Its
    # head ("Tensor parallel size (2) exceeds available GPUs (1).") is the warning too when a paste cuts or wraps
    # the line before "may result in" (world168's two-node placement group that waited on): the rule below reads
    # it in a run that failed after it.
    Rule(
        "tensor_parallel_invalid",
        ("cannot", "exceed", "greater than", "larger than", "not enough"),
        also=("num_shard", "num-shard", "tensor_parallel_size", "tensor parallel size"),
        unless=("kv cache", "may result in", "exceeds available gpus"),
    ),
    # That warning ("Tensor parallel size (16) exceeds available GPUs (1). This may result in Ray placement
    # group allocation failures. Consider reducing tensor_parallel_size ...") is the cause of a run that
    # failed after it, as world's gpustack threads show, and no failure in one that went on (world28's
    # multi-node start).
    Rule(
        "tensor_parallel_invalid",
        ("exceeds available gpus",),
        also=("placement group",),
        failing_only=True,
    ),
    # torch's UserWarning at import when the driver will not initialise ("CUDA initialization: CUDA driver
    # initialization failed, you might not have a CUDA gpu.", c10/cuda/CUDAFunctions.cpp): torch goes on on the CPU,
    # so it is no failure in a run that went on (the wording row skips the warning), and the cause of one that failed
    # with nothing else said. The scoring model read that case until the refit with world87's training part put
    # the words under its rename bar (test_diagnose_engine_sources.py); a rule holds it whatever the weights.
    Rule(
        "gpu_unavailable",
        ("cuda driver initialization failed",),
        also=("userwarning",),
        weak=True,
        failing_only=True,
    ),
    # --- kv_cache_insufficient
    Rule(
        "kv_cache_insufficient",
        (
            "maximum number of tokens that can be stored in kv cache",
            "kv cache is needed, which is larger than the available kv cache memory",
            "larger than the available kv cache memory",
            "estimated maximum model length is",
            "kv cache is needed",
            "insufficient memory for kv cache",
            "not enough memory for kv cache",
        ),
    ),
    # --- gpu_oom
    Rule(
        "gpu_oom",
        (
            "cuda out of memory",
            "outofmemoryerror",
            # The weights leave nothing for the KV cache: the model does not fit, whatever the context length.
            "no available memory for the cache blocks",
            "not enough memory. please try to increase --mem-fraction-static",
            "cuda error: out of memory",
            "cudaerrormemoryallocation",
            "cuda_error_out_of_memory",
            "cublas_status_alloc_failed",
            "hip out of memory",
            "not enough memory to handle",
            "is less than desired gpu memory utilization",
            "not enough gpu memory",
            "insufficient gpu memory",
        ),
        # ColabFold logs every RuntimeError of a prediction as "Not Enough GPU memory? {error}" (its guess, a
        # question); after it, jaxlib's failed custom call is a CUDA build the GPU cannot run, not memory
        # (world311's ColabFold #532). XLA's RESOURCE_EXHAUSTED after the question still reads gpu_oom below.
        unless=HOST_MEMORY + ("not enough gpu memory? internal: customcall failed",),
    ),
    # TensorRT's builder when a tactic asks for more memory than is free ("[TRT] [W] Requested amount of GPU memory
    # (33555480576 bytes) could not be allocated. There may not be enough free memory for allocation to succeed.",
    # "[TRT] [E] 2: [virtualMemoryBuffer.cpp::resizePhysical::140] Error Code 2: OutOfMemory (no further
    # information)", "Skipping tactic 3 due to insufficient memory on requested size of ..."): it skips the tactic
    # and the build often goes on to write its engine (HuangJunJie2017/BEVDet#132, world159's TensorRT-LLM#102), so
    # the lines name the cause only of a build that gave up or a run known to have failed.
    Rule(
        "gpu_oom",
        (
            "could not be allocated. there may not be enough free memory",
            "error code 2: outofmemory",
            "due to insufficient memory on requested size",
        ),
        weak=True,
        failing_only=True,
    ),
    # NCCL quotes the CUDA error ("Cuda failure 'out of memory'"); bare "out of memory" is also advice text.
    Rule("gpu_oom", ("'out of memory'", "resource_exhausted: out of memory", "out of memory on device")),
    # --- instance_interrupted
    Rule(
        "instance_interrupted",
        (
            "interrupted_by_no_capacity",
            "spot interruption",
            "spot instance interruption",
            "spotinstancetermination",
            "spotinstanceshutdown",
            "instances.preempted",
            "instance was preempted",
            "instance was interrupted",
            "was preempted",
            "imminent node shutdown",
            "node is shutting down",
            "disruptiontarget",
            "interruption notice",
        ),
        # A list of what might have happened is no verdict: Ray's NODE_DIED error ends "This can happen if the
        # node was preempted, had a hardware failure, or its raylet crashed unexpectedly."
        unless=("can happen if", "can happen when"),
    ),
    # --- instance_unreachable
    Rule(
        "instance_unreachable",
        (
            "instance is unreachable",
            "instance unreachable",
            "did not become reachable",
            "runner did not become available",
            "waiting runner limit exceeded",
            "nodelost",
            "kubelet stopped posting node status",
            "node.kubernetes.io/unreachable",
            "lost connection to the instance",
        ),
        # `kubectl describe pod` lists the default tolerations of every pod
        # ("node.kubernetes.io/unreachable:NoExecute op=Exists for 300s", "...:NoExecute for 300s" in older
        # kubectl); a toleration says nothing about a node.
        unless=("nodes are available", "noexecute op=exists", "noexecute for "),
    ),
    Rule("instance_unreachable", ("ssh: connect to host",), also=("timed out", "no route", "refused")),
    # --- no_capacity
    Rule(
        "no_capacity",
        (
            "no offers found",
            "there were no offers found",
            "all offers failed",
            "no matching instance offers",
            "no matching fleet found",
            "no fleets",
            "fleet is at capacity",
            "could not reuse any instance",
            "failed to use specified fleets",
            "failed to use specified instances",
            "failed_to_start_due_to_no_capacity",
            "waiting instance limit exceeded",
            "insufficientinstancecapacity",
            "insufficient capacity",
            "zone_resource_pool_exhausted",
            "resource_pool_exhausted",
            "does not have enough resources available to fulfill the request",
            "out of capacity",
            "skunotavailable",
            "zonalallocationfailed",
            "overconstrainedallocationrequest",
            "insufficient nvidia.com/gpu",
            "insufficient amd.com/gpu",
            "unschedulable",
            "failedscheduling",
            "pod didn't trigger scale-up",
            "maxspotinstancecountexceeded",
            "vcpulimitexceeded",
            "retry duration expired",
            "not enough capacity",
        ),
        # `kubectl describe pod` lists the tolerations of a DaemonSet's pods, the GPU operator's among them
        # ("node.kubernetes.io/unschedulable:NoSchedule op=Exists", world117's training part): a toleration says
        # nothing about the scheduler, as the unreachable toleration says nothing about a node above.
        # cluster-autoscaler's filter before a scale-up (core/filter_out_schedulable.go: "Pod ... marked as
        # unschedulable can be scheduled on upcoming node ... Ignoring in scale up." and "N other pods marked
        # as unschedulable can be scheduled.", world120's training part): the pods fit a node already there or
        # being added, so no capacity is missing.
        # cluster-autoscaler's counts at each loop (core/static_autoscaler.go: "Found N pods in the cluster: N
        # scheduled, N unschedulable, ..." and "No unschedulable pods"; core/podlistprocessor/
        # filter_out_daemon_sets.go: "Filtered out N daemon set pods, N unschedulable pods left"): a tally the loop
        # logs whatever it then does, a scale-up among them (world137's training part), not a pod it could not place.
        # `kubectl describe node`'s "Unschedulable:      false" field, padded to the describer's column (kubectl
        # describe.go, node.Spec.Unschedulable, world153's training part), says whether the node is cordoned, not
        # that a pod found no room; Volcano's "tasks in gang unschedulable: ..." has no padding and stays.
        # Karpenter's provisioner between batches ("Waiting for unschedulable pods", pkg/controllers/provisioning/
        # provisioner.go in the v0.x releases, world241's training part): the loop waiting for work, logged right
        # after it launched a node for the pod, not a pod it could not place.
        unless=(
            "noschedule op=exists",
            "unschedulable can be scheduled",
            "pods in the cluster:",
            "no unschedulable pods",
            "unschedulable pods left",
            "unschedulable:      ",
            "waiting for unschedulable pods",
        ),
    ),
    Rule("no_capacity", ("nodes are available",), also=("insufficient", "didn't match", "taint")),
    # `kubectl describe pod`'s Conditions table when the scheduler could not place the pod ("PodScheduled
    # False", the condition kube-scheduler sets with reason Unschedulable), also when the paste stops before
    # the events.
    Rule("no_capacity", ("podscheduled",), check=_pod_not_scheduled),
    # Ray Serve's controller on replicas it could not place for 30 s, when the resources it names for a replica
    # exceed what the cluster has free (world193's training part; world5's RayLLM with nothing free): the
    # deployment waits for room that is not there. With enough free the same warning is a slow start and stays
    # healthy (world31's, world146's), as does a replica that later logs its own start (scan.py's settled markers).
    Rule("no_capacity", ("resources required for each replica",), check=_serve_replica_short_of_resources),
    # The raylet's warning on a task or actor waiting for resources no node has free ("The actor or task with ID
    # ... cannot be scheduled right now. ... this is likely due to all cluster resources being claimed by
    # actors"), the family of the autoscaler's "no available node types can fulfill resource request" (world111's
    # wordings). Weak: it repeats while the request waits, and a freed or added node can still take it. When the
    # line itself names the request and this node's free resources and they cover it, the warning is a race the
    # scheduler wins on its next pass, as Serve's slow-scheduling warning with enough free (world238's training
    # part: a Serve replica's placement-group bundle free in full on the node).
    Rule("no_capacity", ("cannot be scheduled right now",), check=_ray_request_not_covered, weak=True),
    # Tables of nodes and pods: weak, because a cluster listing shows every node and pod, not only the run's.
    Rule("instance_unreachable", ("notready",), check=_node_not_ready_row, weak=True),
    Rule("instance_interrupted", ("shutdown", "terminated"), check=_pod_shut_down_row, weak=True),
    # dstack's log quota (LOG_QUOTA_EXCEEDED, "Log quota exceeded") limits what a run may log, not what it
    # may rent.
    Rule("no_capacity", ("exceeded",), also=("quota",), unless=("disk quota", "log quota", "log_quota")),
    Rule("no_capacity", ("no capacity",), also=("status", "failed", "no capacity")),
    # --- nccl_or_shm
    Rule(
        "nccl_or_shm",
        (
            "nccl error",
            "ncclunhandledcudaerror",
            "ncclsystemerror",
            "ncclinternalerror",
            "ncclinvalidusage",
            "ncclremoteerror",
            "distbackenderror",
            "watchdog caught collective operation timeout",
            "nccl communicator was aborted",
            "bus error",
            "insufficient shared memory",
            "error while creating shared memory segment",
            "unable to write to file </torch_",
        ),
    ),
    # CUDA's peer-access refusal under NCCL's IPC transport, not SGLang's custom all-reduce falling back to
    # NCCL ("Setup Custom allreduce failed with CUDART error: peer access is not supported between these two
    # devices. To silence this warning, ...", srt/distributed/device_communicators/custom_all_reduce.py):
    # the start goes on (world52).
    Rule("nccl_or_shm", ("peer access is not supported",), unless=("custom allreduce",)),
    Rule(
        "nccl_or_shm",
        ("nccl warn",),
        also=("fail", "error", "timeout", "abort"),
        unless=("libibverbs", "net/plugin", "libnccl-net", "ibvwrap", "nvls"),
    ),
    Rule("nccl_or_shm", ("no space left on device",), also=_SHM),
    # The watchdog also re-raises a CUDA kernel fault it found on its stream ("Process group watchdog thread
    # terminated with exception: CUDA error: an illegal memory access was encountered", ProcessGroupNCCL.cpp):
    # the kernel crashed, NCCL only noticed; the weak container_exited row on the fault reads it (world33, world57).
    # The process group's constructor logs its settings at start ("ProcessGroupNCCL initialization options:
    # NCCL_ASYNC_ERROR_HANDLING: 1, ... TIMEOUT(ms): ...", and later torch's "ProcessGroupNCCL environments: NCCL
    # version: ..., TORCH_NCCL_ASYNC_ERROR_HANDLING: ...", torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp): the
    # names of options, not a failure (world332's LMDeploy start on a Hygon DCU).
    Rule(
        "nccl_or_shm",
        ("processgroupnccl",),
        also=("error", "timeout", "abort"),
        unless=("illegal memory access", "initialization options", "processgroupnccl environments"),
    ),
    # --- host_oom
    Rule(
        "host_oom",
        (
            "oomkilled",
            "out of memory: killed process",
            "memory cgroup out of memory",
            "oom-kill",
            "oom_kill_process",
            "low on resource: memory",
            "signal 9 (sigkill)",
            "exitcode=-9",
            "exitcode  : -9",
            "terminated abruptly",
        ),
        # `docker inspect` prints the flag whether or not it is set (moby api/types/container State: `"OOMKilled":
        # false`); only a set flag is the kernel's verdict (world50, apocas/dockerode#811).
        unless=('"oomkilled": false',),
    ),
    # Weak: a process that kills its own tree after a failure it logged (SGLang after a failed warmup) also
    # leaves a bare "Killed"; only when nothing else is named does it point at the kernel's OOM killer.
    Rule("host_oom", ("killed",), check=_shell_killed, weak=True),
    Rule("host_oom", ("exit",), check=_exit_137, weak=True),
    # --- health_check_failed
    Rule(
        "health_check_failed",
        (
            "readiness probe failed",
            "liveness probe failed",
            "startup probe failed",
            "failed liveness probe",
            "failed startup probe",
            "failed readiness probe",
            "probe_failed",
            "probe failed",
            "health check failed",
            "healthcheck failed",
            "health check timed out",
            "did not become healthy",
            "ports binding failed",
            "address already in use",
        ),
        # torch's rendezvous tries IPv6 first and says so in every healthy multi-GPU start. Helm's atomic release
        # undone after a chart hook failed ("failed pre-install: pod healthcheck failed", the AzureML extension's
        # prerequisite check, world153) is the platform's install, which the helm wording reads.
        unless=("c10d", "socket.cpp", "due to atomic being set"),
    ),
    # gunicorn bound to loopback only, its default bind (config.py: "127.0.0.1:8000"; arbiter.py logs "Listening
    # at: %s (%s)"): a deployment's probe and router connect from outside the container's network namespace, so
    # nothing ever reaches the server (world5's SageMaker container; world23's brief). Weak: on a developer's
    # machine the same bind is right, and a log that goes on serving is not a failure.
    # Not Azure Machine Learning's inference image, whose gunicorn listens on 127.0.0.1:31311 behind the image's own
    # nginx (the "nginx/run" and "gunicorn/run" of its runit services), which the platform probes (world141's ACI
    # logs, and world123's azureml-inference-server start).
    Rule(
        "health_check_failed",
        ("listening at: http://127.0.0.1", "listening at: http://localhost"),
        unless=("127.0.0.1:31311",),
        weak=True,
    ),
    # --- container_exited (weak: these say that something died, not why)
    Rule(
        "container_exited",
        (
            "traceback (most recent call last)",
            "engine core initialization failed",
            "engine process failed to start",
            "shardcannotstart",
            "failed to start",
            "webserverfailed",
            "segmentation fault",
            "core dumped",
            *_LOCALE_CRASHES,
            "fatal python error",
            "terminate called after throwing",
            "command not found",
            "died unexpectedly",
        ),
        # Fly.io's init answers "core dumped?" on every child's exit, a stopped one's included.
        unless=("core dumped? false",),
        weak=True,
    ),
    # The kubelet restarting a container that keeps exiting: the run is down whatever follows in the log (a
    # `kubectl describe` after `kubectl get pods`); a cause named anywhere outranks it.
    Rule(
        "container_exited",
        ("aborted", "floating point exception", "breakpoint trap"),
        check=_shell_signal_report,
        weak=True,
    ),
    Rule("container_exited", ("panic: ",), check=_go_panic, weak=True),
    Rule(
        "container_exited",
        ("main process exited, code=", "failed with result '"),
        check=_systemd_death,
        weak=True,
    ),
    Rule("container_exited", ("shutting down",), check=_uvicorn_shutting_down, weak=True),
    Rule("container_exited", ("main child exited",), check=_tini_child_death, weak=True),
    # kubectl's STATUS for a pod whose init container exited non-zero ("Init:Error", before the back-off turns
    # it into "Init:CrashLoopBackOff"; pkg/printers/internalversion/printers.go prefixes the reason with
    # "Init:").
    Rule("container_exited", ("crashloopbackoff", "back-off restarting failed container", "init:error")),
    Rule("container_exited", ("error", "exception"), check=is_exception_line, weak=True),
    # Ray's cluster launcher quoting the failed probe of a node's sshd it retries (autoscaler/updater.py before Ray
    # 1.0: "NodeUpdater: SSH not up, retrying: Command '[...'uptime']' returned non-zero exit status 255."; the
    # later "SSH still not available ..., retrying in 5 seconds."): the exit is ssh's, and the launcher polls on
    # (world137's training part). Likewise the mount helper's exit the kubelet quotes in a FailedMount event
    # ("MountVolume.SetUp failed for volume ... : exit status 32", world153's training part): no container ran, and
    # the kubelet's mount rows name the volume as the cause.
    Rule(
        "container_exited",
        ("exit",),
        check=_nonzero_exit,
        unless=("ssh not up, retrying", "ssh still not available", "failed for volume"),
        weak=True,
    ),
    # llama.cpp's RPC client when it cannot open the socket to an rpc-server it was given with --rpc
    # (ggml/src/ggml-rpc/ggml-rpc.cpp get_socket: "Failed to connect to %s\n" with the endpoint alone, host:port;
    # world230's "Failed to connect to :50052" over Wi-Fi and "E Failed to connect to 10.0.0.185:50052"): a node
    # of the cluster that cannot be joined, as a node that cannot reach the head is read. Only the bare endpoint
    # at the end of the line: curl's "Failed to connect to host port N", Ray's "... to GCS at address" and the
    # download hosts keep their rows.
    Rule(
        "instance_unreachable",
        ("failed to connect to ",),
        check=_bare_endpoint,
        unless=DOWNLOAD_HOSTS,
    ),
)


def index_by_gate() -> dict[str, list[tuple[str, int]]]:
    """gate -> [(needle, rule number)]; raises StopIteration at import if a needle has no gate."""
    index: dict[str, list[tuple[str, int]]] = {g: [] for g in GATES}
    for number, rule in enumerate(RULES):
        for needle in rule.needles:
            gate = next(g for g in GATES if g in needle)
            index[gate].append((needle, number))
    return {g: needles for g, needles in index.items() if needles}


def _from_wordings() -> tuple[Rule, ...]:
    return tuple(
        Rule(
            w.kind,
            (w.phrase,),
            also=w.also,
            unless=w.unless or HOST_MEMORY * (w.kind == "gpu_oom"),
            weak=w.weak,
            final=w.final,
        )
        for w in WORDINGS
    )


RULES = RULES + _from_wordings()
