"""The whole loop on target kubernetes through an MCP client: the real ``kubernetes`` client against kmock's
emulator on loopback, the test playing scheduler, kubelet and controllers (tests/fixtures/kube.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import pytest
import yaml
from fixtures.kube import NAMESPACE, KubeCluster
from mcp import Client
from support import body_of, call, call_error

from deploy_mcp.settings import Settings

pytestmark = pytest.mark.anyio

MODEL = "Qwen/Qwen2.5-7B-Instruct"
UNSCHEDULABLE = ("0/2 nodes are available: 1 Insufficient nvidia.com/gpu, 1 node(s) didn't match Pod's node "
                 "affinity/selector. preemption: 0/2 nodes are available: 2 No preemption victims found.")
RUNNING = {"running": {"startedAt": "2026-12-02T00:00:00Z"}}


def kube_settings(settings: Settings, cluster: KubeCluster, **update: Any) -> Settings:
    return settings.model_copy(update={"target": "kubernetes", "kubeconfig": cluster.kubeconfig(),
                                       "backend_timeout": 10.0, **update})


def gpu_cluster(cluster: KubeCluster) -> None:
    """One L4 node whose GPU a training pod holds, one A100 node with all eight free."""
    cluster.add_gpu_node("gpu-l4-1", gpus=1, product="NVIDIA-L4", memory_mib=23034, pool="l4-pool")
    cluster.add_gpu_node("gpu-a100-1", gpus=8, product="NVIDIA-A100-SXM4-80GB", memory_mib=81920, pool="a100-pool")
    cluster.add_running_pod("trainer-0", node="gpu-l4-1", gpus=1)


def edited(text: str, **env: str) -> str:
    """The config with env entries added: a new effective config for the next attempt."""
    data = yaml.safe_load(text)
    data["env"] = [*data.get("env", []), *(f"{k}={v}" for k, v in env.items())]
    return yaml.safe_dump(data, sort_keys=False)


async def submit(client: Client, text: str, deployment: str) -> dict[str, Any]:
    return await call(client, "submit_run", {"yaml": text, "deployment": deployment})


async def test_full_lifecycle_pending_image_pull_crash_loop_oom_ready_stop(
    kube_cluster: KubeCluster, settings: Settings, open_client
) -> None:
    gpu_cluster(kube_cluster)
    async with open_client(kube_settings(settings, kube_cluster, max_attempts=6)) as client:
        generated = await call(client, "generate_service_config", {"model": MODEL, "engine": "vllm", "gpu": "L4"})
        deployment, text = generated["deployment"], generated["yaml"]
        report = await call(client, "validate_config", {"yaml": text, "deployment": deployment})
        assert report["valid"], report["errors"]

        gpus = await call(client, "list_gpus", {})
        by_name = {g["name"]: g for g in gpus["gpus"]}
        assert (by_name["L4"]["allocatable"], by_name["L4"]["requested"], by_name["L4"]["free"]) == (1, 1, 0)
        assert by_name["A100"]["free"] == 8 and by_name["A100"]["regions"] == ["a100-pool"]
        estimate = await call(client, "estimate_cost", {"yaml": text, "deployment": deployment})
        assert estimate["offers"] == []
        assert "would fit when running pods release" in estimate["note"] and "gpu-l4-1" in estimate["note"]

        # 1. No free L4: the scheduler leaves the pod Pending.
        first = await submit(client, text, deployment)
        run1 = first["run_name"]
        stored = kube_cluster.deployments(run1)
        assert len(stored) == 1
        labels = stored[0]["metadata"]["labels"]
        assert labels["app.kubernetes.io/managed-by"] == "deploy-mcp" and labels["deploy-mcp.io/attempt"] == "1"
        container = stored[0]["spec"]["template"]["spec"]["containers"][0]
        assert container["resources"]["limits"]["nvidia.com/gpu"] in (1, "1")
        pod = kube_cluster.create_pods(run1)[0]
        kube_cluster.unschedulable(pod, UNSCHEDULABLE)
        failed = await call(client, "get_run", {"run_name": run1})
        assert failed["status"] == "failed" and failed["failure_kind"] == "no_capacity"
        assert failed["termination_reason"] == "Unschedulable"
        assert "gpu-l4-1: 0 of 1 NVIDIA-L4 free" in failed["status_message"]
        tail = await call(client, "tail_logs", {"run_name": run1})
        assert tail["diagnosis"]["kind"] == "no_capacity"

        # The training job ends: the L4 is free for the next attempts.
        core, _ = kube_cluster.clients()
        core.delete_namespaced_pod("trainer-0", "research")

        # 2. A tag that does not exist: the kubelet cannot pull the image.
        second = await submit(client, edited(text, ATTEMPT="2"), deployment)
        run2 = second["run_name"]
        assert second["attempt"] == 2
        assert kube_cluster.deployments(run1) == []  # the failed attempt's objects were released
        pod = kube_cluster.create_pods(run2)[0]
        kube_cluster.container(pod, phase="Pending", state={"waiting": {
            "reason": "ImagePullBackOff",
            "message": 'Back-off pulling image "vllm/vllm-openai:v9.9.9": not found'}})
        kube_cluster.event(pod, "Failed", 'Failed to pull image "vllm/vllm-openai:v9.9.9": manifest unknown')
        pulled = await call(client, "get_run", {"run_name": run2})
        assert (pulled["status"], pulled["failure_kind"]) == ("failed", "image_pull_failed")

        # 3. The engine starts, dies, and the kubelet backs off: the crashed container's log tells why.
        third = await submit(client, edited(text, ATTEMPT="3"), deployment)
        run3 = third["run_name"]
        pod = kube_cluster.create_pods(run3)[0]
        kube_cluster.write_log(pod, 0, [
            "INFO 12-02 00:00:01 api_server.py:912] vLLM API server version 0.8.5",
            "INFO 12-02 00:00:09 model_runner.py:1110] Loading model weights took 14.99 GiB",
            ("ERROR 12-02 00:00:12 engine.py:400] ValueError: The model's max seq len (32768) is larger than "
             "the maximum number of tokens that can be stored in KV cache (21152). Try increasing "
             "`gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine."),
        ])
        kube_cluster.container(pod, state={"waiting": {"reason": "CrashLoopBackOff",
                                                       "message": "back-off 10s restarting failed container"}},
                               last={"exitCode": 1, "reason": "Error"}, restarts=1)
        crashed = await call(client, "get_run", {"run_name": run3})
        assert (crashed["status"], crashed["exit_status"]) == ("failed", 1)
        tail = await call(client, "tail_logs", {"run_name": run3})
        assert any("KV cache" in line for line in tail["lines"])
        assert tail["diagnosis"]["kind"] == "kv_cache_insufficient"
        stop_failed = await call(client, "stop_run", {"run_name": run3})
        assert stop_failed["stopped"] and kube_cluster.deployments(run3) == []

        # 4. The container is killed for host memory.
        fourth = await submit(client, edited(text, ATTEMPT="4"), deployment)
        run4 = fourth["run_name"]
        pod = kube_cluster.create_pods(run4)[0]
        kube_cluster.write_log(pod, 0, ["INFO Loading safetensors checkpoint shards: 50% Completed | 2/4"])
        kube_cluster.container(pod, state={"waiting": {"reason": "CrashLoopBackOff"}},
                               last={"exitCode": 137, "reason": "OOMKilled"}, restarts=1)
        oom = await call(client, "get_run", {"run_name": run4})
        assert (oom["status"], oom["termination_reason"], oom["failure_kind"]) == ("failed", "OOMKilled", "host_oom")

        # 5. It comes up and serves.
        fifth = await submit(client, edited(text, ATTEMPT="5"), deployment)
        run5 = fifth["run_name"]
        pod = kube_cluster.create_pods(run5)[0]
        kube_cluster.write_log(pod, 0, ["INFO:     Started server process [1]",
                                        "INFO:     Uvicorn running on http://0.0.0.0:8000"])
        kube_cluster.container(pod, state=RUNNING)
        kube_cluster.event(pod, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503",
                           kind="Warning")
        starting = await call(client, "get_run", {"run_name": run5})
        assert starting["status"] in ("running", "ready")
        kube_cluster.container(pod, state=RUNNING, ready=True)
        kube_cluster.deployment_ready(run5, 1)
        ready = await call(client, "get_run", {"run_name": run5})
        assert ready["status"] == "ready" and ready["ready"]
        assert ready["service_url"].startswith(f"http://{run5}.{NAMESPACE}.svc")

        listed = await call(client, "list_runs", {"deployment": deployment})
        assert {r["run_name"] for r in listed["runs"]} >= {run5}

        stopped = await call(client, "stop_run", {"run_name": run5})
        assert stopped["stopped"] and stopped["status"] == "stopped"
        assert kube_cluster.deployments(run5) == []
        assert pod in kube_cluster.collect_garbage()

        ledger = json.loads((await client.read_resource(f"deploy://deployments/{deployment}")).contents[0].text)
        kinds = [a.get("failure_kind") for a in ledger["attempts"]]
        assert kinds[:4] == ["no_capacity", "image_pull_failed", "kv_cache_insufficient", "host_oom"]


async def test_a_foreign_deployment_is_not_listed_by_default_and_never_stopped(
    kube_cluster: KubeCluster, settings: Settings, open_client
) -> None:
    gpu_cluster(kube_cluster)
    kube_cluster.add_foreign_deployment("team-web")
    async with open_client(kube_settings(settings, kube_cluster)) as client:
        assert (await call(client, "list_runs", {}))["runs"] == []
        everything = await call(client, "list_runs", {"include_foreign": True})
        foreign = [r for r in everything["runs"] if r["run_name"] == "team-web"]
        assert len(foreign) == 1 and foreign[0]["owned"] is False
        refused = await call_error(client, "stop_run", {"run_name": "team-web"})
        assert refused["error"] == "not_owned"
    assert [d["metadata"]["name"] for d in _deployments(kube_cluster)] == ["team-web"]


async def test_the_backend_refuses_to_delete_a_foreign_deployment_even_when_asked_directly(
    kube_cluster: KubeCluster, settings: Settings
) -> None:
    from deploy_mcp.backends.kubernetes.backend import KubernetesBackend
    from deploy_mcp.errors import DeployError

    kube_cluster.add_foreign_deployment("team-web")
    backend = KubernetesBackend(kube_settings(settings, kube_cluster))
    try:
        with pytest.raises(DeployError) as refused:
            backend.stop("team-web")
        assert refused.value.kind == "not_owned"
        assert [d["metadata"]["name"] for d in _deployments(kube_cluster)] == ["team-web"]
    finally:
        backend.close()


async def test_limits_and_ledger_work_the_same_on_kubernetes(
    kube_cluster: KubeCluster, settings: Settings, open_client
) -> None:
    gpu_cluster(kube_cluster)
    text = Path(__file__).with_name("service.yaml").read_text()
    async with open_client(kube_settings(settings, kube_cluster, max_attempts=2, max_active_runs=1)) as client:
        first = await call(client, "submit_run", {"yaml": text})
        assert (first["attempt"], first["attempts_left"]) == (1, 1)
        other = await call_error(client, "submit_run", {"yaml": text.replace("name: tiny", "name: other")})
        assert other["error"] == "too_many_active_runs"
        second = await call(client, "submit_run", {"yaml": edited(text, ATTEMPT="2")})
        assert second["attempt"] == 2 and second["stopped_previous"] == [first["run_name"]]
        assert kube_cluster.deployments(first["run_name"]) == []
        exhausted = await call_error(client, "submit_run", {"yaml": edited(text, ATTEMPT="3")})
        assert exhausted["error"] == "attempts_exhausted"
        policy = json.loads((await client.read_resource("deploy://policy")).contents[0].text)
        assert policy["target"] == "kubernetes"


async def test_the_api_server_going_away_is_backend_unreachable_and_calls_recover_when_it_returns(
    kube_cluster: KubeCluster, settings: Settings, open_client
) -> None:
    gpu_cluster(kube_cluster)
    text = Path(__file__).with_name("service.yaml").read_text()
    async with open_client(kube_settings(settings, kube_cluster, backend_timeout=3.0)) as client:
        run = (await call(client, "submit_run", {"yaml": text}))["run_name"]
        kube_cluster.stop_server()
        gone = await call_error(client, "get_run", {"run_name": run})
        assert gone["error"] == "backend_unreachable"
        refused = await call_error(client, "submit_run", {"yaml": edited(text, ATTEMPT="2")})
        assert refused["error"] == "backend_unreachable"
        kube_cluster.start_server()
        back = await _once_answered(client, "get_run", {"run_name": run})
        assert back["run_name"] == run and back["status"] in ("submitted", "provisioning")

        # Mid-call: the API server takes the request and never answers.
        release = kube_cluster.hang("/api/v1/nodes")
        hung = await call_error(client, "list_gpus", {})
        assert hung["error"] == "backend_unreachable" and "did not answer" in hung["message"]
        assert (await call(client, "get_run", {"run_name": run}))["run_name"] == run  # other calls still work
        release.set()
        gpus = await call(client, "list_gpus", {})
        assert {g["name"] for g in gpus["gpus"]} == {"L4", "A100"}


async def _once_answered(client: Client, tool: str, args: dict[str, Any]) -> dict[str, Any]:
    """A call to a backend that is back: answered at once, or after the pause the breaker names. The start-up
    reconciliation runs in the background a second after the server starts; on a loaded machine it can land in the
    outage and make the third failure in a row, which opens the circuit for its cool-down."""
    result = await client.call_tool(tool, args)
    if result.is_error:
        paused = body_of(result)
        assert paused["error"] == "backend_unreachable" and "paused" in paused["message"], paused
        await anyio.sleep(paused["retry_after_seconds"] + 0.5)
        result = await client.call_tool(tool, args)
    assert not result.is_error, result.content[0].text
    return result.structured_content


def _deployments(cluster: KubeCluster) -> list[dict[str, Any]]:
    _, apps = cluster.clients()
    return json.loads(apps.list_namespaced_deployment(NAMESPACE, _preload_content=False).data)["items"]


async def test_a_run_past_its_max_duration_is_deleted_from_the_cluster_while_the_server_runs_with_no_call(
    kube_cluster: KubeCluster, settings: Settings, open_client
) -> None:
    # A Deployment runs until deleted: deploy-mcp's own watch is what bounds it, not a list_runs call.
    gpu_cluster(kube_cluster)
    async with open_client(kube_settings(settings, kube_cluster, max_duration="4s")) as client:
        generated = await call(client, "generate_service_config", {"model": MODEL, "engine": "vllm", "gpu": "L4"})
        submitted = await submit(client, generated["yaml"], generated["deployment"])
        assert kube_cluster.deployments(submitted["run_name"])
        uri = f"deploy://deployments/{generated['deployment']}"
        with anyio.fail_after(120):
            while not (note := json.loads((await client.read_resource(uri)).contents[0].text)["attempts"][0]["note"]):
                await anyio.sleep(0.5)
        assert "past its max_duration of 4 s" in note
        assert kube_cluster.deployments(submitted["run_name"]) == []
