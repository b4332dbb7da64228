"""Waiting on a run inside one tool call, so an agent needs one call where it would poll a dozen times.

The wait is the event loop's: between polls the call awaits a sleep and holds no thread. Each poll is one blocking
backend call in a worker thread, released as soon as it answers, so a waiting client never starves the other
tools of threads. Every change of status is sent as an MCP progress notification (when the client asked for
progress), which keeps the client's request alive and lets a host show what is happening.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio

T = TypeVar("T")

MAX_WAIT_SECONDS = 120
POLL_SECONDS = 2.0
"""Between two backend polls: dstack itself refreshes a run's status every few seconds."""
SETTLED_STATUSES = frozenset({"ready", "failed", "stopped", "done"})
"""Statuses a waiting get_run returns on: the run is up, or it will not change again by itself."""


async def wait_until(
    poll: Callable[[], T],
    *,
    seconds: float,
    done: Callable[[T], bool],
    status: Callable[[T], str],
    on_change: Callable[[float, str], Awaitable[None]],
    limiter: anyio.CapacityLimiter,
) -> T:
    """Poll until ``done`` holds or ``seconds`` pass; ``on_change(elapsed, status)`` on each new status. Each poll
    takes a thread of ``limiter`` (the backend's: a hung backend must not take the other tools' threads)."""
    start = anyio.current_time()
    result = await anyio.to_thread.run_sync(poll, limiter=limiter)
    last = status(result)
    while not done(result):
        elapsed = anyio.current_time() - start
        if elapsed >= seconds:
            break
        await anyio.sleep(min(POLL_SECONDS, seconds - elapsed))
        result = await anyio.to_thread.run_sync(poll, limiter=limiter)
        if status(result) != last:
            last = status(result)
            await on_change(anyio.current_time() - start, last)
    return result
