"""Behaviour of `deploy_mcp.diagnose` on the labelled corpora and on the rules the fix loop relies on.

Two corpora hold the same case format: `corpus/` was written with the rules, `real/` afterwards and apart from
them, from the wordings users pasted into engine, hub, NCCL, pip, dstack and Kubernetes issues.
"""

from __future__ import annotations

import enum
import typing
from collections import Counter
from pathlib import Path

import pytest
import yaml

from deploy_mcp.diagnose import Diagnosis, DiagnosisKind, diagnose
from deploy_mcp.diagnosis import rules as diagnose_rules
from deploy_mcp.diagnosis.scan import clean_line, common_tag, error_lines, scan, traceback_tail, untagged

CORPUS = Path(__file__).parent / "corpus"
REAL = Path(__file__).parent / "real"
KINDS: tuple[str, ...] = typing.get_args(DiagnosisKind)


def _load(directory: Path) -> list[tuple[str | None, dict]]:
    cases = []
    for path in sorted(directory.glob("*.yaml")):
        label = None if path.stem == "healthy" else path.stem
        for case in yaml.safe_load(path.read_text()):
            cases.append((label, case))
    return cases


CORPORA = {"corpus": _load(CORPUS), "real": _load(REAL)}
CASES = CORPORA["corpus"]
ALL_CASES = [(name, label, case) for name, cases in CORPORA.items() for label, case in cases]


def _run(case: dict) -> Diagnosis | None:
    return diagnose(
        case.get("text") or "",
        termination_reason=case.get("termination_reason"),
        exit_status=case.get("exit_status"),
    )


def _label_of(result: Diagnosis | None) -> str | None:
    return result.kind if result else None


# --- the corpus itself


def test_corpus_has_120_excerpts_5_per_kind_and_15_healthy():
    counts = Counter(label for label, _ in CASES)
    assert sum(n for label, n in counts.items() if label) >= 120
    assert counts[None] >= 15
    assert {k: counts[k] for k in KINDS if counts[k] < 5} == {}


def test_real_log_corpus_has_60_excerpts_3_per_kind_and_15_healthy():
    counts = Counter(label for label, _ in CORPORA["real"])
    assert sum(n for label, n in counts.items() if label) >= 60
    assert counts[None] >= 15
    assert {k: counts[k] for k in KINDS if counts[k] < 3} == {}


@pytest.mark.parametrize("directory", [CORPUS, REAL], ids=list(CORPORA))
def test_corpus_files_are_named_after_kinds(directory):
    assert {p.stem for p in directory.glob("*.yaml")} <= set(KINDS) | {"healthy"}


@pytest.mark.parametrize("name", list(CORPORA))
def test_corpus_ids_are_unique(name):
    ids = Counter(case["id"] for _, case in CORPORA[name])
    assert [i for i, n in ids.items() if n > 1] == []


# --- accuracy, asserted per corpus and kind so a regression names both


@pytest.mark.parametrize("name", list(CORPORA))
def test_overall_accuracy_is_at_least_95_percent(name):
    cases = CORPORA[name]
    right = sum(_label_of(_run(case)) == label for label, case in cases)
    assert right / len(cases) >= 0.95


@pytest.mark.parametrize("name", list(CORPORA))
@pytest.mark.parametrize("kind", [*KINDS, None], ids=[*KINDS, "healthy"])
def test_each_kind_is_recognised_at_least_80_percent_of_the_time(name, kind):
    cases = [case for label, case in CORPORA[name] if label == kind]
    misses = {case["id"]: _label_of(_run(case)) for case in cases if _label_of(_run(case)) != kind}
    assert (len(cases) - len(misses)) / len(cases) >= 0.8, misses


@pytest.mark.parametrize("name", list(CORPORA))
def test_no_healthy_log_gets_a_diagnosis(name):
    alarms = {case["id"]: _label_of(_run(case)) for label, case in CORPORA[name] if label is None}
    assert {i: kind for i, kind in alarms.items() if kind is not None} == {}


_WITH_NUMBERS = [(label, case) for _, label, case in ALL_CASES if case.get("fix_has")]


@pytest.mark.parametrize(("label", "case"), _WITH_NUMBERS, ids=[c["id"] for _, c in _WITH_NUMBERS])
def test_suggested_fix_carries_the_values_from_the_log(label, case):
    result = _run(case)
    assert result is not None and result.kind == label
    for expected in case["fix_has"]:
        assert expected in result.suggested_fix


_WITH_EXCLUSIONS = [(label, case) for _, label, case in ALL_CASES if case.get("fix_lacks")]


@pytest.mark.parametrize(("label", "case"), _WITH_EXCLUSIONS, ids=[c["id"] for _, c in _WITH_EXCLUSIONS])
def test_suggested_fix_leaves_out_wrong_directions_and_other_engines_flags(label, case):
    result = _run(case)
    assert result is not None and result.kind == label
    for unwanted in case["fix_lacks"]:
        assert unwanted not in result.suggested_fix


_WITH_RETRY = [(label, case) for _, label, case in ALL_CASES if "retryable" in case]


@pytest.mark.parametrize(("label", "case"), _WITH_RETRY, ids=[c["id"] for _, c in _WITH_RETRY])
def test_retryable_as_is_matches_the_label(label, case):
    result = _run(case)
    assert result is not None and result.retryable_as_is is case["retryable"]


# --- fixes with numbers


def test_kv_cache_fix_names_the_largest_max_model_len():
    log = (
        "ValueError: To serve at least one request with the models's max seq len (131072), (16.00 GiB KV "
        "cache is needed, which is larger than the available KV cache memory (9.50 GiB). Based on the "
        "available memory, the estimated maximum model length is 77808. Try increasing "
        "`gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine."
    )
    result = diagnose(log)
    assert result.kind == "kv_cache_insufficient"
    assert "--max-model-len 77808" in result.suggested_fix
    assert "--gpu-memory-utilization" in result.suggested_fix


def test_kv_cache_fix_from_the_legacy_wording_uses_the_token_capacity():
    log = (
        "ValueError: The model's max seq len (32768) is larger than the maximum number of tokens that can be "
        "stored in KV cache (21040). Try increasing `gpu_memory_utilization` or decreasing `max_model_len`."
    )
    assert "--max-model-len 21040" in diagnose(log).suggested_fix


def test_attention_heads_fix_lists_the_valid_tensor_parallel_sizes():
    result = diagnose(
        "ValueError: Total number of attention heads (40) must be divisible by tensor parallel size (3)."
    )
    assert result.kind == "tensor_parallel_invalid"
    assert "1, 2, 4, 5, 8" in result.suggested_fix


def test_compute_capability_fix_offers_dtype_half_or_a_newer_gpu_family():
    result = diagnose(
        "ValueError: Bfloat16 is only supported on GPUs with compute capability of at least 8.0. Your Tesla "
        "T4 GPU has compute capability 7.5."
    )
    assert result.kind == "dtype_unsupported"
    assert "--dtype half" in result.suggested_fix
    assert "L4" in result.suggested_fix and "A100" in result.suggested_fix


def test_quantization_fix_names_the_minimum_capability_and_families():
    result = diagnose(
        "ValueError: The quantization method fp8 is not supported for the current GPU. Minimum capability: "
        "89. Current capability: 80."
    )
    assert result.kind == "quantization_unsupported"
    assert "8.9" in result.suggested_fix and "H100" in result.suggested_fix
    assert "A100" not in result.suggested_fix


def test_gated_repo_fix_names_the_hf_token_env_entry_and_the_model():
    result = diagnose(
        "huggingface_hub.errors.GatedRepoError: 401 Client Error.\nCannot access gated repo for url "
        "https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json.\nOSError: You are trying "
        "to access a gated repo.\n"
    )
    assert result.kind == "hf_auth"
    assert "HF_TOKEN" in result.suggested_fix and "`env`" in result.suggested_fix
    assert "meta-llama/Llama-3.1-8B" in result.suggested_fix


def test_no_capacity_fix_names_the_constraints_to_relax():
    fix = diagnose("", termination_reason="failed_to_start_due_to_no_capacity").suggested_fix
    for knob in ("resources.gpu", "backends", "regions", "spot_policy", "max_price"):
        assert knob in fix


def test_free_memory_on_device_fix_gives_a_utilization_that_fits():
    result = diagnose(
        "ValueError: Free memory on device (13.5/22.06 GiB) on startup is less than desired GPU memory "
        "utilization (0.9, 19.85 GiB)."
    )
    assert result.kind == "gpu_oom"
    assert "--gpu-memory-utilization 0.59" in result.suggested_fix


# --- termination reasons and exit statuses


def test_exit_137_with_no_other_signal_is_host_oom_naming_resources_memory():
    result = diagnose("Loading safetensors checkpoint shards:  40% Completed | 12/30", exit_status=137)
    assert result.kind == "host_oom"
    assert "resources.memory" in result.suggested_fix
    assert result.retryable_as_is is False


def test_other_nonzero_exit_with_no_recognisable_cause_is_container_exited():
    assert diagnose("starting server...", exit_status=3).kind == "container_exited"


def test_failing_termination_with_nothing_recognisable_is_unknown():
    result = diagnose("INFO:     Application startup complete.", termination_reason="terminated_by_server")
    assert result.kind == "unknown"
    assert result.evidence == ["termination reason: terminated_by_server"]


def test_failing_termination_with_nonzero_exit_is_container_exited():
    assert (
        diagnose("", termination_reason="container_exited_with_error", exit_status=1).kind
        == "container_exited"
    )


@pytest.mark.parametrize(
    "reason",
    [
        "stopped_by_user",
        "aborted_by_user",
        "terminated_by_user",
        "all_jobs_done",
        "done_by_runner",
        "scaled_down",
    ],
)
def test_a_user_stop_with_a_quiet_log_is_not_a_failure(reason):
    shutdown = "INFO:     Shutting down\nTraceback (most recent call last):\nKeyboardInterrupt\n"
    assert diagnose(shutdown, termination_reason=reason, exit_status=137) is None


def test_a_user_stop_after_a_real_failure_still_reports_the_failure():
    log = "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB."
    assert diagnose(log, termination_reason="stopped_by_user").kind == "gpu_oom"


def test_healthy_log_without_reason_or_exit_is_none():
    assert diagnose("INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)") is None
    assert diagnose("") is None


class _Reason(str, enum.Enum):
    INTERRUPTED_BY_NO_CAPACITY = "interrupted_by_no_capacity"


def test_termination_reason_may_be_an_enum_member():
    assert diagnose("", termination_reason=_Reason.INTERRUPTED_BY_NO_CAPACITY).kind == "instance_interrupted"


@pytest.mark.parametrize(
    ("reason", "kind"),
    [
        ("OOMKilled", "host_oom"),
        ("ImagePullBackOff", "image_pull_failed"),
        ("ErrImagePull", "image_pull_failed"),
        ("Unschedulable", "no_capacity"),
        ("CrashLoopBackOff", "unknown"),
        ("instance_unreachable", "instance_unreachable"),
        ("waiting_instance_limit_exceeded", "no_capacity"),
        # dstack's status messages
        ("no capacity", "no_capacity"),
        ("no fleets", "no_capacity"),
        ("interrupted", "instance_interrupted"),
        ("exited (137)", "host_oom"),
        ("exited (1)", "container_exited"),
    ],
)
def test_kubernetes_and_dstack_reasons_alone_name_a_kind(reason, kind):
    assert diagnose("", termination_reason=reason).kind == kind


def test_every_dstack_termination_reason_is_either_a_stop_or_a_diagnosis():
    runs = pytest.importorskip("dstack._internal.core.models.runs")
    stops = {
        "terminated_by_user",
        "aborted_by_user",
        "done_by_runner",
        "scaled_down",
        "all_jobs_done",
        "stopped_by_user",
    }
    for reason in [*runs.JobTerminationReason, *runs.RunTerminationReason]:
        result = diagnose("", termination_reason=reason)
        assert (result is None) == (reason.value in stops), reason


def test_a_dstack_job_reason_printed_in_the_log_reads_as_the_reason_passed():
    # The list of reasons the log is searched for is dstack's enum, copied; this keeps the copy whole.
    runs = pytest.importorskip("dstack._internal.core.models.runs")
    for reason in runs.JobTerminationReason:
        printed = diagnose(f"Run failed with error code {reason.value.upper()}.\n")
        passed = diagnose("", termination_reason=reason)
        assert (printed and printed.kind) == (passed and passed.kind), reason


# --- root causes


def test_an_oom_that_caused_an_nccl_abort_is_gpu_oom():
    log = (
        "[rank1]: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.00 GiB.\n[rank0]: "
        "torch.distributed.DistBackendError: NCCL error in: ProcessGroupNCCL.cpp:1970, remote process exited "
        "or there was a network error\n[rank0]: ncclSystemError: System call (e.g. socket, malloc) or "
        "external library call failed\n"
    )
    assert diagnose(log, exit_status=1).kind == "gpu_oom"


def test_hf_auth_beats_the_generic_oserror_it_raises():
    log = (
        "Traceback (most recent call last):\nhuggingface_hub.errors.GatedRepoError: 403 Client "
        "Error.\nAccess to model google/gemma-2-9b is restricted and you are not in the authorized "
        "list.\nOSError: You are trying to access a gated repo.\n"
    )
    assert diagnose(log, exit_status=1).kind == "hf_auth"


def test_kv_cache_beats_gpu_oom_when_vllm_names_the_kv_cache():
    log = (
        "ValueError: The model's max seq len (8192) is larger than the maximum number of tokens that can be "
        "stored in KV cache (5584).\ntorch.OutOfMemoryError: CUDA out of memory.\n"
    )
    assert diagnose(log).kind == "kv_cache_insufficient"


def test_a_cause_several_lines_above_the_last_line_wins_over_the_final_exception():
    log = "\n".join(
        [
            (
                "(EngineCore_DP0 pid=9) ERROR [core.py:700] ValueError: Bfloat16 is only supported on GPUs "
                "with compute capability of at least 8.0. Your Tesla T4 GPU has compute capability 7.5."
            ),
            *[f'  File "/x/y.py", line {n}, in f' for n in range(30)],
            "(APIServer pid=1) RuntimeError: Engine core initialization failed. See root cause above.",
        ]
    )
    assert diagnose(log, exit_status=1).kind == "dtype_unsupported"


def test_a_full_disk_beats_the_pip_failure_it_causes():
    log = "ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device"
    assert diagnose(log, exit_status=1).kind == "disk_full"


def test_a_full_dev_shm_is_shared_memory_not_disk():
    log = "RuntimeError: unable to write to file </torch_88_1427_0>: No space left on device (28)"
    assert diagnose(log).kind == "nccl_or_shm"


# --- cleaning and evidence


def test_ansi_colours_and_container_prefixes_are_removed_from_evidence():
    log = (
        "vllm-1  | \x1b[1;36m(EngineCore_DP0 pid=123)\x1b[0;0m \x1b[31mERROR\x1b[0m 10-08 20:33:48 "
        "[core.py:708] ValueError: Total number of attention heads (28) must be divisible by tensor parallel "
        "size (8).\n"
    )
    result = diagnose(log)
    assert result.evidence == [
        "ValueError: Total number of attention heads (28) must be divisible by tensor parallel size (8)."
    ]


@pytest.mark.parametrize(
    "prefix",
    [
        "[rank0]: ",
        "(VllmWorker rank=1 pid=402) ",
        "2025-01-01T10:00:00.123456789Z ",
        "[pod/vllm-0/server] ",
        "[2025-03-14 02:10:55 TP0] ",
        "2024-11-05T09:12:46.872001Z ERROR text_generation_launcher: ",
    ],
)
def test_common_prefixes_are_stripped(prefix):
    result = diagnose(prefix + "RuntimeError: No CUDA GPUs are available")
    assert result.evidence == ["RuntimeError: No CUDA GPUs are available"]


def test_evidence_is_at_most_five_lines_of_at_most_300_characters():
    log = "\n".join(
        f"[rank{n}]: torch.OutOfMemoryError: CUDA out of memory on rank {n}. {'x' * 400}" for n in range(20)
    )
    result = diagnose(log, exit_status=1)
    assert len(result.evidence) <= 5
    assert all(len(line) <= 300 for line in result.evidence)


def test_repeated_lines_from_several_ranks_show_once():
    log = "\n".join(f"[rank{n}]: RuntimeError: No CUDA GPUs are available" for n in range(8))
    assert diagnose(log).evidence == ["RuntimeError: No CUDA GPUs are available"]


def test_carriage_returns_from_progress_bars_split_lines():
    log = "Loading shards: 10%\rLoading shards: 50%\rtorch.OutOfMemoryError: CUDA out of memory.\r\n"
    assert diagnose(log).kind == "gpu_oom"


def test_bytes_input_is_accepted():
    assert diagnose(b"OSError: [Errno 28] No space left on device").kind == "disk_full"


# --- the public shape other modules depend on


def test_kinds_are_exactly_the_designed_twenty():
    assert set(KINDS) == {
        "gpu_oom",
        "kv_cache_insufficient",
        "hf_auth",
        "model_unsupported",
        "dtype_unsupported",
        "quantization_unsupported",
        "tensor_parallel_invalid",
        "gpu_unavailable",
        "disk_full",
        "health_check_failed",
        "nccl_or_shm",
        "dependency_install_failed",
        "invalid_engine_args",
        "image_pull_failed",
        "no_capacity",
        "instance_interrupted",
        "instance_unreachable",
        "host_oom",
        "container_exited",
        "unknown",
    }
    assert len(KINDS) == 20


def test_every_field_of_the_model_is_described():
    fields = Diagnosis.model_fields
    assert list(fields) == ["kind", "summary", "evidence", "suggested_fix", "retryable_as_is"]
    assert all(f.description for f in fields.values())


def test_rules_and_priority_cover_exactly_the_kinds():
    assert set(diagnose_rules.PRIORITY) == set(KINDS)
    assert {rule.kind for rule in diagnose_rules.RULES} <= set(KINDS)


def test_every_needle_is_lower_case_and_holds_a_gate():
    for rule in diagnose_rules.RULES:
        for needle in (*rule.needles, *rule.also, *rule.unless):
            assert needle == needle.lower(), needle
        for needle in rule.needles:
            assert any(gate in needle for gate in diagnose_rules.GATES), needle


def test_every_diagnosis_of_both_corpora_is_short():
    for _, _, case in ALL_CASES:
        result = _run(case)
        if result:
            assert len(result.summary) <= 300 and len(result.suggested_fix) <= 400, case["id"]


# --- a log that goes on after an error: the server lived through it


_STARTED = "INFO:     Application startup complete.\n"
_REQUEST_ERROR = (
    "ERROR 07-07 10:00:12 [serving_chat.py:222] Error in preprocessing prompt inputs\n"
    "Traceback (most recent call last):\n"
    '  File "/usr/local/lib/python3.12/dist-packages/vllm/entrypoints/openai/serving_chat.py", line 205\n'
    "ValueError: This model's maximum context length is 4096 tokens. However, you requested 5000 tokens.\n"
)


def test_a_traceback_the_server_logged_while_serving_is_not_a_failure():
    served = '10.0.0.7:41240 - "POST /v1/chat/completions HTTP/1.1" 200 OK\n'
    assert diagnose(_STARTED + _REQUEST_ERROR + served) is None


# The engine's own loop raising, not one request: nothing serves after it.
_ENGINE_ERROR = (
    "ERROR 07-07 10:00:12 [core.py:700] EngineCore encountered a fatal error.\n"
    "Traceback (most recent call last):\n"
    '  File "/usr/local/lib/python3.12/dist-packages/vllm/v1/engine/core.py", line 691, in run_engine_core\n'
    "RuntimeError: unexpected state in the scheduler\n"
)


def test_a_traceback_that_ends_the_log_is_a_failure_even_without_an_exit_status():
    assert diagnose(_STARTED + _ENGINE_ERROR).kind == "container_exited"


def test_a_request_the_openai_layer_rejected_is_not_a_failure_even_as_the_last_line():
    # vLLM's serving_*.py log a rejected request and answer it with an error: the server was up and stays up.
    assert diagnose(_STARTED + _REQUEST_ERROR) is None
    rejected = "ERROR 07-07 10:00:12 [serving_chat.py:198] " + _REQUEST_ERROR.splitlines()[-1]
    assert diagnose(rejected) is None
    # A cause the rules name still counts after a rejected request (only bare tracebacks are the request's).
    oom = "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB\n"
    assert diagnose(_STARTED + _REQUEST_ERROR + _ENGINE_ERROR + oom).kind == "gpu_oom"


def test_a_caught_traceback_followed_by_loading_progress_is_not_a_failure():
    progress = (
        "INFO 04-04 04:00:09 [gpu_model_runner.py:1329] Starting to load model Qwen/Qwen2-VL-7B-Instruct...\n"
        "INFO 04-04 04:00:10 [weight_utils.py:265] Using model weights format ['*.safetensors']\n"
        "Loading safetensors checkpoint shards:  40% Completed | 2/5 [00:03<00:04,  1.52s/it]\n"
    )
    assert diagnose(_REQUEST_ERROR + progress) is None


def test_shutdown_lines_after_a_traceback_still_end_in_failure():
    shutdown = (
        "INFO 09-25 06:40:46 multiproc_worker_utils.py:136] Terminating local vLLM worker processes\n"
        "(VllmWorkerProcess pid=2) INFO 09-25 06:40:46 multiproc_worker_utils.py:237] Worker exiting\n"
        "INFO:     Finished server process [1]\n"
    )
    assert diagnose(_ENGINE_ERROR + shutdown).kind == "container_exited"


def test_a_cause_logged_before_the_server_came_up_counts_once_the_run_failed():
    log = "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.02 GiB.\n" + _STARTED
    assert diagnose(log) is None
    assert diagnose(log, exit_status=1).kind == "gpu_oom"


def test_an_oom_after_the_server_came_up_is_reported():
    log = _STARTED + "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.02 GiB.\n"
    assert diagnose(log).kind == "gpu_oom"


def test_a_5xx_after_a_crash_does_not_count_as_serving():
    log = (
        _STARTED
        + "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.02 GiB.\n"
        + '10.0.0.7:41240 - "POST /v1/completions HTTP/1.1" 500 Internal Server Error\n'
    )
    assert diagnose(log).kind == "gpu_oom"


def test_tgi_router_connected_marks_the_server_up():
    log = (
        "WARN text_generation_launcher: Unable to use Flash Attention V2: GPU with CUDA capability 7 5 is "
        "not supported for Flash Attention V2\nTraceback (most recent call last):\nRuntimeError: x\n"
        "2024-03-01T10:00:20.000000Z  INFO text_generation_router: router/src/main.rs:475: Connected\n"
    )
    assert diagnose(log) is None


def test_failed_scheduling_followed_by_an_assignment_is_settled():
    pending = (
        "Warning  FailedScheduling  5m  scheduler  0/3 nodes are available: 3 Insufficient nvidia.com/gpu"
    )
    pending += "\n"
    scheduled = "Normal  Scheduled  3m  default-scheduler  Successfully assigned ns/vllm-0 to n1\n"
    assert diagnose(pending).kind == "no_capacity"
    assert diagnose(pending + scheduled) is None


# --- dstack status messages given as the reason (the failing ones are with the reasons above)


@pytest.mark.parametrize("reason", ["exited (0)", "stopped", "aborted", "done"])
def test_dstack_status_messages_of_a_normal_end_are_not_failures(reason):
    assert diagnose("INFO:     Shutting down\n", termination_reason=reason) is None


# --- the hub


def test_an_unreachable_hub_is_hf_auth_and_retryable():
    log = (
        "OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the "
        "cached files and it looks like Qwen/Qwen2.5-7B-Instruct is not the path to a directory containing a "
        "file named config.json.\n"
    )
    result = diagnose(log, exit_status=1)
    assert result.kind == "hf_auth" and result.retryable_as_is is True
    assert "HF_HUB_OFFLINE" in result.suggested_fix


def test_vllm_unable_to_read_a_config_points_at_the_id_and_the_token():
    result = diagnose("ValueError: No supported config format found in meta-llama/Llama-3.3-70B-Instruct\n")
    assert result.kind == "hf_auth" and result.retryable_as_is is False
    assert "HF_TOKEN" in result.suggested_fix and "model id" in result.suggested_fix


def test_vllm_unable_to_read_the_config_of_a_gguf_repo_is_the_model_format_not_access():
    result = diagnose("ValueError: No supported config format found in unsloth/Llama-3.3-70B-Instruct-GGUF\n")
    assert result.kind == "model_unsupported"
    assert "`.gguf`" in result.suggested_fix and "--tokenizer" in result.suggested_fix


def test_weights_that_leave_no_kv_cache_are_gpu_oom_with_the_utilization_knob():
    result = diagnose(
        "ValueError: No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when "
        "initializing the engine.\n"
    )
    assert result.kind == "gpu_oom" and "--gpu-memory-utilization" in result.suggested_fix


# --- the direction of a memory fix, and each engine's own flag names


_SGLANG_CAPTURE_OOM = (
    "[2025-05-02 09:14:12 TP0] Capture cuda graph begin. This can take up to several minutes. avail "
    "mem=1.21 GB\n"
    "[2025-05-02 09:14:15 TP0] Scheduler hit an exception: Traceback (most recent call last):\n"
    "Exception: Capture cuda graph failed: CUDA out of memory. Tried to allocate 256.00 MiB.\n"
    "Possible solutions:\n"
    "1. set --mem-fraction-static to a smaller value (e.g., 0.8 or 0.7)\n"
    "2. set --cuda-graph-max-bs to a smaller value (e.g., 16)\n"
    "3. disable torch compile by not using --enable-torch-compile\n"
    "4. disable CUDA graph by --disable-cuda-graph. (Not recommended. Huge performance loss)\n"
)


def test_sglang_cuda_graph_oom_says_lower_mem_fraction_static():
    result = diagnose(_SGLANG_CAPTURE_OOM, exit_status=1)
    assert result.kind == "gpu_oom"
    assert result.suggested_fix.startswith("Lower `--mem-fraction-static`")
    assert "--cuda-graph-max-bs" in result.suggested_fix
    assert "Raise" not in result.suggested_fix


def test_sglang_cuda_graph_oom_lowers_the_fraction_the_server_logged():
    args = "[2025-05-02 09:13:40] server_args=ServerArgs(tp_size=1, mem_fraction_static=0.88)\n"
    assert "`--mem-fraction-static` (e.g. 0.78)" in diagnose(args + _SGLANG_CAPTURE_OOM).suggested_fix


def test_sglang_static_pool_too_small_says_raise_mem_fraction_static():
    log = (
        "[2025-06-11 03:02:41 TP0] Scheduler hit an exception: Traceback (most recent call last):\n"
        "RuntimeError: Not enough memory. Please try to increase --mem-fraction-static. Current value: "
        "mem_fraction_static=0.6\n"
    )
    fix = diagnose(log).suggested_fix
    assert fix.startswith("Raise `--mem-fraction-static` to 0.65")
    assert "`--tp-size 2`" in fix and "--tensor-parallel-size" not in fix


def test_vllm_sampler_warmup_oom_says_lower_utilization_and_max_num_seqs():
    log = (
        "(EngineCore_DP0 pid=214) ERROR 09-21 10:14:40 [core.py:700] RuntimeError: CUDA out of memory "
        "occurred when warming up sampler with 512 dummy requests. Please try lowering `max_num_seqs` or "
        "`gpu_memory_utilization` when initializing the engine.\n"
    )
    result = diagnose(log)
    assert result.kind == "gpu_oom"
    assert result.suggested_fix.startswith("Lower `--gpu-memory-utilization`")
    assert "`--max-num-seqs 256`" in result.suggested_fix


def test_vllm_oom_while_loading_weights_asks_for_memory_not_a_bigger_pool():
    log = (
        "(EngineCore_DP0 pid=311) INFO 03-02 11:20:41 [gpu_model_runner.py:1953] Starting to load model "
        "meta-llama/Llama-3.1-70B-Instruct...\n"
        "(EngineCore_DP0 pid=311) ERROR 03-02 11:21:07 [core.py:700] torch.OutOfMemoryError: CUDA out of "
        "memory. Tried to allocate 896.00 MiB. GPU 0 has a total capacity of 79.19 GiB of which 402.56 MiB "
        "is free.\n"
    )
    result = diagnose(log, exit_status=1)
    assert "while loading the weights" in result.summary
    assert "`--tensor-parallel-size 2`" in result.suggested_fix
    assert "--gpu-memory-utilization" not in result.suggested_fix


_TGI = '2024-06-01T10:00:00.000000Z  INFO text_generation_launcher: Args { model_id: "m/m" }\n'


@pytest.mark.parametrize(
    ("log", "kind", "flag"),
    [
        ("torch.OutOfMemoryError: CUDA out of memory.\n", "gpu_oom", "--num-shard 2"),
        (
            (
                "ValueError: Total number of attention heads (28) must be divisible by tensor parallel size "
                "(8).\n"
            ),
            "tensor_parallel_invalid",
            "--num-shard",
        ),
        (
            (
                'Readiness probe failed: Get "http://10.42.0.17:8080/health": dial tcp 10.42.0.17:8080: '
                "connect: connection refused\n"
            ),
            "health_check_failed",
            "--hostname 0.0.0.0 --port 8080",
        ),
        ("RuntimeError: not enough memory for KV cache\n", "kv_cache_insufficient", "--max-total-tokens"),
    ],
    ids=["gpu_oom", "tensor_parallel_invalid", "health_check_failed", "kv_cache_insufficient"],
)
def test_tgi_fixes_use_tgi_flag_names(log, kind, flag):
    result = diagnose(_TGI + log, exit_status=1)
    assert result.kind == kind
    assert flag in result.suggested_fix
    others = ("--tensor-parallel-size", "--tp-size", "--max-model-len", "--gpu-memory-utilization", "--host ")
    assert [flag for flag in others if flag in result.suggested_fix] == []


def test_sglang_fixes_use_sglang_flag_names():
    log = "[2025-01-10 09:00:01 TP0] Scheduler hit an exception: Traceback (most recent call last):\n"
    heads = "AssertionError: Total number of attention heads (28) must be divisible by tensor parallel size "
    heads += "(8).\n"
    kv = "RuntimeError: not enough memory for KV cache\n"
    assert "`--tp-size` to one of 1, 2, 4, 7" in diagnose(log + heads).suggested_fix
    fix = diagnose(log + kv).suggested_fix
    assert "`--mem-fraction-static`" in fix and "`--context-length`" in fix and "`--tp-size`" in fix
    assert "--max-model-len" not in fix and "--gpu-memory-utilization" not in fix


def test_a_log_that_names_no_engine_gets_every_engines_spelling():
    fix = diagnose("torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB.\n").suggested_fix
    for flag in ("--tensor-parallel-size", "--tp-size", "--num-shard"):
        assert flag in fix


# Lines as the code of each component prints them (the format strings cited in wordings.py), outside any corpus.
_PRINTED_BY_THE_CODE = [
    (
        "RuntimeError: Data processing error: CAS service error : ReqwestMiddleware Error: Request failed",
        "hf_auth",
    ),
    ("Error: model requires more system memory (21.3 GiB) than is available (15.2 GiB)", "host_oom"),
    (
        "eviction_manager.go:159] Failed to admit pod vllm-0 - node has conditions: [MemoryPressure]",
        "host_oom",
    ),
    (
        "eviction_manager.go:159] Failed to admit pod vllm-0 - node has conditions: [DiskPressure]",
        "disk_full",
    ),
    ("Warning  EvictionThresholdMet  2m  kubelet  Attempting to reclaim imagefs", "disk_full"),
    (
        "Run failed with error code INSTANCE_UNREACHABLE. Check CLI and server logs for more details.",
        "instance_unreachable",
    ),
    ("Run failed with error code PORTS_BINDING_FAILED.", "health_check_failed"),
    (
        "usage: api_server.py [-h] [--host HOST] [--port PORT] [--uvicorn-log-level {debug,info}]",
        "invalid_engine_args",
    ),
    ("AssertionError: 28 is not divisible by 8", "tensor_parallel_invalid"),
]


@pytest.mark.parametrize(("line", "kind"), _PRINTED_BY_THE_CODE, ids=[k for _, k in _PRINTED_BY_THE_CODE])
def test_a_failed_run_is_classified_from_the_wording_its_component_prints(line, kind):
    result = diagnose(line, status="failed")
    assert result is not None and result.kind == kind


# Serving platforms' verdicts in shapes other than the world10 excerpts they were learnt from: another deadline,
# another instance type, the other SageMaker quota line, Triton's HTTP front end, a missing Python backend.
_PLATFORM_VERDICTS = [
    (
        "Runner failed with exception: Runner has been initializing for too long: 1200 seconds",
        "health_check_failed",
    ),
    ("Error: model container failed to boot and complete setup within 1800 seconds", "health_check_failed"),
    (
        "google.api_core.exceptions.FailedPrecondition: 400 Model server never became ready.",
        "health_check_failed",
    ),
    (
        "upstream connect error or disconnect/reset before headers. reset reason: connection failure",
        "health_check_failed",
    ),
    (
        "EC2InsufficientCapacityError: Instance type 'ml.p4d.24xlarge' is temporarily unavailable",
        "no_capacity",
    ),
    (
        "ResourceLimitExceeded: An error occurred (ResourceLimitExceeded) when calling the CreateEndpoint",
        "no_capacity",
    ),
    (
        "failed to start HTTP service: Invalid argument - --http-port must be a valid port",
        "invalid_engine_args",
    ),
    (
        (
            "failed to load 'preprocessing' version 1: Invalid argument: unable to find "
            "'libtriton_python.so' for model 'preprocessing', in /opt/tritonserver/backends/python"
        ),
        "dependency_install_failed",
    ),
    (
        "[TensorRT-LLM][ERROR] 1: [stdArchiveReader.cpp] Serialization (Version tag does not match)",
        "dependency_install_failed",
    ),
    ("docker: Error response from daemon: unknown or invalid runtime name: nvidia.", "gpu_unavailable"),
    ("NotImplementedError: sharded is not supported for this model", "model_unsupported"),
    ("ERROR Could not match a profile in manifest", "invalid_engine_args"),
    (
        "W-9000-model_1.0 org.pytorch.serve.wlm.BatchAggregator - Load model failed: model, error: Worker died.",
        "container_exited",
    ),
    # From world16's training part, in other shapes: Knative's revision table, its image message, LiteLLM's
    # other wrapping of the OpenAI client's refusal, CRI-O's pull through containers/image.
    (
        "hello-00002   hello   1   0 OK / 4   False   ExitCode1 : Container failed with: npm ERR! code 1",
        "container_exited",
    ),
    (
        'message: Unable to fetch image "gcr.io/acme/predictor:v2": failed to resolve image to digest',
        "image_pull_failed",
    ),
    (
        "litellm.APIConnectionError: APIConnectionError: OpenAIException - Connection error.",
        "health_check_failed",
    ),
    (
        "rpc error: code = Unknown desc = Requesting bear token: invalid status code from registry 403",
        "image_pull_failed",
    ),
    ("openai.APIConnectionError: Connection error.", "health_check_failed"),
    (
        '{"error":"Unable to fetch image \\"docker.io/acme/model:v3\\": failed to resolve image to digest"}',
        "image_pull_failed",
    ),
    (
        'ERROR: failed to launch: path lookup: exec: "python": executable file not found in $PATH',
        "container_exited",
    ),
]


@pytest.mark.parametrize(
    ("line", "kind"), _PLATFORM_VERDICTS, ids=[line[:40] for line, _ in _PLATFORM_VERDICTS]
)
def test_a_serving_platforms_verdict_is_classified_in_its_other_shapes(line, kind):
    result = diagnose(line, status="failed")
    assert result is not None and result.kind == kind


def test_hugging_face_endpoints_log_view_prefix_is_read_through():
    # The endpoint's log view puts its own time and a tilde before every line, frames included.
    line = "2024/02/23 09:08:17 ~ 2024-02-23 01:08:17,369 | INFO | Using device GPU"
    assert clean_line(line) == "Using device GPU"
    log = "".join(
        f"2025/06/01 10:00:0{n} ~ {line}\n"
        for n, line in enumerate(
            [
                "Traceback (most recent call last):",
                'File "/app/webservice_starlette.py", line 57, in startup',
                "handler()",
            ]
        )
    )
    result = diagnose(log)
    assert result is not None and result.kind == "container_exited"


def test_vllms_no_platform_notice_is_a_missing_gpu_only_when_the_log_then_fails():
    notice = "INFO 06-10 11:36:23 [__init__.py:247] No platform detected, vLLM is running on "
    notice += "UnspecifiedPlatform\n"
    loaded = "".join(
        f"2025-06-10 11:36:26.764 1 kserve INFO [{where}] {what}\n"
        for where, what in [
            ("encoder_model.py:load():204", "Successfully loaded huggingface model from path bert"),
            ("model_server.py:register_model():402", "Registering model: model"),
            ("server.py:_register_endpoints():108", "OpenAI endpoints registered"),
        ]
    )
    assert diagnose(notice + loaded) is None
    crash = 'Traceback (most recent call last):\n  File "/app/server.py", line 3, in <module>\n'
    assert diagnose(notice + crash).kind == "gpu_unavailable"


def test_a_module_not_found_cut_inside_its_message_is_a_missing_dependency():
    assert diagnose("ModuleNotFoundError: No mod", exit_status=1).kind == "dependency_install_failed"
    # The source line of a frame that names the class is not the exception: no rule reads it, and the evidence
    # is the traceback (the scoring model may still name a family from the words of a cut traceback).
    frame = '  File "/app/x.py", line 9, in <module>\n    except ModuleNotFoundError: pass\n'
    crash = diagnose("Traceback (most recent call last):\n" + frame, exit_status=1)
    assert crash.evidence[0] == "Traceback (most recent call last):"
    assert not any("ModuleNotFoundError" in line for line in crash.evidence)


def test_xet_error_names_the_disk_when_it_wraps_a_full_disk():
    line = "RuntimeError: Data processing error: CAS service error : IO Error: No space left on device (os error 28)"
    assert diagnose(line, exit_status=1).kind == "disk_full"


# --- Engine wordings learnt from world3's training part: lines as each component's code prints them.
_ENGINE_WORDINGS = [
    (
        "Error: failed to fetch https://huggingface.co/org/model/resolve/main/config.json: status code 403",
        "hf_auth",
    ),
    (
        "HTTP status client error (401 Unauthorized) for url (https://huggingface.co/org/model/resolve/main/x)",
        "hf_auth",
    ),
    ('Error: pull model manifest: 401: {"errors":[{"code":"UNAUTHORIZED"}]}', "hf_auth"),
    ('level=ERROR msg=http error="registry responded with status 401: unauthorized" status=500', "hf_auth"),
    ("ERROR: Access denied: repository is gated and you are not in the authorized list.", "hf_auth"),
    (
        "RuntimeError: CUDA error: the provided PTX was compiled with an unsupported toolchain.",
        "gpu_unavailable",
    ),
    (
        "ERROR shard-manager: text_generation_launcher: Shard process was signaled to shutdown with signal 7",
        "nccl_or_shm",
    ),
    ("Error: unhandled exception: bad argument: --port [ValueError]", "invalid_engine_args"),
    (
        (
            "[TRT-LLM] [RANK 0] [E] Failed to initialize executor on rank 0: [TensorRT-LLM][ERROR] Assertion failed: "
            "Error occurred when running GEMM! (/src/tensorrt_llm/cpp/tensorrt_llm/kernels/trtllmGenKernels/"
            "batchedGemm/KernelRunner.cpp:180)"
        ),
        "container_exited",
    ),
    (
        'msg="error loading llama server" error="llama runner process has terminated: exit status 2"',
        "container_exited",
    ),
    (
        "OSError: You are trying to access a gated repo.\nMake sure to have access to it at https://huggingface.co/x",
        "hf_auth",
    ),
    (
        "llama_model_load: error loading model: tensor 'blk.0.attn_q.weight' data is not within the file bounds",
        "container_exited",
    ),
    (
        "2024-12-19 21:40:35 ERROR 56542 [engine.py:64] CUDA error: an illegal memory access was encountered",
        "container_exited",
    ),
    (
        "Memory access fault by GPU node-1 (Agent handle: 0x55d0) on address 0x7f00. Reason: Page not present.",
        "container_exited",
    ),
    (
        "CRITICAL 01-22 00:13:36 launcher.py:99] MQLLMEngine is already dead, terminating server process",
        "container_exited",
    ),
    ("    assert self.total_num_kv_heads % tp_size == 0\nAssertionError\n", "tensor_parallel_invalid"),
    (
        "I0106 09:06:35.300659 12615 server.cc:352] shutting\nerror: creating server: Internal - failed to load all models\n",
        "container_exited",
    ),
    (
        "| tensorrt_llm | 1 | UNAVAILABLE: Internal: unable to create TensorRT engine |\n+----+----+\n",
        "container_exited",
    ),
    (
        "error loading model: unknown (magic, version) combination: 46554747, 00000003; is this really a GGML file?",
        "model_unsupported",
    ),
    ("gguf_init_from_file: invalid magic number 67676a74", "model_unsupported"),
    (
        "Exception: Capture cuda graph failed: [../third_party/gloo/gloo/transport/tcp/pair.cc:534] Connection closed by peer",
        "nccl_or_shm",
    ),
]


@pytest.mark.parametrize(("line", "kind"), _ENGINE_WORDINGS, ids=[k for _, k in _ENGINE_WORDINGS])
def test_an_engine_failure_ending_the_log_is_classified_from_the_wording_it_prints(line, kind):
    result = diagnose(line)
    assert result is not None and result.kind == kind


# --- Disks, builds and interruptions (world7): lines as each component's code prints them.
_STORAGE_BUILD_AND_CLOUD_WORDINGS = [
    (
        (
            "RuntimeError: [enforce fail at inline_container.cc:593] . PytorchStreamWriter failed writing "
            "file data/1: file write failed"
        ),
        "disk_full",
    ),
    (
        "RuntimeError: [enforce fail at inline_container.cc:664] . unexpected pos 56833600 vs 56833492",
        "disk_full",
    ),
    ("sqlite3.OperationalError: database or disk is full", "disk_full"),
    (
        (
            "Error: failed to write model.safetensors\n\nCaused by:\n    There is not enough space on the "
            "disk. (os error 112)"
        ),
        "disk_full",
    ),
    ("ninja: build stopped: subcommand failed.", "dependency_install_failed"),
    ("RuntimeError: Error building extension 'flashinfer_kernels'", "dependency_install_failed"),
    (
        (
            "RuntimeError:\nThe detected CUDA version (12.4) mismatches the version that was used to "
            "compile\nPyTorch (11.8). Please make sure to use the same CUDA versions.\n"
        ),
        "dependency_install_failed",
    ),
    (
        (
            "/usr/local/cuda/include/crt/host_config.h:143:2: error: #error -- unsupported GNU version! "
            "gcc versions later than 13 are not supported!"
        ),
        "dependency_install_failed",
    ),
    (
        "OSError: libcudart.so.12: cannot open shared object file: No such file or directory",
        "dependency_install_failed",
    ),
    ("OSError: libcuda.so.1: cannot open shared object file: No such file or directory", "gpu_unavailable"),
    ("error: externally-managed-environment", "dependency_install_failed"),
    (
        "PackagesNotFoundError: The following packages are not available from current channels:",
        "dependency_install_failed",
    ),
    (
        "UnsatisfiableError: The following specifications were found to be incompatible with each other:",
        "dependency_install_failed",
    ),
    ("error    libmamba Could not solve for environment specs", "dependency_install_failed"),
    (
        (
            '{"level":"INFO","logger":"controller.interruption","message":"initiating delete from '
            'interruption message","messageKind":"SpotInterruptionKind","nodeclaim":"default-4w54b",'
            '"action":"CordonAndDrain"}'
        ),
        "instance_interrupted",
    ),
    ('"Code": "instance-terminated-no-capacity",', "instance_interrupted"),
    ('"Code": "instance-terminated-by-price",', "instance_interrupted"),
    (
        (
            "WARNING resource_demand_scheduler.py:712 -- The autoscaler could not find a node type to "
            "satisfy the request: [{'GPU': 1.0}]."
        ),
        "no_capacity",
    ),
]


@pytest.mark.parametrize(
    ("line", "kind"), _STORAGE_BUILD_AND_CLOUD_WORDINGS, ids=[k for _, k in _STORAGE_BUILD_AND_CLOUD_WORDINGS]
)
def test_a_disk_build_or_cloud_failure_is_classified_from_the_wording_its_code_prints(line, kind):
    result = diagnose(line, status="failed")
    assert result is not None and result.kind == kind


def test_a_pending_gpu_pod_is_short_of_capacity_whatever_default_tolerations_its_description_lists():
    described = (
        "Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s\n"
        "                 node.kubernetes.io/unreachable:NoExecute op=Exists for 300s\n"
        "Events:\n"
        "  Warning  FailedScheduling  2m  default-scheduler  0/3 nodes are available: "
        "3 Insufficient nvidia.com/gpu.\n"
    )
    assert diagnose(described, status="pending").kind == "no_capacity"


def test_a_node_tainted_unreachable_is_still_unreachable():
    described = "Taints:             node.kubernetes.io/unreachable:NoExecute\nUnschedulable:      false\n"
    assert diagnose(described, status="failed").kind == "instance_unreachable"


def test_a_malformed_repo_id_names_the_id_not_the_token():
    line = (
        "huggingface_hub.errors.HFValidationError: Repo id must use alphanumeric chars or '-', '_', '.', "
        "'--' and '..' are forbidden, '-' and '.' cannot start or end the name, max length is 96: 'org/m:main'."
    )
    result = diagnose(line, exit_status=1)
    assert result.kind == "hf_auth"
    assert "revision" in result.suggested_fix and "HF_TOKEN" not in result.suggested_fix


def test_a_ptx_newer_than_the_driver_asks_for_an_older_image_or_a_newer_driver():
    result = diagnose('Error: DriverError(CUDA_ERROR_UNSUPPORTED_PTX_VERSION, "the provided PTX ...")')
    assert result.kind == "gpu_unavailable" and "driver" in result.summary


_LLAMA_CPP_COMPUTE_OOM = (
    "E ggml_backend_cuda_buffer_type_alloc_buffer: allocating 51748.72 MiB on device 1: cudaMalloc failed: "
    "out of memory\n"
    "E graph_reserve: failed to allocate compute buffers\n"
)


def test_llama_cpp_retrying_without_pipeline_parallelism_settles_its_compute_buffer_oom():
    retried = (
        "W sched_reserve: compute buffer allocation failed, retrying without pipeline parallelism\n"
        "I srv    load_model: initializing, n_slots = 1, n_ctx_slot = 50176\n"
        "I main: server is listening on http://0.0.0.0:8080 - starting the main loop\n"
    )
    assert diagnose(_LLAMA_CPP_COMPUTE_OOM + retried) is None
    assert diagnose(_LLAMA_CPP_COMPUTE_OOM).kind == "gpu_oom"


_FRAMES_ONLY = (
    '(Worker pid=7) ERROR 07-24 08:26:01 multiproc_worker_utils.py:226]   File "/v/vllm/worker/worker.py", '
    "line 132, in init_device\n"
    "(Worker pid=7) ERROR 07-24 08:26:01 multiproc_worker_utils.py:226]     init_worker_distributed_environment(\n"
    '(Worker pid=7) ERROR 07-24 08:26:01 multiproc_worker_utils.py:226]   File "/usr/local/lib/python3.10/dist'
)


def test_an_engine_log_cut_inside_a_traceback_before_it_came_up_is_a_crash():
    assert diagnose(_FRAMES_ONLY).kind == "container_exited"


def test_traceback_frames_followed_by_ordinary_lines_are_not_a_crash():
    loading = (
        '", line 9, in f\n'
        "INFO 07-24 08:26:05 [weight_utils.py:265] Using model weights format ['*.safetensors']\n"
        "Loading safetensors checkpoint shards:  40% Completed | 2/5 [00:03<00:04,  1.52s/it]\n"
    )
    assert diagnose(_FRAMES_ONLY + loading) is None


_CUDA_BUILD_FAILURES = [
    "nvcc fatal   : Unsupported gpu architecture 'compute_120'",
    "OSError: CUDA_HOME environment variable is not set. Please set it to your CUDA install root.",
    "RuntimeError: The detected CUDA version (12.8) mismatches the version that was used to compile PyTorch (12.1).",
]


@pytest.mark.parametrize("line", _CUDA_BUILD_FAILURES)
def test_a_cuda_compile_failure_is_an_install_failure_that_names_the_toolkit(line):
    result = diagnose(line, exit_status=1)
    assert result.kind == "dependency_install_failed" and "CUDA toolkit" in result.summary


_IPYTHON_CUT = (
    "RuntimeError                              Traceback (most recent call last)\n"
    "Cell In[3], line 1\n"
    '----> 1 llm = LLM(model="org/m",\n'
    '      2         dtype="float16")\n'
    "\n"
    "File ~/envs/vllm/lib/python3.12/site-packages/vllm/entrypoints/llm.py:297, in LLM.__init__(self, model)\n"
    "    294 log_non_default_args(engine_args)\n"
    "    296 # Create\n"
)


def test_a_notebook_traceback_cut_inside_a_frame_is_a_crash():
    assert diagnose(_IPYTHON_CUT).kind == "container_exited"


# IPython 7's verbose traceback names a cell's own frame after the cell's input, with no file path
# ("<ipython-input-1-3cadc7bec646> in <module>"), and shows the cell's source lines under it (world352).
_IPYTHON7_CELL_CUT = (
    "LightGBMError                             Traceback (most recent call last)\n"
    "<ipython-input-1-3cadc7bec646> in <module>\n"
    "      3 model = LGBMClassifier(boosting_type='gbdt', num_leaves=31, max_depth=- 1, learning_rate=0.1, "
    'n_estimators=300, device = "gpu")\n'
    "      4 train, label = make_moons(n_samples=300000, shuffle=True, noise=0.3, random_state=None)\n"
    "----> 5 model.fit(train, label)\n"
)


def test_a_notebook_traceback_cut_under_an_ipython7_cell_frame_is_a_crash():
    assert diagnose(_IPYTHON7_CELL_CUT).kind == "container_exited"
    # %%time's cell is the same frame under another name.
    timed = _IPYTHON7_CELL_CUT.replace("<ipython-input-1-3cadc7bec646>", "<timed exec>")
    assert diagnose(timed).kind == "container_exited"


def test_a_log_cut_at_a_multiprocessing_crash_header_is_a_crash():
    log = "INFO 2026-03-13 10:15:06 worker.py:2013 -- Connected to Ray cluster.\nProcess mp_engine_proc:\n"
    assert diagnose(log).kind == "container_exited"


def test_transformers_unknown_model_type_keyerror_frame_is_model_unsupported():
    log = (
        '  File "/usr/lib/python3/transformers/models/auto/configuration_auto.py", line 989, in from_pretrained\n'
        '    config_class = CONFIG_MAPPING[config_dict["model_type"]]\n'
        "KeyError: 'qwen3_next'\n"
    )
    assert diagnose(log).kind == "model_unsupported"


def test_lmdeploy_warnings_that_it_goes_on_after_are_not_failures():
    log = (
        "2026-03-13 10:15:05,676 - lmdeploy - WARNING - transformers.py:22 - LMDeploy requires transformers "
        "version: [4.33.0 ~ 4.57.3], but found version: 5.2.0\n"
        "Device does not support bfloat16. Set float16 forcefully\n"
        "2026-03-13 10:15:07,001 - lmdeploy - INFO - loading weights\n"
    )
    assert diagnose(log) is None


def test_a_log_that_stops_in_a_go_stack_dump_is_a_crash():
    log = (
        "Feb 26 10:05:54 host ollama[1499]: runtime.goexit({})\n"
        "Feb 26 10:05:54 host ollama[1499]:         runtime/asm_amd64.s:1700 +0x1 fp=0xc00048c7e8 sp=0xc00048c7e0\n"
    )
    assert diagnose(log).kind == "container_exited"


def test_vllm_014_process_tags_and_a_supervisors_stream_tag_are_prefixes():
    line = "[/bin/sh]: [EngineCore_DP0][pid=1242] ERROR 01-22 12:05:33.129 [core.py:1302] EngineCore failed to start."
    assert clean_line(line) == "EngineCore failed to start."


def test_one_error_repeated_at_the_end_keeps_its_words_as_no_tag_of_a_collector():
    # A retry loop logs the same message: the start the lines share is the message, which the rules must still read.
    line = "Error: No available node types can fulfill resource request {'GPU': 16.0}. Add suitable node types.\n"
    found = scan(line * 3)
    assert found.tags == ()
    assert "no_capacity" in {diagnose_rules.RULES[number].kind for _, number in found.hits}
    # Lines that go on differently under one collector's tag still lose it.
    tag = "vllm-5d8f9c7b6-x2k4p vllm [15:38:46] stdout/INFO  "
    assert scan(tag + line + tag + "Retrying the request\n" + tag + line).tags[0] == "vllm-5d8f9c7b6-x2k4p "


def test_a_wrappers_tag_on_the_last_lines_is_stripped_though_its_own_lines_come_first():
    # A wrapper relays its child's output under "[vLLM] " after lines of its own (world380's training part,
    # Transformer Lab's vLLM plugin): the traceback under the tag is the child's, cut at a frame.
    log = (
        "Loading Inference Server for TinyLlama/TinyLlama-1.1B-Chat-v1.0\n"
        "[bootstrap] Injected ninja into PATH: /home/admin/venv/bin\n"
        "Virtual environment found, using it for evaluation...\n"
        "Starting vLLM server...\n"
        "[vLLM] Traceback (most recent call last):\n"
        '[vLLM] File "<frozen runpy>", line 198, in _run_module_as_main\n'
        '[vLLM] File "/venv/lib/python3.11/site-packages/vllm/entrypoints/openai/api_server.py", line 34, in <module>\n'
        "[vLLM] from vllm.engine.arg_utils import AsyncEngineArgs\n"
        '[vLLM] File "/venv/lib/python3.11/site-packages/vllm/engine/arg_utils.py", line 35, in <module>\n'
        "[vLLM] from vllm.config import (\n"
    )
    assert scan(log).tags == ("[vLLM] ",)
    assert diagnose(log).kind == "container_exited"
    # The wrapper's own last word after its child's lines, or a collector's tag left alone on the last line, does not
    # hide the tag (world86's training part under stern's tag).
    assert scan(log + "vLLM server exited with code 1\n").tags == ("[vLLM] ",)


def test_frames_that_all_name_one_file_share_no_tag():
    # A native stack printed as Python frames repeats 'File "<unknown>", line 0, in ' on every line: its content.
    log = "!!!!!!! Segfault encountered !!!!!!!\n" + "".join(
        f'  File "<unknown>", line 0, in frame_{n}\n' for n in range(8)
    )
    assert scan(log).tags == ()


_OLLAMA_LOAD_FAILED = (
    'time=2024-08-26T09:53:44.346Z level=ERROR source=sched.go:451 msg="error loading llama server" '
    'error="llama runner process has terminated: signal: terminated"\n'
    '[GIN] 2024/08/26 - 09:54:29 | 200 |     313.555µs |       127.0.0.1 | GET      "/api/version"\n'
)


def test_ollama_failing_to_load_the_model_is_a_failure_though_the_server_keeps_answering():
    assert diagnose(_OLLAMA_LOAD_FAILED).kind == "container_exited"


def test_ollama_loading_the_model_on_a_later_try_settles_the_failed_load():
    started = 'time=2024-08-26T09:55:01.100Z level=INFO source=server.go:630 msg="llama runner started in 3.52 seconds"\n'
    assert diagnose(_OLLAMA_LOAD_FAILED + started) is None


_HUB_DOWNLOAD_REFUSALS = [
    (
        "RuntimeError: An error occurred while downloading using `hf_transfer`. Consider disabling "
        "HF_HUB_ENABLE_HF_TRANSFER for better error handling."
    ),
    "Request: HTTP status client error (403 Forbidden) for url (https://cas-bridge.xethub.hf.co/xet-bridge-us/abc)",
]


@pytest.mark.parametrize("line", _HUB_DOWNLOAD_REFUSALS)
def test_a_hub_download_refused_or_broken_is_hf_auth(line):
    assert diagnose(line, exit_status=1).kind == "hf_auth"


def test_a_refused_health_check_names_the_port_and_the_path_apart():
    log = 'Put "http://10.0.0.5:52365/api/serve/deployments/": dial tcp 10.0.0.5:52365: connect: connection refused\n'
    result = diagnose(log, status="failed")
    assert result.kind == "health_check_failed"
    assert "on port 52365, path /api/serve/deployments/" in result.summary


# Lines below are copied from world9's training excerpts (tests/diagnosis/world9/, cited there).
_LLAMACPP_HUGE_CONTEXT = (
    "llama_new_context_with_model: n_ctx      = 1048576\n"
    "llama_new_context_with_model: n_batch    = 2048\n"
    "ggml_backend_cpu_buffer_type_alloc_buffer: failed to allocate buffer of size 137438953504\n"
    "llama_kv_cache_init: failed to allocate buffer for kv cache\n"
    "llama_new_context_with_model: llama_kv_cache_init() failed for self-attention cache\n"
)


def test_a_llamacpp_kv_cache_too_big_for_memory_names_its_context_and_size():
    result = diagnose(_LLAMACPP_HUGE_CONTEXT)
    assert result.kind == "kv_cache_insufficient"
    assert "1048576 tokens (128.0 GiB)" in result.summary
    assert "below 1048576" in result.suggested_fix and "--ctx-size" in result.suggested_fix


def test_a_wrapped_nvfp4_moe_refusal_asks_for_a_gpu_with_fp4_kernels():
    log = (
        "ValueError: NvFp4 MoE backend 'FLASHINFER_CUTLASS' does not support the \n"
        "deployment configuration since kernel does not support current device.\n"
    )
    result = diagnose(log)
    assert result.kind == "quantization_unsupported"
    assert "FP4" in result.summary
    assert "≥ 10.0 (B200)" in result.suggested_fix


def test_a_capability_minimum_in_the_checks_own_words_is_the_one_the_fix_asks_for():
    result = diagnose("f8e4m3nv is only supported on compute capability >= 90\n", exit_status=1)
    assert result.kind == "quantization_unsupported"
    assert "need compute capability 9.0" in result.summary
    assert "≥ 9.0 (H100, H200, B200)" in result.suggested_fix


def test_systemds_memory_peak_sizes_the_host_memory_fix():
    log = (
        "Feb 24 11:16:32 adl systemd[1]: ollama.service: Failed with result 'oom-kill'.\n"
        "Feb 24 11:16:32 adl systemd[1]: ollama.service: Consumed 32.964s CPU time, 123.9G memory peak.\n"
    )
    result = diagnose(log)
    assert result.kind == "host_oom"
    assert "about 124 GB" in result.summary
    assert "at least 248GB" in result.suggested_fix


def test_an_nvml_driver_library_mismatch_is_the_hosts_and_another_instance_may_serve():
    log = "nvidia-smi \nFailed to initialize NVML: Driver/library version mismatch\nNVML library version: 570.124\n"
    result = diagnose(log, exit_status=1)
    assert result.kind == "gpu_unavailable"
    assert "kernel module and driver library differ" in result.summary
    assert result.retryable_as_is


def test_a_container_that_lost_its_gpus_to_nvml_unknown_error_is_retryable_as_is():
    result = diagnose(
        "(container) $ nvidia-smi -L\nFailed to initialize NVML: Unknown Error\n", exit_status=1
    )
    assert result.kind == "gpu_unavailable"
    assert "lost access to its GPUs" in result.summary
    assert result.retryable_as_is


_ENGINE_DIED_UNDER_THE_API_SERVER = (
    "(APIServer pid=1) INFO 08-25 12:20:01 [launcher.py:44] Application startup complete.\n"
    "(EngineCore_0 pid=271) ERROR 08-25 12:24:19 [multiproc_executor.py:146] Worker proc VllmWorker-1 died "
    "unexpectedly, shutting down executor.\n"
    "(VllmWorker TP0 pid=405) INFO 08-25 12:24:19 [multiproc_executor.py:520] Parent process exited, terminating "
    "worker\n"
    "(APIServer pid=1) INFO 08-25 12:24:24 [loggers.py:123] Engine 000: Avg prompt throughput: 0.0 tokens/s, Avg "
    "generation throughput: 0.0 tokens/s\n"
    "(APIServer pid=1) INFO 08-25 12:24:34 [loggers.py:123] Engine 000: Avg prompt throughput: 0.0 tokens/s, Avg "
    "generation throughput: 0.0 tokens/s\n"
)


def test_an_engine_that_died_under_a_server_still_logging_its_metrics_is_a_crash():
    assert diagnose(_ENGINE_DIED_UNDER_THE_API_SERVER).kind == "container_exited"


def test_a_server_that_started_again_after_its_engine_died_is_up():
    restarted = (
        "(APIServer pid=1) INFO 08-25 12:30:02 [launcher.py:44] Application startup complete.\n"
        '(APIServer pid=1) INFO:     10.0.0.5:4711 - "POST /v1/chat/completions HTTP/1.1" 200 OK\n'
    )
    assert diagnose(_ENGINE_DIED_UNDER_THE_API_SERVER + restarted) is None


def test_an_engine_death_the_front_end_reports_as_a_requests_error_is_a_crash():
    # vLLM V1 answers every request with EngineDeadError once its core is gone, through the same serving_chat
    # logger that reports one rejected request; the core's own traceback follows.
    died = (
        "(APIServer pid=9) ERROR 01-08 17:16:15 [serving_chat.py:1278] Error in chat completion stream generator.\n"
        "(APIServer pid=9) ERROR 01-08 17:16:15 [serving_chat.py:1278] vllm.v1.engine.exceptions.EngineDeadError: "
        "EngineCore encountered an issue. See stack trace (above) for the root cause.\n"
        "(EngineCore_DP0 pid=31) Traceback (most recent call last):\n"
    )
    assert diagnose(died).kind == "container_exited"
    one_request = died.replace(
        "vllm.v1.engine.exceptions.EngineDeadError: EngineCore encountered an issue.", "ValueError: bad"
    ).replace("(EngineCore_DP0 pid=31) Traceback (most recent call last):\n", "")
    assert diagnose(one_request) is None


def test_a_requests_traceback_cut_at_the_output_handler_frame_is_an_engine_death():
    # vLLM V1's AsyncLLM output handler reads the engine core's outputs for every request; a request's traceback
    # through its frame, logged by the serving_chat logger that also reports one rejected request, is the handler's
    # failure reaching every request, even where the paste stops at the frame line (world423's training part).
    frames = (
        '(APIServer pid=7) ERROR 11-03 23:14 [serving_chat.py:1145]   File "/opt/venv/lib/python3.12/site-packages/'
        'vllm/v1/engine/output_processor.py", line 59, in get\n'
        "(APIServer pid=7) ERROR 11-03 23:14 [serving_chat.py:1145]     raise output\n"
        '(APIServer pid=7) ERROR 11-03 23:14 [serving_chat.py:1145]   File "/opt/venv/lib/python3.12/site-packages/'
        'vllm/v1/engine/async_llm.py", line 439, in output_handler\n'
    )
    assert diagnose(frames).kind == "container_exited"
    another_frame = frames.replace("in output_handler", "in generate")
    assert diagnose(another_frame) is None


def test_a_cloudwatch_csv_export_with_syslog_escapes_reads_as_its_messages():
    frames = (
        '1756144012376,"#033[1;36m(EngineCore_0 pid=75)#033[0;0m ERROR 08-25 10:46:52 [core.py:700]   File '
        '""/usr/local/lib/python3.12/dist-packages/vllm/v1/engine/core.py"", line 80, in __init__#015"\n'
        "1756144012376,#033[1;36m(EngineCore_0 pid=75)#033[0;0m ERROR 08-25 10:46:52 [core.py:700]     "
        "self.model_executor = executor_class(vllm_config)#015\n"
    )
    assert diagnose(frames).kind == "container_exited"


def test_colour_codes_with_esc_spelt_out_come_off_a_line():
    # A terminal's copy that writes the escape character as the letters "ESC" (world416's training part: vLLM's
    # Ray workers): the process tag and the vLLM prefix come off behind it, and the traceback is read as one.
    frames = (
        "ESC[36m(RayWorkerWrapper pid=37007)ESC[0m ERROR 06-12 15:44:15 worker_base.py:148] Traceback (most recent "
        "call last):\n"
        "ESC[36m(RayWorkerWrapper pid=37007)ESC[0m ERROR 06-12 15:44:15 worker_base.py:148]   File "
        '"/opt/vllm/worker/worker_base.py", line 140, in execute_method\n'
        "ESC[36m(RayWorkerWrapper pid=37007)ESC[0m ERROR 06-12 15:44:15 worker_base.py:148]     return "
        "executor(*args, **kwargs)\n"
    )
    assert clean_line(frames.splitlines()[0]) == "Traceback (most recent call last):"
    assert diagnose(frames).kind == "container_exited"


@pytest.mark.parametrize(
    "tail",
    [
        # Rust's std after a panic message the tail lost
        (
            "   6:     0x5612d0e038ea - std::panicking::begin_panic_handler::{{closure}}::h39f76aa863fbe8ce\n"
            "   7:     0x5612d0e03879 - std::sys_common::backtrace::__rust_end_short_backtrace::h4d10fc2251b89840\n"
        ),
        # vLLM's native fault handler under Ray, no error word at all
        (
            "(RayWorkerWrapper pid=3762, ip=10.1.1.6) 17 0x0000000000150a7b _PyObject_MakeTpCall()  ???:0\n"
            "(RayWorkerWrapper pid=3762, ip=10.1.1.6) 18 0x0000000000149096 _PyEval_EvalFrameDefault()  ???:0\n"
        ),
        # torch's c10 frames of an exception thrown in a C++ thread
        (
            "frame #5: <unknown function> + 0x8609 (0x7f3c74f76609 in /usr/lib/x86_64-linux-gnu/libpthread.so.0)\n"
            "frame #6: clone + 0x43 (0x7f3c750b0353 in /usr/lib/x86_64-linux-gnu/libc.so.6)\n"
        ),
    ],
)
def test_a_log_that_stops_in_a_native_stack_dump_is_a_crash(tail):
    assert diagnose("INFO 08-25 12:20:01 loading weights\n" + tail).kind == "container_exited"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "WARN llama_cpp_server::supervisor: llama-server <embedding> exited with status code -1073741819",
            None,
        ),
        ("    State:          Terminated\n      Reason:       Error\n      Exit Code:    139", None),
        ("    Last State:     Terminated\n      Reason:       Error\n      Exit Code:    137", "host_oom"),
    ],
)
def test_exit_lines_of_supervisors_and_kubectl_end_a_log_as_a_crash(line, kind):
    assert diagnose(line).kind == (kind or "container_exited")


def test_a_blank_vllm_log_line_under_a_cuda_error_is_part_of_the_dying_traceback():
    log = (
        "ERROR 12-16 21:08:38 engine.py:135] RuntimeError: CUDA error: device-side assert triggered\n"
        "ERROR 12-16 21:08:38 engine.py:135] For debugging consider passing CUDA_LAUNCH_BLOCKING=1\n"
        "ERROR 12-16 21:08:38 engine.py:135] Compile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.\n"
        "ERROR 12-16 21:08:38 engine.py:135] \n"
        "INFO:     Shutting down\n"
    )
    assert clean_line("ERROR 12-16 21:08:38 engine.py:135] ") == ""
    assert diagnose(log).kind == "container_exited"


@pytest.mark.parametrize(
    "line",
    [
        (
            "CRITICAL 04-15 02:01:15 [core_client.py:359] Got fatal signal from worker processes, shutting down. See "
            "stack trace above for root cause issue."
        ),
        "[2025-10-09 11:58:17][DEBUG] llama.cpp abort:1852: GGML_ASSERT(n_tokens <= n_batch) failed",
        "GGML_ASSERT: /llama.cpp/ggml.c:4796: view_src == NULL",
        "RuntimeError: [TM][ERROR]  Assertion fail: /lmdeploy/src/turbomind/models/llama/Barrier.h:20",
        "2024-04-18T22:44:48.272141Z ERROR text_generation_launcher: Webserver Crashed",
    ],
)
def test_the_last_words_of_a_dying_engine_are_a_crash(line):
    assert diagnose(line).kind == "container_exited"


def test_tgi_sharding_over_more_gpus_than_it_sees_is_a_tensor_parallel_refusal():
    line = 'Error: NotEnoughCUDADevices("`sharded` is true but only found 1 CUDA devices")'
    assert diagnose(line).kind == "tensor_parallel_invalid"


def test_tensorrt_llm_refusing_fp8_attention_on_an_older_gpu_is_a_quantization_refusal():
    log = (
        "  what():  [TensorRT-LLM][ERROR] Assertion failed: FP8 FMHA cannot be enabled except on Ada or Hopper Arch."
        " (/code/tensorrt_llm/cpp/tensorrt_llm/common/attentionOp.cpp:2418)\n"
        "1       0x7009a217b67c tensorrt_llm::common::throwRuntimeError(char const*, int, std::string const&) + 82\n"
    )
    assert diagnose(log).kind == "quantization_unsupported"


@pytest.mark.parametrize(
    ("log", "kind"),
    [
        ("[FATAL tini (7)] exec bash failed: No such file or directory\n", "container_exited"),
        (
            "*** SIGSEGV received at time=1709021359 on cpu 44 ***\nPC: @     0x7f3c5f628350  (unknown)  (unknown)\n",
            "container_exited",
        ),
        (
            "Signal (11) received.\n 0# 0x0000557F92033459 in /opt/tritonserver/bin/tritonserver\n",
            "container_exited",
        ),
        (
            (
                "ggml_vulkan: Device memory allocation of size 1056622080 failed.\n"
                "ggml_vulkan: vk::Device::allocateMemory: ErrorOutOfDeviceMemory\n"
            ),
            "gpu_oom",
        ),
        (
            "python server.py --cai-chat\nusage: server.py\n       [-h]\n       [--notebook]\n",
            "invalid_engine_args",
        ),
    ],
)
def test_how_runtimes_and_backends_word_a_death_from_their_sources(log, kind):
    assert diagnose(log).kind == kind


def test_a_usage_figure_in_a_log_line_is_not_an_argparse_usage_block():
    assert diagnose("GPU usage: 45%\nusage: 45%\n") is None


def test_a_server_that_gives_the_terminal_its_prompt_back_before_it_came_up_has_exited():
    loading = "$ ./llama-server -m model.gguf\nmain: loading model\nllama_model_loader: - type q4_K:  289 tensors\n"
    for prompt in ("$", "user@box:~/models$ ", "(venv) root@gpu-1:/workspace# ", "PS C:\\Users\\me> "):
        assert diagnose(loading + prompt + "\n").kind == "container_exited", prompt
    assert diagnose(loading) is None
    # A prompt after the server answered is the user's business (a stop, another command), not a crash at start.
    served = loading + "main: server is listening on http://127.0.0.1:8080 - starting the main loop\n"
    assert diagnose(served + '"GET /health HTTP/1.1" 200 OK\n$\n') is None


def test_a_log_cut_inside_a_long_usage_block_is_a_refusal_of_the_arguments():
    # argparse under a narrow terminal: the program's name alone, then one option per line.
    usage = "usage: serve.py\n" + "".join(f"       [--option-{i} VALUE]\n" for i in range(12))
    assert diagnose(f"$ python serve.py --bogus\n{usage}").kind == "invalid_engine_args"
    # The program went on after printing its usage: it was asked for it, or it was not the server.
    assert diagnose(f"{usage}INFO: loading the model\nINFO: warming up\nINFO: ready\n") is None


def test_hip_finding_no_kernel_for_the_gpu_is_a_gpu_the_image_cannot_use():
    log = (
        "RuntimeError: HIP error: invalid device function\n"
        "HIP kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be "
        "incorrect.\n"
        "For debugging consider passing AMD_SERIALIZE_KERNEL=3\n"
        "Compile with `TORCH_USE_HIP_DSA` to enable device-side assertions.\n"
    )
    assert diagnose(log).kind == "gpu_unavailable"


def test_a_server_that_closed_a_request_without_answering_died_under_it():
    log = "[1]    473206 segmentation fault  ./server -m m.gguf\ncurl: (52) Empty reply from server\n```\n"
    assert diagnose(log).kind == "container_exited"


# The engines users run in 2025-2026, in shapes other than the world11 excerpts they were learnt from: Ollama's
# layout failing after its backoff, a pulled-model refusal from the API, discovery on a CPU-only host.
_CURRENT_ENGINE_WORDINGS = [
    ("Error: 500 Internal Server Error: memory layout cannot be allocated", "gpu_oom"),
    (
        'time=2025-10-01T10:00:00.000Z level=WARN source=server.go:1010 msg="failed to commit memory for model"',
        "gpu_oom",
    ),
    ('{"error":"model \\"qwen3:8b\\" not found, try pulling it first"}', "hf_auth"),
    (
        "$ ollama pull qwen9:1b\npulling manifest\nError: pull model manifest: file does not exist\n",
        "hf_auth",
    ),
    (
        'time=2025-09-20T00:25:06.354Z level=INFO source=gpu.go:377 msg="no compatible GPUs were discovered"',
        "gpu_unavailable",
    ),
]


@pytest.mark.parametrize(
    ("log", "kind"), _CURRENT_ENGINE_WORDINGS, ids=[log[:40] for log, _ in _CURRENT_ENGINE_WORDINGS]
)
def test_a_current_engines_wording_is_classified_in_its_other_shapes(log, kind):
    result = diagnose(log, status="failed")
    assert result is not None and result.kind == kind


def test_ptxas_refusing_a_bf16_feature_is_the_dtype_and_any_other_feature_a_build_for_the_wrong_gpu():
    bf16 = "ptxas /tmp/k.ptx, line 12; error   : Feature 'cvt.bf16.f32' requires .target sm_80 or higher\n"
    mma = "ptxas /tmp/k.ptx, line 12; error   : Feature '.m16n8k16' requires .target sm_80 or higher\n"
    assert diagnose(bf16, exit_status=1).kind == "dtype_unsupported"
    assert diagnose(mma, exit_status=1).kind == "dependency_install_failed"


def test_rays_file_system_monitor_is_a_full_disk_only_when_no_space_is_left():
    line = (
        "(raylet) [2026-01-05 08:00:00,000 E 10 20] file_system_monitor.cc:116: /tmp/ray/session_x is over 95% full, "
        "available space: {} GB; capacity: 500 GB. Object creation will fail if spilling is required.\n"
    )
    assert diagnose(line.format(0)).kind == "disk_full"
    # Over the threshold with room left is a warning the run lives with, repeated every ten seconds: neither the
    # rules nor the word-count model may read it as a full disk.
    assert diagnose(line.format("18.25") * 4) is None


def test_a_docker_pull_that_stops_on_a_bare_unexpected_eof_is_a_failed_pull():
    log = (
        "latest: Pulling from vllm/vllm-openai\n"
        "a1b2c3d4e5f6: Downloading [=======>                    ]  1.2GB/9.8GB\n"
        "unexpected EOF\n"
    )
    assert diagnose(log).kind == "image_pull_failed"
    # Another client's download that ends in the same Go error is not a container image.
    assert (
        diagnose("pulling manifest\nError: max retries exceeded: unexpected EOF\n").kind
        != "image_pull_failed"
    )


def test_an_extension_whose_operators_did_not_register_is_a_broken_install():
    log = (
        'File "/opt/venv/lib/python3.12/site-packages/torchvision/_meta_registrations.py", line 164, in <module>\n'
        "RuntimeError: operator torchvision::roi_align does not exist\n"
    )
    assert diagnose(log).kind == "dependency_install_failed"


def test_a_launchers_verdict_that_the_server_died_outlasts_the_panel_it_prints_after():
    log = "✗ Server process terminated unexpectedly\n" + "GPU 0  NVIDIA L4  Mem: 0.00 MB/22.49 GB\n" * 4
    assert diagnose(log).kind == "container_exited"


@pytest.mark.parametrize(
    ("log", "kind"),
    [
        (
            (
                "./llama-server: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.39' not found (required by "
                "./llama-server)\n"
            ),
            "dependency_install_failed",
        ),
        ("error: can't find Rust compiler\n", "dependency_install_failed"),
        ("ptxas fatal   : Unresolved extern function '_Z3fooi'\n", "dependency_install_failed"),
        (
            "Error Summary\n-------------\nDisk Requirements:\n  At least 412MB more space needed on the / filesystem.\n",
            "disk_full",
        ),
        (
            '  Warning  Evicted  kubelet  Container vllm exceeded its local ephemeral storage limit "20Gi".\n',
            "disk_full",
        ),
        ("/tmp/ray/spill has no capacity, object creation will fail if spilling is required.\n", "disk_full"),
        (
            "[2026-02-01 10:00:00 +0000] [7] [ERROR] Worker (pid:12) was sent SIGKILL! Perhaps out of memory?\n",
            "host_oom",
        ),
        ("[ 912.5] Tasks state (memory values in pages):\n", "host_oom"),
        ("Fatal error: Insufficient Memory (IOAF code 8)\n", "gpu_oom"),
        ("INFO:     Waiting for child process [42]\nINFO:     Child process [42] died\n", "container_exited"),
    ],
)
def test_how_builds_disks_and_memory_are_worded_by_the_tools_that_print_them(log, kind):
    assert diagnose(log).kind == kind


def test_vllm_reporting_the_concurrency_its_kv_cache_allows_has_fitted_the_cache():
    log = (
        "(EngineCore_DP0 pid=88) INFO 03-01 10:00:00 [gpu_worker.py:298] Available KV cache memory: 21.41 GiB\n"
        "(EngineCore_DP0 pid=88) INFO 03-01 10:00:00 [kv_cache_utils.py:1087] GPU KV cache size: 233,872 tokens\n"
        "(EngineCore_DP0 pid=88) INFO 03-01 10:00:00 [kv_cache_utils.py:1091] Maximum concurrency for 40,960 tokens "
        "per request: 5.71x\n"
    )
    assert diagnose(log) is None


@pytest.mark.parametrize(
    "tail",
    [
        "Loading model...\nFloating point exception\n",
        "Loading model...\nbash: line 1:  4242 Trace/breakpoint trap   python serve.py\n",
        "llama_model_loader: loaded meta data\nAborted\n",
        (
            "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation "
            "violation code=0x1 addr=0x0 pc=0x55d0]\n"
        ),
    ],
)
def test_a_shells_signal_report_or_a_go_panic_at_the_end_of_a_log_is_a_crash(tail):
    assert diagnose(tail).kind == "container_exited"


@pytest.mark.parametrize(
    "report",
    [
        "段错误 (核心已转储)",
        "已放弃 (核心已转储)",
        "中止 (コアダンプ)",
        "Speicherzugriffsfehler (Speicherabzug geschrieben)",
        "/bin/sh: Zeile 5: 14029 Speicherzugriffsfehler",
        "Violación de segmento (`core' generado)",
        "Abortado ('core' generado)",
        "Ошибка сегментирования (стек памяти сброшен на диск)",
        "Аварийный останов (стек памяти сброшен на диск)",
        "Falha de segmentação (imagem do núcleo gravada)",
        "Erreur de segmentation (core dumped)",
    ],
)
def test_a_crash_the_shell_reports_under_a_translated_locale_is_a_crash(report):
    log = "INFO: loading model\nINFO: model loaded\n" + report + "\n"
    assert diagnose(log).kind == "container_exited"
    assert diagnose(log).evidence == [report]


def test_an_aborted_request_line_is_not_a_shells_signal_report():
    assert diagnose("INFO 03-01 10:00:00 [async_llm.py:300] Aborted request chatcmpl-1.\n") is None


@pytest.mark.parametrize(
    ("log", "kind"),
    [
        ("munmap_chunk(): invalid pointer\n", "container_exited"),
        ("*** stack smashing detected ***: terminated\n", "container_exited"),
        ("terminate called without an active exception\n", "container_exited"),
        (
            '*** Aborted at 1730000000 (unix time) try "date -d @1730000000" if you are using GNU date ***\n',
            "container_exited",
        ),
        (
            "# A fatal error has been detected by the Java Runtime Environment:\n#\n#  SIGSEGV (0xb) at pc=0x7f\n",
            "container_exited",
        ),
        ("CMake Error at CMakeLists.txt:31 (find_package):\n", "dependency_install_failed"),
        ("error: command '/usr/bin/g++' failed with exit code 1\n", "dependency_install_failed"),
        (
            "csrc/ops.cu:3:10: fatal error: cuda_runtime.h: No such file or directory\n",
            "dependency_install_failed",
        ),
        (
            "ERROR: Package 'vllm' requires a different Python: 3.8.18 not in '<3.14,>=3.9'\n",
            "dependency_install_failed",
        ),
        (
            (
                "A module that was compiled using NumPy 1.x cannot be run in\nNumPy 2.1.0 as it may crash. To support "
                "both 1.x and 2.x\n"
            ),
            "dependency_install_failed",
        ),
        (
            "FileNotFoundError: [Errno 2] No usable temporary directory found in ['/tmp', '/var/tmp', '/usr/tmp']\n",
            "disk_full",
        ),
        (
            'Error: Os { code: 122, kind: FilesystemQuotaExceeded, message: "Disk quota exceeded" }\n',
            "disk_full",
        ),
    ],
)
def test_how_runtimes_and_build_tools_word_an_abort_or_a_broken_build(log, kind):
    assert diagnose(log).kind == kind


def test_an_attention_kernel_built_for_another_gpu_is_a_broken_install_only_when_the_log_ends_there():
    line = (
        "FATAL: kernel `fmha_cutlassF_f16_aligned_64x128_rf_sm80` is for sm80-sm100, but was built for sm37\n"
    )
    assert diagnose("Building wheel for xformers ... done\n" + line).kind == "dependency_install_failed"
    # A dispatcher that goes on with another kernel leaves the line behind a working server.
    assert (
        diagnose(
            line
            + "INFO:     Application startup complete.\nINFO:     Uvicorn running on http://0.0.0.0:8000\n"
        )
        is None
    )


def test_a_traceback_whose_last_line_is_cut_inside_the_next_lines_prefix_is_a_crash():
    # The tail was taken while the worker began its next traceback line: the fragment names nothing by itself.
    frames = (
        "(Worker_TP1 pid=77) ERROR 01-02 03:04:05 [multiproc_executor.py:600]"
        '   File "/x/vllm/linear.py", line 9, in f\n'
        "(Worker_TP1 pid=77) ERROR 01-02 03:04:05 [multiproc_executor.py:600]     shard = divide(a, b)\n"
    )
    assert diagnose(frames + "(Worker_TP1 pid=77) ERROR 01-02 03:0").kind == "container_exited"
    assert diagnose(frames + "(Worker_TP1 pid=7").kind == "container_exited"
    # A last line that is not the start of the one before it is the log's own last word.
    assert diagnose(frames + "(Worker_TP1 pid=77) INFO 01-02 03:04:06 [core.py:90] model loaded\n") is None


def test_a_local_time_with_its_offset_and_zone_set_apart_is_a_prefix():
    # world391's training part: a log viewer's local clock before vLLM's APIServer lines; a collector's tag over it
    # used to leave the clock's pieces to common_tag, which keeps three tags at most.
    row = "2025-10-24T17:12:08.363544040 +08:00 CST (APIServer pid=1) ERROR 10-24 17:12:08 [async_llm.py:480] boom"
    assert clean_line(row) == "boom"
    # A level after the offset is the line's own, not a zone: vLLM's prefix after it is still found (world128).
    row = "2025-02-27T18:17:34.673961030+08:00 ERROR 02-27 02:17:34 engine.py:389] boom"
    assert clean_line(row) == "boom"
    assert clean_line("2025-06-01 12:00:00 +0800 ERROR boom") == "ERROR boom"


def test_cloudwatch_console_rows_lose_their_epoch_and_timestamp_columns():
    row = '1779264164797\t2026-05-20T08:02:44.797Z\t  File "/sgl/scheduler.py", line 1300, in run_event_loop'
    assert clean_line(row) == 'File "/sgl/scheduler.py", line 1300, in run_event_loop'


def test_buildkite_job_log_timestamps_are_a_prefix():
    # world410's training part: a vLLM-Omni CI worker's traceback copied from Buildkite's log view, each line behind
    # the agent's "bk;t=<epoch ms>" stamp, used to read as lines of a run that went on.
    frame = 'File "/usr/lib/python3.12/multiprocessing/process.py", line 314, in _bootstrap'
    assert clean_line("bk;t=1778177757178   " + frame) == frame
    log = "bk;t=1778177757176 Process DiffusionWorker-0:\n"
    log += "bk;t=1778177757178 Traceback (most recent call last):\n"
    log += "bk;t=1778177757178   " + frame + "\n"
    log += "bk;t=1778177757178     self.run()\n"
    assert diagnose(log).kind == "container_exited"


@pytest.mark.parametrize(
    "notice",
    [
        "CRITICAL 02-17 20:51:49 core_client.py:158] Got fatal signal from worker processes, shutting down."
        " See stack trace above for root cause issue.",
        "[2026-03-13 14:24:23] Received sigquit from a child process. It usually means the child failed.",
        # MindIE Server's daemon, which kills its own process group once its endpoint failed (world510's).
        "ERR: Failed to init endpoint! Please check the service log or console output.",
    ],
)
def test_a_bare_killed_after_an_engine_kills_its_own_process_tree_is_not_the_oom_killer(notice):
    crash = "AssertionError: fp8 tensor core is not supported in fa2 backend\n"
    # The word after the notice is not the kernel's OOM killer: the log reads as a failure, a bare crash or the
    # family the scoring model reads in the assertion's words. Which one is the model's certainty, which every refit
    # moves a little (quantization_unsupported since world359-365's, tensor_parallel_invalid since world388-395's).
    readings = [diagnose(crash + notice + "\nKilled\n"), diagnose(crash + notice)]
    assert None not in readings
    assert "host_oom" not in {reading.kind for reading in readings}
    # Without the engine's notice the bare word still points at the kernel's OOM killer.
    loading = "Loading safetensors checkpoint shards:  50% Completed | 2/4\n"
    assert diagnose(loading + "Killed\n").kind == "host_oom"


@pytest.mark.parametrize(
    "notice",
    [
        (
            "CRITICAL 04-07 09:54:52 [core_client.py:361] Got fatal signal from worker processes, shutting down. See"
            " stack trace above for root cause issue."
        ),
        "[2026-03-13 14:24:23] Received sigquit from a child process. It usually means the child failed.",
        "ERR: Failed to init endpoint! Please check the service log or console output.",
    ],
)
def test_the_engine_notice_then_a_bare_killed_alone_is_a_crash_not_the_oom_killer(notice):
    # Nothing but the engine's notice and the shell's word (world431's training part): the words model, which reads
    # the word as the OOM killer's, does not rename the crash host_oom either.
    reading = diagnose(notice + "\nKilled\n")
    assert reading is not None
    assert reading.kind == "container_exited"


def test_a_skypilot_job_that_succeeded_settles_an_earlier_preemption():
    log = (
        "I 11-14 22:18:29 controller.py:245] Managed job 6 (task: 1) SUCCEEDED. Cleaning up the cluster"
        " task2-6.\n"
        "I 11-14 22:18:35 controller.py:601] Controller process 635841 killed.\n"
    )
    assert diagnose(log) is None


# The 2025-2026 engines of world14, in shapes other than its excerpts: vLLM's logger.error before its
# RuntimeError, torch_npu's HCCL check on another HCCL call.
@pytest.mark.parametrize(
    ("log", "kind"),
    [
        (
            "(Worker_TP0 pid=81) ERROR 10-13 09:46:07 [multiproc_executor.py:597] RuntimeError: Failed to "
            "create unquantized linear weights.",
            "gpu_oom",
        ),
        ("RuntimeError: HCCL function error :HcclGetRootInfo(&hcclID), error code is 7", "nccl_or_shm"),
        (
            "[ERROR] 2026-04-28-16:56:53 (PID:3354790, Device:0, RankID:-1) ERR02200 DIST call hccl api "
            "failed.",
            "nccl_or_shm",
        ),
    ],
)
def test_world14_wordings_are_classified_in_their_other_shapes(log, kind):
    result = diagnose(log, status="failed")
    assert result is not None and result.kind == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # An engine's per-architecture module (mlx-lm, transformers) missing: the model is not implemented.
        ("ModuleNotFoundError: No module named 'mlx_lm.models.glm4_moe_lite'", "model_unsupported"),
        ("ImportError: No module named 'transformers.models.qwen3_moe'", "model_unsupported"),
        # Any other missing module is still a package the image lacks.
        ("ModuleNotFoundError: No module named 'flash_attn'", "dependency_install_failed"),
    ],
)
def test_a_missing_per_architecture_module_names_the_model_not_a_package(line, kind):
    result = diagnose(line, exit_status=1)
    assert result is not None and result.kind == kind


def test_a_build_missing_a_quantized_kernel_is_the_quantization_and_other_missing_ops_are_not():
    missing = "AttributeError: '_OpNamespace' '_C' object has no attribute '{}'"
    quant = diagnose(missing.format("gptq_marlin_repack"), exit_status=1)
    other = diagnose(missing.format("rms_norm"), exit_status=1)
    assert quant is not None and quant.kind == "quantization_unsupported"
    assert other is not None and other.kind != "quantization_unsupported"


# Supervisors' words for a child that died, as their sources print them (systemd src/core/service.c,
# supervisor/options.py decode_wait_status), at the end of a log that says nothing else.
@pytest.mark.parametrize(
    "tail",
    [
        "systemd[1]: llama-server.service: Main process exited, code=killed, status=9/KILL\n",
        "systemd[1]: ollama.service: Main process exited, code=dumped, status=11/SEGV\n",
        "systemd[1]: vllm.service: Main process exited, code=exited, status=1/FAILURE\n",
        "systemd[1]: ollama.service: Failed with result 'core-dump'.\n",
        "2026-01-05 10:00:01,002 WARN exited: vllm (terminated by SIGKILL; not expected)\n",
        "[INFO  tini (1)] Main child exited with signal (with signal 'Killed')\n",
        "[INFO  tini (1)] Main child exited normally (with status '1')\n",
    ],
)
def test_a_supervisors_report_of_a_dead_main_process_is_a_crash(tail):
    # SIGKILL with nothing else is what the kernel's OOM killer leaves, and the corpora label a bare `Killed` as
    # host_oom, so the scoring model may name that family; never anything else.
    killed = "kill" in tail.lower()
    assert diagnose("Loading model weights...\n" + tail).kind in (
        {"container_exited", "host_oom"} if killed else {"container_exited"}
    )


@pytest.mark.parametrize(
    "log",
    [
        "systemd[1]: ollama.service: Main process exited, code=exited, status=0/SUCCESS\n",
        "[INFO  tini (1)] Main child exited normally (with status '0')\n",
        " INFO Sending signal SIGTERM to main child process w/ PID 667\n"
        " INFO Main child exited with signal (with signal 'SIGTERM', core dumped? false)\n",
    ],
)
def test_a_supervisors_report_of_a_clean_exit_or_a_requested_stop_is_not_a_crash(log):
    assert diagnose(log) is None


@pytest.mark.parametrize(
    "tail",
    [
        "created by net/http.(*Server).Serve in goroutine 1\nrax    0x0\nrbx    0x75a984ff9640\nrip    0x75b343c969fc\n",
        "goroutine 51 gp=0xc0001056c0 m=3 mp=0xc000096e08 [syscall]:\nruntime.notetsleepg(0x1faaaa0, 0xffff)\n",
        "goroutine 12 [syscall]:\nruntime.cgocall(0xa12b00, 0xc0002ca7a8)\n",
    ],
)
def test_a_log_cut_in_a_go_goroutine_dump_or_its_registers_is_a_crash(tail):
    assert diagnose("llm_load_tensors: CPU buffer size = 637.85 MiB\n" + tail).kind == "container_exited"


def test_a_python_call_line_at_the_end_of_a_log_is_not_a_go_dump():
    assert diagnose("Loading weights\nself.model_runner.load_model()\n") is None


def test_uvicorn_shutting_down_at_the_end_of_a_log_is_a_crash():
    log = (
        '(APIServer pid=1) INFO:     10.88.0.1:39996 - "POST /v1/chat/completions HTTP/1.1" 500 Internal Server Error\n'
        "(APIServer pid=1) INFO:     Shutting down\n"
    )
    assert diagnose(log).kind == "container_exited"


@pytest.mark.parametrize(
    "tail",
    [
        "error: Uncaught SIGABRT (SI_0) on unknown pid 26726 tid 262152\n /srv/llamafile\n Operation not permitted\n"
        "  Cosmopolitan 3.9.7 MODE=aarch64\n",
        "2021-04-13 17:56:47,666 [INFO ] W-9000-model_1-stdout org.pytorch.serve.wlm.WorkerLifeCycle - Backend worker"
        " process died.\n",
    ],
)
def test_a_runtimes_report_of_its_own_death_is_a_crash(tail):
    assert diagnose("Loading model\n" + tail).kind == "container_exited"


def test_an_ollama_that_found_no_gpu_and_answers_requests_is_serving_on_the_cpu():
    found_none = 'time=2025-04-01T08:18:00.513Z level=INFO source=gpu.go:377 msg="no compatible GPUs were discovered"\n'
    answered = '[GIN] 2025/04/01 - 08:18:11 | 200 |      296.336µs |       127.0.0.1 | GET      "/api/tags"\n'
    refused = '[GIN] 2025/04/01 - 08:18:11 | 500 |      296.336µs |       127.0.0.1 | POST     "/api/chat"\n'
    assert diagnose(found_none + answered) is None
    assert diagnose(found_none).kind == "gpu_unavailable"
    assert diagnose(found_none + refused).kind == "gpu_unavailable"


# world20: the GPU the build or the runtime cannot use, in shapes other than the corpus's excerpts (from the
# sources that print them: torch/cuda/__init__.py, TurboMind's attention.cu, Ollama's discover/amd_linux.go,
# the CDI cache, vLLM's platforms/interface.py).
_WORLD20_WORDINGS = [
    (
        "/usr/lib/python3/site-packages/torch/cuda/__init__.py:287: UserWarning:\n"
        "NVIDIA GeForce GTX 1080 Ti with CUDA capability sm_61 is not compatible with the current PyTorch "
        "installation.\nThe current PyTorch install supports CUDA capabilities sm_75 sm_80 sm_86 sm_90.\n",
        "gpu_unavailable",
    ),
    (
        "    Found GPU0 Tesla K40m which is of cuda capability 3.5.\n"
        "    PyTorch no longer supports this GPU because it is too old.\n",
        "gpu_unavailable",
    ),
    ("[TM][FATAL] kernels/attention/attention.cu(51): Check failed: kernel No attention kernel found: x\n",
     "gpu_unavailable"),
    ('level=INFO source=amd_linux.go:404 msg="no compatible amdgpu devices detected"\n', "gpu_unavailable"),
    ("Error: error setting up CDI devices: unresolvable CDI devices nvidia.com/gpu=0\n", "gpu_unavailable"),
    (
        "ValueError: invalid literal for int() with base 10: 'GPU-7f57f032-34ab-a064-c37c-7a4f75601cc5'\n",
        "gpu_unavailable",
    ),
]


@pytest.mark.parametrize(("log", "kind"), _WORLD20_WORDINGS, ids=[log[:40] for log, _ in _WORLD20_WORDINGS])
def test_a_gpu_the_build_or_runtime_cannot_use_is_named_in_its_other_shapes(log, kind):
    result = diagnose(log, status="failed")
    assert result is not None and result.kind == kind


def test_vllms_warning_that_its_compiled_ops_did_not_import_is_not_a_missing_gpu():
    # vLLM logs the ImportError of vllm._C and goes on; a CPU or plugin platform serves without those ops.
    warning = (
        "WARNING 10-09 13:39:15 _custom_ops.py:18] Failed to import from vllm._C with ImportError('libcuda.so.1: "
        "cannot open shared object file: No such file or directory')\n"
    )
    assert diagnose(warning + "INFO 10-09 13:39:18 api_server.py:526] vLLM API server version 0.6.2\n") is None
    # The same library missing anywhere else is still the GPU that is not there.
    assert diagnose("ImportError: libcuda.so.1: cannot open shared object file\n").kind == "gpu_unavailable"


def test_a_skyserve_service_shown_ready_is_up_whatever_its_failed_replicas():
    table = (
        "Services\nNAME   VERSION  UPTIME   STATUS  REPLICAS  ENDPOINT\n"
        "llm    2        1h 2m    {status}   {ready}/4       10.0.0.1:30001\n\n"
        "Service Replicas\nSERVICE_NAME  ID  VERSION  IP  LAUNCHED  RESOURCES  STATUS  REGION\n"
        + "llm  1  2  -  -  -  FAILED  -\n" * 3
    )
    assert scan(table.format(status="READY", ready=1)).ready >= 0
    assert scan(table.format(status="NO_REPLICA", ready=0)).ready < 0


def test_missing_non_quant_op_in_torch_registry_is_the_environment():
    log = (
        "    torch.ops._C.silu_and_mul(out, x)\n"
        "AttributeError: '_OpNamespace' '_C' object has no attribute 'silu_and_mul'\n"
    )
    assert diagnose(log).kind == "dependency_install_failed"


def test_triton_launcher_compile_failure_is_the_environment():
    log = (
        "subprocess.CalledProcessError: Command '['/usr/bin/gcc', '/tmp/tmpab12/cuda_utils.c', '-O3', "
        "'-shared', '-fPIC', '-o', '/tmp/tmpab12/cuda_utils.so']' returned non-zero exit status 1.\n"
    )
    assert diagnose(log).kind == "dependency_install_failed"


def test_pip_conflict_list_after_install_is_not_an_unsupported_model():
    log = (
        "ERROR: pip's dependency resolver does not currently take into account all the packages that are "
        "installed. This behaviour is the source of the following dependency conflicts.\n"
        "sglang 0.4.0 requires transformers>=4.48.0, but you have transformers 4.45.2 which is incompatible.\n"
        "Successfully installed transformers-4.45.2\n"
    )
    result = diagnose(log)
    assert result is None or result.kind != "model_unsupported"


@pytest.mark.parametrize(
    "line",
    [
        "ImportError: DLL load failed while importing _C: The specified procedure could not be found.",
        "ImportError: /opt/lib/_ext.so: symbol cublasLtMatmul version libcublasLt.so.12 not defined in file "
        "libcublasLt.so.12 with link time reference",
        "ImportError: numpy.core.multiarray failed to import",
        "RuntimeError: Failed to find C compiler. Please specify via CC environment variable.",
        "/bin/sh: 1: nvcc: not found",
    ],
)
def test_loader_and_toolchain_wordings_name_the_environment(line):
    assert diagnose(line + "\n").kind == "dependency_install_failed"


@pytest.mark.parametrize(
    "log",
    [
        # glibc getopt, as a C++ server that parses with it prints a misspelt flag.
        "model-server: unrecognized option '--max-batch=8'\nUsage: model-server [options]\n",
        "model-server: invalid option -- 'q'\n",
        # click, as a Python command built on it does.
        "Usage: serve [OPTIONS] MODEL\nTry 'serve --help' for help.\n\nError: No such option: --tp_size\n",
        "Usage: serve [OPTIONS] MODEL\n\nError: Invalid value for '--backend': 'tensorrt' is not one of 'pytorch'.\n",
        # llama.cpp's flag parser, old and new.
        "error: invalid parameter for argument: --ctx-size\n",
        "error: invalid argument: --no-such-flag\n",
    ],
)
def test_command_line_parsers_other_than_argparse_and_clap_refuse_a_flag(log):
    assert diagnose(log).kind == "invalid_engine_args"


def test_an_invalid_argument_errno_is_not_a_refused_flag():
    # The kernel's EINVAL names no flag; the parser rules want one (a leading dash).
    assert diagnose("OSError: [Errno 22] Invalid argument: '/models/llama'\n").kind != "invalid_engine_args"


def test_vllm_data_parallel_launch_options_split_flags_from_sizes():
    flags = "ValueError: Invalid data-parallel launch options: --nnodes 2 requires --data-parallel-backend mp.\n"
    assert diagnose(flags).kind == "invalid_engine_args"
    sizes = (
        "ValueError: Invalid data-parallel launch options: `--nnodes 2` must evenly\n"
        "divide the total world size (1).\n"
    )
    assert diagnose(sizes).kind == "tensor_parallel_invalid"


def test_vllm_ray_world_size_warning_names_no_failure_in_a_run_that_may_be_up():
    # On a multi-node Ray cluster the other nodes hold the GPUs this one lacks (world28); the same line before
    # a failed run is its cause (test_diagnose_engine_sources).
    log = (
        "(EngineCore_DP0 pid=46071) WARNING 03-11 12:22:12 [ray_utils.py:352] Tensor parallel size (4) "
        "exceeds available GPUs (1). This may result in Ray placement group allocation failures. Consider "
        "reducing tensor_parallel_size to 1 or less, or ensure your Ray cluster has 4 GPUs available.\n"
    )
    assert diagnose(log) is None


@pytest.mark.parametrize(
    "module",
    # vLLM 0.15+ moved its OpenAI modules to entrypoints/openai/<api>/serving.py; before, serving_<api>.py.
    ["serving.py:120", "serving_completion.py:131"],
)
def test_vllm_prompt_it_cannot_render_is_one_rejected_request_not_a_crash(module):
    log = (
        f"(APIServer pid=9880) ERROR 02-21 11:34:27 [{module}] Error in preprocessing prompt inputs\n"
        f"(APIServer pid=9880) ERROR 02-21 11:34:27 [{module}] Traceback (most recent call last):\n"
        f'(APIServer pid=9880) ERROR 02-21 11:34:27 [{module}]   File "/usr/lib/python3.12/site-packages/'
        'vllm/entrypoints/openai/completion/serving.py", line 114, in render_completion_request\n'
    )
    assert diagnose(log) is None


# world35: formats and dtypes a GPU or an engine refuses, in the other shapes the code refusing them prints.
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # vLLM's attention backends, each in its own words (v1/attention/backends/mla/*.py).
        ("NotImplementedError: TritonMLA V1 with FP8 KV cache not yet supported", "quantization_unsupported"),
        (
            "NotImplementedError: CutlassMLA V1 with FP8 KV cache not yet supported",
            "quantization_unsupported",
        ),
        # Transformer Engine's ROCm build (transformer_engine/pytorch/fp8.py on ROCm).
        (
            "AssertionError: Device compute capability gfx942 or higher required for FP8 execution.",
            "quantization_unsupported",
        ),
        # Triton's assert, as vLLM's engine logs it with the code line.
        (
            'ERROR 12-03 03:28:37 engine.py:135] assert builder.options.allow_fp8e4nv, "fp8e4nv data type is '
            'not supported on CUDA arch < 89"',
            "quantization_unsupported",
        ),
        ('Error: internal error \'F8E5M2 not supported in CUDA backend\'', "quantization_unsupported"),
        (
            "/ggml/src/ggml-backend.cpp:1100: pre-allocated tensor (cache_k_l0) in a buffer (Vulkan0) that "
            "cannot run the operation (SET_ROWS)",
            "quantization_unsupported",
        ),
        (
            "[TensorRT-LLM][ERROR] Assertion failed: FP8 FMHA cannot be enabled on Pre-Hopper Arch.",
            "quantization_unsupported",
        ),
        (
            "Error: unsupported quantization type Q5_0 - supported types are F32, F16, Q4_K_S",
            "quantization_unsupported",
        ),
        ('RuntimeError: "LayerNormKernelImpl" not implemented for \'Half\'', "dtype_unsupported"),
        ("ggml_vulkan: device Vulkan0 does not support 16-bit storage.", "dtype_unsupported"),
        ("RuntimeError: No GPU found. A GPU is needed for quantization.", "gpu_unavailable"),
        ("TypeError: qwen3_moe isn't supported yet.", "model_unsupported"),
        ("llama_init_from_model: V cache quantization requires flash_attn", "invalid_engine_args"),
    ],
)
def test_a_format_or_dtype_the_gpu_or_engine_refuses_is_read_from_the_wording_its_code_prints(line, kind):
    result = diagnose(line, status="failed")
    assert result is not None and result.kind == kind


@pytest.mark.parametrize(
    "log",
    [
        # Transformer Engine's software checks on Ada are a toolkit to upgrade, not a GPU without FP8.
        "AssertionError: CublasLt version 12.1.3.x or higher required for FP8 execution on Ada.\n",
        # A fork that goes on in 32-bit.
        "ggml_vulkan: device Vulkan0 does not support 16-bit storage, falling back to 32-bit mode\n",
        # vLLM choosing another backend for an FP8 KV cache.
        "INFO 09-10 13:32:59 [cuda.py:417] Cannot use FlashAttention backend for FP8 KV cache.\n",
    ],
)
def test_a_check_that_names_no_refused_format_or_dtype_is_not_read_as_one(log):
    result = diagnose(log, status="failed")
    assert result is None or result.kind not in ("quantization_unsupported", "dtype_unsupported")


def test_a_traceback_ending_in_a_bare_exception_name_is_a_crash():
    log = (
        "Traceback (most recent call last):\n"
        '  File "/sgl-workspace/sglang/python/sglang/srt/layers/moe/fused_moe_triton/layer.py", line 227, in '
        "__init__\n"
        "    assert self.quant_method is not None\n"
        "AssertionError\n"
    )
    result = diagnose(log)
    assert result is not None and result.kind == "container_exited"


def test_a_traceback_under_podman_composes_bracketed_service_prefix_is_read_as_one():
    log = (
        "[llm]        | (APIServer pid=1) Traceback (most recent call last):\n"
        '[llm]        | (APIServer pid=1)   File "/usr/local/bin/vllm", line 10, in <module>\n'
        "[llm]        | (APIServer pid=1)     sys.exit(main())\n"
    )
    result = diagnose(log)
    assert result is not None and result.kind == "container_exited"


def test_ptxas_closing_line_leaves_the_cause_to_the_errors_above_it():
    bf16 = (
        "ptxas /tmp/compile-ptx-src-ac38de, line 523; error   : Feature '.bf16' requires .target sm_80 or "
        "higher\n"
        "ptxas fatal   : Ptx assembly aborted due to errors\n"
    )
    alone = "ptxas fatal   : Ptx assembly aborted due to errors\n"
    assert diagnose(bf16).kind == "dtype_unsupported"
    assert diagnose(alone, status="failed").kind == "dependency_install_failed"


# A log that stops on an error line in words no rule knows, from an engine that never came up; words that lean to
# no family (the model's best family under 0.1), so the reading does not move with a refit.
_UNKNOWN_LAST_ERROR = "Loading model weights\nERROR: the engine loop stopped: broken pipe to the detokenizer\n"


def test_a_log_that_stops_on_an_error_line_no_rule_knows_is_a_crash():
    found = diagnose(_UNKNOWN_LAST_ERROR)
    assert found is not None
    assert found.kind == "container_exited"
    assert found.evidence == ["ERROR: the engine loop stopped: broken pipe to the detokenizer"]


def test_an_error_line_the_log_goes_on_after_in_the_words_of_a_healthy_start_is_no_crash():
    # The log goes on loading after the error line; whether it failed is then the scoring model's call, and these
    # words read as a start (a healthy start at 0.96, far from the 10% bar).
    line = "ERROR 03-01 10:00:00 [tokenizer.py:12] chat template file not found, using the default template"
    assert diagnose(f"Loading model weights\n{line}\nLoading model weights from the second shard\n") is None


@pytest.mark.parametrize(
    "line",
    [
        "INFO 03-01 10:00:00 [store.py:12] handshake failed once, retrying",
        '{"level":"info","msg":"handshake failed once, retrying"}',
        "I0301 10:00:00.000000 12 store.cc:12] handshake failed once, retrying",
        "WARNING 03-01 10:00:00 [store.py:12] handshake failed once, retrying",
        "2025-06-01T12:00:00.123456789Z stderr F [W301 10:00:00.000000000 store.cpp:12] Warning: handshake failed",
    ],
)
def test_a_last_line_logged_below_error_level_is_no_crash(line):
    assert diagnose(f"Loading model weights\n{line}\n") is None


def test_a_server_that_came_up_is_not_read_dead_from_its_last_error_line():
    log = "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)\n" + _UNKNOWN_LAST_ERROR
    assert diagnose(log) is None


def test_a_warning_behind_a_collectors_long_prefix_is_no_error_line():
    line = (
        "2025-06-01T12:00:00.123456789Z stderr F [W1027 14:25:28.756314534 ProcessGroupGloo.cpp:524] Warning: "
        "Unable to resolve hostname to a (local) address. Using the loopback address as fallback."
    )
    assert error_lines(scan(line + "\n"), 3) == []


def test_a_dmlc_backtrace_under_an_exception_cut_at_a_frame_is_a_crash():
    # TVM's (and MXNet's) dmlc-core stack trace, one "[bt] (N) " frame a line, under the exception that carries it:
    # the frames are the traceback's, not the process going on (world355's training part, apache/tvm#4522).
    log = (
        "AttributeError: Traceback (most recent call last):\n"
        "  [bt] (7) 0x80cc17ee1 <tvm::relay::legalize::Legalizer::VisitExpr_(tvm::relay::CallNode const*)+0x31> at "
        "/usr/local/lib/libtvm.so\n"
        "  [bt] (6) 0x80cd7074f <tvm::relay::ExprMutator::VisitExpr_(tvm::relay::CallNode const*)+0x21f> at "
        "/usr/local/lib/libtvm.so\n"
        "  [bt] (5) 0x80cd6f1bc <tvm::relay::ExprMutator::VisitExpr(tvm::relay::Expr const&)+0x10c> at "
        "/usr/local/lib/libtvm.so\n"
    )
    assert diagnose(log).kind == "container_exited"


def test_a_rich_panel_pasted_without_its_outer_borders_and_cut_at_a_frame_is_a_crash():
    # A paste that lost the panel's "│" at either end keeps the frame's location on a line of its own and each code
    # line's gutter ("❱ 779 │   ..."): the lines are still the traceback's, cut at a frame (world376's training
    # part, a text-generation pipeline in huggingface/blog #1088).
    log = (
        " /usr/local/lib/python3.10/dist-packages/transformers/pipelines/__init__.py:779 in pipeline\n"
        "\n"
        '   778 │   model_classes = {"tf": targeted_task["tf"], "pt": targeted_task["pt"]}\n'
        " ❱ 779 │   framework, model = infer_framework_load_model(\n"
        "   780 │   │   model,\n"
    )
    assert diagnose(log).kind == "container_exited"


def test_code_lines_with_a_rich_gutter_alone_name_no_failure():
    # The gutter alone, with no frame's location above it, is not read as a crash.
    log = "Loading model\n   12 │   x = 1\nServer started\n"
    assert diagnose(log) is None


def test_a_rich_panel_pasted_without_its_borders_and_cut_under_a_frame_is_a_crash():
    # Rich's traceback panel pasted with its box dropped: each frame's location alone on its line over its code
    # lines, which keep the line number and the gutter's "│"; a paste cut there is a traceback cut at a frame
    # (world378's training part, huggingface_hub#2038's FileLock on a CIFS mount).
    log = (
        "/home/u/.local/lib/python3.11/site-packages/huggingface_hub/file_download.py:1416 in hf_hub_download\n"
        "\n"
        "  1415 │   Path(lock_path).parent.mkdir(parents=True, exist_ok=True)\n"
        "❱ 1416 │   with FileLock(lock_path)\n"
        "\n"
        "/home/u/.local/lib/python3.11/site-packages/filelock/_api.py:287 in release\n"
        "❱ 287 │   │   │   │   self._release()\n"
    )
    assert diagnose(log).kind == "container_exited"


def test_a_borderless_rich_location_with_no_code_line_under_it_is_no_frame():
    assert diagnose("Loading model weights\nserver.py:12 in main\nready\n") is None


def test_a_rich_panel_cut_under_a_windows_frame_whose_path_holds_a_space_is_a_crash():
    # Rich folds a frame's location onto two panel lines, and a Windows install dir may hold a space
    # ("F:\Stable Diffusion\..."): the folded location is still a frame, so the panel cut under it is a traceback
    # (world360's training part, kohya_ss under accelerate launch).
    log = (
        "│ ❱ 7 │   sys.exit(main())                                       │\n"
        "│   8                                                            │\n"
        "│                                                                │\n"
        "│ F:\\Stable Diffusion\\kohya_ss\\venv\\lib\\site-packages\\accelerate\\commands\\accelerate_cli.py:45 in  │\n"
        "│ main                                                           │\n"
        "│                                                                │\n"
        "│ ❱ 45 │   args.func(args)                                       │\n"
        "│   46                                                           │\n"
    )
    assert diagnose(log).kind == "container_exited"


def test_a_traceback_cut_after_a_python_3_13_call_that_spans_lines_is_a_crash():
    # Python 3.13 prints every source line of a call that spans lines under its frame, eliding the middle
    # ("...<6 lines>..."), with no markers when the whole call failed: a paste cut at the call's closing bracket is
    # a traceback cut at a frame (world394's training part, llama-cpp-python's create_chat_completion).
    log = (
        '  File "/app/nodes.py", line 428, in generate\n'
        "    response = llm.create_chat_completion(\n"
        "        messages=messages,\n"
        "    ...<6 lines>...\n"
        "        response_format=response_format_param,\n"
        "    )\n"
        '  File "/app/llama_cpp/llama.py", line 2269, in create_chat_completion\n'
        "    return handler(\n"
        "        llama=self,\n"
        "    ...<38 lines>...\n"
        "        grammar=grammar,\n"
        "    )\n"
    )
    assert diagnose(log).kind == "container_exited"


def test_a_traceback_cut_in_the_arguments_under_a_python_3_13_elision_is_a_crash():
    # A paste cut on an argument line under "...<N lines>..." (before that line's markers, or with none): the
    # elision is the frame's code line, so the frame above is where the log stops (world439's training part, a
    # Qwen-Image edit pipeline's transformer block under ComfyUI).
    log = (
        '  File "/app/diffusers/models/transformers/transformer_qwenimage.py", line 647, in forward\n'
        "    encoder_hidden_states, hidden_states = block(\n"
        "                                           ~~~~~^\n"
        "        hidden_states=hidden_states,\n"
        "        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "    ...<4 lines>...\n"
        "        joint_attention_kwargs=attention_kwargs,\n"
    )
    assert diagnose(log).kind == "container_exited"


def test_an_elided_call_under_a_frame_then_two_server_lines_is_no_crash():
    log = (
        '  File "/app/nodes.py", line 428, in generate\n'
        "    response = llm.create_chat_completion(\n"
        "    ...<6 lines>...\n"
        "INFO:     Application startup complete.\n"
        "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)\n"
    )
    assert diagnose(log) is None


def test_a_call_spanning_lines_under_a_frame_then_a_running_server_is_no_crash():
    log = (
        '  File "/app/nodes.py", line 428, in generate\n'
        "    response = llm.create_chat_completion(\n"
        "        messages=messages,\n"
        "    )\n"
        "INFO:     Started server process [1]\n"
        "INFO:     Application startup complete.\n"
        "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)\n"
        'INFO:     127.0.0.1:5000 - "POST /v1/chat/completions HTTP/1.1" 200 OK\n'
    )
    assert diagnose(log) is None


def test_a_warning_idle_prints_with_its_location_is_no_traceback_cut_at_a_frame():
    # IDLE's shell prints a warning as "Warning (from warnings module):", a frame-shaped location, the warning's
    # source line (often a call left open) and "FutureWarning: ..." (world413's training part): a run going on.
    log = (
        "Warning (from warnings module):\n"
        '  File "C:\\Python311\\site-packages\\huggingface_hub\\file_download.py", line 1132\n'
        "    warnings.warn(\n"
        "FutureWarning: `resume_download` is deprecated and will be removed in version 1.0.0.\n"
    )
    assert diagnose(log) is None
    # The same location and call without IDLE's header is a traceback cut at its frame.
    assert diagnose(log.partition("\n")[2].rpartition("FutureWarning")[0]).kind == "container_exited"


def test_a_compiler_warning_located_by_file_and_line_is_no_go_frame():
    # nvcc prints a diagnostic as "path(line): warning #N-D: ..." and this one quotes a template and ends in '")'
    # (world420's training part, vLLM's Marlin kernels): its path head and closing parenthesis are not a Go call
    # line a dying process's goroutine dump would end at.
    log = (
        "/home/u/vllm/csrc/quantization/gptq_marlin/kernel.h(39): warning #20281-D: in whole program compilation "
        'mode ("-rdc=false"), a __global__ function template instantiation or specialization ("marlin::Marlin<    '
        '::__nv_bfloat16, (int)128, (bool)1> ") will be required to have a definition in the current translation '
        'unit, when "-static-global-template-stub" will be set to "true" by default in the future. To resolve this '
        'issue, either use "-rdc=true", or explicitly set "-static-global-template-stub=false" (but see nvcc '
        "documentation about downsides of turning it off)\n"
    )
    assert diagnose(log) is None
    # A Go call line cut at the log's end is still a crash.
    go_tail = "goroutine 1 [running]:\nnet/http.(*conn).serve(0xc000123456)\n"
    assert diagnose(go_tail).kind == "container_exited"


def test_vllm_v0_engine_process_died_is_the_engine_dying_under_requests_that_then_fail():
    # vLLM V0's multiprocessing client logs "Engine process (pid N) died." when the engine is gone; the API server
    # then answers its open requests with errors and shuts down (world434's training part, Triton's LLVM abort on a
    # V100): a death, not one request the server refused.
    log = (
        "INFO 05-08 02:15:22 [engine.py:310] Added request chatcmpl-fd9f.\n"
        "LLVM ERROR: Failed to compute parent layout for slice layout.\n"
        "ERROR 05-08 02:15:29 [client.py:305] RuntimeError('Engine process (pid 50) died.')\n"
        "INFO:     Shutting down\n"
        "ERROR 05-08 02:15:39 [serving_chat.py:885] Error in chat completion stream generator.\n"
    )
    assert diagnose(log).kind == "container_exited"


def test_a_dynamo_warning_of_a_gpu_too_old_for_triton_is_a_frame_run_eagerly():
    # TorchDynamo under config.suppress_errors logs the compile error as a [WARNING] and runs the frame eagerly
    # (world434's training part, ChatTTS on a GTX 1080 Ti); the same error raised is the GPU refused.
    error = (
        "RuntimeError: Found NVIDIA GeForce GTX 1080 Ti which is too old to be supported by the triton GPU "
        "compiler, which is used as the backend. Triton only supports devices of CUDA Capability >= 7.0, but your "
        "device is of CUDA capability 6.1\n"
    )
    assert diagnose("[2024-06-18 19:45:55,713] torch._dynamo.convert_frame: [WARNING] " + error) is None
    assert diagnose(error).kind == "gpu_unavailable"


def test_pips_requirement_already_satisfied_for_a_transformers_pin_is_no_model_unsupported():
    # pip quotes the dependent's pin ("transformers>=4.40.0") in its note that the requirement is met; "require"
    # only matches "Requirement" (world451's training part, an editable install of OpenBMB's vLLM fork). The same
    # pin in a line that asks for it is still the model unsupported.
    met = (
        "Requirement already satisfied: transformers>=4.40.0 in /root/anaconda3/envs/vllm/lib/python3.9/"
        "site-packages (from vllm==0.4.1+cu122) (4.40.1)\n"
    )
    assert diagnose(met) is None
    asked = "ValueError: This model requires transformers>=4.51.0, please upgrade.\n"
    assert diagnose(asked).kind == "model_unsupported"


def test_a_common_tag_does_not_end_inside_an_open_parenthesis():
    # world504's training part: a slime rollout's SGLang traceback behind a log viewer's clock, a pod's
    # name and Ray's "(SGLangEngine pid=3111) "; the third tag used to stop after "(SGLangEngine ",
    # leaving "pid=3111)" before every frame, so the log read as a run that went on.
    outer = "[2025-12-18T16:24:02+08:00] rl-job-20251218-162008s-3da56 >> (SGLangEngine pid=3111) "
    body = [
        "",
        "[2025-12-18 08:24:01 TP7] Scheduler hit an exception: Traceback (most recent call last):",
        '  File "/sgl-workspace/sglang/srt/managers/scheduler.py", line 2683, in run',
        "    scheduler.event_loop_normal()",
        '  File "/usr/local/lib/python3.12/torch/utils/_contextlib.py", line 120, in f',
        "    return func(*args, **kwargs)",
    ]
    log = "".join(outer + line + "\n" for line in body)
    lines = [clean_line(line) for line in log.splitlines() if clean_line(line)]
    tags = common_tag(lines)
    assert tags[-1].endswith("(SGLangEngine pid=3111) ")
    assert untagged(lines[2], tags).startswith('File "/sgl-workspace/')
    assert diagnose(log).kind == "container_exited"


def test_a_traceback_whose_frame_locations_the_terminal_wrapped_is_a_crash_cut_at_a_frame():
    # world537's training part: a DataParallel traceback pasted from an 80-column terminal, each long frame location
    # wrapped ('File ".../data_parallel.py", line' then "59, in forward"). The tail of the location is the frame's,
    # so the code line under it is the frame's too, not the process going on.
    log = (
        "Traceback (most recent call last):\n"
        'File "main.py", line 33, in main\n'
        "trainer.train()\n"
        'File "/usr/local/lib/python2.7/dist-packages/torch/nn/parallel/data_parallel.py", line\n'
        "59, in forward\n"
        "replicas = self.replicate(self.module, self.device_ids[:len(inputs)])\n"
        'File "/usr/local/lib/python2.7/dist-packages/torch/nn/parallel/replicate.py", line 12,\n'
        "in replicate\n"
        "param_copies = Broadcast(devices)(*params)\n"
        'File "/usr/local/lib/python2.7/dist-packages/torch/nn/parallel/_functions.py", line 19\n'
        ", in forward\n"
        "outputs = comm.broadcast_coalesced(inputs, self.target_gpus)\n"
    )
    assert diagnose(log).kind == "container_exited"
    # A location that is whole keeps its code line under it and no more: three ordinary lines after it are a
    # process that went on.
    went_on = (
        "Traceback (most recent call last):\n"
        'File "main.py", line 33, in main\n'
        "trainer.train()\n"
        "epoch 1 loss 0.5\n"
        "epoch 2 loss 0.4\n"
        "epoch 3 loss 0.3\n"
    )
    assert diagnose(went_on) is None


def test_a_log_cut_inside_a_jvm_or_dotnet_stack_trace_is_a_crash_cut_at_a_frame():
    # world591's Spark RAPIDS and world587's LLamaSharp training cases: a paste that keeps only the frames of a JVM's
    # or .NET's trace, cut before the exception's own line, is the trace of the program's death.
    jvm = (
        "24/05/02 10:11:12 INFO DAGScheduler: Got job 3 (collect at Main.scala:40) with 8 output partitions\n"
        "        at com.nvidia.spark.rapids.GpuSortExec.doExecuteColumnar(GpuSortExec.scala:151)\n"
        "        at org.apache.spark.sql.execution.SparkPlan.executeColumnar(SparkPlan.scala:198)\n"
        "        at java.base/java.lang.Thread.run(Thread.java:829)\n"
    )
    assert diagnose(jvm).kind == "container_exited"
    dotnet = (
        "Loading model weights\n"
        "   at LLama.Native.SafeLlamaModelHandle.LoadFromFile(String modelPath, LLamaModelParams lparams)"
        " in C:\\src\\LLama\\Native\\SafeLlamaModelHandle.cs:line 118\n"
        "   at LLama.LLamaWeights.LoadFromFile(IModelParams params)\n"
        "   at Program.<Main>$(String[] args)\n"
    )
    assert diagnose(dotnet).kind == "container_exited"


def test_a_jvm_trace_under_a_record_at_warning_level_is_a_caught_exception_not_a_death():
    # world329's DJL Serving: the server logged a caught exception with its trace under a WARN record and went on.
    # The log's tail is then no traceback the process died printing; the same trace under an ERROR record is.
    def tail(level: str) -> int:
        return traceback_tail(
            scan(
                "INFO  ModelServer Inference API bind to: http://0.0.0.0:8080\n"
                f"{level}  InferenceRequestHandler Chunk reading interrupted\n"
                "java.lang.IllegalStateException: Read chunk timeout.\n"
                "        at ai.djl.inference.streaming.ChunkedBytesSupplier.next(ChunkedBytesSupplier.java:79)"
                " ~[api-0.23.0.jar:?]\n"
                "        at ai.djl.serving.http.InferenceRequestHandler.sendOutput(InferenceRequestHandler.java:380)"
                " ~[serving-0.23.0.jar:?]\n"
            )
        )

    assert tail("WARN") == -1
    assert tail("INFO") == -1
    assert tail("ERROR") == 4
