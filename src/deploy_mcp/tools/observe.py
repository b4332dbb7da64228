"""What operators see of tool calls: one structured line on stderr per call, and Prometheus metrics over HTTP.

The line is JSON (``{"event": "tool_call", "tool", "outcome", "error", "ms"}``) and never carries arguments or
results, which may hold what a model wrote. Metrics live in a registry of their own (so several servers in
one process never clash); ``prometheus_client`` is imported only when the first one is recorded, so stdio
servers and ``tools/list`` never pay for it. Runs, attempts and spend are read from the ledger when scraped.
"""

from __future__ import annotations

import functools
import inspect
import json
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

from mcp.server.mcpserver.exceptions import ToolError

log = logging.getLogger("deploy_mcp.calls")


class Metrics:
    """Tool calls, errors and latency per tool, plus the ledger's runs, attempts and spend at scrape time."""

    def __init__(self, ledger: Callable[[], Any]) -> None:
        from prometheus_client import CollectorRegistry, Counter, Histogram

        self.registry = CollectorRegistry()
        self.calls = Counter("deploy_mcp_tool_calls", "Tool calls by tool and outcome.", ["tool", "outcome"],
                             registry=self.registry)
        self.errors = Counter("deploy_mcp_tool_errors", "Tool errors by tool and error kind.", ["tool", "error"],
                              registry=self.registry)
        self.latency = Histogram("deploy_mcp_tool_latency_seconds", "Tool call latency.", ["tool"],
                                 registry=self.registry,
                                 buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120))
        self.registry.register(_LedgerCollector(ledger))

    def exposition(self) -> tuple[bytes, str]:
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class _LedgerCollector:
    """Gauges computed from the ledger on each scrape, so they agree with deploy://deployments."""

    def __init__(self, ledger: Callable[[], Any]) -> None:
        self._ledger = ledger

    def describe(self) -> list[Any]:
        return []  # computed at scrape time; nothing to check at registration

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import GaugeMetricFamily

        ledger = self._ledger()
        attempts = ledger.attempts()
        runs = GaugeMetricFamily("deploy_mcp_runs", "Attempts by their last known run status.", labels=["status"])
        by_status: dict[str, int] = {}
        for attempt in attempts:
            status = attempt.status or "unknown"
            by_status[status] = by_status.get(status, 0) + 1
        for status, count in sorted(by_status.items()):
            runs.add_metric([status], count)
        yield runs
        yield GaugeMetricFamily("deploy_mcp_attempts", "Attempts submitted or reserved, all deployments.",
                                value=len(attempts))
        yield GaugeMetricFamily("deploy_mcp_deployments", "Deployments in the ledger.",
                                value=len(ledger.list_deployments()))
        budget = ledger.budget(None)
        yield GaugeMetricFamily("deploy_mcp_spend_usd", "What finished runs cost, USD.", value=budget.spent_usd)
        yield GaugeMetricFamily("deploy_mcp_reserved_usd", "Worst-case cost reserved by active runs, USD.",
                                value=budget.reserved_usd)


class CallRecorder:
    """Records every tool call: the stderr line always, metrics once a metrics endpoint exists (HTTP)."""

    def __init__(self, metrics: Callable[[], Metrics | None]) -> None:
        self._metrics = metrics

    def record(self, tool: str, started: float, error: BaseException | None) -> None:
        seconds = time.monotonic() - started
        kind = _error_kind(error)
        outcome = "ok" if error is None else "error"
        log.info(json.dumps({"event": "tool_call", "tool": tool, "outcome": outcome, "error": kind,
                             "ms": round(seconds * 1000, 1)}))
        metrics = self._metrics()
        if metrics is not None:
            metrics.calls.labels(tool, outcome).inc()
            metrics.latency.labels(tool).observe(seconds)
            if kind is not None:
                metrics.errors.labels(tool, kind).inc()

    def wrap(self, fn: Callable[..., Any], tool: str) -> Callable[..., Any]:
        if inspect.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def async_call(*args: Any, **kwargs: Any) -> Any:
                started = time.monotonic()
                try:
                    result = await fn(*args, **kwargs)
                except BaseException as exc:
                    self.record(tool, started, exc)
                    raise
                self.record(tool, started, None)
                return result

            return async_call

        @functools.wraps(fn)
        def call(*args: Any, **kwargs: Any) -> Any:
            started = time.monotonic()
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:
                self.record(tool, started, exc)
                raise
            self.record(tool, started, None)
            return result

        return call


def _error_kind(error: BaseException | None) -> str | None:
    """The structured error's kind (``{"error": kind, ...}`` in a ToolError), else the exception's class."""
    if error is None:
        return None
    if isinstance(error, ToolError):
        text = str(error)
        try:
            return str(json.loads(text[text.index("{"):])["error"])
        except (ValueError, KeyError, TypeError):
            return "tool_error"
    return type(error).__name__
