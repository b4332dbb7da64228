"""submit_run, get_run, list_runs, tail_logs, stop_run: the run toolset over ``deploy_mcp.runs.control``."""

# No ``from __future__ import annotations``: submit_run's Resolve(...) names a resolver local to register(),
# which the SDK could not find again from a string annotation.
import functools
from typing import Annotated, Literal

import anyio
from mcp.server.mcpserver import AcceptedElicitation, Context, Elicit, ElicitationResult, Resolve
from pydantic import BaseModel, Field

from deploy_mcp.backends.base import ACTIVE_STATUSES
from deploy_mcp.errors import DeployError
from deploy_mcp.internal_model import InternalModel
from deploy_mcp.runs.control import LogTail, RunView, StopResult, SubmitPlan, SubmitResult
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
    note: str | None = Field(None, description="What deploy-mcp did to the run on its own, e.g. stopped it.")


class RunList(BaseModel):
    runs: list[RunSummary]


class SpendApproval(InternalModel):
    """The human's answer to "start this paid run?"."""

    approve: bool = Field(description="Start this run, accepting the worst-case cost shown.")


class NoQuestion(InternalModel):
    """Why no human was asked: the policy turned approval off, the client cannot ask (a plan_id is needed), or
    the submit is refused anyway."""

    route: Literal["off", "plan", "refused"]


def can_elicit(ctx: Context) -> bool:
    """Whether the client declared form elicitation (a bare ``elicitation: {}`` predates modes and counts)."""
    capabilities = ctx.client_capabilities
    elicitation = capabilities.elicitation if capabilities is not None else None
    return elicitation is not None and (elicitation.form is not None or elicitation.url is None)


def check_approval(answer: ElicitationResult, plan: SubmitPlan, plan_id: str | None, require_plan: bool) -> None:
    """Refuse a submit nobody approved. Every submit counts as paid: dstack may start a priced instance for
    any run, and which offer it takes is known only after the submit."""
    if isinstance(answer, AcceptedElicitation) and isinstance(answer.data, SpendApproval):
        if not answer.data.approve:
            raise DeployError("spend_declined", "The user did not approve this run: nothing was submitted and no "
                              "attempt was used.", "Ask the user what to change (GPU, max_price, max_duration, "
                              "replicas) before submitting again.")
        needs_plan = require_plan
    elif isinstance(answer, AcceptedElicitation):
        needs_plan = require_plan or answer.data.route == "plan"
    else:
        raise DeployError("spend_declined" if answer.action == "decline" else "spend_cancelled",
                          f"The user {answer.action}d the approval: nothing was submitted and no attempt was used.",
                          "Ask the user whether and how to go on before submitting again.")
    if needs_plan and plan_id != plan.digest:
        reason = ("This client cannot ask the user for approval (no elicitation), so a paid submit needs"
                  if not require_plan else "This server requires")
        raise DeployError(
            "plan_required" if plan_id is None else "plan_mismatch",
            f"{reason} the plan_id of an estimate_cost of exactly this configuration."
            if plan_id is None else "plan_id belongs to another configuration than the one submitted.",
            "Call estimate_cost with this YAML (and deployment), show the user the price and the worst case "
            f"({plan.worst_case.arithmetic}), and submit with its plan_id once they agree.",
        )


def register(server, runtime: Runtime) -> None:
    control = runtime.run_control

    async def prepare(yaml: str, deployment: str | None) -> SubmitPlan:
        return await anyio.to_thread.run_sync(functools.partial(control.prepare, yaml, deployment=deployment))

    async def ask_approval(yaml: str, deployment: str | None, ctx: Context) -> Elicit[SpendApproval] | NoQuestion:
        try:
            plan = await prepare(yaml, deployment)
        except DeployError:  # nothing to approve: the body refuses it again, so it is logged and counted
            return NoQuestion(route="refused")
        confirm = runtime.policy.confirm
        if confirm == "off":
            return NoQuestion(route="off")
        if confirm == "elicit" and can_elicit(ctx):
            return Elicit(f"{plan.approval_message()}\nConfiguration {plan.digest}.", SpendApproval)
        return NoQuestion(route="plan")

    async def submit_run(
        yaml: str,
        approval: Annotated[ElicitationResult[SpendApproval], Resolve(ask_approval)],
        deployment: Annotated[str | None, Field(
            min_length=1, max_length=100, description="Default: the config's name. A new name opens the deployment."
        )] = None,
        plan_id: Annotated[str | None, Field(max_length=100, description=(
            "From estimate_cost, when the client cannot ask the user or the server requires one."))] = None,
    ) -> SubmitResult:
        """Validate, apply the mandatory options, check the attempt and budget limits, ask the user to approve the
        worst-case cost, stop the deployment's previous run, and submit. Starts paid resources and uses an attempt
        (a refused or declined submit uses none)."""
        plan = await prepare(yaml, deployment)
        check_approval(approval, plan, plan_id, runtime.policy.require_plan)
        return await anyio.to_thread.run_sync(control.submit, plan)

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
