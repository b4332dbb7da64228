"""Rendering a dstack service as Kubernetes objects: every rendered object is valid against the OpenAPI schema
of a pinned Kubernetes version, for the project's corpus, the example configs and the generator's outputs."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml
from support import LLAMA_SERVICE

from deploy_mcp.backends.kubernetes.gpu_labels import (
    AMD_DEVICE_ID,
    AMD_VRAM,
    NVIDIA_MEMORY,
    NVIDIA_PRODUCT,
    nvidia_products,
)
from deploy_mcp.backends.kubernetes.render import (
    CONFIG_HASH_ANNOTATION,
    GROUP_LABEL,
    OWNER_LABELS,
    RUN_LABEL,
    STARTUP_FAILURE_THRESHOLD,
    STARTUP_PERIOD_SECONDS,
    Ownership,
    RenderOptions,
    label_value,
    object_name,
    render_service,
    target_warnings,
)
from deploy_mcp.config.validation import validate_text
from deploy_mcp.settings import Policy
from deploy_mcp.sizing.commands import IMAGES
from deploy_mcp.sizing.generate import ServiceRequest, generate_service
from deploy_mcp.sizing.models import table_resolver

KUBERNETES_VERSION = "1.31.0"
REPO = Path(__file__).resolve().parents[3]
OWNER = Ownership(deployment="llama-8b", attempt=2, run_name="llama-8b-1a2b-a2", config_hash="0123abcd")
OPTIONS = RenderOptions(namespace="inference", secret_name="deploy-mcp-env", cache_pvc=None)
LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
# A value the test server's environment holds for a name the specs bind to the Secret: it must never be rendered.
TOKEN_VALUE = "hf_renderTestValue0123456789abcdef"
SERVICE = LLAMA_SERVICE


def corpus_services() -> list[Path]:
    files = sorted((REPO / "tests" / "corpus" / "valid").glob("*.yml")) + sorted(
        (REPO / "examples" / "configs").glob("*.yml"))
    return [f for f in files if yaml.safe_load(f.read_text()).get("type") == "service"]


GENERATED = [
    (engine, model, gpu)
    for engine in ("vllm", "sglang", "tgi")
    for model, gpus in (
        ("meta-llama/Llama-3.1-8B-Instruct", ("L4:1", "A10G:1", "A100:40GB:1", "MI300X:1")),
        ("Qwen/Qwen2.5-32B-Instruct", ("A100:80GB:2", "L40S:4", "MI300X:2")),
        ("meta-llama/Llama-3.1-70B-Instruct", ("H100:4", "H100:8", "MI300X:8", "H200:2")),
    )
    for gpu in gpus
]


# The corpus as a user would validate it: the env names its configs list are allowed.
POLICY = Policy(allow_env=["NGC_API_KEY", "WANDB_API_KEY"])


def effective(text: str) -> dict[str, Any]:
    report = validate_text(text, policy=POLICY)
    assert report.valid, report.errors
    return report.effective


def generated(engine: str, model: str, gpu: str) -> dict[str, Any]:
    result = generate_service(ServiceRequest(model=model, engine=engine, gpu=gpu), table_resolver(model))
    return effective(result.yaml)


def render(spec: dict[str, Any], options: RenderOptions = OPTIONS, ownership: Ownership = OWNER):
    return render_service(spec, ownership=ownership, options=options)


def assert_schema_valid(objects: list[dict[str, Any]]) -> None:
    for obj in objects:
        kubernetes_validate.validate(obj, KUBERNETES_VERSION, strict=True)


def kinds(objects: list[dict[str, Any]]) -> list[str]:
    return [obj["kind"] for obj in objects]


def container(deployment: dict[str, Any]) -> dict[str, Any]:
    (only,) = deployment["spec"]["template"]["spec"]["containers"]
    return only


def node_expressions(deployment: dict[str, Any]) -> dict[str, dict[str, Any]]:
    terms = deployment["spec"]["template"]["spec"]["affinity"]["nodeAffinity"][
        "requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"]
    (term,) = terms
    return {(e["key"], e["operator"]): e for e in term["matchExpressions"]}


def shm_limit(deployment: dict[str, Any]) -> str:
    volumes = {v["name"]: v for v in deployment["spec"]["template"]["spec"]["volumes"]}
    assert volumes["dshm"]["emptyDir"]["medium"] == "Memory"
    return volumes["dshm"]["emptyDir"]["sizeLimit"]


@pytest.fixture(autouse=True)
def token_in_environment(monkeypatch):
    monkeypatch.setenv("HF_TOKEN", TOKEN_VALUE)


def test_the_corpus_gives_at_least_forty_specs_to_render():
    assert len(corpus_services()) + len(GENERATED) >= 40
    assert len(corpus_services()) >= 40


@pytest.mark.parametrize("path", corpus_services(), ids=lambda p: p.name)
def test_corpus_service_renders_schema_valid_objects_or_a_structured_refusal(path):
    spec = effective(path.read_text())
    rendered = render(spec)
    if rendered.errors:
        # The only refusals in the corpus: an accelerator the target has no device plugin for.
        assert {e.code for e in rendered.errors} == {"gpu_vendor_unsupported"}, rendered.errors
        assert rendered.objects == []
        return
    assert_schema_valid(rendered.objects)
    groups = spec["replicas"] if isinstance(spec.get("replicas"), list) else [None]
    assert kinds(rendered.objects) == ["Deployment"] * len(groups) + ["Service"]
    for obj in rendered.objects:
        labels = obj["metadata"]["labels"]
        assert set(OWNER_LABELS) <= set(labels) and all(LABEL_VALUE.match(v) for v in labels.values())
        assert obj["metadata"]["annotations"][CONFIG_HASH_ANNOTATION] == OWNER.config_hash
    assert TOKEN_VALUE not in rendered.manifests()
    for deployment in rendered.objects[:-1]:
        probes = container(deployment)
        assert probes["startupProbe"]["failureThreshold"] * probes["startupProbe"]["periodSeconds"] >= 30 * 60
        assert "readinessProbe" in probes


@pytest.mark.parametrize(("engine", "model", "gpu"), GENERATED, ids=["-".join(c) for c in GENERATED])
def test_generated_service_renders_with_its_gpus_shm_selector_probe_and_image(engine, model, gpu):
    spec = generated(engine, model, gpu)
    rendered = render(spec)
    assert rendered.errors == []
    assert_schema_valid(rendered.objects)
    deployment, service = rendered.objects
    main = container(deployment)
    name, count = gpu.split(":")[0], int(gpu.split(":")[-1])
    vendor = "amd" if name.startswith("MI") else "nvidia"

    assert main["image"] == IMAGES[(engine, vendor)]
    assert main["resources"]["limits"] == {f"{vendor}.com/gpu": str(count)}
    assert shm_limit(deployment) == spec["resources"].get("shm_size", f"{4 * count}GB").replace("GB", "Gi")
    tolerations = deployment["spec"]["template"]["spec"]["tolerations"]
    assert {"key": f"{vendor}.com/gpu", "operator": "Exists", "effect": "NoSchedule"} in tolerations
    expressions = node_expressions(deployment)
    if vendor == "amd":
        assert expressions[(AMD_DEVICE_ID, "In")]["values"][0] == "74a1"  # MI300X's PCI device id
    else:
        products = expressions[(NVIDIA_PRODUCT, "In")]["values"]
        assert products and all(p.startswith(("NVIDIA-", "Tesla-")) for p in products)
        assert any(name in p for p in products)
    for probe in ("startupProbe", "readinessProbe"):
        assert main[probe]["httpGet"] == {"path": "/health", "port": "http"}
    port = main["ports"][0]["containerPort"]
    assert service["spec"]["ports"][0]["port"] == port and service["spec"]["selector"] == {
        RUN_LABEL: OWNER.run_name}
    assert TOKEN_VALUE not in rendered.manifests()


def test_env_names_without_values_are_bound_to_the_secret_and_plain_values_stay_values():
    spec = effective(SERVICE.replace("  - HF_TOKEN\n", "  - HF_TOKEN\n  - VLLM_LOGGING_LEVEL=DEBUG\n"))
    env = {e["name"]: e for e in container(render(spec).objects[0])["env"]}
    assert env["HF_TOKEN"] == {"name": "HF_TOKEN",
                               "valueFrom": {"secretKeyRef": {"name": "deploy-mcp-env", "key": "HF_TOKEN"}}}
    assert env["VLLM_LOGGING_LEVEL"] == {"name": "VLLM_LOGGING_LEVEL", "value": "DEBUG"}
    assert TOKEN_VALUE not in json.dumps(render(spec).objects)


def test_env_names_without_a_secret_configured_are_refused_with_the_flag_to_set():
    rendered = render(effective(SERVICE), RenderOptions(namespace="inference"))
    (error,) = rendered.errors
    assert error.code == "secret_not_configured" and "HF_TOKEN" in error.message and "--k8s-secret" in error.hint
    assert rendered.objects == []



def test_python_instead_of_image_uses_the_engines_pinned_image_and_says_so():
    spec = effective(SERVICE.replace("image: vllm/vllm-openai:v0.11.0", "python: '3.12'"))
    rendered = render(spec)
    assert container(rendered.objects[0])["image"] == IMAGES[("vllm", "nvidia")]
    assert any("image chosen" in note and IMAGES[("vllm", "nvidia")] in note for note in rendered.notes)
    assert rendered.manifests().startswith("# image chosen: ")
    assert [o["kind"] for o in yaml.safe_load_all(rendered.manifests())] == ["Deployment", "Service"]


def test_python_without_a_known_engine_is_refused_as_image_required():
    spec = effective(SERVICE.replace("image: vllm/vllm-openai:v0.11.0", "python: '3.12'").replace(
        "vllm serve meta-llama/Llama-3.1-8B-Instruct --port 8000 --max-model-len 8192", "python app.py"))
    rendered = render(spec)
    assert [(e.code, e.loc) for e in rendered.errors] == [("image_required", ["image"])]


def test_commands_run_joined_in_one_shell_as_dstacks_runner_runs_them():
    spec = effective(SERVICE.replace("commands:\n", "commands:\n  - pip install flash-attn\n  - sleep 1 &\n"))
    assert container(render(spec).objects[0])["command"] == [
        "/bin/sh", "-c", ("pip install flash-attn && { sleep 1 & } && "
                          "vllm serve meta-llama/Llama-3.1-8B-Instruct --port 8000 --max-model-len 8192")]
    spec = effective(SERVICE.replace("image: vllm/vllm-openai:v0.11.0", "python: '3.12'"))
    assert container(render(spec).objects[0])["command"][:2] == ["/bin/bash", "-c"]
    spec = effective(SERVICE + "shell: bash\n")
    assert container(render(spec).objects[0])["command"][:2] == ["/bin/bash", "-c"]


def test_an_entrypoint_takes_the_commands_as_its_arguments():
    spec = effective(SERVICE + "entrypoint: python3 -m vllm.entrypoints.openai.api_server\n")
    main = container(render(spec).objects[0])
    assert main["command"] == ["python3", "-m", "vllm.entrypoints.openai.api_server"]
    assert main["args"] == spec["commands"]


def test_resources_become_requests_at_each_ranges_lower_bound():
    spec = effective(SERVICE.replace("  gpu: A100:80GB:1\n",
                                     "  gpu: A100:80GB:1\n  cpu: 8..\n  memory: 64GB..128GB\n  disk: 200GB\n"))
    assert container(render(spec).objects[0])["resources"] == {
        "requests": {"cpu": "8", "memory": "64Gi", "ephemeral-storage": "200Gi"},
        "limits": {"nvidia.com/gpu": "1"},
    }


def test_a_gpu_spec_without_a_count_gets_one_gpu_as_dstacks_default_does():
    spec = effective(SERVICE.replace("gpu: A100:80GB:1", "gpu:\n    name: [L4]"))
    deployment = render(spec).objects[0]
    assert container(deployment)["resources"]["limits"] == {"nvidia.com/gpu": "1"}
    assert node_expressions(deployment)[(NVIDIA_PRODUCT, "In")]["values"] == ["NVIDIA-L4", "NVIDIA-L4-SHARED"]


def test_named_gpu_selects_its_product_labels_narrowed_by_memory():
    expressions = node_expressions(render(effective(SERVICE)).objects[0])
    assert expressions[(NVIDIA_PRODUCT, "In")]["values"] == [
        "NVIDIA-A100-SXM4-80GB", "NVIDIA-A100-80GB-PCIe", "NVIDIA-A100-SXM4-80GB-SHARED",
        "NVIDIA-A100-80GB-PCIe-SHARED"]


def test_memory_only_gpu_is_matched_on_the_nvml_memory_label_with_slack():
    spec = effective(SERVICE.replace("gpu: A100:80GB:1", "gpu: 24GB..:2"))
    expressions = node_expressions(render(spec).objects[0])
    floor = int(expressions[(NVIDIA_MEMORY, "Gt")]["values"][0])
    # An A10G reports 23028 MiB and an L4 23034 MiB for their 24 GB; a 16 GB T4 reports 15360 MiB.
    assert floor < 23028 and floor > 16 * 1024
    assert (NVIDIA_MEMORY, "Lt") not in expressions and (NVIDIA_PRODUCT, "In") not in expressions


def test_amd_memory_only_gpu_lists_the_vram_labels_of_known_sizes():
    spec = effective(SERVICE.replace("gpu: A100:80GB:1", "gpu: amd:192GB..:1"))
    deployment = render(spec).objects[0]
    assert node_expressions(deployment)[(AMD_VRAM, "In")]["values"] == ["192G", "288G"]
    assert container(deployment)["resources"]["limits"] == {"amd.com/gpu": "1"}


def test_nvidia_product_names_follow_nvml_spelling():
    assert nvidia_products("T4") == ["Tesla-T4", "Tesla-T4-SHARED"]
    assert nvidia_products("H100", 80)[0] == "NVIDIA-H100-80GB-HBM3"
    assert nvidia_products("RTX4090")[0] == "NVIDIA-GeForce-RTX-4090"
    assert nvidia_products("RTX4070TiSUPER")[0] == "NVIDIA-GeForce-RTX-4070-Ti-SUPER"
    assert nvidia_products("A6000")[0] == "NVIDIA-RTX-A6000"
    assert nvidia_products("RTX6000Ada")[0] == "NVIDIA-RTX-6000-Ada-Generation"
    assert nvidia_products("L40S")[0] == "NVIDIA-L40S"
    assert nvidia_products("NoSuchGPU") == []


def test_unknown_gpu_name_is_placed_by_memory_and_warned_about():
    spec = effective(SERVICE.replace("gpu: A100:80GB:1", "gpu: RTXPRO4500:32GB:1"))
    rendered = render(spec)
    assert "gpu_name_not_matched" in {w.code for w in rendered.warnings}
    assert (NVIDIA_MEMORY, "Gt") in node_expressions(rendered.objects[0])


def test_tpu_is_refused_as_an_unsupported_accelerator():
    rendered = render(effective((REPO / "tests/corpus/valid/vllm-tpu-v5e.dstack.yml").read_text()))
    assert [e.code for e in rendered.errors] == ["gpu_vendor_unsupported"]


def test_shm_defaults_to_four_gib_per_gpu_and_the_specs_size_wins():
    spec = effective(SERVICE.replace("gpu: A100:80GB:1", "gpu: A100:80GB:4"))
    rendered = render(spec)
    assert shm_limit(rendered.objects[0]) == "16Gi" and any("/dev/shm" in n for n in rendered.notes)
    spec = effective(SERVICE.replace("gpu: A100:80GB:1", "gpu: A100:80GB:4\n  shm_size: 48GB"))
    assert shm_limit(render(spec).objects[0]) == "48Gi"


def test_model_cache_is_an_emptydir_at_hf_home_or_the_named_pvc():
    deployment = render(effective(SERVICE)).objects[0]
    volumes = {v["name"]: v for v in deployment["spec"]["template"]["spec"]["volumes"]}
    assert volumes["model-cache"]["emptyDir"] == {}
    mounts = {m["name"]: m["mountPath"] for m in container(deployment)["volumeMounts"]}
    env = {e["name"]: e.get("value") for e in container(deployment)["env"]}
    assert mounts["model-cache"] == env["HF_HOME"] == "/root/.cache/huggingface"

    with_pvc = render(effective(SERVICE), RenderOptions("inference", "deploy-mcp-env", "model-cache"))
    volumes = {v["name"]: v for v in with_pvc.objects[0]["spec"]["template"]["spec"]["volumes"]}
    assert volumes["model-cache"] == {"name": "model-cache", "persistentVolumeClaim": {"claimName": "model-cache"}}
    assert_schema_valid(with_pvc.objects)


def test_tgi_cache_goes_to_its_images_data_directory():
    spec = generated("tgi", "meta-llama/Llama-3.1-8B-Instruct", "L4:1")
    mounts = {m["name"]: m["mountPath"] for m in container(render(spec).objects[0])["volumeMounts"]}
    assert mounts["model-cache"] == "/data"


def test_the_specs_http_probe_becomes_the_readiness_probe_and_waits_an_hour_at_startup():
    spec = effective(SERVICE + "probes:\n  - type: http\n    url: /v1/models\n    interval: 20s\n"
                     "    timeout: 5s\n    ready_after: 2\n")
    main = container(render(spec).objects[0])
    assert main["readinessProbe"] == {"httpGet": {"path": "/v1/models", "port": "http"}, "periodSeconds": 20,
                                      "timeoutSeconds": 5, "successThreshold": 2, "failureThreshold": 3}
    assert main["startupProbe"]["httpGet"]["path"] == "/v1/models"
    assert STARTUP_PERIOD_SECONDS * STARTUP_FAILURE_THRESHOLD == 3600


def test_a_server_without_probes_or_a_known_health_path_is_probed_on_its_port():
    spec = effective((REPO / "tests/corpus/valid/ollama-llama31-8b.dstack.yml").read_text())
    main = container(render(spec).objects[0])
    assert main["readinessProbe"]["tcpSocket"] == main["startupProbe"]["tcpSocket"] == {"port": "http"}
    spec = effective((REPO / "tests/corpus/valid/custom-image-fastapi-embedder.dstack.yml").read_text())
    assert container(render(spec).objects[0])["readinessProbe"]["httpGet"]["path"] == "/healthz"


def test_replica_range_renders_its_lower_bound_and_zero_becomes_one_with_a_note():
    spec = effective((REPO / "tests/corpus/valid/vllm-autoscaling-rps.dstack.yml").read_text())
    low = int(str(spec["replicas"]).split("..")[0])
    assert render(spec).objects[0]["spec"]["replicas"] == low
    spec = effective((REPO / "tests/corpus/valid/vllm-scale-to-zero.dstack.yml").read_text())
    rendered = render(spec)
    assert rendered.objects[0]["spec"]["replicas"] == 1 and any("replicas" in n for n in rendered.notes)


def test_replica_groups_become_one_deployment_each_behind_one_service():
    spec = effective((REPO / "tests/corpus/valid/vllm-replica-groups.dstack.yml").read_text())
    *deployments, service = render(spec).objects
    assert [d["metadata"]["labels"][GROUP_LABEL] for d in deployments] == ["steady", "burst"]
    assert [d["spec"]["replicas"] for d in deployments] == [1, 0]
    assert node_expressions(deployments[0])[(NVIDIA_PRODUCT, "In")]["values"][0] == "NVIDIA-H100-80GB-HBM3"
    assert (NVIDIA_MEMORY, "Gt") in node_expressions(deployments[1])
    assert service["spec"]["selector"] == {RUN_LABEL: OWNER.run_name}
    assert len({d["metadata"]["name"] for d in deployments}) == 2


def test_dstack_run_variables_the_commands_use_are_set():
    spec = effective((REPO / "tests/corpus/valid/vllm-h100-count-range-gpus-num.dstack.yml").read_text())
    deployment = render(spec).objects[0]
    env = {e["name"]: e.get("value") for e in container(deployment)["env"]}
    assert env["DSTACK_GPUS_NUM"] == deployment["spec"]["template"]["spec"]["containers"][0]["resources"][
        "limits"]["nvidia.com/gpu"]


@pytest.mark.parametrize(("field", "yaml_text"), [
    ("backends", "backends: [aws, gcp]"),
    ("regions", "regions: [us-east-1]"),
    ("spot_policy", "spot_policy: auto"),
    ("max_price", "max_price: 2.5"),
    ("fleets", "fleets: [my-fleet]"),
    ("gateway", "gateway: true"),
    ("instance_types", "instance_types: [p4d.24xlarge]"),
    ("retry", "retry:\n  on_events: [no-capacity]\n  duration: 1h"),
    ("scaling", "replicas: 1..4\nscaling:\n  metric: rps\n  target: 10"),
])
def test_dstack_only_fields_are_warned_about_never_dropped_silently(field, yaml_text):
    spec = effective(SERVICE + yaml_text + "\n")
    warnings = {w.path: w for w in target_warnings(spec)}
    assert warnings[field].code == "not_on_kubernetes" and warnings[field].severity == "warning"
    assert {w.path for w in render(spec).warnings} >= {field}


def test_long_names_become_valid_label_values_and_object_names():
    long = "a-very-long-deployment-name-that-goes-on-and-on-past-the-sixty-three-character-limit"
    value = label_value(long)
    assert len(value) <= 63 and LABEL_VALUE.match(value) and value != label_value(long + "x")
    assert label_value("llama-8b") == "llama-8b"
    name = object_name(long)
    assert len(name) <= 63 and re.fullmatch(r"[a-z]([-a-z0-9]*[a-z0-9])?", name)
    rendered = render(effective(SERVICE), ownership=Ownership(long, 1, long, "h"))
    assert_schema_valid(rendered.objects)
    assert rendered.objects[0]["metadata"]["annotations"]["deploy-mcp.io/deployment-name"] == long


def test_the_pod_gets_no_service_links_and_no_api_token():
    pod = render(effective(SERVICE)).objects[0]["spec"]["template"]["spec"]
    assert pod["enableServiceLinks"] is False and pod["automountServiceAccountToken"] is False


def test_a_dstack_variable_without_a_meaning_here_is_warned_about():
    spec = effective(SERVICE.replace("--max-model-len 8192", "--max-model-len 8192 --host $DSTACK_MASTER_NODE_IP"))
    (warning,) = [w for w in render(spec).warnings if w.code == "dstack_variable_unset"]
    assert "DSTACK_MASTER_NODE_IP" in warning.message and warning.loc == ["commands"]


def test_privileged_numeric_user_and_working_dir_reach_the_container():
    spec = effective(SERVICE + "privileged: true\nuser: 1000:1000\nworking_dir: /workspace\n")
    main = container(render(spec).objects[0])
    assert main["securityContext"] == {"privileged": True, "runAsUser": 1000, "runAsGroup": 1000}
    assert main["workingDir"] == "/workspace"
    spec = effective(SERVICE + "user: ubuntu\n")
    assert "user_not_numeric" in {w.code for w in render(spec).warnings}
