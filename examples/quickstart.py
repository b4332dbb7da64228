"""The whole deploy loop through deploy-mcp, as a host agent would drive it, over stdio.

    python examples/quickstart.py [deploy-mcp flags...]

Starts ``python -m deploy_mcp --dstack embedded`` (which starts, or reuses, a dstack server on 127.0.0.1),
then: generate a service config, validate it, price it, submit it, watch it with get_run and tail_logs, read
the diagnosis, and stop. With no cloud backends configured in dstack there are no offers: the run fails for
lack of capacity, and the diagnosis says so (``no_capacity``). Extra arguments go to deploy-mcp, e.g.
``--state-dir /tmp/dm --dstack-server-port 3100``.

With ``--target kubernetes`` the same loop runs on the cluster of the current kubeconfig (``KUBECONFIG`` or
``~/.kube/config``; ``--kubeconfig``, ``--k8s-context`` and ``--k8s-namespace`` choose another): the service
becomes a Deployment and a Service there, and stop_run deletes them.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

import anyio
import yaml
from mcp import Client, StdioServerParameters

MODEL = "Qwen/Qwen2.5-0.5B-Instruct"
WATCH_SECONDS = 180
STARTUP_SECONDS = 180
ACTIVE = {"submitted", "provisioning", "pulling", "running"}


class StepFailed(RuntimeError):
    pass


def show(step: str, **facts: Any) -> None:
    print(f"\n== {step}")
    for key, value in facts.items():
        if isinstance(value, str) and "\n" in value:
            print(f"   {key}:")
            for line in value.rstrip().splitlines():
                print(f"     {line}")
        else:
            print(f"   {key}: {value}")


async def call(client: Client, tool: str, args: dict[str, Any]) -> dict[str, Any]:
    result = await client.call_tool(tool, args)
    if result.is_error:
        raise StepFailed(f"{tool} failed: {result.content[0].text}")
    return result.structured_content


async def call_when_backend_ready(client: Client, tool: str, args: dict[str, Any]) -> dict[str, Any]:
    """The first backend call may find the embedded dstack server still starting (slower on a loaded machine):
    wait as an agent would, on the server's own word that it is starting, never on other errors."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        try:
            return await call(client, tool, args)
        except StepFailed as exc:
            if "still starting" not in str(exc) or time.monotonic() > deadline:
                raise
        await anyio.sleep(3)


async def run(server_args: list[str]) -> int:
    kubernetes = on_kubernetes(server_args)
    target_args = [] if kubernetes else ["--dstack", "embedded"]
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "deploy_mcp", *target_args, "--no-hf-lookup", *server_args],
        env=dict(os.environ),
    )
    async with Client(params, read_timeout_seconds=300) as client:
        tools = [t.name for t in (await client.list_tools()).tools]
        show("connected", tools=", ".join(tools))

        generated = await call(client, "generate_service_config", {"model": MODEL, "engine": "vllm"})
        deployment = generated["deployment"]
        show("generate_service_config", deployment=deployment,
             attempts=f"{generated['attempts_used']} used of {generated['max_attempts']}", yaml=generated["yaml"])

        if kubernetes:
            config = generated["yaml"]
            show("edit", change="none: the cluster's kubelet pulls the image and reads its user itself")
        else:
            config = pin_image_settings(generated["yaml"])
            show("edit", change="user: root and an x86 CPU spec, so dstack need not ask the image registry for them")
        report = await call(client, "validate_config", {"yaml": config, "deployment": deployment})
        show("validate_config", valid=report["valid"], errors=len(report["errors"]),
             warnings=[w["message"] for w in report["warnings"]] or "none",
             overrides=[f"{o['field']} -> {o['enforced_value']}" for o in report["overrides"]] or "none")
        if not report["valid"]:
            raise StepFailed(json.dumps(report["errors"], indent=2))

        if not kubernetes:
            print("\n   (the embedded dstack server may take ~10 s to start on first use)")
        estimate = await call_when_backend_ready(client, "estimate_cost", {"yaml": config, "deployment": deployment})
        cheapest = estimate["offers"][0] if estimate["offers"] else None
        show("estimate_cost", offers=estimate["total_offers"], plan_id=estimate["plan_id"],
             cheapest=f"{cheapest['gpu_name']} on {cheapest['backend']} at ${cheapest['price_per_hour']}/h"
             + ("" if cheapest["priced"] else " (no rate card: unpriced)")
             if cheapest else estimate["note"] or "none")

        submitted = await call(client, "submit_run", {"yaml": config, "deployment": deployment,
                                                      "plan_id": estimate["plan_id"]})
        name = submitted["run_name"]
        show("submit_run", run=name, attempt=f"{submitted['attempt']} of {submitted['max_attempts']}",
             status=submitted["status"], service_url=submitted["service_url"])

        status, cursor, deadline = submitted["status"], None, time.monotonic() + WATCH_SECONDS
        while True:
            run_state = await call(client, "get_run", {"run_name": name})
            tail = await call(client, "tail_logs", {"run_name": name, "cursor": cursor, "lines": 50})
            cursor = tail["cursor"]
            for line in tail["lines"]:
                print(f"   | {line}")
            if run_state["status"] != status:
                status = run_state["status"]
                print(f"   status: {status} ({run_state['raw_status']})")
            if tail["ready"] or status not in ACTIVE or time.monotonic() > deadline:
                break
            await anyio.sleep(2)
        show("get_run", status=run_state["status"], termination_reason=run_state["termination_reason"],
             status_message=run_state["status_message"], ready=run_state["ready"], cost_usd=run_state["cost_usd"])

        final = await call(client, "tail_logs", {"run_name": name})
        diagnosis = final["diagnosis"]
        if diagnosis:
            show("tail_logs diagnosis", kind=diagnosis["kind"], summary=diagnosis["summary"],
                 evidence="\n".join(diagnosis["evidence"]) or "-", suggested_fix=diagnosis["suggested_fix"],
                 retryable_as_is=diagnosis["retryable_as_is"])
        else:
            show("tail_logs", ready=final["ready"], service_url=final["service_url"], lines=len(final["lines"]))

        stopped = await call(client, "stop_run", {"run_name": name})
        show("stop_run", status=stopped["status"], message=stopped["message"])
    return 0


def on_kubernetes(server_args: list[str]) -> bool:
    """Whether deploy-mcp is told to use the Kubernetes target (flag or environment)."""
    for index, arg in enumerate(server_args):
        if arg == "--target" and index + 1 < len(server_args):
            return server_args[index + 1] == "kubernetes"
        if arg.startswith("--target="):
            return arg.split("=", 1)[1] == "kubernetes"
    return os.environ.get("DEPLOY_MCP_TARGET") == "kubernetes"


def pin_image_settings(text: str) -> str:
    """dstack reads an image's user and architecture from its registry unless the config states both; stating
    them keeps planning working without internet access (the vLLM image runs as root on x86)."""
    data = yaml.safe_load(text)
    data.setdefault("user", "root")
    resources = data.setdefault("resources", {})
    cpu = str(resources.get("cpu", "2.."))
    if not cpu.startswith(("x86", "arm")):
        resources["cpu"] = f"x86:{cpu}"
    return yaml.safe_dump(data, sort_keys=False)


def main() -> None:
    try:
        sys.exit(anyio.run(run, sys.argv[1:]))
    except* StepFailed as group:
        for exc in group.exceptions:
            print(f"\nquickstart stopped: {exc}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
