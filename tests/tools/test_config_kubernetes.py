"""validate_config on the Kubernetes target, through the MCP client: the manifests the next submission would
apply, the dstack-only fields as warnings, and the refusals only this target has."""

from __future__ import annotations

import json

import kubernetes_validate
import pytest
import yaml
from support import LLAMA_SERVICE, call

pytestmark = pytest.mark.anyio

TOKEN_VALUE = "hf_mcpKubernetesValue0123456789abcd"
SPEC = LLAMA_SERVICE.replace("gpu: A100:80GB:1", "gpu: L40S:2") + "spot_policy: auto\nmax_price: 3.0\nbackends: [aws, runpod]\n"


@pytest.fixture
def kubernetes_settings(settings, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", TOKEN_VALUE)
    return settings.model_copy(update={"target": "kubernetes", "k8s_namespace": "inference",
                                       "k8s_secret": "deploy-mcp-env"})


async def test_validate_returns_schema_valid_manifests_and_dstack_only_warnings(kubernetes_settings, open_client):
    async with open_client(kubernetes_settings) as client:
        report = await call(client, "validate_config", {"yaml": SPEC})
    assert report["valid"] is True
    objects = list(yaml.safe_load_all(report["manifests"]))
    assert [o["kind"] for o in objects] == ["Deployment", "Service"]
    for obj in objects:
        kubernetes_validate.validate(obj, "1.31.0", strict=True)
        assert obj["metadata"]["namespace"] == "inference"
    (main,) = objects[0]["spec"]["template"]["spec"]["containers"]
    assert main["resources"]["limits"] == {"nvidia.com/gpu": "2"}
    assert {"name": "HF_TOKEN", "valueFrom": {"secretKeyRef": {"name": "deploy-mcp-env", "key": "HF_TOKEN"}}} \
        in main["env"]
    assert TOKEN_VALUE not in str(report)
    warned = {(w["code"], ".".join(map(str, w["loc"]))) for w in report["warnings"]}
    assert {("not_on_kubernetes", f) for f in ("spot_policy", "max_price", "backends")} <= warned


async def test_validate_of_a_deployment_names_the_objects_as_its_next_attempt(kubernetes_settings, open_client):
    async with open_client(kubernetes_settings) as client:
        opened = await call(client, "generate_service_config",
                            {"model": "meta-llama/Llama-3.1-8B-Instruct", "gpu": "L4"})
        report = await call(client, "validate_config", {"yaml": opened["yaml"], "deployment": opened["deployment"]})
    deployment = next(yaml.safe_load_all(report["manifests"]))
    labels = deployment["metadata"]["labels"]
    assert labels["deploy-mcp.io/deployment"] == opened["deployment"] and labels["deploy-mcp.io/attempt"] == "1"
    assert deployment["metadata"]["name"].endswith("-a1")


async def test_env_names_without_a_secret_make_the_config_invalid_on_kubernetes(settings, open_client):
    async with open_client(settings.model_copy(update={"target": "kubernetes"})) as client:
        report = await call(client, "validate_config", {"yaml": SPEC})
    assert report["valid"] is False and report["manifests"] is None
    assert [e["code"] for e in report["errors"]] == ["secret_not_configured"]


async def test_the_dstack_target_returns_no_manifests(client):
    report = await call(client, "validate_config", {"yaml": SPEC})
    assert report["valid"] is True and report["manifests"] is None
    assert not any(w["code"] == "not_on_kubernetes" for w in report["warnings"])


async def test_policy_resource_shows_the_kubernetes_placement(kubernetes_settings, open_client):
    async with open_client(kubernetes_settings) as client:
        result = await client.read_resource("deploy://policy")
    policy = json.loads(result.contents[0].text)
    assert policy["target"] == "kubernetes"
    assert policy["kubernetes"] == {"namespace": "inference", "secret": "deploy-mcp-env", "cache_pvc": None,
                                    "gpu_prices": None}
