"""What the log shows against what the configuration asked for: the port the engine listens on, the GPU it
found, the context length it accepted and the engine the image holds. Each mismatch names the field to change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from deploy_mcp.config.engines import EngineCall, find_engine
from deploy_mcp.diagnosis.scan import Scan
from deploy_mcp.sizing.commands import IMAGES
from deploy_mcp.sizing.gpus import BF16_CC, GpuInfo, parse_gpu
from deploy_mcp.sizing.matrix import ENGINES, engine_version, supports

# Lines where a server says where it listens (folded: lower case, digits as 0), and how to read host and port.
_LISTEN_MARKERS = (
    b"uvicorn running on",
    b"server is listening on",
    b"listening on",
    b"starting http server",
    b"server started at",
)
_RE_LISTEN = re.compile(r"(?:https?://)?\[?([\w.:*-]{1,60}?)\]?:(\d{2,5})\b")
_LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
# Kinds a wrong port or host explains: the run died or was killed for not answering.
_PORT_KINDS = {"health_check_failed", "container_exited", "unknown"}
_RE_GPU_TOTAL = re.compile(r"total capacity of (\d{1,4}(?:\.\d{1,3})?) ?gib")
_RE_CAPABILITY = re.compile(r"compute capability (?:of )?(\d{1,2})\.(\d)")
_RE_QUANT_METHOD = re.compile(r"quantization method ([\w-]{1,40})")
_IMAGE_ENGINES = {
    "vllm": ("vllm",),
    "sglang": ("sglang",),
    "tgi": ("text-generation-inference", "tgi"),
    "llama.cpp": ("llama.cpp", "llama-cpp", "llamacpp"),
}


def check_against_config(
    kind: str, summary: str, fix: str, found: Scan, text: str, config: Mapping[str, Any] | None
) -> tuple[str, str, str]:
    """The kind, summary and fix, corrected or sharpened by what the configuration says."""
    if not config:
        return kind, summary, fix
    conf = dict(config)
    call = find_engine(conf)
    if kind in _PORT_KINDS:
        port_fix = _port_mismatch(found, conf, call)
        if port_fix is not None:
            return "health_check_failed", port_fix[0], port_fix[1]
    if kind in ("container_exited", "dependency_install_failed", "invalid_engine_args", "unknown"):
        image_fix = _image_mismatch(conf, call)
        if image_fix is not None:
            return kind, f"{summary} {image_fix[0]}", f"{image_fix[1]} {fix}"
    low = text.lower()
    if kind == "gpu_oom":
        fix = _gpu_memory(fix, low, conf)
    elif kind == "dtype_unsupported":
        fix = _dtype_advice(_gpu_capability(fix, low, conf, call), conf, call)
    elif kind == "quantization_unsupported":
        m = _RE_QUANT_METHOD.search(low)
        method = m.group(1) if m else (call.get("quantization") if call is not None else None)
        fix = _quantization_advice(fix, conf, call, method)
    elif kind in ("kv_cache_insufficient", "invalid_engine_args") and call is not None:
        fix = _context_length(fix, call)
    return kind, summary, fix


def _config_port(conf: dict[str, Any]) -> int | None:
    port = conf.get("port")
    if isinstance(port, Mapping):
        port = port.get("container_port")
    try:
        return int(port) if port is not None else None
    except (TypeError, ValueError):
        return None


def listening(found: Scan) -> tuple[str, int] | None:
    """The host and port the server in the log said it listens on, the last time it said so."""
    best = -1
    for shape, index in found.last.items():
        if index > best and any(marker in shape for marker in _LISTEN_MARKERS):
            best = index
    if best < 0:
        return None
    m = _RE_LISTEN.search(found.line_at(best)[1].split(" on ", 1)[-1])
    return (m.group(1), int(m.group(2))) if m else None


def _port_mismatch(found: Scan, conf: dict[str, Any], call: EngineCall | None) -> tuple[str, str] | None:
    where = listening(found)
    wanted = _config_port(conf)
    if where is None or wanted is None:
        return None
    host, port = where
    flag = "--hostname" if call is not None and call.engine == "tgi" else "--host"
    if port != wanted:
        return (
            f"The engine listens on port {port} but the service `port` is {wanted}: nothing answers there.",
            (
                f"Set `port: {port}` in the configuration, or start the engine with `--port {wanted}` in "
                "`commands`."
            ),
        )
    if host in _LOCAL_HOSTS:
        return (
            f"The engine listens on {host}:{port}, reachable only from inside the container.",
            f"Add `{flag} 0.0.0.0` to the engine command in `commands`.",
        )
    return None


def _image_mismatch(conf: dict[str, Any], call: EngineCall | None) -> tuple[str, str] | None:
    image = str(conf.get("image") or "").lower()
    if call is None or not image:
        return None
    holds = next((engine for engine, words in _IMAGE_ENGINES.items() if any(w in image for w in words)), None)
    if holds is None or holds == call.engine:
        return None
    wanted = IMAGES.get((call.engine, "nvidia"))
    target = f"`image: {wanted}`" if wanted else f"an image that ships {call.engine}"
    return (
        f"The commands start {call.engine} but `image` ({conf.get('image')}) ships {holds}.",
        f"Set {target}, or change `commands` to start {holds}.",
    )


def _gpu_memory(fix: str, low: str, conf: dict[str, Any]) -> str:
    m = _RE_GPU_TOTAL.search(low)
    spec = (conf.get("resources") or {}).get("gpu") if isinstance(conf.get("resources"), Mapping) else None
    request = parse_gpu(spec)
    if m is None or request is None:
        return fix
    found = float(m.group(1))
    # Twice the memory the engine found is the next step that changes the outcome; dstack sizes in whole GB.
    wanted = int(found * 2 // 8 * 8) or 16
    count = request.count_min or 1
    return (
        f"{fix} (`resources.gpu` is `{spec}` and the engine found {found:g} GiB per GPU: ask for more, e.g. "
        f"`resources.gpu: {wanted}GB..:{count}`.)"
    )


def _gpu_capability(fix: str, low: str, conf: dict[str, Any], call: EngineCall | None) -> str:
    m = _RE_CAPABILITY.search(low)
    resources = conf.get("resources")
    spec = resources.get("gpu") if isinstance(resources, Mapping) else None
    if m is None or spec is None:
        return fix
    cap = (int(m.group(1)), int(m.group(2)))
    if cap >= BF16_CC:
        return fix
    half = "`--dtype float16`" if call is not None and call.engine == "tgi" else "`--dtype half`"
    return (
        f"`resources.gpu: {spec}` got a compute capability {cap[0]}.{cap[1]} GPU: add {half} to the engine "
        f"command in `commands`, or set `resources.gpu` to a bf16-capable GPU (e.g. `A10G`, `L4`, `A100`). "
        f"{fix}"
    )


def _context_length(fix: str, call: EngineCall) -> str:
    asked = call.get("max_model_len")
    if asked is None:
        return fix
    flags = re.findall(r"`(--[\w-]+) (\d+)`", fix)
    for flag, value in flags:
        if flag in ("--max-model-len", "--context-length", "--max-total-tokens") and value != asked:
            return f"In `commands`, change `{flag} {asked}` to `{flag} {value}`. {fix}"
    return fix


def _requested_gpu(conf: dict[str, Any], call: EngineCall | None) -> GpuInfo | None:
    """The least capable GPU `resources.gpu` allows, when the engine is one the matrix knows."""
    resources = conf.get("resources")
    request = parse_gpu(resources.get("gpu")) if isinstance(resources, Mapping) else None
    if call is None or call.engine not in ENGINES or request is None:
        return None
    return request.lowest_capability()


def _dtype_advice(fix: str, conf: dict[str, Any], call: EngineCall | None) -> str:
    """`--dtype half` only where the engine x GPU matrix (the generator's) says the engine runs at all."""
    gpu = _requested_gpu(conf, call)
    if gpu is None or call is None:
        return fix
    half = supports(call.engine, gpu, dtype="float16")
    if half.ok:
        return fix
    return f"On {gpu.name} (`resources.gpu`), {half.reason} {half.alternative or ''}".rstrip()


def _quantization_advice(fix: str, conf: dict[str, Any], call: EngineCall | None, method: str | None) -> str:
    """What the matrix says of this quantization on the requested GPU: a newer image or the nearest choice."""
    gpu = _requested_gpu(conf, call)
    if gpu is None or call is None or not method:
        return fix
    verdict = supports(call.engine, gpu, quantization=method)
    if verdict.ok:
        image = IMAGES[(call.engine, "nvidia")]
        how = f" ({verdict.note})" if verdict.note else ""
        serves = f"{call.engine} {engine_version(call.engine)} serves {method} on {gpu.name}{how}"
        return f"{serves}: set `image: {image}`. {fix}"
    return f"{fix} On {gpu.name}: {verdict.reason} {verdict.alternative or ''}".rstrip()
