"""Blocking client calls run in worker threads, each bounded by a deadline, their failures made ``DeployError``.

Both targets' clients (dstack's requests session, the kubernetes client) block; the MCP layer must not. A call
that outlives its deadline is abandoned (its thread finishes on its own) and reported as an unreachable backend.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TypeVar

from deploy_mcp.errors import DeployError

A = TypeVar("A")
T = TypeVar("T")


class WorkerCalls:
    """A small pool for one backend's blocking calls."""

    def __init__(self, name: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix=name)

    def run(
        self,
        fn: Callable[[A], T],
        arg: A,
        *,
        deadline: float,
        timed_out: Callable[[], DeployError],
        translate: Callable[[Exception], DeployError],
        on_unreachable: Callable[[], None] | None = None,
    ) -> T:
        """``fn(arg)`` by ``deadline`` (a ``time.monotonic()`` instant). A ``DeployError`` raised by ``fn`` passes
        as it is; any other exception becomes ``translate(exc)``. ``on_unreachable`` runs whenever the answer is
        ``backend_unreachable``, so a backend can drop a connection that stopped answering."""
        future = self._pool.submit(fn, arg)
        try:
            return future.result(timeout=max(0.0, deadline - time.monotonic()))
        except FutureTimeout:
            error: DeployError = timed_out()
            cause: BaseException | None = None
        except DeployError:
            raise
        except Exception as exc:
            error, cause = translate(exc), exc
        if on_unreachable is not None and error.kind == "backend_unreachable":
            on_unreachable()
        raise error from cause

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
