"""deploy-mcp needs nothing beyond the Role and ClusterRole in examples/kubernetes/rbac.yaml: every request the
backend sends to the emulator across a run's whole life is checked against them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from fixtures.kube import NAMESPACE, KubeCluster

from deploy_mcp.backends.base import ownership_tags
from deploy_mcp.backends.kubernetes.backend import KubernetesBackend
from deploy_mcp.settings import Settings

RBAC = Path(__file__).parents[3] / "examples" / "kubernetes" / "rbac.yaml"
SERVICE = yaml.safe_load(Path(__file__).with_name("service.yaml").read_text())
APPLY = "application/apply-patch+yaml"


def granted(namespace: str) -> set[tuple[str, str, str, str | None]]:
    """(verb, API group, resource, namespace or None for cluster-wide) the manifests allow, the example's
    namespace replaced by ``namespace``."""
    allowed = set()
    for doc in yaml.safe_load_all(RBAC.read_text()):
        if doc["kind"] not in ("Role", "ClusterRole"):
            continue
        scope = namespace if doc["kind"] == "Role" else None
        for rule in doc["rules"]:
            for group in rule["apiGroups"]:
                for resource in rule["resources"]:
                    for verb in rule["verbs"]:
                        allowed.add((verb, group, resource, scope))
    return allowed


def needed(request: Any) -> set[tuple[str, str, str, str | None]]:
    """What RBAC checks for one request (server-side apply of a new object: patch and create)."""
    resource = request.resource.plural + (f"/{request.subresource}" if request.subresource else "")
    action = str(request.action.value).lower()
    verbs = {"fetch": {"get"}, "update": {"patch"}}.get(action, {action})
    if (request.headers.get("Content-Type") or "").startswith(APPLY):
        verbs = {"patch"} | ({"create"} if action == "create" else set())
    return {(verb, request.resource.group, resource, request.namespace) for verb in verbs}


def allowed_by(rule: tuple[str, str, str, str | None], grants: set[tuple[str, str, str, str | None]]) -> bool:
    verb, group, resource, namespace = rule
    # A ClusterRole bound cluster-wide also allows its rules inside every namespace.
    return (verb, group, resource, namespace) in grants or (verb, group, resource, None) in grants


def test_every_request_of_a_runs_life_is_allowed_by_the_example_rbac(
    kube_cluster: KubeCluster, settings: Settings
) -> None:
    kube_cluster.add_gpu_node("gpu-l4-1", gpus=1, product="NVIDIA-L4", memory_mib=23034, pool="l4-pool")
    kube_cluster.add_running_pod("trainer-0", node="gpu-l4-1", gpus=1)
    backend = KubernetesBackend(settings.model_copy(update={
        "target": "kubernetes", "kubeconfig": kube_cluster.kubeconfig(), "backend_timeout": 10.0}))
    try:
        backend.gpus()
        backend.plan(SERVICE)
        run = "tiny-ab12-a1"
        backend.submit(SERVICE, run_name=run, tags=ownership_tags("tiny", 1))
        pod = kube_cluster.create_pods(run)[0]
        kube_cluster.unschedulable(pod, "0/1 nodes are available: 1 Insufficient nvidia.com/gpu.")
        assert backend.get(run).status == "failed"
        kube_cluster.container(pod, state={"running": {"startedAt": "2026-12-02T00:00:00Z"}},
                               last={"exitCode": 1, "reason": "Error"}, restarts=1)
        kube_cluster.write_log(pod, 0, ["crashed"])
        kube_cluster.write_log(pod, 1, ["started"])
        page = backend.logs(run, limit=10)
        backend.logs(run, cursor=page.cursor)
        backend.list(names=[run])
        backend.list()
        backend.list_owned()
        kube_cluster.add_foreign_deployment("team-web")
        backend.get("team-web")
        backend.stop(run)
    finally:
        backend.close()

    requests = [r for r in kube_cluster.requests() if r.resource is not None]
    grants = granted(NAMESPACE)
    used = set().union(*(needed(r) for r in requests))
    assert not {rule for rule in used if not allowed_by(rule, grants)}
    # The check has teeth: the requests cover every kind of call the backend makes.
    assert {("create", "apps", "deployments", NAMESPACE), ("patch", "", "services", NAMESPACE),
            ("get", "", "pods/log", NAMESPACE), ("list", "", "nodes", None), ("list", "", "pods", None),
            ("delete", "apps", "deployments", NAMESPACE), ("list", "", "events", NAMESPACE)} <= used
    assert not any(resource == "secrets" for _, _, resource, _ in used)
