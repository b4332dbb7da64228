"""A circuit breaker in front of any backend, so that a backend that stopped answering costs one timeout per
cool-down instead of one per call.

After ``threshold`` consecutive calls fail as ``backend_unreachable`` (timeouts, refused connections) the
circuit opens: every call fails at once with ``backend_unreachable`` and a retry-after. Once the cool-down has
passed, one call goes through as a probe (half-open) while the others still fail at once; its success closes
the circuit, its failure opens it for another cool-down. Any answer from the backend, even a refusal, counts
as a success.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Literal, TypeVar

from pydantic import Field

from deploy_mcp.errors import DeployError
from deploy_mcp.internal_model import InternalModel

T = TypeVar("T")
UNREACHABLE = "backend_unreachable"
# Methods that only set up or tear down locally: never refused, never counted.
UNGUARDED = frozenset({"prepare", "close"})


class BreakerState(InternalModel):
    state: Literal["closed", "open", "half_open"]
    consecutive_failures: int = Field(description="Unreachable-backend failures in a row.")
    failure_threshold: int = Field(description="Failures in a row that open the circuit.")
    cooldown_seconds: float = Field(description="How long the circuit stays open before one probe call.")
    retry_after_seconds: float | None = Field(None, description="When open: seconds until a probe may go.")
    opened_at: str | None = Field(None, description="When the circuit last opened (UTC).")
    last_failure: str | None = Field(None, description="The message of the last unreachable-backend failure.")


class CircuitBreaker:
    def __init__(self, threshold: int = 3, cooldown: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.threshold = threshold
        self.cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened: float | None = None  # clock time the circuit opened; None while closed
        self._opened_at: str | None = None
        self._probing = False
        self._last_failure: str | None = None

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        probe = self._admit()
        try:
            result = fn(*args, **kwargs)
        except DeployError as exc:
            if exc.kind == UNREACHABLE:
                self._failed(exc.message, probe)
            else:
                self._succeeded()
            raise
        except BaseException:
            if probe:  # no verdict on the backend: let the next call probe again
                with self._lock:
                    self._probing = False
            raise
        self._succeeded()
        return result

    def snapshot(self) -> BreakerState:
        with self._lock:
            state = self._state()
            retry = self._retry_after() if state == "open" else None
            return BreakerState(
                state=state, consecutive_failures=self._failures, failure_threshold=self.threshold,
                cooldown_seconds=self.cooldown, retry_after_seconds=retry, opened_at=self._opened_at,
                last_failure=self._last_failure,
            )

    # ---- internals --------------------------------------------------------------------------------------

    def _state(self) -> Literal["closed", "open", "half_open"]:
        if self._opened is None:
            return "closed"
        return "half_open" if self._probing or self._retry_after() == 0 else "open"

    def _retry_after(self) -> float:
        assert self._opened is not None
        return max(0.0, round(self._opened + self.cooldown - self._clock(), 1))

    def _admit(self) -> bool:
        """Let a call through (True when it is the half-open probe), or refuse it at once."""
        with self._lock:
            if self._opened is None:
                return False
            if not self._probing and self._retry_after() == 0:
                self._probing = True
                return True
            retry = self._retry_after() or 1.0  # a probe is under way: ask to come back after it
        raise DeployError(
            UNREACHABLE,
            f"The backend did not answer {self._failures} calls in a row, so calls to it are paused "
            f"(last: {self._last_failure})",
            f"Retry in {retry:g} s; meanwhile validate_config and generate_service_config still work. If it "
            "stays unreachable, ask the user to check the dstack server.",
            retry_after_seconds=retry,
        )

    def _failed(self, message: str, probe: bool) -> None:
        with self._lock:
            self._failures += 1
            self._last_failure = message
            # Only the probe's failure restarts the cool-down: a call let in before the circuit opened that times
            # out later says nothing new, and must not push back the probe the open circuit promised.
            if probe or (self._opened is None and self._failures >= self.threshold):
                self._opened_at = datetime.now(UTC).isoformat(timespec="seconds")
                self._opened = self._clock()
                self._probing = False

    def _succeeded(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened = None
            self._opened_at = None
            self._probing = False


class GuardedBackend:
    """Any ``Backend`` with every call but ``prepare``/``close`` passed through a ``CircuitBreaker``."""

    def __init__(self, backend: Any, breaker: CircuitBreaker) -> None:
        self._backend = backend
        self._breaker = breaker

    @property
    def name(self) -> str:
        return self._backend.name

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._backend, attr)
        if attr in UNGUARDED or attr.startswith("_") or not callable(value):
            return value

        @functools.wraps(value)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            return self._breaker.call(value, *args, **kwargs)

        return guarded
