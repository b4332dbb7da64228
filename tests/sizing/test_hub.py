"""Facts from the Hub's model API and config.json over HTTP (a local Hub), the name fallback and its warnings."""

from __future__ import annotations

import pytest
from fixtures.hf_hub import GATED_TOKEN, SLOW_SECONDS, Hub

from deploy_mcp.errors import DeployError
from deploy_mcp.sizing import models
from deploy_mcp.sizing.generate import UNKNOWN_CONTEXT_CAP, ServiceRequest, generate_service
from deploy_mcp.sizing.memory import kv_gib_per_gpu, kv_token_bytes_per_gpu
from deploy_mcp.sizing.models import ModelResolver, facts_from_name, layer_plan, table_resolver


def resolver(hub: Hub, tmp_path, **kwargs) -> ModelResolver:
    return ModelResolver(hf_lookup=True, cache_dir=tmp_path / "hf-cache", endpoint=hub.url, **kwargs)


@pytest.fixture
def no_token(monkeypatch):
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.delenv("HUGGING_FACE_HUB_TOKEN", raising=False)


def test_the_model_api_is_asked_for_safetensors_config_and_gating_as_huggingface_hub_asks(hf_hub, tmp_path):
    resolver(hf_hub, tmp_path)("acme/Next-Tune-Instruct")
    api_query = next(path for path, _ in hf_hub.requests if path.startswith("/api/models/"))
    assert api_query == "/api/models/acme/Next-Tune-Instruct?expand=safetensors&expand=config&expand=gated"


def test_gated_moe_without_token_is_sized_from_the_exact_total_not_the_active_size_in_its_name(hf_hub, tmp_path,
                                                                                              no_token):
    lookup = resolver(hf_hub, tmp_path)
    facts = lookup("acme/Scout-Tune-17B-16E-Instruct")
    assert facts.source == "hub-api" and facts.gated is True
    assert facts.params_b == pytest.approx(108.64, abs=0.01)
    assert facts.weights_gib == pytest.approx(108641793536 * 2 / (1 << 30))
    generated = generate_service(ServiceRequest(model=facts.model_id, gpu="H100", context_length=8192,
                                                concurrency=1), facts)
    # 202 GB of weights: three H100s are too few, a 17B dense model would take one.
    assert generated.sizing.gpu_count.value == 4
    assert "HF_TOKEN" in generated.config["env"]


def test_gated_moe_with_token_reads_the_chunked_attention_layout(hf_hub, tmp_path, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", GATED_TOKEN)
    facts = resolver(hf_hub, tmp_path)("acme/Scout-Tune-17B-16E-Instruct")
    assert facts.source == "config.json" and facts.params_b == pytest.approx(108.64, abs=0.01)
    assert (facts.sliding_window, facts.global_layers, facts.experts) == (8192, 12, 16)
    assert "36 chunked (8192 tokens)" in facts.layer_kinds


def test_private_moe_with_only_its_active_size_in_the_name_is_refused_not_sized_small(hf_hub, tmp_path, no_token):
    with pytest.raises(DeployError) as err:
        resolver(hf_hub, tmp_path)("acme/private-Tune-17B-16E")
    assert err.value.kind == "model_facts_unknown"
    assert "17B active, 16 experts" in err.value.message and "401" in err.value.message
    assert "HF_TOKEN" in err.value.hint and "GPU" in err.value.hint


def test_a_hub_that_times_out_falls_back_to_the_name_with_a_note(hf_hub, tmp_path):
    facts = resolver(hf_hub, tmp_path, timeout=SLOW_SECONDS / 4)("acme/slow-model-14B")
    assert facts.source == "name-estimate" and facts.params_b == 14
    assert any("Hub lookup failed (ReadTimeout)" in note for note in facts.notes)


def test_missing_repository_is_not_found_on_both_routes(hf_hub, tmp_path):
    with pytest.raises(DeployError) as err:
        resolver(hf_hub, tmp_path)("acme/none-such-7B")
    assert err.value.kind == "model_not_found"
    assert set(hf_hub.paths()) == {"/api/models/acme/none-such-7B", "/acme/none-such-7B/resolve/main/config.json"}


def test_linear_attention_layers_hold_no_kv_and_the_sizing_block_says_which_do(hf_hub, tmp_path):
    facts = resolver(hf_hub, tmp_path)("acme/Next-Tune-Instruct")
    assert (facts.kv_layers, facts.layers, facts.experts) == (12, 48, 512)
    assert facts.params_b == pytest.approx(81.32, abs=0.01)
    assert kv_token_bytes_per_gpu(facts) == 2 * 12 * 2 * 256 * 2
    generated = generate_service(ServiceRequest(model=facts.model_id, gpu="H100", context_length=262144,
                                                concurrency=1), facts)
    assert generated.sizing.kv_layers.startswith("12 full-attention layer(s) of 48 hold KV; 36 linear-attention")
    # Counting KV on all 48 layers would need 48 GB for one sequence; 12 layers need a quarter.
    assert generated.sizing.kv_gb_per_sequence.value == pytest.approx(12.0, abs=0.1)


def test_cache_keeps_a_bounded_number_of_models(hf_hub, tmp_path, monkeypatch):
    monkeypatch.setattr(models, "CACHE_ENTRIES", 1)
    lookup = resolver(hf_hub, tmp_path)
    lookup("acme/Next-Tune-Instruct")
    lookup("ibm-granite/granite-3.1-8b-instruct")
    assert [f.name for f in (tmp_path / "hf-cache").glob("*.json")] == ["ibm-granite--granite-3.1-8b-instruct.json"]


@pytest.mark.parametrize(("config", "kv_layers", "global_layers", "window"), [
    ({"num_hidden_layers": 32, "attn_layer_period": 8, "attn_layer_offset": 4}, 4, None, None),  # Jamba
    ({"num_hidden_layers": 48, "full_attention_interval": 4}, 12, None, None),  # Qwen3-Next
    ({"hybrid_override_pattern": "M-M-M*-M-M-M*-M-"}, 2, None, None),  # Nemotron-H: MLP layers hold nothing
    ({"layer_types": ["sliding_attention", "full_attention"] * 12, "sliding_window": 128}, None, 12, 128),  # gpt-oss
    ({"layer_types": ["mamba"] * 36 + ["attention"] * 4}, 4, None, None),  # Granite 4.0-H
    ({"num_hidden_layers": 40, "cross_attention_layers": [3, 8, 13, 18, 23, 28, 33, 38]}, 32, None, None),  # Mllama
    ({"num_hidden_layers": 62, "sliding_window": 1024, "sliding_window_pattern": 6}, None, 10, 1024),  # Gemma 3
    ({"num_hidden_layers": 28, "sliding_window": 4096, "use_sliding_window": False}, None, None, None),  # Qwen2
])
def test_layer_plans_from_every_config_spelling(config, kv_layers, global_layers, window):
    layers = config.get("num_hidden_layers") or len(config.get("layer_types") or []) or 31
    plan = layer_plan(config, layers, None)
    assert (plan.kv_layers, plan.global_layers, plan.window) == (kv_layers, global_layers, window)


def test_pure_mamba_holds_no_kv():
    plan = layer_plan({}, 64, "MambaForCausalLM")
    assert plan.kv_layers == 0 and plan.kinds.startswith("none of 64 layers hold KV")


@pytest.mark.parametrize(("name", "total", "active"), [
    ("acme/Tune-30B-A3B", 30, 3), ("acme/Tune-235B-A22B-FP8", 235, 22), ("acme/Mixtral-Tune-8x7B", 46.5, 12.6),
])
def test_moe_names_are_sized_for_all_their_parameters(name, total, active):
    facts = facts_from_name(name)
    assert facts.params_b == pytest.approx(total, abs=0.1) and facts.active_params_b == pytest.approx(active, abs=0.1)
    assert any("sized for all" in note for note in facts.notes)


@pytest.mark.parametrize("name", ["acme/Maverick-Tune-17B-128E", "acme/Tune-A3B-Instruct"])
def test_moe_names_without_a_total_are_refused_as_facts_unknown(name):
    with pytest.raises(DeployError) as err:
        facts_from_name(name)
    assert err.value.kind == "model_facts_unknown" and "total parameter count" in err.value.message


def test_unknown_max_context_sizes_gpus_as_before_but_lets_the_length_grow_to_a_stated_cap():
    facts = table_resolver("acme/fresh-model-7B")
    assert facts.max_positions is None
    generated = generate_service(ServiceRequest(model=facts.model_id, gpu="H100"), facts)
    assert generated.sizing.gpu_count.value == 1
    assert generated.sizing.max_model_len.value == UNKNOWN_CONTEXT_CAP
    assert any(f"default cap of {UNKNOWN_CONTEXT_CAP}" in w for w in generated.warnings)
    small = generate_service(ServiceRequest(model=facts.model_id, gpu="L4"), facts)
    assert 8192 <= small.sizing.max_model_len.value < UNKNOWN_CONTEXT_CAP


def test_kv_of_a_sliding_model_counts_full_layers_for_the_length_and_windowed_ones_for_their_window():
    oss = table_resolver("openai/gpt-oss-120b")
    per_layer = 2 * 8 * 64 * 2 / (1 << 30)
    assert kv_gib_per_gpu(oss, 131072) == pytest.approx(per_layer * (18 * 131072 + 18 * 128))
