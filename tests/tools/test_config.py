"""validate_config through the MCP client: located errors, overrides, checks, and dstack's own documented configs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import LLAMA_SERVICE, call

pytestmark = pytest.mark.anyio

REPO = Path(__file__).resolve().parents[2]
DSTACK_DOCS = REPO.parent / "shared" / "corpus" / "dstack-docs"
# dstack 0.22.5 itself rejects these three (see the corpus README).
DSTACK_DOCS_INVALID = {
    "mkdocs/blog/posts/pd-disaggregation__01.dstack.yml",
    "mkdocs/docs/concepts/secrets__01.dstack.yml",
    "mkdocs/docs/concepts/secrets__02.dstack.yml",
}
# dstack accepts it, deploy-mcp's policy does not: a run may never receive deploy-mcp's own dstack token.
DSTACK_DOCS_REFUSED_BY_POLICY = {"mkdocs/docs/concepts/services__22.dstack.yml": "env_not_allowed"}
# What a user would allow to deploy the docs' examples: the env names they list, and up to 8 replicas.
DSTACK_DOCS_POLICY = {"allow_env": ["NGC_API_KEY", "PROBES_API_KEY"], "max_replicas": 8}

GOOD = LLAMA_SERVICE


async def validate(client, text: str, **extra) -> dict:
    result = await client.call_tool("validate_config", {"yaml": text, **extra})
    assert not result.is_error, result.content
    return result.structured_content


def codes(report: dict) -> list[tuple[str, str]]:
    return [(e["code"], ".".join(map(str, e["loc"]))) for e in report["errors"]]


async def test_valid_service_returns_effective_yaml_and_no_errors(client):
    report = await validate(client, GOOD)
    assert report["valid"] is True and report["errors"] == [] and report["config_type"] == "service"
    assert "vllm serve meta-llama/Llama-3.1-8B-Instruct" in report["effective_yaml"]


async def test_yaml_syntax_error_names_line_and_column(client):
    report = await validate(client, "type: service\nport: 8000\n  commands: [x]\n")
    (error,) = report["errors"]
    assert (error["code"], error["line"], error["column"]) == ("yaml_syntax", 3, 11)


async def test_unknown_field_is_located_with_line_and_suggestion(client):
    report = await validate(client, GOOD.replace("port: 8000", "port: 8000\nreplica: 2"))
    (error,) = report["errors"]
    assert error["code"] == "extra_forbidden" and error["loc"] == ["replica"] and error["line"] == 9
    assert "replicas" in error["hint"]


async def test_unknown_nested_field_suggests_the_real_name(client):
    report = await validate(client, GOOD.replace("gpu: A100:80GB:1", "gpus: A100:80GB:1"))
    (error,) = report["errors"]
    assert error["loc"] == ["resources", "gpus"] and "'gpu'" in error["hint"]


async def test_union_errors_collapse_to_one_error_per_field(client):
    report = await validate(client, GOOD.replace("port: 8000", "port: abc"))
    assert codes(report) == [("int_parsing", "port")]


async def test_missing_port_is_named(client):
    report = await validate(client, GOOD.replace("port: 8000\n", ""))
    assert ("missing", "port") in codes(report)


async def test_typo_in_type_is_located_on_type(client):
    report = await validate(client, GOOD.replace("type: service", "type: servic"))
    assert codes(report) == [("union_tag_invalid", "type")]


async def test_inline_token_is_an_error_and_never_echoed(client):
    token = "hf_" + "Q" * 34
    text = GOOD.replace("  - HF_TOKEN", f"  - HF_TOKEN={token}")
    report = await validate(client, text)
    assert ("secret_inline", "env.HF_TOKEN") in codes(report)
    assert token not in json.dumps(report)


async def test_secret_named_variable_with_inline_value_is_an_error(client):
    text = GOOD.replace("  - HF_TOKEN", "  - HF_TOKEN\n  - WANDB_API_KEY=abc123")
    assert ("secret_inline", "env.WANDB_API_KEY") in codes(await validate(client, text))


async def test_secret_reference_is_allowed(client):
    text = GOOD.replace("  - HF_TOKEN", "  - HF_TOKEN=${{ secrets.hf_token }}")
    assert (await validate(client, text))["valid"] is True


@pytest.mark.parametrize("command", [
    "export WANDB_API_KEY=0123456789abcdef0123456789abcdef01234567 && vllm serve m --port 8000",
    "HF_TOKEN=abcdef0123456789abcdef vllm serve m --port 8000",
    "vllm serve m --port 8000 --api-key mysupersecretkey123",
])
async def test_secret_value_inside_a_command_is_an_error_and_never_echoed(client, command):
    text = f"type: service\nport: 8000\nimage: vllm/vllm-openai\ncommands:\n  - {command}\n"
    report = await validate(client, text)
    assert ("secret_inline", "commands.0") in codes(report)
    secret = command.split("=", 1)[1].split()[0] if "=" in command else "mysupersecretkey123"
    assert secret not in json.dumps(report)


async def test_secret_references_in_commands_are_allowed(client):
    text = GOOD.replace("--max-model-len 8192", "--max-model-len 8192 --api-key ${{ secrets.vllm_key }}")
    assert (await validate(client, text))["valid"] is True


async def test_token_misplaced_anywhere_is_not_echoed_in_errors(client):
    token = "hf_" + "Z" * 34
    for text in (GOOD + f"{token}: 1\n", GOOD.replace("gpu: A100:80GB:1", f"gpu: {token}")):
        report = await validate(client, text)
        assert report["valid"] is False and token not in json.dumps(report)


async def test_engine_port_must_equal_service_port(client):
    report = await validate(client, GOOD.replace("--port 8000", "--port 8080"))
    assert codes(report) == [("port_mismatch", "port")]


async def test_engine_default_port_counts_when_no_port_flag(client):
    report = await validate(client, GOOD.replace(" --port 8000", "").replace("port: 8000", "port: 80"))
    assert codes(report) == [("port_mismatch", "port")]


async def test_engine_bound_to_loopback_is_warned(client):
    report = await validate(client, GOOD.replace("--port 8000", "--port 8000 --host 127.0.0.1"))
    assert report["valid"] is True
    assert [(w["code"], w["loc"]) for w in report["warnings"]] == [("host_not_all_interfaces", ["commands", 0])]


async def test_unknown_gpu_name_is_flagged_with_close_names(client):
    report = await validate(client, GOOD.replace("A100:80GB:1", "H1000:8"))
    (error,) = report["errors"]
    assert (error["code"], error["loc"]) == ("unknown_gpu", ["resources", "gpu"]) and "H100" in error["hint"]


async def test_model_mapping_must_name_what_the_engine_serves(client):
    report = await validate(client, GOOD.replace("model: meta-llama/Llama-3.1-8B-Instruct", "model: llama"))
    assert codes(report) == [("model_mismatch", "model")]


async def test_tensor_parallel_must_match_gpu_count(client):
    text = GOOD.replace("--max-model-len 8192", "--tensor-parallel-size 4").replace("A100:80GB:1", "A100:80GB:2")
    assert codes(await validate(client, text)) == [("tensor_parallel_mismatch", "resources.gpu")]


async def test_gpu_count_range_below_tensor_parallel_is_an_error(client):
    """dstack may pick the cheapest offer in a count range: the fewest GPUs must still run the engine."""
    for gpu in ("A10G", "A10G:1..2"):
        text = GOOD.replace("--max-model-len 8192", "-tp 2").replace("A100:80GB:1", gpu)
        assert ("tensor_parallel_mismatch", "resources.gpu") in codes(await validate(client, text)), gpu
    text = GOOD.replace("--max-model-len 8192", "-tp 2").replace("A100:80GB:1", "A100:2..4")
    assert (await validate(client, text))["valid"] is True


async def test_each_replica_group_is_checked_against_its_own_gpus(client):
    text = """\
type: service
port: 8000
image: vllm/vllm-openai:v0.11.0
groups:
  - name: small
    replicas: 1
    commands: ["vllm serve Qwen/Qwen2.5-7B-Instruct --port 8000 --max-model-len 8192"]
    resources: {gpu: "A100:80GB:1"}
  - name: big
    replicas: 1
    commands: ["vllm serve Qwen/Qwen2.5-72B-Instruct --port 8080 --tensor-parallel-size 2"]
    resources: {gpu: "A10G:1"}
"""
    found = codes(await validate(client, text))
    assert ("port_mismatch", "port") in found
    assert ("tensor_parallel_mismatch", "groups.1.resources.gpu") in found
    assert ("gpu_memory_insufficient", "groups.1.resources.gpu") in found
    assert not any(path.startswith("groups.0") for _, path in found)


async def test_task_is_valid_but_flagged_as_not_a_service(client):
    report = await validate(client, "type: task\ncommands: [python train.py]\n")
    assert report["valid"] is True and report["config_type"] == "task"
    assert [w["code"] for w in report["warnings"]] == ["not_a_service"]


async def test_fleet_configuration_is_refused_as_not_a_run(client):
    report = await validate(client, "type: fleet\nname: f\nnodes: 1\n")
    assert codes(report) == [("not_a_run_configuration", "type")]


async def test_list_document_is_refused(client):
    assert codes(await validate(client, "- type: service\n")) == [("not_a_mapping", "<root>")]


async def test_scalar_and_empty_documents_are_refused(client):
    for text in ("just text", ""):
        assert codes(await validate(client, text)) == [("not_a_mapping", "<root>")]


async def test_several_documents_are_refused(client):
    assert codes(await validate(client, GOOD + "---\n" + GOOD)) == [("multiple_documents", "<root>")]


async def test_huge_document_is_refused_without_parsing(client):
    text = GOOD + "# " + "x" * (300 * 1024) + "\n"
    assert codes(await validate(client, text)) == [("document_too_large", "<root>")]


async def test_alias_bomb_is_refused(client):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 8):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    report = await validate(client, "type: service\nport: 80\nimage: nginx\n" + "\n".join(lines) + "\n")
    assert codes(report) == [("yaml_alias_expansion", "<root>")]


async def test_key_given_twice_is_refused_at_its_second_line(client):
    report = await validate(client, GOOD + "resources:\n  gpu: H100:1\n")
    (error,) = report["errors"]
    assert (error["code"], error["loc"], error["line"]) == ("duplicate_key", ["resources"], 12)


async def test_small_anchors_are_accepted(client):
    text = "type: service\nport: 8000\nimage: nginx\ncommands: &c [nginx -g 'daemon off;']\nenv: [A=1]\n"
    assert (await validate(client, text))["valid"] is True


async def test_policy_overrides_are_applied_and_reported(settings, open_client):
    policy = settings.model_copy(update={"gpu": "H100:1", "backends": ["runpod"], "max_price": 3.0})
    async with open_client(policy) as client:
        report = await validate(client, GOOD)
    assert report["valid"] is True
    fields = {o["field"]: (o["model_value"], o["enforced_value"], o["source"]) for o in report["overrides"]}
    assert fields == {
        "resources.gpu": ("A100:80GB:1", "H100:1", "policy"),
        "backends": (None, ["runpod"], "policy"),
        "max_price": (None, 3.0, "policy"),
    }
    assert "gpu: H100:1" in report["effective_yaml"] and "A100" not in report["effective_yaml"]


async def test_a_new_deployment_name_opens_a_draft_once_the_config_is_valid(client):
    invalid = await call(client, "validate_config", {"yaml": GOOD + "bogus: 1\n", "deployment": "mine"})
    assert invalid["valid"] is False
    priced = await client.call_tool("estimate_cost", {"yaml": GOOD, "deployment": "mine"})
    assert priced.is_error and '"deployment_not_found"' in priced.content[0].text  # nothing was opened
    report = await call(client, "validate_config", {"yaml": GOOD, "deployment": "mine"})
    assert report["valid"] and report["overrides"] == []
    listed = json.loads((await client.read_resource("deploy://deployments/mine")).contents[0].text)
    assert listed["locked"] is False and listed["options"] == {} and listed["attempts_used"] == 0


async def test_an_unusable_deployment_name_is_a_structured_tool_error(client):
    result = await client.call_tool("validate_config", {"yaml": GOOD, "deployment": "no spaces allowed"})
    assert result.is_error
    body = json.loads(result.content[0].text.split(": ", 1)[1])
    assert body["error"] == "invalid_deployment_name" and body["hint"]


def _dstack_doc_files() -> list[Path]:
    return sorted(p for p in DSTACK_DOCS.rglob("*.yml"))


# The corpus is read in place from ../shared beside the repository (it is not the project's to copy); CI has it.
needs_dstack_docs = pytest.mark.skipif(
    not DSTACK_DOCS.is_dir(), reason=f"dstack's documented configs are not at {DSTACK_DOCS} (a public clone)"
)


@needs_dstack_docs
def test_dstack_docs_corpus_is_all_there():
    assert len(_dstack_doc_files()) == 76


@needs_dstack_docs
@pytest.mark.parametrize("path", _dstack_doc_files(), ids=lambda p: str(p.relative_to(DSTACK_DOCS)))
async def test_dstack_documented_configs_validate_as_dstack_does(settings, open_client, path):
    async with open_client(settings.model_copy(update=DSTACK_DOCS_POLICY)) as client:
        report = await validate(client, path.read_text())
    relative = str(path.relative_to(DSTACK_DOCS))
    if relative in DSTACK_DOCS_REFUSED_BY_POLICY:
        assert codes(report) == [(DSTACK_DOCS_REFUSED_BY_POLICY[relative], "env.DSTACK_TOKEN")]
        return
    assert report["valid"] is (relative not in DSTACK_DOCS_INVALID), report["errors"]
