"""Model facts, GPU facts, memory arithmetic, Hub lookups and the fit checks of ``deploy_mcp.sizing``."""

from __future__ import annotations

import json
import socket

import pytest
import yaml
from fixtures.hf_hub import GATED_TOKEN, Hub

from deploy_mcp.errors import DeployError
from deploy_mcp.sizing.fit import fit_problems, parse_length
from deploy_mcp.sizing.gpus import gpu_variants, parse_gpu
from deploy_mcp.sizing.memory import (
    GiB,
    estimate_fit,
    kv_gib_per_gpu,
    kv_token_bytes_per_gpu,
    max_length_that_fits,
    valid_tensor_parallel,
    weights_gib,
)
from deploy_mcp.sizing.model_table import BY_ID, MODELS
from deploy_mcp.sizing.models import ModelResolver, facts_from_name, resolver_for, table_resolver


def service(command: str, gpu: object, **extra: object) -> dict:
    return {"type": "service", "port": 8000, "image": "vllm/vllm-openai:v0.19.1", "env": ["HF_TOKEN"],
            "commands": [command], "resources": {"gpu": gpu}, **extra}


def codes(problems) -> dict[str, str]:
    return {p.code: p.severity for p in problems}


# ---- the table ---------------------------------------------------------------------------------------------


def test_table_covers_the_required_families_with_forty_models_or_more():
    ids = {f.model_id for f in MODELS}
    assert len({(f.params_b, f.layers, f.quantization, f.max_positions) for f in MODELS}) >= 40
    for needle in ("Llama-3.2-1B", "Llama-3.1-405B", "Qwen2.5-72B", "Qwen3-32B", "Qwen3-30B-A3B", "Mistral-7B",
                   "Mixtral-8x7B", "gemma-2-9b", "gemma-3-27b", "Phi-3-mini", "phi-4", "DeepSeek-V3",
                   "DeepSeek-R1-Distill-Llama-8B", "gpt-oss-120b", "AWQ", "GPTQ", "FP8"):
        assert any(needle in i for i in ids), needle


def test_llama_31_8b_facts_match_its_config():
    f = BY_ID["meta-llama/llama-3.1-8b-instruct"]
    assert (f.layers, f.heads, f.kv_heads, f.head_dim, f.max_positions, f.dtype, f.gated) == (
        32, 32, 8, 128, 131072, "bfloat16", True)


def test_qwen25_32b_facts_match_its_config():
    f = BY_ID["qwen/qwen2.5-32b-instruct"]
    assert (f.layers, f.heads, f.kv_heads, f.head_dim, f.gated) == (64, 40, 8, 128, False)


def test_every_table_model_has_consistent_shapes():
    for f in MODELS:
        assert f.heads % f.kv_heads == 0, f.model_id
        assert f.max_positions and f.max_positions >= 4096, f.model_id
        assert f.active_params_b is None or f.active_params_b < f.params_b, f.model_id
        assert valid_tensor_parallel(f, 1) is None


def test_table_lookup_ignores_case_and_knows_old_llama_names():
    assert table_resolver("META-LLAMA/Meta-Llama-3.1-8B-Instruct").source == "table"
    assert table_resolver("meta-llama/Meta-Llama-3.1-8B-Instruct").layers == 32


# ---- name estimates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "params", "active"), [
    ("acme/SuperLM-8B-Instruct", 8.0, None),
    ("acme/tiny-0.5B", 0.5, None),
    ("HuggingFaceTB/SmolLM2-360M-Instruct", 0.36, None),
    ("acme/Mixture-8x7B-v1", 8 * 7 * 0.83, 7 * 2 * 0.9),
    ("acme/Qwen4-30B-A3B", 30.0, 3.0),
])
def test_name_gives_parameter_count_marked_as_estimate(name, params, active):
    f = facts_from_name(name)
    assert f is not None and f.source == "name-estimate"
    assert f.params_b == pytest.approx(params) and f.active_params_b == (pytest.approx(active) if active else None)
    assert "params_b" in f.estimated and f.notes


def test_name_gives_quantization_and_gating_of_known_orgs():
    f = facts_from_name("meta-llama/Llama-9-13B-AWQ")
    assert (f.quantization, f.quant_bits, f.gated) == ("awq", 4, True)
    assert facts_from_name("acme/model-7B-GPTQ-Int8").quant_bits == 8
    assert facts_from_name("acme/some-model") is None


def test_unknown_model_without_size_is_a_structured_error():
    with pytest.raises(DeployError) as err:
        table_resolver("acme/mystery-model")
    assert err.value.kind == "model_unknown" and err.value.hint


# ---- GPUs ------------------------------------------------------------------------------------------------------


def test_gpu_facts_come_from_gpuhunt_with_dtype_support():
    h100, = gpu_variants("H100")
    assert (h100.memory_gib, h100.compute_capability, h100.bf16, h100.fp8) == (80, (9, 0), True, True)
    assert {g.memory_gib for g in gpu_variants("a100")} == {40, 80}
    assert all(g.bf16 and not g.fp8 for g in gpu_variants("A100"))
    assert not gpu_variants("T4")[0].bf16 and not any(g.bf16 for g in gpu_variants("V100"))
    assert gpu_variants("L4")[0].fp8
    mi300x, = gpu_variants("MI300X")
    assert mi300x.vendor == "amd" and mi300x.fp8 and mi300x.memory_gib == 192


@pytest.mark.parametrize(("spec", "names", "memory", "count"), [
    ("A100:80GB:2", ["A100"], (80, 80), (2, 2)),
    ("80GB:2:A100", ["A100"], (80, 80), (2, 2)),
    ("H100:8", ["H100"], (None, None), (8, 8)),
    ("24GB..48GB", [], (24, 48), (1, None)),
    ("nvidia:24GB..:1..4", [], (24, None), (1, 4)),
    ({"name": ["L40S"], "count": {"min": 2, "max": 2}, "memory": {"min": 48.0, "max": 48.0}}, ["L40S"],
     (48, 48), (2, 2)),
    ({"name": "A10G", "count": "1..2", "memory": "24GB"}, ["A10G"], (24, 24), (1, 2)),
])
def test_gpu_specs_parse_in_every_form(spec, names, memory, count):
    g = parse_gpu(spec)
    assert g.names == names
    assert (g.memory_min, g.memory_max) == memory
    assert (g.count_min, g.count_max) == count


def test_gpu_memory_is_the_smallest_variant_the_spec_allows():
    assert parse_gpu("A100:2").memory_per_gpu()[0] == 40
    assert parse_gpu("A100:80GB:2").memory_per_gpu()[0] == 80
    assert parse_gpu("48GB:1").memory_per_gpu() == (48, "resources.gpu memory")


# ---- arithmetic ------------------------------------------------------------------------------------------------


def test_kv_bytes_per_token_follow_layers_kv_heads_and_head_dim():
    assert kv_token_bytes_per_gpu(BY_ID["meta-llama/llama-3.1-8b-instruct"]) == 2 * 32 * 8 * 128 * 2
    assert kv_token_bytes_per_gpu(BY_ID["meta-llama/llama-3.1-70b-instruct"]) == 327680
    # FP8 KV cache halves it; tensor parallelism splits the KV heads.
    assert kv_token_bytes_per_gpu(BY_ID["meta-llama/llama-3.1-70b-instruct"], kv_bytes=1) == 163840
    assert kv_token_bytes_per_gpu(BY_ID["meta-llama/llama-3.1-70b-instruct"], tp=4) == 81920


def test_kv_heads_fewer_than_gpus_are_replicated_not_split():
    qwen7 = BY_ID["qwen/qwen2.5-7b-instruct"]  # 4 KV heads
    assert kv_token_bytes_per_gpu(qwen7, tp=8) == kv_token_bytes_per_gpu(qwen7, tp=4)


def test_latent_attention_caches_the_same_latent_on_every_gpu():
    r1 = BY_ID["deepseek-ai/deepseek-r1"]
    assert kv_token_bytes_per_gpu(r1) == 61 * (512 + 64) * 2 == kv_token_bytes_per_gpu(r1, tp=8)


def test_sliding_window_layers_cache_only_their_window():
    gemma = BY_ID["google/gemma-3-27b-it"]
    full = kv_gib_per_gpu(gemma, 131072, window_aware=False)
    windowed = kv_gib_per_gpu(gemma, 131072, window_aware=True)
    assert windowed == pytest.approx(full * (10 + 52 * 1024 / 131072) / 62)


def test_weights_by_dtype_and_quantization():
    llama8 = BY_ID["meta-llama/llama-3.1-8b-instruct"]
    assert weights_gib(llama8)[0] == pytest.approx(8.03e9 * 2 / GiB)
    assert weights_gib(llama8, "fp8")[0] < 0.6 * weights_gib(llama8)[0]
    awq72 = weights_gib(BY_ID["qwen/qwen2.5-72b-instruct-awq"])[0]
    assert 36 < awq72 < 42  # the published checkpoint is ~41.6 GB (38.7 GiB)
    assert weights_gib(BY_ID["openai/gpt-oss-120b"])[0] == 60.8


def test_fit_estimate_matches_the_70b_on_two_h100_arithmetic():
    fit = estimate_fit(BY_ID["meta-llama/llama-3.1-70b-instruct"], engine="vllm", memory_gib=80, tp=2, length=8192)
    assert fit.fits and fit.budget_gib == pytest.approx(144)
    assert fit.weights_gib == pytest.approx(131.4, abs=0.1)
    assert fit.kv_gib == pytest.approx(8192 * 327680 / GiB)


def test_max_length_is_the_largest_that_holds_the_concurrency():
    llama8 = BY_ID["meta-llama/llama-3.1-8b-instruct"]
    length = max_length_that_fits(llama8, engine="vllm", memory_gib=24, tp=1, concurrency=2, cap=131072)
    assert 0 < length < 131072 and length % 256 == 0
    ok = estimate_fit(llama8, engine="vllm", memory_gib=24, tp=1, length=length)
    assert 2 * kv_gib_per_gpu(llama8, length) <= ok.room_per_gpu_gib
    assert 2 * kv_gib_per_gpu(llama8, length + 256) > ok.room_per_gpu_gib


def test_lengths_parse_like_the_engines():
    assert parse_length("32768") == 32768
    assert parse_length("32k") == 32000 and parse_length("32K") == 32768 and parse_length("1M") == 1 << 20
    assert parse_length("$LEN") is None


# ---- fit checks ------------------------------------------------------------------------------------------------


def test_70b_bf16_on_one_80gb_gpu_does_not_fit_and_says_by_how_much():
    problems = fit_problems(service(
        "vllm serve meta-llama/Llama-3.1-70B-Instruct --tensor-parallel-size 1 --max-model-len 8192",
        "H100:80GB:1"))
    problem, = [p for p in problems if p.code == "gpu_memory_insufficient"]
    assert problem.severity == "error" and problem.loc == ["resources", "gpu"]
    assert "weights 131.4 GB" in problem.message and "1x80 GB x 0.90 = 72.0 GB" in problem.message
    assert "weights alone" in problem.hint


def test_a_config_that_fits_has_no_fit_problems():
    assert fit_problems(service(
        "vllm serve meta-llama/Llama-3.1-70B-Instruct --tensor-parallel-size 2 --max-model-len 8192",
        "H100:80GB:2")) == []


def test_default_max_length_is_the_model_maximum_and_the_hint_gives_one_that_fits():
    problems = fit_problems(service("vllm serve meta-llama/Llama-3.1-8B-Instruct", "A10G:1"))
    problem, = [p for p in problems if p.code == "gpu_memory_insufficient"]
    assert "131072 tokens" in problem.message
    suggested = int(problem.hint.split("--max-model-len ")[1].split()[0])
    fit = estimate_fit(BY_ID["meta-llama/llama-3.1-8b-instruct"], engine="vllm", memory_gib=24, tp=1,
                       length=suggested)
    assert fit.fits and suggested > 4096


@pytest.mark.parametrize("gpu", ["T4:1", "V100:32GB:1"])
def test_bf16_on_gpus_below_ampere_is_an_error_when_forced_and_a_warning_when_auto(gpu):
    forced = fit_problems(service("vllm serve Qwen/Qwen2.5-1.5B-Instruct --dtype bfloat16 --max-model-len 4096", gpu))
    assert codes(forced)["dtype_unsupported"] == "error"
    auto = fit_problems(service("vllm serve Qwen/Qwen2.5-1.5B-Instruct --max-model-len 4096", gpu))
    assert codes(auto)["dtype_unsupported"] == "warning"
    half = fit_problems(service("vllm serve Qwen/Qwen2.5-1.5B-Instruct --dtype half --max-model-len 4096", gpu))
    assert "dtype_unsupported" not in codes(half)


def test_fp8_below_ada_is_weight_only_on_vllm_refused_on_v100_and_on_sglang():
    shipped = fit_problems(service("vllm serve Qwen/Qwen3-8B-FP8 --max-model-len 8192", "A100:80GB:1"))
    assert codes(shipped)["quantization_weight_only"] == "warning"
    on_load = fit_problems(service(
        "vllm serve Qwen/Qwen3-8B --quantization fp8 --max-model-len 8192", "A100:40GB:1"))
    problem, = [p for p in on_load if p.code == "quantization_weight_only"]
    assert "Marlin" in problem.message and "8.0" in problem.message
    # vLLM 0.13+ runs FP8 Marlin on Turing (vllm-project/vllm#29901): a T4 serves an FP8 checkpoint, slowly.
    t4 = fit_problems(service("vllm serve Qwen/Qwen3-8B-FP8 --max-model-len 4096", "T4:1"))
    assert codes(t4)["quantization_weight_only"] == "warning"
    assert "quantization_unsupported" not in codes(t4)
    v100 = fit_problems(service("vllm serve Qwen/Qwen3-8B-FP8 --max-model-len 4096", "V100:32GB:1"))
    assert codes(v100)["quantization_unsupported"] == "error"
    sglang = fit_problems(service(
        "python3 -m sglang.launch_server --model-path Qwen/Qwen3-8B-FP8 --context-length 8192", "A100:80GB:1"))
    refused, = [p for p in sglang if p.code == "quantization_unsupported"]
    assert "engine 'vllm'" in refused.hint and "quantization: fp8" not in refused.hint
    h100 = codes(fit_problems(service("vllm serve Qwen/Qwen3-8B-FP8 --max-model-len 8192", "H100:1")))
    assert "quantization_unsupported" not in h100 and "quantization_weight_only" not in h100


def test_tensor_parallel_3_on_32_heads_is_an_error_naming_valid_sizes():
    problems = fit_problems(service(
        "vllm serve meta-llama/Llama-3.1-8B-Instruct --tensor-parallel-size 3 --max-model-len 8192", "L4:3"))
    problem, = [p for p in problems if p.code == "tensor_parallel_heads"]
    assert problem.severity == "error" and "32 attention heads" in problem.message
    assert "1, 2, 4, 8" in problem.hint


def test_max_model_len_above_the_model_maximum_is_an_error():
    problems = fit_problems(service(
        "vllm serve meta-llama/Meta-Llama-3-8B-Instruct --max-model-len 16384", "A100:80GB:1"))
    problem, = [p for p in problems if p.code == "max_model_len_too_long"]
    assert problem.severity == "error" and "8192" in problem.message and problem.loc == ["commands", 0]


def test_sglang_and_tgi_command_lines_are_read_too():
    sglang = service("python -m sglang.launch_server --model-path meta-llama/Llama-3.1-8B-Instruct --tp 3 "
                     "--context-length 200000 --port 8000 --host 0.0.0.0", "L40S:3")
    assert {"tensor_parallel_heads", "max_model_len_too_long"} <= set(codes(fit_problems(sglang)))
    tgi = {"type": "service", "port": 8000, "image": "ghcr.io/huggingface/text-generation-inference:3.3.5",
           "env": ["HF_TOKEN", "MODEL_ID=meta-llama/Llama-3.1-70B-Instruct", "NUM_SHARD=1"],
           "commands": ["text-generation-launcher --port 8000"], "resources": {"gpu": "A100:80GB:1"}}
    assert codes(fit_problems(tgi))["gpu_memory_insufficient"] == "error"


def test_gpu_count_variable_counts_as_the_gpu_count():
    config = service("vllm serve meta-llama/Llama-3.1-70B-Instruct --tensor-parallel-size $DSTACK_GPUS_NUM "
                     "--max-model-len 8192", "H100:2")
    assert fit_problems(config) == []
    config["resources"]["gpu"] = "H100:1"
    assert "gpu_memory_insufficient" in codes(fit_problems(config))


def test_parsed_dstack_form_gives_the_same_problems_as_the_yaml():
    from dstack._internal.core.models.configurations import parse_apply_configuration

    raw = service("vllm serve meta-llama/Llama-3.1-70B-Instruct --max-model-len 8192", "80GB:1")
    parsed = parse_apply_configuration(raw).model_dump(mode="json")
    assert codes(fit_problems(parsed)) == codes(fit_problems(raw)) == {"gpu_memory_insufficient": "error"}


def test_fp8_kv_cache_and_human_lengths_are_counted():
    base = "vllm serve meta-llama/Llama-3.1-8B-Instruct --max-model-len 128k"
    assert "gpu_memory_insufficient" in codes(fit_problems(service(base, "L4:1")))
    assert "gpu_memory_insufficient" not in codes(fit_problems(service(base + " --kv-cache-dtype fp8", "L40S:1")))


def test_cuda_image_on_amd_gpu_is_an_error():
    problems = fit_problems(service("vllm serve Qwen/Qwen2.5-7B-Instruct --max-model-len 8192", "MI300X:1"))
    assert codes(problems) == {"image_gpu_mismatch": "error"}


def test_missing_gpu_and_unknown_model_are_warnings_not_errors():
    no_gpu = {"type": "service", "port": 8000, "commands": ["vllm serve Qwen/Qwen2.5-7B-Instruct"]}
    assert codes(fit_problems(no_gpu)) == {"gpu_missing": "warning"}
    unknown = fit_problems(service("vllm serve acme/mystery --max-model-len 4096", "A10G:1"))
    assert codes(unknown) == {"model_facts_unknown": "warning"}


def test_configs_without_a_known_engine_are_not_judged():
    assert fit_problems({"type": "service", "port": 80, "commands": ["python -m http.server 80"]}) == []


# ---- Hub lookups -------------------------------------------------------------------------------------------------


def resolver(hub: Hub, tmp_path, **kwargs) -> ModelResolver:
    return ModelResolver(hf_lookup=True, cache_dir=tmp_path / "hf-cache", endpoint=hub.url, **kwargs)


def test_config_json_gives_the_architecture_and_the_api_gives_exact_sizes(hf_hub, tmp_path):
    facts = resolver(hf_hub, tmp_path)("ibm-granite/granite-3.1-8b-instruct")
    assert facts.source == "config.json"
    assert (facts.layers, facts.heads, facts.kv_heads, facts.head_dim, facts.max_positions) == (40, 32, 8, 128,
                                                                                               131072)
    assert facts.params_b == pytest.approx(8.171, abs=0.001) and facts.gated is False
    assert facts.weights_gib == pytest.approx(8170848256 * 2 / GiB)
    assert not facts.trust_remote_code and "params_b" not in facts.estimated


def test_lookups_are_cached_in_the_state_directory(hf_hub, tmp_path):
    resolver(hf_hub, tmp_path)("ibm-granite/granite-3.1-8b-instruct")
    assert len(hf_hub.requests) == 2
    cached = tmp_path / "hf-cache" / "ibm-granite--granite-3.1-8b-instruct.json"
    assert json.loads(cached.read_text())["config"]["num_hidden_layers"] == 40
    again = resolver(hf_hub, tmp_path)("ibm-granite/granite-3.1-8b-instruct")
    assert again.layers == 40 and len(hf_hub.requests) == 2


def test_remote_code_models_and_renamed_keys_are_read(hf_hub, tmp_path):
    glm = resolver(hf_hub, tmp_path)("THUDM/glm-4-9b-chat")
    assert glm.trust_remote_code and (glm.layers, glm.kv_heads, glm.head_dim, glm.max_positions) == (40, 2, 128,
                                                                                                     131072)
    assert glm.params_b == pytest.approx(9.4, rel=0.1) and "params_b" in glm.estimated


def test_mla_moe_parameters_are_computed_from_the_config(hf_hub, tmp_path):
    lite = resolver(hf_hub, tmp_path)("deepseek-ai/DeepSeek-V2-Lite-Chat")
    assert not lite.trust_remote_code  # engines implement DeepseekV2 natively despite auto_map
    assert lite.params_b == pytest.approx(15.7, rel=0.05)
    assert lite.active_params_b == pytest.approx(2.4, rel=0.15)
    assert kv_token_bytes_per_gpu(lite) == 27 * (512 + 64) * 2


def test_quantized_and_multimodal_and_windowed_configs(hf_hub, tmp_path, monkeypatch):
    lookup = resolver(hf_hub, tmp_path)
    awq = lookup("TheBloke/Mistral-7B-Instruct-v0.2-AWQ")
    assert (awq.quantization, awq.quant_bits, awq.dtype) == ("awq", 4, "float16")
    assert awq.weights_gib == pytest.approx((879230976 * 4 + 317194240 * 2) / GiB)
    oss = lookup("openai/gpt-oss-safeguard-20b")
    assert (oss.quantization, oss.sliding_window, oss.global_layers) == ("mxfp4", 128, 12)
    olmo = lookup("allenai/OLMo-2-1124-7B-Instruct")
    assert olmo.dtype == "float32" and weights_gib(olmo)[0] == pytest.approx(olmo.params_b * 2e9 / GiB)
    monkeypatch.setenv("HF_TOKEN", GATED_TOKEN)
    med = lookup("google/medgemma-4b-it")
    assert (med.layers, med.head_dim, med.global_layers, med.gated) == (34, 256, 5, True)


def test_gated_config_without_token_sizes_from_the_public_api_counts_and_marks_it_gated(hf_hub, tmp_path,
                                                                                       monkeypatch):
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("HUGGING_FACE_HUB_TOKEN", raising=False)
    facts = resolver(hf_hub, tmp_path)("google/medgemma-4b-it")
    assert facts.source == "hub-api" and facts.gated is True
    assert facts.architecture == "Gemma3ForConditionalGeneration" and "layers" in facts.estimated
    assert any("401" in note and "HF_TOKEN is not set" in note for note in facts.notes)
    # A refusal is not cached: the next lookup, with a token, reads config.json.
    assert not (tmp_path / "hf-cache" / "google--medgemma-4b-it.json").exists()


def test_hf_token_is_sent_as_a_bearer_and_never_stored(hf_hub, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", GATED_TOKEN)
    facts = resolver(hf_hub, tmp_path)("google/medgemma-4b-it")
    assert facts.source == "config.json"
    assert all(headers.get("Authorization") == f"Bearer {GATED_TOKEN}" for _, headers in hf_hub.requests)
    stored = (tmp_path / "hf-cache" / "google--medgemma-4b-it.json").read_text()
    assert GATED_TOKEN not in stored and GATED_TOKEN not in facts.model_dump_json()


def test_missing_model_is_reported_as_not_found(hf_hub, tmp_path):
    with pytest.raises(DeployError) as err:
        resolver(hf_hub, tmp_path)("acme/no-such-model-7B")
    assert err.value.kind == "model_not_found" and "404" in err.value.message


def test_unreachable_hub_falls_back_to_the_name_with_a_note(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    facts = ModelResolver(hf_lookup=True, cache_dir=tmp_path, endpoint=closed, timeout=1)("acme/fresh-model-14B")
    assert facts.source == "name-estimate" and facts.params_b == 14
    assert any("lookup failed" in note for note in facts.notes)


def test_table_models_never_touch_the_hub(hf_hub, tmp_path):
    assert resolver(hf_hub, tmp_path)("Qwen/Qwen3-8B").source == "table"
    assert hf_hub.requests == []


def test_server_resolver_reads_the_endpoint_from_the_environment(hf_hub, tmp_path, monkeypatch):
    monkeypatch.setenv("DEPLOY_MCP_HF_ENDPOINT", hf_hub.url)
    facts = resolver_for(True, tmp_path)("ibm-granite/granite-3.1-8b-instruct")
    assert facts.source == "config.json"
    assert "/ibm-granite/granite-3.1-8b-instruct/resolve/main/config.json" in hf_hub.paths()


def test_fit_problems_use_the_resolver_they_are_given(hf_hub, tmp_path):
    config = service("vllm serve THUDM/glm-4-9b-chat --trust-remote-code --tensor-parallel-size 3 "
                     "--max-model-len 200000", "L4:3")
    problems = codes(fit_problems(config, resolve=resolver(hf_hub, tmp_path)))
    assert problems["max_model_len_too_long"] == "error" and problems["tensor_parallel_heads"] == "error"
    assert yaml.safe_dump(config)  # the config itself is plain data


def test_gated_model_without_hf_token_is_warned():
    command = "vllm serve meta-llama/Llama-3.1-8B-Instruct --max-model-len 8192"
    assert codes(fit_problems(service(command, "L4:1", env=[]))) == {"hf_token_missing": "warning"}
    assert fit_problems(service(command, "L4:1", env=["HF_TOKEN"])) == []
    assert fit_problems(service(command, "L4:1", env={"HF_TOKEN": "${{ secrets.hf_token }}"})) == []
    assert fit_problems(service("vllm serve Qwen/Qwen3-8B --max-model-len 8192", "L4:1")) == []


def test_the_model_resolver_keeps_a_bounded_memo_and_refuses_long_ids() -> None:
    from deploy_mcp.errors import DeployError
    from deploy_mcp.sizing.models import MAX_MODEL_ID, MEMO_SIZE, ModelResolver

    resolve = ModelResolver(hf_lookup=False)
    for i in range(MEMO_SIZE + 100):
        resolve(f"org/model-{i}-8B")
    assert len(resolve._memo) == MEMO_SIZE
    with pytest.raises(DeployError) as refused:
        resolve("org/" + "m" * MAX_MODEL_ID)
    assert refused.value.kind == "model_id_too_long"
