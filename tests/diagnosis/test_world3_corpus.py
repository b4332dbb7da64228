"""`diagnose` on the third world corpus: real logs collected after the rules were tuned on `world/` and `world2/`.

The figures asserted are the ones reached (see world3/README.md): the whole corpus after the rules were
generalised from its training part, and the held-out fifth, which no rule was written from.
"""

from __future__ import annotations

from collections import Counter

import pytest
from world_corpora import DIAGNOSIS, accuracy, kind_of, load, sources

WORLD3 = DIAGNOSIS / "world3"
TRAIN = load(WORLD3)
HELD = load(WORLD3 / "heldout")
ALL = TRAIN + HELD
FAILED = [case for label, case in ALL if label is not None]
PRESENT: list[str | None] = sorted({label for label, _ in ALL}, key=str)


def test_world3_has_180_excerpts_35_healthy_none_from_a_thread_the_project_corpora_cite():
    counts = Counter(label for label, _ in ALL)
    assert len(ALL) >= 180
    assert counts[None] >= 35
    assert not {case["source"] for _, case in ALL} & sources("corpus", "real")


def test_world3_spans_at_least_eight_engines_and_clients():
    repos = {"/".join(case["source"].split("/")[3:5]) for _, case in ALL}
    engines = {
        "vllm-project/vllm",
        "sgl-project/sglang",
        "huggingface/text-generation-inference",
        "ollama/ollama",
        "ggml-org/llama.cpp",
        "InternLM/lmdeploy",
        "EricLBuehler/mistral.rs",
        "NVIDIA/TensorRT-LLM",
        "huggingface/huggingface_hub",
        "Dao-AILab/flash-attention",
        "NVIDIA/nccl",
    }
    assert len(repos & engines) >= 8


def test_whole_world3_accuracy_is_at_least_97_percent():
    # 180 of 184 after the rules were generalised from the training part of the five batches (see the README).
    assert accuracy(ALL) >= 0.97


def test_world3_held_out_accuracy_is_at_least_91_percent():
    # 34 of 37 on the fifth no rule (and no word count of the scoring model) was written from. It was 35 until
    # the scoring counts were retrained with world6's training part: the model still names the 35th case's kind,
    # but below the 0.999 it must reach (see world6/README.md); no rule decides that case.
    assert accuracy(HELD) >= 0.91


@pytest.mark.parametrize("kind", PRESENT, ids=[str(k or "healthy") for k in PRESENT])
def test_each_kind_in_world3_is_recognised_at_its_floor(kind):
    cases = [case for label, case in ALL if label == kind]
    misses = {case["id"]: kind_of(case) for case in cases if kind_of(case) != kind}
    # Kinds with four or more excerpts must be right four times in five; the rarer ones at least half the time.
    floor = 0.8 if len(cases) >= 4 else 0.5
    assert (len(cases) - len(misses)) / len(cases) >= floor, misses


def test_no_world3_failure_is_reported_healthy_once_the_container_exited_non_zero():
    # The threads rarely quote the exit status dstack or Kubernetes would report; give every failure one.
    assert [case["id"] for case in FAILED if kind_of({**case, "exit_status": 1}) is None] == []


def test_no_healthy_world3_log_gets_a_diagnosis():
    flagged = {case["id"]: kind_of(case) for label, case in ALL if label is None and kind_of(case)}
    assert flagged == {}
