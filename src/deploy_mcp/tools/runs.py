"""submit_run, get_run, list_runs, tail_logs, stop_run: the run toolset over ``deploy_mcp.runs.control``."""

from __future__ import annotations

import functools
from typing import Annotated

from mcp.server.mcpserver import Context
from pydantic import BaseModel, Field

from deploy_mcp.backends.base import ACTIVE_STATUSES
from deploy_mcp.runs.control import LogTail, RunControl, RunView, StopResult, SubmitResult
from deploy_mcp.runtime import Runtime
from deploy_mcp.tools.common import DESTRUCTIVE_OPEN, READ_ONLY_OPEN, WRITE_OPEN, add_tool
from deploy_mcp.tools.waiting import MAX_WAIT_SECONDS, SETTLED_STATUSES, wait_until

RunName = Annotated[str, Field(min_length=1, max_length=100)]
WaitSeconds = Annotated[int, Field(ge=0, le=MAX_WAIT_SECONDS)]


class RunSummary(BaseModel):
    """A row of list_runs: enough to pick the run to look at with get_run or tail_logs."""

    run_name: str
    status: str
    ready: bool
    owned: bool
    deployment: str | None
    attempt: int | None
    service_url: str | None
    cost_usd: float | None
    failure_kind: str | None


class RunList(BaseModel):
    runs: list[RunSummary]


def register(server, runtime: Runtime) -> None:
    control = RunControl(runtime)

    def submit_run(
        yaml: str,
        deployment: Annotated[str | None, Field(
            min_length=1, max_length=100, description="Default: the config's name. A new name opens the deployment."
        )] = None,
        plan_id: Annotated[str | None, Field(max_length=100,
                                             description="From estimate_cost, when the server requires one.")] = None,
    ) -> SubmitResult:
        """Validate with the mandatory options, check the limits, stop the deployment's previous run, and submit.
        Starts paid resources and uses an attempt (a refused submit uses none); show the user the estimate_cost
        price first."""
        return control.submit(yaml, deployment=deployment, plan_id=plan_id)

    async def get_run(run_name: RunName, ctx: Context, wait_seconds: WaitSeconds = 0) -> RunView:
        """A run's status, termination reason and message, attempt, service URL, readiness and cost so far.
        wait_seconds waits until it is ready, failed or stopped (progress notified on each change): use it
        instead of polling."""

        async def changed(elapsed: float, status: str) -> None:
            await ctx.report_progress(elapsed, wait_seconds, f"{run_name}: {status}")

        return await wait_until(
            functools.partial(control.get, run_name), seconds=wait_seconds,
            done=lambda view: view.ready or view.status in SETTLED_STATUSES,
            status=lambda view: "ready" if view.ready else view.status, on_change=changed,
            limiter=runtime.limiter(True),
        )

    def list_runs(
        deployment: Annotated[str | None, Field(min_length=1, max_length=100)] = None,
        include_foreign: Annotated[bool, Field(description="Also runs this server did not create.")] = False,
        include_finished: bool = True,
    ) -> RunList:
        """List runs with their status, attempt and cost; by default only the runs this server created."""
        views = control.list(deployment=deployment, include_foreign=include_foreign,
                             include_finished=include_finished)
        return RunList(runs=[RunSummary.model_validate(view, from_attributes=True) for view in views])

    async def tail_logs(
        run_name: RunName,
        ctx: Context,
        lines: Annotated[int, Field(ge=1, le=2000)] = 200,
        max_bytes: Annotated[int, Field(ge=1024, le=262144)] = 16384,
        cursor: Annotated[str | None, Field(max_length=4096,
                                            description="From the previous tail_logs: only lines after it.")] = None,
        filter: Annotated[str | None, Field(max_length=1024,
                                            description="Case-insensitive text a line must contain.")] = None,
        follow_seconds: WaitSeconds = 0,
    ) -> LogTail:
        """A bounded, redacted tail of a run's log with a cursor for the next call, status, readiness, and a
        diagnosis with a fix when the run failed or the lines show a known failure. follow_seconds waits for new
        lines."""

        async def changed(elapsed: float, status: str) -> None:
            await ctx.report_progress(elapsed, follow_seconds, f"{run_name}: {status}")

        return await wait_until(
            functools.partial(control.tail, run_name, lines=lines, max_bytes=max_bytes, cursor=cursor,
                              needle=filter),
            seconds=follow_seconds, done=lambda tail: bool(tail.lines) or tail.status not in ACTIVE_STATUSES,
            status=lambda tail: tail.status, on_change=changed, limiter=runtime.limiter(True),
        )

    def stop_run(
        run_name: RunName,
        abort: Annotated[bool, Field(description="Terminate at once, not gracefully.")] = False,
    ) -> StopResult:
        """Stop (or abort) a run this server created, releasing its instance; a finished run is just reported.
        Runs of others are refused unless the server allows them."""
        return control.stop(run_name, abort=abort)

    add_tool(server, runtime, submit_run, WRITE_OPEN, title="Submit a run")
    add_tool(server, runtime, get_run, READ_ONLY_OPEN, title="Get a run")
    add_tool(server, runtime, list_runs, READ_ONLY_OPEN, title="List runs")
    add_tool(server, runtime, tail_logs, READ_ONLY_OPEN, title="Tail a run's logs")
    add_tool(server, runtime, stop_run, DESTRUCTIVE_OPEN, title="Stop a run")
