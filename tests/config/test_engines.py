"""Reading engine command lines out of a configuration."""

from __future__ import annotations

from deploy_mcp.config.engines import find_engine, inline_env


def config(*commands: str, env=None) -> dict:
    return {"type": "service", "port": 8000, "commands": list(commands), "env": env or []}


def test_vllm_serve_takes_the_positional_model_and_flags():
    call = find_engine(config("pip install x", "vllm serve Qwen/Qwen2.5-7B --port 8000 -tp 2 --max-model-len=8192"))
    assert (call.engine, call.command_index) == ("vllm", 1)
    assert (call.get("model"), call.int_value("port"), call.int_value("tensor_parallel")) == ("Qwen/Qwen2.5-7B", 8000, 2)
    assert call.int_value("max_model_len") == 8192


def test_bare_flag_before_a_short_flag_does_not_swallow_it():
    call = find_engine(config("vllm serve m --trust-remote-code -tp 4"))
    assert call.flags["--trust-remote-code"] is None and call.int_value("tensor_parallel") == 4


def test_backslash_continued_lines_are_one_command():
    call = find_engine(config("python3 -m sglang.launch_server \\\n  --model-path $MODEL_ID \\\n  --port 8000\n",
                              env=["MODEL_ID=qwen/qwen2.5-0.5b-instruct"]))
    assert (call.engine, call.get("model"), call.int_value("port")) == ("sglang", "qwen/qwen2.5-0.5b-instruct", 8000)


def test_unresolvable_variables_read_as_unknown():
    call = find_engine(config("vllm serve $MODEL --tensor-parallel-size $DSTACK_GPUS_NUM"))
    assert call.given("tensor_parallel") and call.get("tensor_parallel") is None and call.get("model") is None


def test_dstack_interpolation_reads_as_unknown():
    call = find_engine(config("vllm serve ${{ run.args }} --port 8000"))
    assert call.get("model") is None and call.int_value("port") == 8000


def test_tgi_reads_flags_and_its_environment_variables():
    call = find_engine(config("text-generation-launcher --num-shard 2", env={"MODEL_ID": "m", "PORT": "80"}))
    assert (call.engine, call.get("model"), call.int_value("port"), call.int_value("tensor_parallel")) == (
        "tgi", "m", 80, 2)


def test_engine_after_shell_operators_is_found():
    call = find_engine(config("cd /app && python -m vllm.entrypoints.openai.api_server --model m --port 8000"))
    assert (call.engine, call.get("model")) == ("vllm", "m")


def test_no_engine_in_plain_commands():
    assert find_engine(config("python3 -m http.server 8000")) is None


def test_inline_env_reads_both_forms_and_skips_names():
    assert inline_env({"env": ["HF_TOKEN", "A=1=2"]}) == {"A": "1=2"}
    assert inline_env({"env": {"A": 1, "B": None}}) == {"A": "1"}
