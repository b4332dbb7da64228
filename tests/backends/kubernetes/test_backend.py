"""KubernetesBackend against kmock's emulator over HTTP with the real ``kubernetes`` client: logs and their
cursor, ownership labels and what a lost ledger can read back, prices from a rate card, the connection."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from fixtures.kube import NAMESPACE, KubeCluster, now_stamp

from deploy_mcp.backends.base import ownership_tags
from deploy_mcp.backends.kubernetes.backend import KubernetesBackend, resolve_connection
from deploy_mcp.errors import DeployError
from deploy_mcp.settings import Settings

SERVICE = yaml.safe_load(Path(__file__).with_name("service.yaml").read_text())
RUNNING = {"running": {"startedAt": "2026-12-02T00:00:00Z"}}


@pytest.fixture
def backend(kube_cluster: KubeCluster, settings: Settings) -> Iterator[KubernetesBackend]:
    kube_cluster.add_gpu_node("gpu-l4-1", gpus=2, product="NVIDIA-L4", memory_mib=23034, pool="l4-pool")
    instance = KubernetesBackend(settings.model_copy(update={
        "target": "kubernetes", "kubeconfig": kube_cluster.kubeconfig(), "backend_timeout": 10.0}))
    yield instance
    instance.close()


def read_all(backend: KubernetesBackend, run: str, cursor: str | None, limit: int) -> tuple[list[str], str | None]:
    """Follow the log from ``cursor`` page by page until no more lines come."""
    texts: list[str] = []
    while True:
        page = backend.logs(run, cursor=cursor, limit=limit)
        texts += [line.text for line in page.lines]
        cursor = page.cursor
        if not page.lines:
            return texts, cursor


def test_log_cursor_never_repeats_or_skips_across_a_restart_and_shared_timestamps(
    kube_cluster: KubeCluster, backend: KubernetesBackend
) -> None:
    run = "tiny-ab12-a1"
    backend.submit(SERVICE, run_name=run)
    pod = kube_cluster.create_pods(run)[0]
    burst = now_stamp()
    kube_cluster.write_log(pod, 0, [f"boot {i}" for i in range(5)] + [(burst, f"burst {i}") for i in range(7)])
    kube_cluster.container(pod, state=RUNNING)

    tail = backend.logs(run, limit=4)
    assert [line.text for line in tail.lines] == ["burst 3", "burst 4", "burst 5", "burst 6"]
    # A page cut inside the burst resumes exactly after the cut line.
    cut = tail.lines[1].cursor
    assert [line.text for line in backend.logs(run, cursor=cut, limit=10).lines] == ["burst 5", "burst 6"]

    # The container crashes and restarts: its log becomes "previous", a new instance begins.
    kube_cluster.write_log(pod, 0, ["Traceback (most recent call last):", "RuntimeError: boom"])
    kube_cluster.container(pod, state=RUNNING, last={"exitCode": 1, "reason": "Error"}, restarts=1)
    kube_cluster.write_log(pod, 1, [f"again {i}" for i in range(3)])
    following, cursor = read_all(backend, run, tail.cursor, limit=2)
    assert following == ["Traceback (most recent call last):", "RuntimeError: boom", "again 0", "again 1", "again 2"]

    kube_cluster.write_log(pod, 1, ["again 3"])
    assert [line.text for line in backend.logs(run, cursor=cursor, limit=10).lines] == ["again 3"]

    # Read from the start in small pages: every line once, in order.
    whole = backend.logs(run, limit=100)
    assert [line.text for line in whole.lines] == (
        [f"boot {i}" for i in range(5)] + [f"burst {i}" for i in range(7)]
        + ["Traceback (most recent call last):", "RuntimeError: boom"] + [f"again {i}" for i in range(4)]
    )


def test_a_bad_cursor_is_invalid_cursor(backend: KubernetesBackend) -> None:
    backend.submit(SERVICE, run_name="tiny-ab12-a1")
    with pytest.raises(DeployError) as bad:
        backend.logs("tiny-ab12-a1", cursor="not-a-cursor")
    assert bad.value.kind == "invalid_cursor"


def test_ownership_tags_become_labels_and_list_owned_reads_them_back_without_env_values(
    kube_cluster: KubeCluster, settings: Settings
) -> None:
    backend = KubernetesBackend(settings.model_copy(update={
        "target": "kubernetes", "kubeconfig": kube_cluster.kubeconfig(), "k8s_secret": "hf"}))
    config = {**SERVICE, "env": ["HF_TOKEN", "MODE=fast"]}
    info = backend.submit(config, run_name="tiny-ab12-a3", tags=ownership_tags("my deployment", 3))
    assert (info.deployment, info.attempt) == ("my deployment", 3)
    labels = kube_cluster.deployments("tiny-ab12-a3")[0]["metadata"]["labels"]
    assert labels["deploy-mcp.io/attempt"] == "3" and labels["app.kubernetes.io/managed-by"] == "deploy-mcp"
    kube_cluster.add_foreign_deployment("team-web")

    owned = backend.list_owned()
    assert [(r.name, r.deployment, r.attempt) for r in owned] == [("tiny-ab12-a3", "my deployment", 3)]
    assert owned[0].configuration is not None and owned[0].configuration["env"] == ["HF_TOKEN", "MODE"]
    assert "fast" not in json.dumps(owned[0].configuration)
    env = kube_cluster.deployments("tiny-ab12-a3")[0]["spec"]["template"]["spec"]["containers"][0]["env"]
    assert {"name": "HF_TOKEN", "valueFrom": {"secretKeyRef": {"name": "hf", "key": "HF_TOKEN"}}} in env
    backend.close()


def test_submitting_a_run_name_that_exists_is_run_exists(backend: KubernetesBackend) -> None:
    backend.submit(SERVICE, run_name="tiny-ab12-a1")
    with pytest.raises(DeployError) as exists:
        backend.submit(SERVICE, run_name="tiny-ab12-a1")
    assert exists.value.kind == "run_exists"


def test_rate_card_prices_offers_and_runs_and_without_one_offers_are_marked_unpriced(
    kube_cluster: KubeCluster, backend: KubernetesBackend, settings: Settings, tmp_path: Path
) -> None:
    unpriced = backend.plan(SERVICE)
    assert [(o.instance_type, o.price_per_hour, o.priced) for o in unpriced.offers] == [
        ("l4-pool-instance", 0.0, False)]
    assert "rate card" in (unpriced.note or "")
    assert [(o.instance_type, o.gpu_count, o.priced) for o in backend.all_offers()] == [
        ("l4-pool-instance", 2, False)]

    card = tmp_path / "prices.yaml"
    card.write_text("NVIDIA-L4: 0.75\n")
    priced = KubernetesBackend(settings.model_copy(update={
        "target": "kubernetes", "kubeconfig": kube_cluster.kubeconfig(), "k8s_gpu_prices": card}))
    try:
        plan = priced.plan(SERVICE)
        assert [(o.price_per_hour, o.priced, o.gpu_name) for o in plan.offers] == [(0.75, True, "L4")]
        assert plan.note is None
        groups = priced.gpus()
        assert [(g.name, g.price_per_gpu_min, g.free) for g in groups] == [("L4", 0.75, 2)]
        priced.submit(SERVICE, run_name="tiny-ab12-a1")
        pod = kube_cluster.create_pods("tiny-ab12-a1")[0]
        kube_cluster.container(pod, state=RUNNING, ready=True)
        assert priced.get("tiny-ab12-a1").price_per_hour == 0.75
    finally:
        priced.close()


def test_a_malformed_rate_card_is_backend_not_configured(
    kube_cluster: KubeCluster, settings: Settings, tmp_path: Path
) -> None:
    card = tmp_path / "prices.yaml"
    card.write_text("L4: cheap\n")
    backend = KubernetesBackend(settings.model_copy(update={
        "target": "kubernetes", "kubeconfig": kube_cluster.kubeconfig(), "k8s_gpu_prices": card}))
    try:
        with pytest.raises(DeployError) as bad:
            backend.gpus()
        assert bad.value.kind == "backend_not_configured"
    finally:
        backend.close()


def test_connection_namespace_comes_from_the_flag_then_the_context(
    kube_cluster: KubeCluster, settings: Settings, tmp_path: Path
) -> None:
    path = kube_cluster.kubeconfig(namespace="team-a")
    from_context = resolve_connection(settings.model_copy(update={"kubeconfig": path}), environ={})
    assert from_context.namespace == "team-a" and from_context.server == kube_cluster.url
    flagged = resolve_connection(settings.model_copy(update={"kubeconfig": path, "k8s_namespace": "prod"}),
                                 environ={})
    assert flagged.namespace == "prod"
    from_env = resolve_connection(settings, environ={"KUBECONFIG": str(path)}, home=tmp_path)
    assert from_env.namespace == "team-a"
    with pytest.raises(DeployError) as missing:
        resolve_connection(settings, environ={}, home=tmp_path)
    assert missing.value.kind == "backend_not_configured"
    with pytest.raises(DeployError) as bad_context:
        resolve_connection(settings.model_copy(update={"kubeconfig": path, "k8s_context": "nope"}), environ={})
    assert bad_context.value.kind == "backend_not_configured"


def test_a_pod_killed_by_its_startup_probe_is_a_health_check_failure(
    kube_cluster: KubeCluster, backend: KubernetesBackend
) -> None:
    from deploy_mcp.diagnose import diagnose

    backend.submit(SERVICE, run_name="tiny-ab12-a1")
    pod = kube_cluster.create_pods("tiny-ab12-a1")[0]
    kube_cluster.event(pod, "Unhealthy", "Startup probe failed: Get \"http://10.0.0.7:8000/health\": connection "
                       "refused")
    kube_cluster.event(pod, "Killing", "Container vllm failed startup probe, will be restarted", kind="Normal")
    kube_cluster.container(pod, state={"waiting": {"reason": "CrashLoopBackOff"}},
                           last={"exitCode": 137, "reason": "Error"}, restarts=2)
    info = backend.get("tiny-ab12-a1")
    assert info is not None
    assert (info.status, info.termination_reason, info.exit_status) == ("failed", "Unhealthy", 137)
    found = diagnose(info.status_message or "", termination_reason=info.termination_reason,
                     exit_status=info.exit_status)
    assert found is not None and found.kind == "health_check_failed"


def test_stop_deletes_only_the_runs_own_objects(kube_cluster: KubeCluster, backend: KubernetesBackend) -> None:
    backend.submit(SERVICE, run_name="tiny-ab12-a1")
    backend.submit(SERVICE, run_name="tiny-ab12-a2")
    kube_cluster.add_foreign_deployment("tiny-ab12-a9")
    stopped = backend.stop("tiny-ab12-a1")
    assert stopped.status == "stopped"
    assert stopped.extra["deleted"] == ["Deployment/tiny-ab12-a1", "Service/tiny-ab12-a1"]
    names = sorted(d["metadata"]["name"] for d in _items(kube_cluster, "deployments"))
    assert names == ["tiny-ab12-a2", "tiny-ab12-a9"]
    assert backend.get("tiny-ab12-a1") is None


def _items(cluster: KubeCluster, plural: str) -> list[dict[str, Any]]:
    core, apps = cluster.clients()
    if plural == "deployments":
        return json.loads(apps.list_namespaced_deployment(NAMESPACE, _preload_content=False).data)["items"]
    return json.loads(core.list_namespaced_service(NAMESPACE, _preload_content=False).data)["items"]


def test_a_pending_pod_an_autoscaler_adds_a_node_for_is_provisioning_not_failed(
    kube_cluster: KubeCluster, backend: KubernetesBackend
) -> None:
    backend.submit(SERVICE, run_name="tiny-ab12-a1")
    pod = kube_cluster.create_pods("tiny-ab12-a1")[0]
    kube_cluster.unschedulable(pod, "0/1 nodes are available: 1 Insufficient nvidia.com/gpu.")
    assert backend.get("tiny-ab12-a1").status == "failed"
    kube_cluster.event(pod, "TriggeredScaleUp", "pod triggered scale-up: [{l4-pool 1->2 (max: 4)}]",
                       kind="Normal", source="cluster-autoscaler")
    info = backend.get("tiny-ab12-a1")
    assert (info.status, info.raw_status) == ("provisioning", "Pending/ScalingUp")
    assert "l4-pool 1->2" in info.status_message
