"""What deploy-mcp creates are ordinary Kubernetes objects: Debian's kubectl, run against the same emulator,
lists them with their ownership labels."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from fixtures.kube import NAMESPACE, KubeCluster

from deploy_mcp.backends.base import ownership_tags
from deploy_mcp.backends.kubernetes.backend import KubernetesBackend
from deploy_mcp.settings import Settings

KUBECTL = shutil.which("kubectl")
SERVICE = yaml.safe_load(Path(__file__).with_name("service.yaml").read_text())

pytestmark = pytest.mark.skipif(KUBECTL is None, reason="kubectl is not installed (apt-get install kubectl)")


def kubectl(cluster: KubeCluster, *args: str) -> str:
    done = subprocess.run([KUBECTL or "kubectl", "--kubeconfig", str(cluster.kubeconfig()), *args],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_kubectl_lists_the_deployment_and_service_deploy_mcp_created(
    kube_cluster: KubeCluster, settings: Settings
) -> None:
    backend = KubernetesBackend(settings.model_copy(update={
        "target": "kubernetes", "kubeconfig": kube_cluster.kubeconfig()}))
    try:
        backend.submit(SERVICE, run_name="tiny-ab12-a1", tags=ownership_tags("tiny", 1))
    finally:
        backend.close()
    kube_cluster.add_foreign_deployment("team-web")

    names = kubectl(kube_cluster, "get", "deployments,services", "-n", NAMESPACE, "-o", "name").split()
    assert {"deployment.apps/tiny-ab12-a1", "service/tiny-ab12-a1", "deployment.apps/team-web"} <= set(names)

    owned = json.loads(kubectl(kube_cluster, "get", "deployment", "tiny-ab12-a1", "-n", NAMESPACE, "-o", "json"))
    assert owned["metadata"]["labels"]["app.kubernetes.io/managed-by"] == "deploy-mcp"
    limits = owned["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"]
    assert str(limits["nvidia.com/gpu"]) == "1"
