"""The engine x GPU x dtype x quantization matrix, and the generator and validate_config agreeing with it."""

from __future__ import annotations

import pytest

from deploy_mcp.errors import DeployError
from deploy_mcp.sizing import matrix
from deploy_mcp.sizing.fit import fit_problems
from deploy_mcp.sizing.generate import ServiceRequest, generate_service
from deploy_mcp.sizing.model_table import BY_ID
from deploy_mcp.sizing.models import table_resolver


def test_every_row_cites_a_known_source_and_names_a_known_engine():
    for row in matrix.ROWS:
        assert row.engine in (*matrix.ENGINES, "*"), row
        assert row.source in matrix.SOURCES, row
        assert row.topic in ("gpu", "dtype", "quantization", "kv_cache", "architecture"), row


def test_sglang_on_a_v100_is_refused_with_vllm_as_the_nearest_alternative():
    support = matrix.supports("sglang", "V100")
    assert not support and support.code == "engine_gpu_unsupported"
    assert "8.0+" in support.reason and "V100 has 7.0" in support.reason
    assert "sgl-kernel" in support.source
    first = matrix.nearest_alternatives("sglang", "V100")[0]
    assert (first.kind, first.value) == ("engine", "vllm")
    assert any(a.kind == "gpu" and a.value == "A10G" for a in matrix.nearest_alternatives("sglang", "V100"))


def test_fp8_checkpoint_on_a_t4_runs_weight_only_on_vllm_but_not_on_sglang_or_tgi():
    vllm = matrix.supports("vllm", "T4", quantization="fp8")
    assert vllm.ok and "weight-only" in (vllm.note or "")
    for engine in ("sglang", "tgi"):
        assert not matrix.supports(engine, "T4", quantization="fp8")
    assert matrix.supports("vllm", "H100", quantization="fp8").note is None


def test_a_shipped_fp8_checkpoint_is_never_told_to_use_fp8_again():
    refused = matrix.supports("vllm", "V100", quantization="fp8")
    assert not refused
    assert "fp8" not in (refused.alternative or "").lower()
    assert any(a.kind == "gpu" for a in matrix.nearest_alternatives("vllm", "V100", quantization="fp8"))
    on_the_fly = matrix.nearest_alternatives("vllm", "V100", quantization="fp8", on_the_fly=True)
    assert ("quantization", "none") in [(a.kind, a.value) for a in on_the_fly]


def test_bf16_needs_ampere_and_float16_is_the_nearest_alternative():
    support = matrix.supports("vllm", "T4", dtype="bfloat16")
    assert support.code == "dtype_unsupported"
    assert matrix.nearest_alternatives("vllm", "T4", dtype="bfloat16")[0].value == "float16"
    assert matrix.supports("vllm", "A10G", dtype="bfloat16")


def test_tgi_serves_only_the_architectures_it_implements():
    assert matrix.serves_architecture("tgi", "LlamaForCausalLM")
    for arch in ("GptOssForCausalLM", "Qwen3NextForCausalLM", "Qwen3MoeForCausalLM", "JambaForCausalLM"):
        assert not matrix.serves_architecture("tgi", arch)
        assert not matrix.supports("tgi", "H100", architecture=arch)
        assert matrix.supports("vllm", "H100", architecture=arch)
    assert not matrix.supports("tgi", "H100", quantization="mxfp4")


def test_amd_rows_sglang_image_is_mi300_only_and_fp8_needs_cdna3():
    assert matrix.supports("vllm", "MI300X", quantization="fp8")
    assert matrix.supports("sglang", "MI300X")
    assert not matrix.supports("sglang", "MI250")
    assert not matrix.supports("vllm", "MI250", quantization="fp8")


def test_min_capability_is_the_floor_the_rows_give():
    assert matrix.min_capability("vllm") == (8, 0)
    assert matrix.min_capability("vllm", dtype="float16") == (7, 0)
    assert matrix.min_capability("vllm", dtype="float16", quantization="fp8") == (7, 5)
    assert matrix.min_capability("vllm", quantization="fp8", native=True) == (8, 9)
    assert matrix.min_capability("sglang", dtype="float16") == (8, 0)
    assert matrix.min_capability("vllm", kv_cache_dtype="fp8") == (8, 9)


def test_unknown_gpu_names_are_not_judged():
    assert matrix.supports("sglang", "NoSuchGPU").ok


# ---- the generator and validate_config agree with the matrix -----------------------------------------------

_MODELS = ("Qwen/Qwen2.5-7B-Instruct", "Qwen/Qwen3-8B-FP8", "Qwen/Qwen2.5-7B-Instruct-AWQ", "openai/gpt-oss-20b",
           "google/gemma-3-12b-it")
_GPUS = ("V100:32GB:1", "T4:1", "A10G:1", "L4:1", "A100:80GB:1", "H100:1", "MI300X:1")


@pytest.mark.parametrize("engine", matrix.ENGINES)
@pytest.mark.parametrize("model", _MODELS)
def test_generator_and_fit_check_refuse_exactly_what_the_matrix_refuses(engine, model):
    facts = BY_ID[model.lower()]
    for gpu in _GPUS:
        name = gpu.split(":")[0]
        expected = matrix.supports(engine, name, quantization=facts.quantization, architecture=facts.architecture)
        request = ServiceRequest(model=model, engine=engine, gpu=gpu, context_length=4096, concurrency=1)
        try:
            generated = generate_service(request, table_resolver(model))
        except DeployError as exc:
            if exc.kind == "does_not_fit":
                continue  # memory, not the matrix
            assert not expected.ok, (engine, model, gpu, exc.message)
            assert exc.kind == expected.code or exc.kind == "architecture_unsupported"
            continue
        assert expected.ok, (engine, model, gpu)
        problems = fit_problems(generated.config)
        errors = {p.code for p in problems if p.severity == "error"}
        assert not errors, (engine, model, gpu, problems)


def test_validate_config_reports_the_matrix_refusal_for_a_hand_written_config():
    config = {"type": "service", "port": 8000, "image": "lmsysorg/sglang:v0.5.10.post1", "env": ["HF_TOKEN"],
              "commands": [("python3 -m sglang.launch_server --model-path Qwen/Qwen2.5-7B-Instruct --dtype half "
                            "--context-length 4096")], "resources": {"gpu": "V100:32GB:1"}}
    problem, = [p for p in fit_problems(config) if p.code == "engine_gpu_unsupported"]
    assert problem.severity == "error" and "engine 'vllm'" in problem.hint
