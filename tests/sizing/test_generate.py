"""The pure service-config builder: GPU choice, engine flags, names, options and the errors it raises."""

from __future__ import annotations

import pytest
import yaml

from deploy_mcp.errors import DeployError
from deploy_mcp.sizing.fit import fit_problems
from deploy_mcp.sizing.generate import ServiceRequest, deployment_name, generate_service
from deploy_mcp.sizing.gpus import parse_gpu
from deploy_mcp.sizing.memory import estimate_fit
from deploy_mcp.sizing.models import table_resolver


def build(**kwargs):
    request = ServiceRequest(**kwargs)
    return generate_service(request, table_resolver(request.model))


def command(result) -> str:
    return result.config["commands"][0]


def test_same_request_gives_the_same_yaml():
    assert build(model="Qwen/Qwen3-32B").yaml == build(model="Qwen/Qwen3-32B").yaml


def test_yaml_text_is_the_config_and_the_command_is_a_readable_block():
    result = build(model="meta-llama/Llama-3.1-8B-Instruct", gpu="L4")
    assert yaml.safe_load(result.yaml) == result.config
    assert "- |-\n  vllm serve meta-llama/Llama-3.1-8B-Instruct \\\n    --host 0.0.0.0" in result.yaml


def test_no_gpu_given_picks_the_smallest_class_with_room_for_the_concurrency():
    result = build(model="meta-llama/Llama-3.1-8B-Instruct", context_length=8192, concurrency=4)
    gpu = result.config["resources"]["gpu"]
    assert gpu == {"vendor": "nvidia", "memory": "24GB..", "count": 1, "compute_capability": "8.0"}
    assert result.gpu_option is None
    big = build(model="meta-llama/Llama-3.1-70B-Instruct", context_length=8192, concurrency=1)
    assert big.config["resources"]["gpu"]["memory"] == "80GB.." and big.config["resources"]["gpu"]["count"] == 2


def test_fp8_checkpoints_ask_for_fp8_capable_gpus():
    result = build(model="Qwen/Qwen3-32B-FP8")
    assert result.config["resources"]["gpu"]["compute_capability"] == "8.9"


def test_gpu_name_without_count_is_completed_with_the_sized_count_and_memory():
    result = build(model="meta-llama/Llama-3.1-70B-Instruct", gpu="A100", context_length=8192, concurrency=1)
    assert result.config["resources"]["gpu"] == result.gpu_option == "A100:80GB:2"
    assert "--tensor-parallel-size 2" in command(result)
    assert result.config["resources"]["shm_size"] == "16GB"


def test_gpu_count_given_is_kept_and_the_length_shrinks_to_fit():
    result = build(model="meta-llama/Llama-3.1-8B-Instruct", gpu="A10G:1", concurrency=8)
    assert result.gpu_option == "A10G:1"
    length = result.sizing.max_model_len.value
    assert 2048 <= length < 8192
    assert any("below the 8192 tokens" in w and "the GPUs asked for" in w for w in result.warnings)


def test_an_explicit_context_length_is_kept_on_fixed_gpus_with_fewer_sequences():
    result = build(model="meta-llama/Llama-3.1-8B-Instruct", gpu="A10G:1", context_length=32768,
                   concurrency=4)
    assert result.sizing.max_model_len.value == 32768
    assert 1 <= result.sizing.concurrent_sequences.value < 4
    assert any("sequence(s) of the 32768 tokens asked for" in w for w in result.warnings)
    with pytest.raises(DeployError) as err:
        build(model="meta-llama/Llama-3.1-8B-Instruct", gpu="A10G:1", context_length=131072)
    assert err.value.kind == "does_not_fit" and "one sequence of 131072 tokens" in err.value.message


def test_without_a_context_length_gpus_are_sized_for_a_useful_context_then_the_length_grows():
    small = build(model="meta-llama/Llama-3.1-8B-Instruct")
    assert (small.sizing.gpu_memory_gb.value, small.sizing.gpu_count.value) == (24, 1)
    assert 8192 <= small.sizing.max_model_len.value < 131072
    assert small.sizing.concurrent_sequences.value >= 4
    # a model whose maximum is below the useful context is sized for its maximum
    short = build(model="microsoft/Phi-3-mini-4k-instruct")
    assert short.sizing.max_model_len.value == 4096
    assert not any("--max-model-len is" in w for w in short.warnings)


def test_an_explicit_context_length_sizes_the_gpus():
    result = build(model="meta-llama/Llama-3.1-8B-Instruct", context_length=32768, concurrency=4)
    assert (result.sizing.gpu_memory_gb.value, result.sizing.gpu_count.value) == (48, 1)
    assert result.sizing.max_model_len.value == 32768 and result.sizing.concurrent_sequences.value >= 4


def test_cheaper_classes_win_and_equal_costs_go_to_fewer_gpus():
    # 87 GB of Mixtral 8x7B: two 80 GB GPUs rank before one 141 GB GPU and before four 48 GB GPUs
    mixtral = build(model="mistralai/Mixtral-8x7B-Instruct-v0.1")
    assert (mixtral.sizing.gpu_memory_gb.value, mixtral.sizing.gpu_count.value) == (80, 2)
    # one 48 GB GPU before two 24 GB GPUs at the same rank
    qwen = build(model="Qwen/Qwen2.5-14B-Instruct", context_length=16384)
    assert (qwen.sizing.gpu_memory_gb.value, qwen.sizing.gpu_count.value) == (48, 1)


def test_a_price_ceiling_is_warned_about_only_below_the_gpus_floor():
    cheap = build(model="Qwen/Qwen2.5-7B-Instruct", max_price=0.5)
    assert not any("max_price" in w for w in cheap.warnings)
    big = build(model="meta-llama/Llama-3.1-405B-Instruct", gpu="H200:8", max_price=10)
    assert any("typically costs ≥ $2/h per GPU" in w and "8x141 GB" in w for w in big.warnings)
    unknown_floor = build(model="Qwen/Qwen2.5-1.5B-Instruct", gpu="T4:1", max_price=0.01, context_length=4096)
    assert not any("max_price" in w for w in unknown_floor.warnings)


def test_tensor_parallel_size_that_cannot_split_the_heads_is_refused():
    with pytest.raises(DeployError) as err:
        build(model="meta-llama/Llama-3.1-8B-Instruct", gpu="L4:3")
    assert err.value.kind == "does_not_fit" and "not divisible by tensor parallel size 3" in err.value.message


def test_a_model_too_big_for_the_given_gpus_is_refused_with_numbers():
    with pytest.raises(DeployError) as err:
        build(model="meta-llama/Llama-3.1-405B-Instruct", gpu="L4:2")
    assert err.value.kind == "does_not_fit" and " GB" in err.value.message and err.value.hint


def test_gpus_without_bf16_get_half_precision_and_a_warning():
    for engine, gpu, flag in (("vllm", "T4:1", "--dtype half"), ("vllm", "V100:1", "--dtype half")):
        result = build(model="Qwen/Qwen2.5-1.5B-Instruct", gpu=gpu, engine=engine, context_length=8192)
        assert flag in command(result), engine
        assert result.sizing.dtype.value == "float16"
        assert any("no bf16" in w for w in result.warnings)


@pytest.mark.parametrize("engine", ["sglang", "tgi"])
@pytest.mark.parametrize("gpu", ["T4:1", "V100:1"])
def test_engines_built_for_ampere_are_refused_on_older_gpus_with_vllm_as_the_alternative(engine, gpu):
    with pytest.raises(DeployError) as err:
        build(model="Qwen/Qwen2.5-1.5B-Instruct", gpu=gpu, engine=engine, context_length=8192)
    assert err.value.kind == "engine_gpu_unsupported"
    assert "compute capability 8.0+" in err.value.message
    assert "engine 'vllm'" in err.value.hint


def test_bf16_forced_on_a_t4_is_refused():
    with pytest.raises(DeployError) as err:
        build(model="Qwen/Qwen2.5-1.5B-Instruct", gpu="T4:1", dtype="bfloat16")
    assert err.value.kind == "dtype_unsupported"


def test_fp8_checkpoint_on_a_v100_is_refused():
    with pytest.raises(DeployError) as err:
        build(model="Qwen/Qwen3-8B-FP8", gpu="V100:32GB:1", context_length=4096)
    assert err.value.kind == "quantization_unsupported"


def test_on_the_fly_fp8_halves_the_weights_and_adds_the_engine_flag():
    plain = build(model="Qwen/Qwen2.5-32B-Instruct", gpu="H100:1", context_length=8192, concurrency=1)
    fp8 = build(model="Qwen/Qwen2.5-32B-Instruct", gpu="H100:1", context_length=8192, concurrency=1,
                quantization="fp8")
    assert "--quantization fp8" in command(fp8) and "--quantization" not in command(plain)
    assert fp8.sizing.weights_gb.value < 0.6 * plain.sizing.weights_gb.value
    assert fp8.sizing.max_model_len.value >= plain.sizing.max_model_len.value


def test_quantizing_an_already_quantized_checkpoint_is_refused():
    with pytest.raises(DeployError) as err:
        build(model="Qwen/Qwen2.5-72B-Instruct-AWQ", quantization="fp8")
    assert err.value.kind == "invalid_argument"


def test_fp8_kv_cache_flag_per_engine():
    expected = {"vllm": "--kv-cache-dtype fp8", "sglang": "--kv-cache-dtype fp8_e4m3",
                "tgi": "--kv-cache-dtype fp8_e4m3fn"}
    for engine, flag in expected.items():
        assert flag in command(build(model="Qwen/Qwen3-8B", gpu="L40S:1", engine=engine, kv_cache_dtype="fp8"))


def test_trust_remote_code_only_where_the_model_needs_it():
    assert "--trust-remote-code" not in command(build(model="deepseek-ai/DeepSeek-V3", gpu="H200:8"))
    assert "--trust-remote-code" not in command(build(model="microsoft/Phi-3-mini-4k-instruct"))


def test_tgi_input_length_leaves_room_for_output():
    result = build(model="Qwen/Qwen2.5-7B-Instruct", gpu="L40S:1", engine="tgi", context_length=32768)
    text = command(result)
    assert "--max-total-tokens 32768" in text and "--max-input-tokens 28672" in text
    assert "--hostname 0.0.0.0" in text
    assert result.config["volumes"][0]["path"] == "/data"


def test_gated_models_get_hf_token_by_name_only():
    gated = build(model="google/gemma-3-27b-it", gpu="H100:1", context_length=8192)
    assert gated.config["env"] == ["HF_TOKEN"]
    open_model = build(model="Qwen/Qwen3-8B", env=["WANDB_PROJECT"])
    assert open_model.config["env"] == ["WANDB_PROJECT"]


def test_env_values_are_refused():
    with pytest.raises(DeployError) as err:
        build(model="Qwen/Qwen3-8B", env=["HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyz"])
    assert err.value.kind == "invalid_argument" and "hf_abc" not in err.value.message


def test_user_options_land_in_the_configuration():
    result = build(model="Qwen/Qwen3-8B", backends=["aws", "gcp"], regions=["us-east-1"], fleets=["gpus"],
                   instance_types=["g6.xlarge"], max_price=2.5, spot_policy="auto", cpu="8..", memory="32GB..",
                   disk="300GB..", replicas=2, name="qwen-chat")
    config = result.config
    assert (config["name"], config["replicas"], config["max_price"], config["spot_policy"]) == (
        "qwen-chat", 2, 2.5, "auto")
    assert config["backends"] == ["aws", "gcp"] and config["fleets"] == ["gpus"]
    assert config["resources"]["disk"] == "300GB.." and config["resources"]["cpu"] == "8.."


def test_names_are_valid_dstack_run_names():
    assert deployment_name(ServiceRequest(model="meta-llama/Llama-3.1-8B-Instruct")) == "llama-3-1-8b-instruct"
    assert deployment_name(ServiceRequest(model="acme/7B_Model")) == "m-7b-model"
    with pytest.raises(DeployError):
        deployment_name(ServiceRequest(model="x/y", name="Bad_Name"))


def test_context_above_the_model_maximum_is_capped_with_a_warning():
    result = build(model="meta-llama/Meta-Llama-3-8B-Instruct", context_length=100000)
    assert result.sizing.max_model_len.value == 8192
    assert any("capped at 8192" in w for w in result.warnings)


def test_unknown_size_models_from_the_name_are_sized_and_say_so():
    result = build(model="acme/NewModel-14B-Instruct", gpu="A100:80GB:1", context_length=16384)
    assert result.sizing.model_facts == "name-estimate"
    assert "estimate" in result.sizing.parameters_b.source
    assert any("gated is unknown" in w for w in result.warnings)


def test_amd_gpus_get_rocm_images():
    result = build(model="meta-llama/Llama-3.1-70B-Instruct", gpu="MI300X:1", context_length=32768)
    assert result.config["image"] == "vllm/vllm-openai-rocm:v0.19.1"
    assert fit_problems(result.config) == []


def test_sizing_numbers_agree_with_the_fit_estimate():
    result = build(model="Qwen/Qwen2.5-72B-Instruct", gpu="H100", engine="sglang", context_length=32768)
    s = result.sizing
    gpu = parse_gpu(result.config["resources"]["gpu"])
    fit = estimate_fit(table_resolver("Qwen/Qwen2.5-72B-Instruct"), engine="sglang",
                       memory_gib=gpu.memory_per_gpu()[0], tp=s.tensor_parallel.value, length=s.max_model_len.value,
                       utilisation=s.utilisation.value)
    assert fit.fits and s.fit == fit.describe()
    assert s.concurrent_sequences.value >= 4
