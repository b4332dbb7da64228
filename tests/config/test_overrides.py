"""The merge gives what `dstack apply` gives for the same flags, case by case, checked against dstack itself."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from dstack._internal.cli.services.configurators.run import ServiceConfigurator
from dstack._internal.core.models.configurations import parse_apply_configuration
from dstack._internal.core.models.envs import EnvSentinel

from deploy_mcp.config.overrides import apply_overrides
from deploy_mcp.config.validation import validate_text
from deploy_mcp.settings import Policy

VLLM = {
    "type": "service",
    "name": "llama",
    "image": "vllm/vllm-openai:v0.11.0",
    "commands": ["vllm serve meta-llama/Llama-3.1-8B-Instruct --port 8000"],
    "port": 8000,
    "model": "meta-llama/Llama-3.1-8B-Instruct",
}


def service(**fields: Any) -> dict[str, Any]:
    doc = copy.deepcopy(VLLM)
    doc.update(fields)
    return doc


GROUPS = {
    "type": "service",
    "port": 8000,
    "image": "lmsysorg/sglang:latest",
    "groups": [
        {"name": "prefill", "replicas": 1, "commands": ["python -m sglang.launch_server --port 8000"],
         "resources": {"gpu": "H200:1"}},
        {"name": "decode", "replicas": 2, "commands": ["python -m sglang.launch_server --port 8000"]},
    ],
}

# (name, YAML document, mandatory options); each option maps to the `dstack apply` flag of the same meaning.
CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("gpu replaces a whole named spec", service(resources={"gpu": "A100:80GB:2"}), {"gpu": "H100:8"}),
    ("gpu replaces a memory-only spec", service(resources={"gpu": "24GB:1"}), {"gpu": "A10G:1"}),
    ("gpu added where none was given", service(), {"gpu": "24GB..80GB:1"}),
    ("gpu keeps the other resources", service(resources={"gpu": "A100:2", "disk": "500GB", "shm_size": "16GB"}),
     {"gpu": "L40S:2"}),
    ("cpu replaces the cpu spec", service(resources={"cpu": "4..", "gpu": "24GB"}), {"cpu": "16"}),
    ("memory replaces the memory spec", service(resources={"memory": "32GB.."}), {"memory": "128GB"}),
    ("disk replaces the disk spec", service(resources={"disk": "100GB.."}), {"disk": "1TB"}),
    ("all four resources at once", service(resources={"gpu": "A100", "cpu": 8, "memory": "64GB", "disk": "200GB"}),
     {"gpu": "H100:2", "cpu": "32", "memory": "256GB", "disk": "500GB"}),
    ("backends list replaced, not united", service(backends=["aws", "gcp"]), {"backends": ["runpod"]}),
    ("backends set where absent", service(), {"backends": ["vastai", "lambda"]}),
    ("regions replaced", service(regions=["us-east-1"]), {"regions": ["eu-west-1", "eu-north-1"]}),
    ("instance types replaced", service(instance_types=["p4d.24xlarge"]), {"instance_types": ["g5.xlarge"]}),
    ("fleets replaced", service(fleets=["old-fleet"]), {"fleets": ["my-fleet"]}),
    ("max price lowered", service(max_price=10.0), {"max_price": 2.5}),
    ("max price set where absent", service(), {"max_price": 1.2}),
    ("spot policy forced", service(spot_policy="auto"), {"spot_policy": "on-demand"}),
    ("env name added to list form", service(env=["MODEL_ID=x"]), {"env": ["HF_TOKEN"]}),
    ("env name added to dict form", service(env={"MODEL_ID": "x", "PORT": "8000"}), {"env": ["HF_TOKEN"]}),
    ("env key overridden, others kept", service(env=["HF_TOKEN", "A=1", "B=2"]), {"env": ["A=9"]}),
    ("env value-less key replaces an inline value", service(env={"HF_TOKEN": "placeholder"}), {"env": ["HF_TOKEN"]}),
    ("unset options leave everything alone",
     service(resources={"gpu": "A100:2"}, backends=["aws"], env=["HF_TOKEN"], max_price=3.0), {}),
    ("empty lists leave the YAML lists alone", service(backends=["aws"], regions=["us-west-2"]),
     {"backends": [], "regions": []}),
    ("everything together", service(resources={"gpu": "A100:80GB:2", "disk": "300GB"}, backends=["aws"],
                                    spot_policy="spot", env=["X=1"]),
     {"gpu": "H100:80GB:4", "backends": ["gcp", "azure"], "regions": ["us-central1"], "max_price": 20.0,
      "spot_policy": "auto", "env": ["HF_TOKEN", "X=2"], "fleets": ["f"]}),
]

FLAG = {"gpu": "--gpu", "cpu": "--cpu", "memory": "--memory", "disk": "--disk", "backends": "-b", "regions": "-r",
        "instance_types": "--instance-type", "fleets": "--fleet", "max_price": "--max-price",
        "spot_policy": "--spot-policy", "env": "-e"}


def as_argv(options: dict[str, Any]) -> list[str]:
    argv: list[str] = []
    for name, value in options.items():
        for item in value if isinstance(value, list) else [value]:
            argv += [FLAG[name], str(item)]
    return argv


def dstack_apply(doc: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    conf = parse_apply_configuration(copy.deepcopy(doc))
    args, unknown = ServiceConfigurator.get_parser().parse_known_args(as_argv(options))
    assert unknown == []
    ServiceConfigurator(api_client=None).apply_args(conf, args)
    # dstack assigns flag values without validating them (fleets stay plain strings): round-trip to compare
    # the configuration the server would receive.
    revalidated = parse_apply_configuration(conf.model_dump(mode="json", exclude_none=True))
    return revalidated.model_dump(mode="json", exclude_none=True)


def ours(doc: dict[str, Any], options: dict[str, Any]) -> dict[str, Any]:
    merged, _ = apply_overrides(doc, [("policy", options)])
    conf = parse_apply_configuration(merged)
    # `dstack apply` fills value-less env names from its own environment at this point; deploy-mcp does it at
    # submit time, so resolve here the same way before comparing.
    for key, value in list(conf.env.items()):
        if isinstance(value, EnvSentinel):
            conf.env[key] = value.from_env({"HF_TOKEN": "token-from-env"})
    return conf.model_dump(mode="json", exclude_none=True)


@pytest.mark.parametrize(("doc", "options"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_merge_equals_dstack_apply_flags(doc, options, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "token-from-env")
    assert ours(doc, options) == dstack_apply(doc, options)


def test_merge_forces_gpu_into_replica_groups_where_dstack_silently_does_not(monkeypatch):
    expected = dstack_apply(GROUPS, {"gpu": "A100:2"})
    got = ours(GROUPS, {"gpu": "A100:2"})
    assert [g["resources"]["gpu"].get("name") for g in expected["groups"]] == [["H200"], None]
    assert [g["resources"]["gpu"].get("name") for g in got["groups"]] == [["A100"], ["A100"]]
    assert got["resources"]["gpu"] == expected["resources"]["gpu"]
    for conf in (got, expected):
        for group in conf["groups"]:
            group.pop("resources")
    assert got == expected


def test_merge_leaves_the_input_document_untouched():
    doc = service(resources={"gpu": "A100:2"}, env=["A=1"])
    before = copy.deepcopy(doc)
    apply_overrides(doc, [("policy", {"gpu": "H100:8", "env": ["HF_TOKEN"]})])
    assert doc == before


def test_override_report_names_field_values_and_source():
    doc = service(resources={"gpu": "A100:80GB:2"}, backends=["aws"])
    _, overrides = apply_overrides(doc, [("deployment", {"backends": ["gcp"], "gpu": "L4:1"}),
                                         ("policy", {"gpu": "H100:8"})])
    report = {o.field: (o.model_value, o.enforced_value, o.source) for o in overrides}
    assert report == {
        "resources.gpu": ("A100:80GB:2", "H100:8", "policy"),
        "backends": (["aws"], ["gcp"], "deployment"),
    }


def test_override_equal_to_the_yaml_is_not_reported():
    _, overrides = apply_overrides(service(max_price=2.0), [("policy", {"max_price": 2.0})])
    assert overrides == []


def test_env_override_report_never_carries_values():
    doc = service(env={"HF_TOKEN": "hf_" + "a" * 30})
    _, overrides = apply_overrides(doc, [("policy", {"env": ["HF_TOKEN"]})])
    assert len(overrides) == 1
    dumped = overrides[0].model_dump_json()
    assert "hf_" not in dumped and overrides[0].field == "env.HF_TOKEN"


def test_invalid_mandatory_value_is_caught_by_revalidation():
    """dstack's CLI does not re-validate what its flags set; the merged document is validated again."""
    text = "type: service\nport: 8000\ncommands: [python3 -m http.server 8000]\n"
    report = validate_text(text, policy=Policy(backends=["not-a-backend"]))
    assert report.valid is False
    assert report.errors[0].loc[:1] == ["backends"]
    assert "mandatory option" in report.errors[0].message


def test_negative_max_price_from_policy_is_refused_after_merge():
    report = validate_text("type: service\nport: 80\nimage: nginx\n", deployment_options={"max_price": -3.0})
    assert report.valid is False and report.errors[0].loc == ["max_price"]
