"""The word-count model that names a failure's family when no rule recognises the log."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from world_corpora import DIAGNOSIS, load

from deploy_mcp.diagnose import diagnose
from deploy_mcp.diagnosis.scoring import HEALTHY, Scores, features, shipped, train

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "train_diagnosis_scores.py"


def _training_cases() -> list[tuple[str, str]]:
    spec = importlib.util.spec_from_file_location("train_diagnosis_scores", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.training_cases()


def test_the_shipped_counts_are_what_the_training_corpora_give():
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
    assert sorted(_training_cases()) == training


def test_the_label_whose_logs_share_the_words_wins_and_counts_round_trip():
    scores = train(
        [
            ("disk_full", "OSError: [Errno 28] No space left on device"),
            ("disk_full", "write failed: no space left on device while saving shards"),
            ("gpu_oom", "CUDA out of memory. Tried to allocate 2.00 GiB"),
            (HEALTHY, "Application startup complete. Uvicorn running on http://0.0.0.0:8000"),
        ]
    )
    label, probability = scores.best("extracting layer: no space left on device")
    assert label == "disk_full" and 0.5 < probability <= 1.0
    assert Scores.parse(scores.dump()) == scores


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
    # Where a rule already read the log as a crash, the model does not overrule it.
    crash = log + 'Traceback (most recent call last):\n  File "serve.py", line 3, in <module>\n    main()\n'
    assert diagnose(crash, status="failed").kind == "container_exited"


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
    label, probability = shipped().best(text)
    assert label in shipped().labels and 0.0 < probability <= 1.0
