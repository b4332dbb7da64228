"""`diagnose` on the fourth world corpus: infrastructure and runtime logs (dstack, Kubernetes, Ray, SkyPilot,
clouds, the kernel, Docker) collected before the classifier was run on them.

The figures asserted are the ones reached (see world4/README.md) after the rules were generalised from the
training part; the held-out part was only measured.
"""

from __future__ import annotations

import typing
from collections import Counter

import pytest
from world_corpora import DIAGNOSIS, accuracy, kind_of, load, sources

from deploy_mcp.diagnose import DiagnosisKind

WORLD4 = DIAGNOSIS / "world4"
KINDS: tuple[str, ...] = typing.get_args(DiagnosisKind)
TRAIN = load(WORLD4)
HELD = load(WORLD4 / "heldout")
ALL = TRAIN + HELD
PRESENT: list[str | None] = sorted({label for label, _ in ALL}, key=str)


def test_world4_has_130_excerpts_15_healthy_none_from_a_thread_the_project_corpora_cite():
    counts = Counter(label for label, _ in ALL)
    assert len(ALL) >= 130
    assert counts[None] >= 15
    assert not {case["source"] for _, case in ALL} & sources("corpus", "real")


def test_world4_spans_the_three_targets_and_the_runtimes_around_them():
    repos = {"/".join(case["source"].split("/")[3:5]) for _, case in ALL}
    assert {"dstackai/dstack", "ray-project/ray", "skypilot-org/skypilot", "kubernetes/kubernetes"} <= repos
    assert len(repos) >= 60


def test_whole_world4_accuracy_is_at_least_95_percent():
    # 132 of 136 after the rules were generalised from the training parts of three batches (73 of 91, 107 of
    # 121 and 129 of 136 when each batch came in).
    assert accuracy(ALL) >= 0.95


def test_world4_held_out_accuracy_is_at_least_87_percent():
    # 36 of 40 on the part no rule was written from (26 of 32, 31 of 39 and 36 of 40 when each batch came in).
    assert accuracy(HELD) >= 0.87


@pytest.mark.parametrize("kind", PRESENT, ids=[str(k or "healthy") for k in PRESENT])
def test_each_kind_in_world4_is_recognised_at_its_floor(kind):
    cases = [case for label, case in ALL if label == kind]
    misses = {case["id"]: kind_of(case) for case in cases if kind_of(case) != kind}
    # Kinds with four or more excerpts must be right three times in four; the rarer ones at least half the time.
    floor = 0.75 if len(cases) >= 4 else 0.5
    assert (len(cases) - len(misses)) / len(cases) >= floor, misses


def test_no_healthy_world4_training_log_gets_a_diagnosis():
    # Two held-out healthy logs are read as failures; they are measured, not fixed from.
    assert {case["id"]: kind_of(case) for label, case in TRAIN if label is None and kind_of(case)} == {}
