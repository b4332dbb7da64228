"""Whether an inference server has come up, from the lines it logs.

dstack says a job is running once the container runs; the engine may still be downloading weights or
compiling graphs for minutes. These are the lines each engine prints once it accepts requests, and the lines
that say it went down again, so the last signal wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel, Field


@dataclass(frozen=True)
class Signal:
    engine: str
    needles: tuple[str, ...]
    """Lower-case substrings that must all be in one line."""
    ready: bool


SIGNALS: tuple[Signal, ...] = (
    # SGLang, after its warm-up request succeeded.
    Signal("sglang", ("the server is fired up and ready to roll",), True),
    # TGI's router logs "Connected" once the shards answer (plain text or --json-output).
    Signal("tgi", ("text_generation_router", "connected"), True),
    # Text Embeddings Inference.
    Signal("tei", ("text_embeddings_router", "ready"), True),
    # llama.cpp's llama-server (new and old wording).
    Signal("llama.cpp", ("server is listening on",), True),
    Signal("llama.cpp", ("http server listening",), True),
    # Ollama, once a model runner is up.
    Signal("ollama", ("llama runner started",), True),
    # Triton Inference Server (also behind NIM and TensorRT-LLM's Triton backend).
    Signal("triton", ("started httpservice at",), True),
    # vLLM, LMDeploy, trtllm-serve, NIM and any FastAPI app: uvicorn reports after the app's startup hook,
    # which is where these engines load the model.
    Signal("uvicorn", ("application startup complete",), True),
    Signal("uvicorn", ("uvicorn running on",), True),
    # Going down again.
    Signal("uvicorn", ("shutting down",), False),
    Signal("uvicorn", ("finished server process",), False),
    Signal("tgi", ("text_generation_launcher", "shutting down"), False),
)


class Readiness(BaseModel):
    ready: bool = Field(description="The engine logged that it accepts requests (and has not shut down since).")
    engine: str | None = Field(None, description="The engine whose line decided it, e.g. vllm, sglang, tgi.")
    evidence: str | None = Field(None, description="The log line that decided it.")


def detect(lines: Iterable[str]) -> Readiness:
    """The readiness the lines show; the last ready or shut-down line wins."""
    last: tuple[Signal, str] | None = None
    seen_engine: str | None = None
    for line in lines:
        low = line.lower()
        if seen_engine is None and "vllm" in low:
            seen_engine = "vllm"  # vLLM serves through uvicorn: name the engine, not the web server
        for signal in SIGNALS:
            if all(needle in low for needle in signal.needles):
                last = (signal, line.strip())
                break
    if last is None:
        return Readiness(ready=False)
    signal, evidence = last
    engine = seen_engine if signal.engine == "uvicorn" and seen_engine else signal.engine
    return Readiness(ready=signal.ready, engine=engine, evidence=evidence[:500])
