"""examples/kubernetes: the RBAC a cluster administrator applies is schema-valid, least-privilege, and covers
every kind of object the renderer produces."""

from __future__ import annotations

from pathlib import Path

import kubernetes_validate
import yaml

from deploy_mcp.backends.kubernetes.render import Ownership, RenderOptions, render_service

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "kubernetes"
WRITE_VERBS = {"create", "update", "patch", "delete", "deletecollection", "*"}
# Kind -> (API group, resource) of what render_service returns.
RESOURCES = {"Deployment": ("apps", "deployments"), "Service": ("", "services")}


def documents(kind: str) -> list[dict]:
    return [d for d in yaml.safe_load_all((EXAMPLES / "rbac.yaml").read_text()) if d["kind"] == kind]


def grants(rules: list[dict]) -> dict[tuple[str, str], set[str]]:
    granted: dict[tuple[str, str], set[str]] = {}
    for rule in rules:
        for group in rule["apiGroups"]:
            for resource in rule["resources"]:
                granted.setdefault((group, resource), set()).update(rule["verbs"])
    return granted


def test_rbac_example_is_valid_kubernetes_objects():
    objects = list(yaml.safe_load_all((EXAMPLES / "rbac.yaml").read_text()))
    assert sorted(o["kind"] for o in objects) == [
        "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding", "ServiceAccount"]
    for obj in objects:
        kubernetes_validate.validate(obj, "1.31.0", strict=True)


def test_the_namespace_role_writes_only_what_deploy_mcp_renders_and_reads_pods_logs_and_events():
    (role,) = documents("Role")
    granted = grants(role["rules"])
    assert {key for key, verbs in granted.items() if verbs & WRITE_VERBS} == set(RESOURCES.values())
    for key in (("", "pods"), ("", "pods/log"), ("", "events")):
        assert granted[key] == {"get", "list", "watch"}
    assert not any("*" in rule["resources"] + rule["verbs"] + rule["apiGroups"] for rule in role["rules"])
    assert ("", "secrets") not in granted


def test_the_rendered_kinds_can_be_applied_and_deleted_under_the_role():
    (role,) = documents("Role")
    granted = grants(role["rules"])
    spec = {"type": "service", "image": "vllm/vllm-openai:v0.11.0", "port": 8000,
            "commands": ["vllm serve Qwen/Qwen2.5-7B-Instruct"], "resources": {"gpu": "L4:1"}}
    rendered = render_service(spec, ownership=Ownership("q", 1, "q-a1", "h"),
                              options=RenderOptions(namespace=role["metadata"]["namespace"]))
    for obj in rendered.objects:
        assert obj["metadata"]["namespace"] == role["metadata"]["namespace"]
        assert {"get", "create", "patch", "delete"} <= granted[RESOURCES[obj["kind"]]]


def test_the_cluster_role_only_reads_nodes_and_pods():
    (cluster_role,) = documents("ClusterRole")
    assert grants(cluster_role["rules"]) == {("", "nodes"): {"get", "list", "watch"},
                                             ("", "pods"): {"get", "list", "watch"}}


def test_both_bindings_name_the_same_service_account():
    subjects = [d["subjects"] for kind in ("RoleBinding", "ClusterRoleBinding") for d in documents(kind)]
    (account,) = documents("ServiceAccount")
    expected = {"kind": "ServiceAccount", "name": account["metadata"]["name"],
                "namespace": account["metadata"]["namespace"]}
    assert subjects == [[expected], [expected]]
