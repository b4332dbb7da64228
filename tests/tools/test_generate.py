"""generate_service_config through the MCP client: every generated config validates, fits, and says why.

The matrix covers table models, models known only by name, and models read from a local Hub serving real-shaped
config.json files. validate_config is the same tool a host calls next.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from fixtures.hf_hub import GATED_TOKEN
from support import call

from deploy_mcp.config.engines import find_engine
from deploy_mcp.sizing.gpus import gpu_variants, parse_gpu

pytestmark = pytest.mark.anyio

# (model, gpu, engine, context_length)
TABLE_CASES = [
    ("meta-llama/Llama-3.2-1B-Instruct", None, "vllm", None),
    ("meta-llama/Llama-3.2-3B-Instruct", "L4", "sglang", 16384),
    ("meta-llama/Llama-3.1-8B-Instruct", "A10G", "vllm", 8192),
    ("meta-llama/Llama-3.1-8B-Instruct", None, "tgi", 8192),
    ("meta-llama/Llama-3.1-70B-Instruct", "H100", "vllm", 32768),
    ("meta-llama/Llama-3.3-70B-Instruct", "A100:80GB:4", "sglang", None),
    ("meta-llama/Llama-3.1-405B-Instruct", "H200:8", "vllm", 32768),
    ("meta-llama/Llama-3.1-405B-Instruct-FP8", "H100:8", "vllm", 16384),
    ("Qwen/Qwen2.5-0.5B-Instruct", "T4", "vllm", None),
    ("Qwen/Qwen2.5-7B-Instruct", "L4", "tgi", 16384),
    ("Qwen/Qwen2.5-14B-Instruct", "L40S", "vllm", None),
    ("Qwen/Qwen2.5-32B-Instruct", None, "sglang", 32768),
    ("Qwen/Qwen2.5-72B-Instruct", "H100", "tgi", 16384),
    ("Qwen/Qwen2.5-72B-Instruct-AWQ", "L40S", "vllm", 32768),
    ("Qwen/Qwen2.5-72B-Instruct-GPTQ-Int4", "A100:80GB", "sglang", 16384),
    ("Qwen/Qwen2.5-Coder-32B-Instruct", "A100", "vllm", None),
    ("Qwen/Qwen3-0.6B", None, "sglang", None),
    ("Qwen/Qwen3-8B", "RTX4090", "vllm", 32768),
    ("Qwen/Qwen3-14B", "48GB", "vllm", None),
    ("Qwen/Qwen3-32B", "H100:2", "sglang", None),
    ("Qwen/Qwen3-32B-FP8", "L40S", "vllm", 32768),
    ("Qwen/Qwen3-30B-A3B", "A100:80GB:1", "vllm", 32768),
    ("Qwen/Qwen3-30B-A3B-Instruct-2507", "H100", "sglang", 131072),
    ("Qwen/Qwen3-235B-A22B", "H200", "vllm", None),
    ("mistralai/Mistral-7B-Instruct-v0.3", "A10G", "tgi", None),
    ("mistralai/Mistral-Nemo-Instruct-2407", "L40S", "vllm", 65536),
    ("mistralai/Mistral-Small-24B-Instruct-2501", "A100:80GB", "vllm", None),
    ("mistralai/Mixtral-8x7B-Instruct-v0.1", "H100", "vllm", None),
    ("mistralai/Mixtral-8x22B-Instruct-v0.1", "H100:8", "sglang", 65536),
    ("google/gemma-2-9b-it", "L4", "vllm", None),
    ("google/gemma-2-27b-it", "A100:80GB", "tgi", None),
    ("google/gemma-3-12b-it", "L40S", "vllm", 65536),
    ("google/gemma-3-27b-it", "H100", "sglang", 131072),
    ("microsoft/Phi-3-mini-4k-instruct", "T4", "vllm", None),
    ("microsoft/Phi-3.5-mini-instruct", "V100", "vllm", 16384),
    ("microsoft/phi-4", "L40S", "vllm", None),
    ("microsoft/Phi-4-mini-instruct", None, "vllm", 32768),
    ("deepseek-ai/DeepSeek-V3", "H200:8", "sglang", 65536),
    ("deepseek-ai/DeepSeek-R1", "H200", "vllm", 32768),
    ("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", "A100", "vllm", 32768),
    ("deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "L4", "sglang", None),
    ("deepseek-ai/DeepSeek-R1-Distill-Llama-70B", None, "vllm", 16384),
    ("openai/gpt-oss-20b", "L4", "vllm", None),
    ("openai/gpt-oss-120b", "H100", "vllm", None),
    ("openai/gpt-oss-120b", "MI300X", "vllm", None),
    ("hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4", "A100:80GB", "vllm", 32768),
    ("neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8", "L4", "tgi", 8192),
    # outside the table: sized from the name
    ("acme/Brand-New-Model-13B-Instruct", "A100:80GB", "vllm", 8192),
    ("acme/SmolThing-360M", None, "sglang", 4096),
    ("acme/Expert-8x7B-Chat", "H100", "vllm", 16384),
]

# outside the table: read from config.json on the local Hub
HUB_CASES = [
    ("ibm-granite/granite-3.1-8b-instruct", None, "vllm", None),
    ("THUDM/glm-4-9b-chat", "L40S", "vllm", 32768),
    ("deepseek-ai/DeepSeek-V2-Lite-Chat", "A100:80GB", "sglang", 32768),
    ("TheBloke/Mistral-7B-Instruct-v0.2-AWQ", "T4", "vllm", 8192),
    ("google/medgemma-4b-it", "L4", "tgi", 32768),
    ("allenai/OLMo-2-1124-7B-Instruct", "A10G", "vllm", None),
]

ENGINE_NAMES = {"vllm": "vllm", "sglang": "sglang", "tgi": "tgi"}



async def generate_and_check(client, model: str, gpu: str | None, engine: str, context: int | None,
                             **extra: Any) -> dict:
    args: dict[str, Any] = {"model": model, "engine": engine, **({"options": extra} if extra else {})}
    if gpu:
        args["gpu"] = gpu
    if context:
        args["context_length"] = context
    out = await call(client, "generate_service_config", args)
    report = await call(client, "validate_config", {"yaml": out["yaml"], "deployment": out["deployment"]})
    assert report["valid"] is True, report["errors"]
    assert report["overrides"] == []  # the YAML already holds the deployment's options
    sizing = out["sizing"]
    config = yaml.safe_load(out["yaml"])

    # memory: count x memory x utilisation holds the weights plus KV for one full-length sequence
    count, memory = sizing["gpu_count"]["value"], sizing["gpu_memory_gb"]["value"]
    util, length = sizing["utilisation"]["value"], sizing["max_model_len"]["value"]
    needed = sizing["weights_gb"]["value"] + sizing["kv_gb_per_sequence"]["value"] + sizing["overhead_gb"]["value"]
    assert needed <= count * memory * util + 0.01, sizing["fit"]
    kv_total = sizing["kv_bytes_per_token"]["value"] * length / 2**30
    plain_attention = "latent" not in sizing["kv_bytes_per_token"]["source"] \
        and "sliding" not in sizing["kv_gb_per_sequence"]["source"]
    if plain_attention and sizing["kv_heads"] >= count:  # no window savings, no replicated KV heads
        assert sizing["kv_gb_per_sequence"]["value"] == pytest.approx(kv_total, abs=0.01)
    spec = parse_gpu(config["resources"]["gpu"])
    assert spec.count_min == spec.count_max == count
    assert spec.memory_per_gpu()[0] == memory
    if gpu:
        assert parse_gpu(gpu).names == spec.names

    # tensor parallelism: equal to the GPU count and a divisor of the heads
    assert sizing["tensor_parallel"]["value"] == count
    assert sizing["attention_heads"] % count == 0

    # lengths: within the model's maximum and the user's context
    assert 0 < length <= (sizing["max_positions"] or length)
    assert length <= (context or length)

    # engine flags, read back by the same parser validate_config uses
    call_ = find_engine(config)
    assert call_ is not None and call_.engine == ENGINE_NAMES[engine]
    assert call_.int_value("tensor_parallel") == count
    assert call_.int_value("max_model_len") == length
    assert call_.int_value("port") == config["port"] == 8000
    assert call_.get("host") == "0.0.0.0"
    assert call_.get("model") == config["model"] == model
    low = min((g for name in spec.names for g in gpu_variants(name)), default=None,
              key=lambda g: g.compute_capability or (99, 0))
    half = {"vllm": "half", "sglang": "half", "tgi": "float16"}[engine]
    if low is not None and not low.bf16 and sizing["quantization"]["value"] is None:
        assert call_.get("dtype") == half
    else:
        assert call_.get("dtype") is None
    assert config["probes"][0]["url"] == "/health"
    if count > 1:
        assert config["resources"]["shm_size"]
    return out


@pytest.mark.parametrize(("model", "gpu", "engine", "context"), TABLE_CASES)
async def test_generated_config_validates_and_fits(client, model, gpu, engine, context):
    out = await generate_and_check(client, model, gpu, engine, context)
    if model.startswith("acme/"):
        assert out["sizing"]["model_facts"] == "name-estimate"
    else:
        assert out["sizing"]["model_facts"] == "table"


@pytest.mark.parametrize(("model", "gpu", "engine", "context"), HUB_CASES)
async def test_models_read_from_config_json_validate_and_fit(settings, open_client, hf_hub, monkeypatch, model, gpu,
                                                              engine, context):
    monkeypatch.setenv("DEPLOY_MCP_HF_ENDPOINT", hf_hub.url)
    monkeypatch.setenv("HF_TOKEN", GATED_TOKEN)
    async with open_client(settings.model_copy(update={"hf_lookup": True})) as client:
        out = await generate_and_check(client, model, gpu, engine, context)
    assert out["sizing"]["model_facts"] == "config.json"
    assert GATED_TOKEN not in json.dumps(out)
    assert (settings.state_dir / "hf-cache" / (model.replace("/", "--") + ".json")).is_file()


async def test_a_named_gpu_without_a_count_gets_one_with_a_shorter_context(client):
    out = await generate_and_check(client, "meta-llama/Llama-3.1-8B-Instruct", "A10G", "vllm", None)
    sizing = out["sizing"]
    assert yaml.safe_load(out["yaml"])["resources"]["gpu"] == "A10G:1"
    assert sizing["gpu_count"]["value"] == sizing["tensor_parallel"]["value"] == 1
    assert 8192 <= sizing["max_model_len"]["value"] < 131072
    assert sizing["concurrent_sequences"]["value"] >= 4
    assert any("--max-model-len is" in w and "context_length" in w for w in out["warnings"])


async def test_a_7b_model_without_a_gpu_gets_one_24gb_gpu(client):
    out = await generate_and_check(client, "Qwen/Qwen2.5-7B-Instruct", None, "vllm", None)
    sizing = out["sizing"]
    assert yaml.safe_load(out["yaml"])["resources"]["gpu"]["memory"] == "24GB.."
    assert (sizing["gpu_memory_gb"]["value"], sizing["gpu_count"]["value"]) == (24, 1)
    assert sizing["max_model_len"]["value"] >= 8192 and sizing["concurrent_sequences"]["value"] >= 4


async def test_a_32b_model_under_a_price_ceiling_gets_one_80gb_gpu(client):
    out = await generate_and_check(client, "Qwen/Qwen2.5-32B-Instruct", None, "vllm", None, max_price=3)
    sizing = out["sizing"]
    assert (sizing["gpu_memory_gb"]["value"], sizing["gpu_count"]["value"]) == (80, 1)
    assert 8192 <= sizing["max_model_len"]["value"] < 32768
    assert yaml.safe_load(out["yaml"])["max_price"] == 3
    assert not any("max_price" in w for w in out["warnings"])


async def test_a_price_ceiling_below_the_gpus_floor_is_warned_about(client):
    out = await generate_and_check(client, "meta-llama/Llama-3.1-70B-Instruct", None, "vllm", 8192,
                                   concurrency=1, max_price=1)
    assert (out["sizing"]["gpu_memory_gb"]["value"], out["sizing"]["gpu_count"]["value"]) == (80, 2)
    warning = next(w for w in out["warnings"] if "max_price $1/h" in w)
    assert "typically costs ≥ $0.8/h per GPU" in warning and "2x80 GB" in warning


async def test_an_explicit_context_length_is_what_the_gpus_are_sized_for(client):
    out = await generate_and_check(client, "meta-llama/Llama-3.1-8B-Instruct", None, "vllm", 65536,
                                   concurrency=2)
    sizing = out["sizing"]
    assert sizing["max_model_len"]["value"] == 65536 and sizing["concurrent_sequences"]["value"] >= 2
    assert sizing["gpu_memory_gb"]["value"] == 48 and sizing["gpu_count"]["value"] == 1


async def test_case_matrix_is_large_enough():
    assert len(TABLE_CASES) + len(HUB_CASES) >= 40
    assert {engine for _, _, engine, _ in TABLE_CASES} == {"vllm", "sglang", "tgi"}


async def test_remote_code_and_gated_models_get_their_flags(settings, open_client, hf_hub, monkeypatch):
    monkeypatch.setenv("DEPLOY_MCP_HF_ENDPOINT", hf_hub.url)
    monkeypatch.setenv("HF_TOKEN", GATED_TOKEN)
    async with open_client(settings.model_copy(update={"hf_lookup": True})) as client:
        glm = await call(client, "generate_service_config", {"model": "THUDM/glm-4-9b-chat", "gpu": "L40S"})
        med = await call(client, "generate_service_config", {"model": "google/medgemma-4b-it", "gpu": "L4"})
    assert "--trust-remote-code" in glm["yaml"] and any("own modelling code" in w for w in glm["warnings"])
    assert yaml.safe_load(med["yaml"])["env"] == ["HF_TOKEN"]
    assert "--trust-remote-code" not in med["yaml"]


async def test_deployment_holds_the_users_options_and_caps_attempts(settings, open_client):
    policy = settings.model_copy(update={"max_attempts": 2, "allow_env": ["WANDB_API_KEY"]})
    async with open_client(policy) as client:
        out = await call(client, "generate_service_config", {
            "model": "Qwen/Qwen3-8B", "gpu": "L40S", "name": "qwen-eight", "options": {
                "backends": ["aws"], "max_price": 3.0, "spot_policy": "on-demand", "env": ["WANDB_API_KEY"],
                "max_attempts": 9}})
        assert out["deployment"] == "qwen-eight" and out["max_attempts"] == 2 and out["attempts_used"] == 0
        assert out["mandatory_options"] == {"gpu": "L40S:1", "backends": ["aws"], "max_price": 3.0,
                                            "spot_policy": "on-demand", "env": ["WANDB_API_KEY"]}
        assert out["locked"] is False
        # the model's edit of a mandatory field is overridden by the deployment
        edited = out["yaml"].replace("gpu: L40S:1", "gpu: H100:1")
        report = await call(client, "validate_config", {"yaml": edited, "deployment": "qwen-eight"})
        assert report["valid"] and [o["field"] for o in report["overrides"]] == ["resources.gpu"]


async def test_regenerating_a_draft_replaces_its_options(client):
    first = await call(client, "generate_service_config", {"model": "Qwen/Qwen3-8B", "gpu": "L40S",
                                                           "options": {"max_price": 3.0}})
    second = await call(client, "generate_service_config", {"model": "Qwen/Qwen3-8B", "gpu": "A100:80GB",
                                                            "options": {"max_attempts": 1}})
    assert first["deployment"] == second["deployment"] and second["locked"] is False
    assert second["mandatory_options"] == {"gpu": "A100:80GB:1"} and second["max_attempts"] == 1
    assert "A100:80GB:1" in second["yaml"] and "max_price" not in second["yaml"]


async def test_tool_is_listed_as_writing_a_draft_and_read_only_on_a_read_only_server(settings, open_client,
                                                                                     tmp_path):
    for read_only in (False, True):
        own = settings.model_copy(update={"read_only": read_only, "state_dir": tmp_path / f"ro-{read_only}"})
        async with open_client(own) as client:
            tools = {t.name: t for t in (await client.list_tools()).tools}
            for name in ("generate_service_config", "validate_config"):
                ann = tools[name].annotations
                assert ann.read_only_hint is read_only and ann.destructive_hint is False
                assert ann.idempotent_hint is True
            out = await call(client, "generate_service_config", {"model": "Qwen/Qwen3-8B", "name": "look"})
            assert out["deployment"] == "look"
            listed = json.loads((await client.read_resource("deploy://deployments")).contents[0].text)
            assert [d["name"] for d in listed["deployments"]] == ([] if read_only else ["look"])


async def test_blank_model_id_is_refused_by_the_schema(client):
    result = await client.call_tool("generate_service_config", {"model": "   "})
    assert result.is_error and "model" in result.content[0].text


async def test_policy_gpu_is_what_gets_sized(settings, open_client):
    async with open_client(settings.model_copy(update={"gpu": "A100:80GB:2"})) as client:
        out = await call(client, "generate_service_config", {"model": "meta-llama/Llama-3.1-70B-Instruct",
                                                              "gpu": "L4"})
        assert "resources:\n  gpu: A100:80GB:2" in out["yaml"]
        assert any("policy forces gpu" in w for w in out["warnings"])
        assert "gpu" not in out["mandatory_options"]
        report = await call(client, "validate_config", {"yaml": out["yaml"], "deployment": out["deployment"]})
        assert report["valid"] and report["overrides"] == []


@pytest.mark.parametrize(("args", "kind"), [
    ({"model": "acme/mystery"}, "model_unknown"),
    ({"model": "meta-llama/Llama-3.1-405B-Instruct", "gpu": "L4:1"}, "does_not_fit"),
    ({"model": "meta-llama/Llama-3.1-8B-Instruct", "gpu": "L4:3"}, "does_not_fit"),
    ({"model": "Qwen/Qwen3-8B", "gpu": "T4", "options": {"dtype": "bfloat16"}}, "dtype_unsupported"),
    ({"model": "Qwen/Qwen3-8B", "gpu": "H9000"}, "unknown_gpu"),
    ({"model": "Qwen/Qwen3-8B", "options": {"env": ["HF_TOKEN=hf_abcdefghijklmnopqrstuvwx"]}}, "secret_in_argument"),
    ({"model": "Qwen/Qwen3-8B", "name": "Not A Name"}, "invalid_argument"),
])
async def test_impossible_requests_are_structured_errors(client, args, kind):
    result = await client.call_tool("generate_service_config", args)
    assert result.is_error
    body = json.loads(result.content[0].text.split(": ", 1)[1])
    assert body["error"] == kind and body["message"] and body["hint"]
    assert "hf_abcdefghijklmnopqrstuvwx" not in result.content[0].text


async def test_hub_404_is_a_model_not_found_error(settings, open_client, hf_hub, monkeypatch):
    monkeypatch.setenv("DEPLOY_MCP_HF_ENDPOINT", hf_hub.url)
    async with open_client(settings.model_copy(update={"hf_lookup": True})) as client:
        result = await client.call_tool("generate_service_config", {"model": "acme/not-on-the-hub-7B"})
    assert result.is_error and '"model_not_found"' in result.content[0].text


async def test_tool_is_listed_with_an_output_schema(client):
    tool = next(t for t in (await client.list_tools()).tools if t.name == "generate_service_config")
    assert {"yaml", "deployment", "sizing", "warnings", "mandatory_options"} <= set(tool.output_schema["properties"])


# ---- fit checks through validate_config ----------------------------------------------------------------------

VLLM = "vllm/vllm-openai:v0.19.1"


def service_yaml(command: str, gpu: str, image: str = VLLM) -> str:
    return yaml.safe_dump({"type": "service", "image": image, "port": 8000, "commands": [command],
                           "resources": {"gpu": gpu}}, sort_keys=False)


async def problems_of(client, text: str) -> dict[str, dict]:
    report = await call(client, "validate_config", {"yaml": text})
    return {p["code"]: p for p in report["errors"] + report["warnings"]}


async def test_validate_refuses_70b_bf16_on_one_80gb_gpu(client):
    found = await problems_of(client, service_yaml(
        "vllm serve meta-llama/Llama-3.1-70B-Instruct --host 0.0.0.0 --port 8000 --max-model-len 8192",
        "H100:80GB:1"))
    problem = found["gpu_memory_insufficient"]
    assert problem["severity"] == "error" and "weights 131.4 GB" in problem["message"]
    assert "1x80 GB x 0.90" in problem["message"]


async def test_validate_flags_bf16_on_t4_and_v100(client):
    for gpu in ("T4:1", "V100:1"):
        found = await problems_of(client, service_yaml(
            "vllm serve Qwen/Qwen2.5-1.5B-Instruct --host 0.0.0.0 --port 8000 --dtype bfloat16 "
            "--max-model-len 4096", gpu))
        assert found["dtype_unsupported"]["severity"] == "error", gpu


async def test_validate_flags_fp8_on_a100_as_weight_only(client):
    found = await problems_of(client, service_yaml(
        "vllm serve Qwen/Qwen3-32B-FP8 --host 0.0.0.0 --port 8000 --max-model-len 8192", "A100:80GB:1"))
    assert found["quantization_weight_only"]["severity"] == "warning"
    assert "weight-only" in found["quantization_weight_only"]["message"]


async def test_validate_refuses_tensor_parallel_3_on_32_heads(client):
    found = await problems_of(client, service_yaml(
        "vllm serve meta-llama/Llama-3.1-8B-Instruct --host 0.0.0.0 --port 8000 --tensor-parallel-size 3 "
        "--max-model-len 8192", "L40S:3"))
    assert found["tensor_parallel_heads"]["severity"] == "error"


async def test_validate_refuses_max_model_len_above_the_model_maximum(client):
    found = await problems_of(client, service_yaml(
        "vllm serve meta-llama/Meta-Llama-3-8B-Instruct --host 0.0.0.0 --port 8000 --max-model-len 32768",
        "A100:80GB:1"))
    assert found["max_model_len_too_long"]["severity"] == "error"
