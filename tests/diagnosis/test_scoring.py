"""The scoring model that names a failure's family when no rule recognises the log."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from world_corpora import DIAGNOSIS, load

from deploy_mcp.diagnose import diagnose
from deploy_mcp.diagnosis.scoring import HEALTHY, Model, features, fingerprint, shipped

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "train_diagnosis_scores.py"


def _trainer():
    spec = importlib.util.spec_from_file_location("train_diagnosis_scores", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_weights_were_fitted_on_the_training_corpora():
    checked = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=300, check=False
    )
    assert checked.returncode == 0, checked.stderr


def test_every_training_log_is_counted_and_no_held_out_one():
    training = sorted(
        (label or HEALTHY, case.get("text") or "")
        for path in DIAGNOSIS.iterdir()
        if path.is_dir()
        for label, case in load(path)
    )
    assert any(True for _ in DIAGNOSIS.glob("*/heldout/*.yaml"))
    assert sorted(_trainer().training_cases()) == training


def test_the_fingerprint_names_the_logs_whatever_their_order():
    cases = [("disk_full", "No space left on device"), (HEALTHY, "Application startup complete.")]
    assert fingerprint(cases) == fingerprint(reversed(cases))
    assert fingerprint(cases) != fingerprint([("gpu_oom", "No space left on device"), cases[1]])
    assert fingerprint(cases) != fingerprint(cases[:1])


def test_the_label_whose_logs_share_the_words_wins_and_weights_round_trip():
    model = _trainer().train(
        [
            ("disk_full", "OSError: [Errno 28] No space left on device"),
            ("disk_full", "write failed: no space left on device while saving shards"),
            ("gpu_oom", "CUDA out of memory. Tried to allocate 2.00 GiB"),
            (HEALTHY, "Application startup complete. Uvicorn running on http://0.0.0.0:8000"),
        ]
    )
    label, probability, _ = model.best("extracting layer: no space left on device")
    assert label == "disk_full" and 1 / 3 < probability <= 1.0
    assert Model.parse(model.dump()) == model


def test_features_read_only_the_last_lines_of_a_bounded_tail():
    log = "early words vanish\n" + "\n".join(f"line {i} keeps going" for i in range(100)) + "\nfinal words\n"
    found = features(log)
    assert "final words" in found and "vanish" not in found
    assert features(b"gone\n" + b"." * 10_000_000 + b"\nfinal words") == {"final", "words", "final words"}


def test_a_log_in_words_no_rule_knows_gets_its_family_when_the_model_is_sure():
    # No rule's wording: a preemption told in plain words, and an engine that never came up.
    log = "The spot instance was reclaimed by the cloud provider: instance preempted\nnode terminated\n"
    assert shipped().best(log)[0] == "instance_interrupted"
    result = diagnose(log)
    assert result is not None and result.kind == "instance_interrupted" and result.evidence


def test_a_failed_status_does_not_hide_the_family_the_words_name():
    # The status says that the run failed, not why: the words name the family as they do without it.
    log = "The spot instance was reclaimed by the cloud provider: instance preempted\nnode terminated\n"
    assert diagnose(log, status="failed").kind == "instance_interrupted"
    assert diagnose(log, exit_status=1).kind == "instance_interrupted"
    # A crash cut before its exception line leaves only the words of the lines before it: the rules' bare crash,
    # or the family those words name when the model is sure enough of it, never another.
    crash = log + 'Traceback (most recent call last):\n  File "serve.py", line 3, in <module>\n    main()\n'
    assert diagnose(crash, status="failed").kind in {"container_exited", "instance_interrupted"}


def test_a_failed_run_whose_text_names_nothing_gets_the_family_its_words_name():
    # vLLM's platform probe at DEBUG (vllm/platforms/__init__.py): no line looks like an error, so the text alone
    # is a start in progress, but a run known to have failed with these words never found its GPU.
    (log,) = [
        case["text"]
        for _, case in load(DIAGNOSIS / "world33")
        if case["id"] == "vllm-ray-cpu-only-head-nvml-shared-library-not-found"
    ]
    assert diagnose(log) is None
    result = diagnose(log, status="failed")
    assert result.kind == "gpu_unavailable" and result.evidence
    # The words of a healthy start name no family: the status's bare crash stays.
    start = "INFO [api_server.py:1000] vLLM API server version 0.11.0\nINFO [loader.py:60] Loading weights took 12.3 s\n"
    assert shipped().best(start)[0] == HEALTHY
    assert diagnose(start, status="failed").kind == "container_exited"


def test_an_error_the_log_went_on_after_is_a_failure_when_its_words_are_unlike_a_healthy_start():
    # Prisma's schema engine refusing a read-only SQLite file, then its Rust backtrace: the last line is a source
    # location, not an error, and no rule knows the wording; the words are nothing like a server starting.
    (log,) = [
        case["text"]
        for _, case in load(DIAGNOSIS / "world54")
        if case["id"] == "anythingllm-docker-prisma-migrations-readonly-database"
    ]
    result = diagnose(log)
    assert result is not None and result.kind == "container_exited"
    assert result.evidence == ["Error: SQLite database error"]
    # torch's c10d socket warning during a start that goes on loading is an error-looking line in the words of a
    # healthy start: still nothing failed.
    start = (
        "INFO 05-02 10:00:01 [__init__.py:239] Automatically detected platform cuda.\n"
        "[W socket.cpp:663] [c10d] The client socket has failed to connect to [localhost]:29500 (errno: 99 - Cannot"
        " assign requested address).\n"
        "INFO 05-02 10:00:05 [config.py:689] This model supports multiple tasks. Defaulting to 'generate'.\n"
        "INFO 05-02 10:00:09 [loader.py:458] Loading weights took 12.31 seconds\n"
    )
    assert shipped().best(start).healthy > 0.9
    assert diagnose(start) is None


_TRACEBACK = 'Traceback (most recent call last):\n  File "serve.py", line 3, in <module>\n    main()\n'


def test_a_crash_the_rules_read_without_its_cause_gets_the_family_its_words_name():
    # Exception messages in words no rule knows: the rules see a traceback that ended the process, the words
    # say why.
    for message, family in (
        (
            "ValueError: the number of attention heads must split evenly over the tensor parallel ranks",
            "tensor_parallel_invalid",
        ),
        ("RuntimeError: the device ran out of memory while allocating the weights of layer 31", "gpu_oom"),
    ):
        result = diagnose(_TRACEBACK + message + "\n")
        assert result is not None and result.kind == family
        assert message in result.evidence
        assert diagnose(_TRACEBACK + message + "\n", status="failed").kind == family


def test_the_model_never_judges_a_log_whose_server_came_up():
    served = (
        "INFO:     Application startup complete.\n"
        "The spot instance was reclaimed by the cloud provider: instance preempted\nnode terminated\n"
    )
    assert shipped().best(served)[0] == "instance_interrupted"
    assert diagnose(served) is None


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=400), st.binary(max_size=400)))
def test_any_text_or_bytes_gets_a_label_and_a_probability(text):
    label, probability, healthy = shipped().best(text)
    assert label in shipped().labels and 0.0 < probability <= 1.0 and 0.0 < healthy <= probability


_PROBABILITIES_OF_A_CORPUS = """
import sys
sys.path.insert(0, sys.argv[1])
from world_corpora import DIAGNOSIS, load
from deploy_mcp.diagnosis.scoring import shipped
model = shipped()
for _, case in load(DIAGNOSIS / "world"):
    print(sorted(model.probabilities(case.get("text") or "").items()))
"""


def test_the_models_reading_does_not_depend_on_the_interpreters_hash_seed():
    readings = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _PROBABILITIES_OF_A_CORPUS, str(REPO / "tests")],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            check=True,
        )
        assert done.stdout.count("\n") > 100
        readings.add(done.stdout)
    assert len(readings) == 1
