"""Finding the inference engine's command line in a configuration and reading its flags.

Knows vLLM, SGLang, TGI and llama.cpp's server by how each is invoked, and the flag names each uses for the
same idea (port, host, model, tensor parallel size, context length, ...). ``$VAR`` / ``${VAR}`` references
are resolved from the configuration's own inline env values; whatever stays unresolved is reported as
``None`` so callers check only what the text really says.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from typing import Any

from deploy_mcp.config.spec import env_as_dict

# (engine, default port, default host) and the flags it spells each idea with.
ENGINE_DEFAULTS: dict[str, tuple[int | None, str | None]] = {
    "vllm": (8000, "0.0.0.0"),
    "sglang": (30000, "127.0.0.1"),
    "tgi": (None, "0.0.0.0"),  # the launcher defaults to 3000, the official image sets PORT=80
    "llama.cpp": (8080, "127.0.0.1"),
}

_FLAGS: dict[str, dict[str, tuple[str, ...]]] = {
    "vllm": {
        "port": ("--port",), "host": ("--host",), "model": ("--model",),
        "tensor_parallel": ("--tensor-parallel-size", "-tp"), "pipeline_parallel": ("--pipeline-parallel-size", "-pp"),
        "data_parallel": ("--data-parallel-size", "-dp"), "max_model_len": ("--max-model-len",),
        "served_model_name": ("--served-model-name",), "dtype": ("--dtype",), "quantization": ("--quantization", "-q"),
        "gpu_memory_utilization": ("--gpu-memory-utilization",), "kv_cache_dtype": ("--kv-cache-dtype",),
    },
    "sglang": {
        "port": ("--port",), "host": ("--host",), "model": ("--model-path", "--model"),
        "tensor_parallel": ("--tp-size", "--tp", "--tensor-parallel-size"),
        "pipeline_parallel": ("--pp-size", "--pipeline-parallel-size"),
        "data_parallel": ("--dp-size", "--dp", "--data-parallel-size"),
        "max_model_len": ("--context-length",), "served_model_name": ("--served-model-name",),
        "dtype": ("--dtype",), "quantization": ("--quantization",),
        "gpu_memory_utilization": ("--mem-fraction-static",), "kv_cache_dtype": ("--kv-cache-dtype",),
    },
    "tgi": {
        "port": ("--port", "-p"), "host": ("--hostname",), "model": ("--model-id",),
        "tensor_parallel": ("--num-shard",), "max_model_len": ("--max-total-tokens",),
        "dtype": ("--dtype",), "quantization": ("--quantize",),
        "gpu_memory_utilization": ("--cuda-memory-fraction",),
    },
    "llama.cpp": {
        "port": ("--port",), "host": ("--host",), "model": ("--model", "-m", "--hf-repo", "-hf"),
        "max_model_len": ("--ctx-size", "-c"), "served_model_name": ("--alias", "-a"),
    },
}

# Environment variables the engines read in place of a flag.
_ENV_FLAGS: dict[str, dict[str, str]] = {
    "tgi": {"port": "PORT", "host": "HOSTNAME", "model": "MODEL_ID", "tensor_parallel": "NUM_SHARD",
            "max_model_len": "MAX_TOTAL_TOKENS", "quantization": "QUANTIZE"},
    "llama.cpp": {"port": "LLAMA_ARG_PORT", "host": "LLAMA_ARG_HOST"},
}

MAX_SHLEX_CHARS = 8192
"""A command segment longer than this is split on whitespace: no engine command line is nearly that long."""
_VAR = re.compile(r"\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))")


@dataclass
class EngineCall:
    engine: str
    command_index: int
    command: str
    values: dict[str, str | None] = field(default_factory=dict)
    """Each idea given on the command line: the resolved text, or None when it depends on an unknown variable."""
    flags: dict[str, str | None] = field(default_factory=dict)
    """Every ``--flag [value]`` as written (bare flags map to None)."""

    def get(self, idea: str) -> str | None:
        return self.values.get(idea)

    def given(self, idea: str) -> bool:
        return idea in self.values

    def int_value(self, idea: str) -> int | None:
        text = self.values.get(idea)
        try:
            return int(text) if text is not None else None
        except ValueError:
            return None

    @property
    def default_port(self) -> int | None:
        return ENGINE_DEFAULTS[self.engine][0]

    @property
    def default_host(self) -> str | None:
        return ENGINE_DEFAULTS[self.engine][1]


def inline_env(config: dict[str, Any]) -> dict[str, str]:
    """The env entries that carry a value in the configuration itself."""
    return {str(k): str(v) for k, v in env_as_dict(config.get("env")).items() if v is not None}


def find_engine(config: dict[str, Any]) -> EngineCall | None:
    """The first command that starts a known engine, with its flags read."""
    env = inline_env(config)
    commands = config.get("commands") or []
    if not isinstance(commands, list):
        return None
    for index, command in enumerate(commands):
        if not isinstance(command, str):
            continue
        # A backslash-newline continues the command on the next line, as in a shell.
        joined = re.sub(r"\\\r?\n", " ", command)
        for segment in re.split(r"&&|\|\||;|\n", joined):
            tokens = _split(segment)
            engine, start = _engine_of(tokens)
            if engine is None:
                continue
            call = EngineCall(engine, index, command)
            _read_flags(call, tokens[start:], env)
            for idea, var in _ENV_FLAGS.get(engine, {}).items():
                if idea not in call.values and var in env:
                    call.values[idea] = env[var]
            return call
    return None


def _split(segment: str) -> list[str]:
    if len(segment) > MAX_SHLEX_CHARS:  # shlex grows each token a character at a time: quadratic in its length
        return segment.split()
    try:
        return shlex.split(segment, comments=False)
    except ValueError:  # an unbalanced quote: fall back to whitespace, good enough to find flags
        return segment.split()


def _engine_of(tokens: list[str]) -> tuple[str | None, int]:
    """Which engine a command runs, and where its own arguments start."""
    for i, tok in enumerate(tokens):
        base = tok.rsplit("/", 1)[-1]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if base == "vllm" and nxt == "serve":
            return "vllm", i + 2
        if base.startswith("python") and nxt == "-m" and i + 2 < len(tokens):
            module = tokens[i + 2]
            if module.startswith("vllm.entrypoints"):
                return "vllm", i + 3
            if module in ("sglang.launch_server", "sglang_router.launch_server"):
                return "sglang", i + 3
        if base == "sglang" and nxt == "serve":
            return "sglang", i + 2
        if base == "text-generation-launcher":
            return "tgi", i + 1
        if base in ("llama-server", "llama.cpp-server"):
            return "llama.cpp", i + 1
    return None, 0


def _read_flags(call: EngineCall, args: list[str], env: dict[str, str]) -> None:
    names = _FLAGS[call.engine]
    by_flag = {flag: idea for idea, flags in names.items() for flag in flags}
    i = 0
    positional_model = call.engine == "vllm"
    while i < len(args):
        arg = args[i]
        if arg.startswith("-"):
            flag, eq, inline = arg.partition("=")
            value: str | None
            if eq:
                value = inline
            elif i + 1 < len(args) and not _is_flag(args[i + 1]):
                value = args[i + 1]
                i += 1
            else:
                value = None
            call.flags[flag] = value
            idea = by_flag.get(flag)
            if idea is not None:
                call.values[idea] = _resolve(value, env) if value is not None else None
        elif positional_model:
            call.values.setdefault("model", _resolve(arg, env))
            positional_model = False
        i += 1


def _is_flag(token: str) -> bool:
    return token.startswith("-") and not token.lstrip("-").replace(".", "", 1).isdigit()


def _resolve(text: str, env: dict[str, str]) -> str | None:
    unresolved = False

    def sub(match: re.Match[str]) -> str:
        nonlocal unresolved
        name = match.group(1) or match.group(2)
        if name in env:
            return env[name]
        unresolved = True
        return ""

    resolved = _VAR.sub(sub, text)
    if unresolved or "${{" in text:
        return None
    return resolved
